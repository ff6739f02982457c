"""Players, their attempts at quizzes and the answers they gave."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.extensions import db
from quiz.models.base import AnswerColumns, UTCDateTime, utcnow


class Player(db.Model):
    """Someone who plays: a nickname and a secret token kept in their cookie, nothing more."""

    id: Mapped[int] = mapped_column(primary_key=True)
    nickname: Mapped[str] = mapped_column(String(24))
    nickname_key: Mapped[str] = mapped_column(String(24), unique=True)  # casefolded
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    attempts: Mapped[list[Attempt]] = relationship(back_populates="player")


class Attempt(db.Model):
    """One play-through of a quiz by one player; the score is kept up to date per answer."""

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"), index=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    score: Mapped[int] = mapped_column(Integer, default=0)
    correct_count: Mapped[int] = mapped_column(Integer, default=0)
    # Server-side clock: which question is on screen and since when.
    current_position: Mapped[int] = mapped_column(Integer, default=0)
    served_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    quiz = relationship("Quiz")
    player: Mapped[Player] = relationship(back_populates="attempts")
    answers: Mapped[list[Answer]] = relationship(back_populates="attempt", order_by="Answer.id")

    @property
    def finished(self) -> bool:
        """Whether every question has been answered."""
        return self.finished_at is not None


class Answer(AnswerColumns, db.Model):
    """One answer; the unique constraint makes a second answer to the same question a no-op."""

    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), index=True)

    attempt: Mapped[Attempt] = relationship(back_populates="answers")
