"""Reading a chain of decisions: its order, and which decision governs a day.

Pure rules over anything shaped like a decision (hbdesk.models.decision.Decision, or the
plain rows the first screen after unlock reads): importing this loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar


class ChainLink(Protocol):
    """What the rules read of a decision."""

    @property
    def id(self) -> str: ...
    @property
    def chain_id(self) -> str: ...
    @property
    def supersedes_id(self) -> str | None: ...
    @property
    def decided_on(self) -> dt.date: ...
    @property
    def valid_from(self) -> dt.date: ...
    @property
    def valid_to(self) -> dt.date: ...


D = TypeVar("D", bound=ChainLink)


def order_chain(decisions: Iterable[D]) -> list[D]:
    """The decisions of one chain, first to latest (each superseding the one before)."""
    rows = list(decisions)
    by_prev = {d.supersedes_id: d for d in rows}
    ordered: list[D] = []
    current = next((d for d in rows if d.supersedes_id is None), None)
    while current is not None:
        ordered.append(current)
        current = by_prev.get(current.id)
    return ordered


def chains_from(decisions: Iterable[D]) -> list[list[D]]:
    """A client's decisions as chains (each first to latest), the earliest decided first."""
    by_chain: dict[str, list[D]] = {}
    for d in decisions:
        by_chain.setdefault(d.chain_id, []).append(d)
    chains = [order_chain(rows) for rows in by_chain.values()]
    return sorted((c for c in chains if c), key=lambda c: c[0].decided_on)


def in_force(decisions: list[D], day: dt.date) -> D | None:
    """The decision of a chain that governs `day`: a later one cuts off earlier ones from its
    start; an ending decision's end is the chain's end."""
    for decision in reversed(decisions):
        if decision.valid_from <= day:
            return decision if day <= decision.valid_to else None
    return None


def governing(decisions: list[D], day: dt.date) -> D:
    """The decision in force on `day`, or the nearest one at the chain's start or end."""
    found = in_force(decisions, day)
    if found is not None:
        return found
    return decisions[0] if day < decisions[0].valid_from else decisions[-1]
