"""The engine's entity memory, kept in the database: names from stored articles lend
distractors to later ones (people with the same title or from the same field).

The engine may run in a worker thread, which must not touch the database session; so the
memory is read into a snapshot before generation, and what the engine learned is written
back afterwards, in the request's own transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from questions.memory import InMemoryEntities
from quiz.extensions import db
from quiz.models import KnownName
from quiz.models.base import utcnow

LOADED = 5000  # the most recently seen names a snapshot holds


class Snapshot(InMemoryEntities):
    """An in-process memory that also records what the engine told it to remember."""

    def __init__(self) -> None:
        super().__init__()
        self.learned: list[tuple[str, str, str]] = []

    def remember(self, kind: str, name: str, role: str = "") -> None:
        """Keep the name and note it for `save`."""
        super().remember(kind, name, role)
        self.learned.append((kind, role.lower(), name))


def load() -> Snapshot:
    """The most recently seen names, oldest first, as the engine's memory."""
    rows = db.session.execute(
        select(KnownName.kind, KnownName.role, KnownName.name)
        .order_by(KnownName.seen_at.desc(), KnownName.id.desc())
        .limit(LOADED)
    ).all()
    snapshot = Snapshot()
    for kind, role, name in reversed(rows):
        InMemoryEntities.remember(snapshot, kind, name, role)
    return snapshot


def save(snapshot: Snapshot) -> None:
    """Add or refresh what the engine learned (an upsert, so concurrent imports of the same
    names never collide); the caller commits."""
    now = utcnow()
    dialect = db.session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    for kind, role, name in dict.fromkeys(snapshot.learned):
        statement = module.insert(KnownName).values(
            kind=kind[:20], role=role[:80], name=name[:200], seen_at=now
        )
        db.session.execute(
            statement.on_conflict_do_update(
                index_elements=["kind", "role", "name"], set_={"seen_at": now}
            )
        )
    snapshot.learned.clear()
