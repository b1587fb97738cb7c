"""Who acts, what a service call changed, and a changing call's answer: plain values.

Apart from hbdesk.services.context (which re-exports them) so that the desktop can name
them before SQLAlchemy and the models have loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from hbdesk import __version__

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """The person acting through hbdesk, in which role, on which device."""

    user_id: str
    role: str
    device_id: str
    display_name: str = ""
    app_version: str = __version__
    offline: bool = True


@dataclass(frozen=True)
class Changes:
    """What a service call touched: which clients, which kinds of record (table names)."""

    clients: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.clients | other.clients, self.kinds | other.kinds)

    def touches(self, kind: str) -> bool:
        return kind in self.kinds


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A changing service's answer: its value and what changed (for the UI to refresh)."""

    value: T
    changes: Changes
