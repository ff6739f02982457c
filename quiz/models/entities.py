"""Names seen in stored articles: the engine's entity memory, kept across restarts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from quiz.extensions import db
from quiz.models.base import UTCDateTime, utcnow


class KnownName(db.Model):
    """A person, place or organisation an earlier article named, by role or field."""

    __table_args__ = (
        UniqueConstraint("kind", "role", "name"),
        Index("ix_known_name_seen_at", "seen_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # person | place | organisation
    role: Mapped[str] = mapped_column(String(80), default="")  # 'minister', 'field:schaatsen'
    name: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
