"""Entity memory: names seen in earlier articles, a pool of distractors of the same kind.

The engine only reads and writes through the `EntityMemory` contract, so the app can plug in
its own store (for example one backed by its database) while tests and the CLI use the
in-process `InMemoryEntities`.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol, runtime_checkable


@runtime_checkable
class EntityMemory(Protocol):
    """A store of names by kind ('person', 'place', 'organisation') and role ('trainer')."""

    def names(self, kind: str, role: str = "") -> list[str]:
        """Remembered names of one kind and role, oldest first."""
        ...

    def remember(self, kind: str, name: str, role: str = "") -> None:
        """Keep a name seen in an article."""
        ...


class InMemoryEntities:
    """Process-local memory with a bound per kind and role (the oldest names go first)."""

    def __init__(self, per_slot: int = 200) -> None:
        self.per_slot = per_slot
        self._slots: dict[tuple[str, str], OrderedDict[str, None]] = {}

    def names(self, kind: str, role: str = "") -> list[str]:
        """Remembered names of one kind and role, oldest first."""
        return list(self._slots.get((kind, role.lower()), {}))

    def remember(self, kind: str, name: str, role: str = "") -> None:
        """Keep a name; a name seen again moves to the end."""
        slot = self._slots.setdefault((kind, role.lower()), OrderedDict())
        slot.pop(name, None)
        slot[name] = None
        while len(slot) > self.per_slot:
            slot.popitem(last=False)

    def __len__(self) -> int:
        """Number of remembered (kind, role, name) entries."""
        return sum(len(slot) for slot in self._slots.values())
