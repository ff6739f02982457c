"""Who besides the owner may edit a teacher's quiz."""

from __future__ import annotations

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.extensions import db


class QuizEditor(db.Model):
    """A co-teacher the owner added to a quiz: they may edit it and its questions."""

    __tablename__ = "quiz_editor"
    __table_args__ = (UniqueConstraint("quiz_id", "teacher_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"), index=True)

    teacher = relationship("Teacher")
