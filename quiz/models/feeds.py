"""News feeds a teacher subscribed to, and the items already seen in them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.extensions import db
from quiz.models.base import UTCDateTime, utcnow


class Feed(db.Model):
    """An RSS or Atom feed; etag and last_modified make the next pull a conditional GET."""

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))  # as the server sent it
    last_pulled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    items: Mapped[list[FeedItem]] = relationship(back_populates="feed",
                                                 cascade="all, delete-orphan")


class FeedItem(db.Model):
    """One entry of a feed: imported (with its article), refused for good, or failed (retried)."""

    __table_args__ = (UniqueConstraint("feed_id", "guid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feed.id"), index=True)
    guid: Mapped[str] = mapped_column(String(2000))
    link: Mapped[str] = mapped_column(String(2000), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="new")  # imported|refused|failed
    message: Mapped[str] = mapped_column(Text, default="")
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id"), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    feed: Mapped[Feed] = relationship(back_populates="items")
    article = relationship("Article")
