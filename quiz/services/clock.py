"""The server's clock for self-paced play (solo attempts, homework): when a question was shown."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from quiz.extensions import db
from quiz.models.base import utcnow


def start_clock_once(row, now: datetime | None = None) -> None:
    """Stamp ``row.served_at`` the first time its question is shown; a reload keeps the stamp.

    ``row`` is any model with ``id`` and ``served_at`` (an Attempt, a homework GamePlayer). The
    UPDATE only touches an unset clock, so two tabs racing cannot restart it.
    """
    if row.served_at is not None:
        return
    model = type(row)
    db.session.execute(
        update(model)
        .where(model.id == row.id, model.served_at.is_(None))
        .values(served_at=now or utcnow())
    )
    db.session.commit()
    db.session.refresh(row)


def seconds_left(served_at: datetime | None, limit: float, now: datetime | None = None) -> float:
    """Seconds left of ``limit`` since ``served_at`` (all of it when not shown yet; never < 0)."""
    if served_at is None:
        return float(limit)
    return max(0.0, limit - ((now or utcnow()) - served_at).total_seconds())
