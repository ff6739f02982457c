"""Teachers, their classes, and the games they host: live games and homework share one shape."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from quiz.extensions import db
from quiz.models.base import AnswerColumns, UTCDateTime, utcnow

STATUS_LABELS = {
    "lobby": "wacht op spelers", "question": "vraag open", "reveal": "uitslag van een vraag",
    "finished": "afgelopen", "open": "open tot de deadline",
}


class Teacher(UserMixin, db.Model):
    """A teacher account: an e-mail address, a display name and a hashed password."""

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored casefolded
    name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    classes: Mapped[list[SchoolClass]] = relationship(
        back_populates="teacher", order_by="SchoolClass.name"
    )

    def set_password(self, password: str) -> None:
        """Keep only a salted hash of the password."""
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        """Whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)


class SchoolClass(db.Model):
    """A class a teacher teaches; pupils have no accounts, only nicknames per game."""

    __tablename__ = "school_class"
    __table_args__ = (UniqueConstraint("teacher_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    teacher: Mapped[Teacher] = relationship(back_populates="classes")
    games: Mapped[list[Game]] = relationship(
        back_populates="school_class", order_by="Game.created_at.desc()"
    )


class Game(db.Model):
    """A live game or a homework assignment of one quiz, with its state kept here.

    Live: ``status`` goes lobby -> question -> reveal -> question ... -> finished, and
    ``current_position``/``question_started_at`` say which question is open and since when.
    Homework: ``status`` is "open" and every pupil keeps their own position; ``deadline`` ends it.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    mode: Mapped[str] = mapped_column(String(10), default="live")  # live | homework
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"), index=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"), index=True)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("school_class.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="lobby")
    time_limit: Mapped[int] = mapped_column(Integer, default=20)
    accuracy_only: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle_seed: Mapped[int] = mapped_column(Integer, default=0)
    current_position: Mapped[int] = mapped_column(Integer, default=-1)
    question_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    quiz = relationship("Quiz")
    host: Mapped[Teacher] = relationship()
    school_class: Mapped[SchoolClass | None] = relationship(back_populates="games")
    players: Mapped[list[GamePlayer]] = relationship(
        back_populates="game", order_by="GamePlayer.id", cascade="all, delete-orphan"
    )

    @property
    def is_live(self) -> bool:
        """Whether this is a live game (not homework)."""
        return self.mode == "live"

    @property
    def finished(self) -> bool:
        """Whether the game is over."""
        return self.status == "finished"

    @property
    def status_label(self) -> str:
        """The status in words for the teacher's overview."""
        return STATUS_LABELS.get(self.status, self.status)


class GamePlayer(db.Model):
    """A pupil in one game: a nickname unique in the game and a secret token in their cookie."""

    __tablename__ = "game_player"
    __table_args__ = (UniqueConstraint("game_id", "nickname_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("game.id"), index=True)
    nickname: Mapped[str] = mapped_column(String(24))
    nickname_key: Mapped[str] = mapped_column(String(24))  # casefolded
    token: Mapped[str] = mapped_column(String(64), unique=True)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[int] = mapped_column(Integer, default=0)
    correct_count: Mapped[int] = mapped_column(Integer, default=0)
    streak: Mapped[int] = mapped_column(Integer, default=0)
    total_ms: Mapped[int] = mapped_column(Integer, default=0)  # summed answer times, tie-break
    # Homework is self-paced: each pupil's own question and when it was first shown.
    current_position: Mapped[int] = mapped_column(Integer, default=0)
    served_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    game: Mapped[Game] = relationship(back_populates="players")
    answers: Mapped[list[GameAnswer]] = relationship(
        back_populates="game_player", order_by="GameAnswer.id", cascade="all, delete-orphan"
    )


class GameAnswer(AnswerColumns, db.Model):
    """One pupil's answer to one question; the unique constraint makes a repeat a no-op."""

    __tablename__ = "game_answer"
    __table_args__ = (UniqueConstraint("game_player_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("game.id"), index=True)
    game_player_id: Mapped[int] = mapped_column(ForeignKey("game_player.id"), index=True)

    game_player: Mapped[GamePlayer] = relationship(back_populates="answers")
