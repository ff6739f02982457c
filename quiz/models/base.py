"""Shared column types."""

from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """Timezone-aware now in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores UTC and always gives back an aware UTC datetime, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        """Normalise to UTC before storing."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        """SQLite hands back naive values: they were stored as UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class AnswerColumns:
    """What every kind of answer records: the question, the option (none when time ran out),
    whether it was right, the points and how long it took. Solo and live answers share it."""

    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    choice_id: Mapped[int | None] = mapped_column(ForeignKey("choice.id"))
    is_correct: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[int] = mapped_column(Integer, default=0)
    elapsed_ms: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    @declared_attr
    def question(cls):
        """The question (the version that was asked)."""
        return relationship("Question")

    @declared_attr
    def choice(cls):
        """The option chosen, if any."""
        return relationship("Choice")
