"""Session tokens of the Open Trivia DB-style API: which questions a token has been given."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from quiz.extensions import db
from quiz.models.base import UTCDateTime, utcnow


class ApiToken(db.Model):
    """A trivia client's session token; questions it has seen are not served again."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApiTokenQuestion(db.Model):
    """One question served to one token (the unique pair is what prevents repeats)."""

    __tablename__ = "api_token_question"
    __table_args__ = (UniqueConstraint("token_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("api_token.id", ondelete="CASCADE"),
                                          index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
