"""Reading decision chains: which decision is in force on a day (shared by ledger and views)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError


def chain(session: Session, chain_id: str) -> list[Decision]:
    """The decisions of one chain, first to latest (each superseding the one before)."""
    rows = list(session.scalars(select(Decision).where(Decision.chain_id == chain_id)))
    by_prev = {d.supersedes_id: d for d in rows}
    ordered: list[Decision] = []
    current = next((d for d in rows if d.supersedes_id is None), None)
    while current is not None:
        ordered.append(current)
        current = by_prev.get(current.id)
    return ordered


def chain_tip(session: Session, chain_id: str) -> Decision:
    decisions = chain(session, chain_id)
    if not decisions:
        raise DomainError("not_found", "decision_id")
    return decisions[-1]


def chains_of(session: Session, client_id: str) -> list[list[Decision]]:
    """Every chain of the client's decisions (one per budget line of decisions)."""
    ids = session.scalars(
        select(Decision.chain_id).where(Decision.client_id == client_id).distinct()
    )
    result = [chain(session, c) for c in ids]
    return sorted(result, key=lambda c: c[0].decided_on)


def in_force(decisions: list[Decision], day: dt.date) -> Decision | None:
    """The decision of a chain that governs `day`: a later one cuts off earlier ones from its
    start; an ending decision's end is the chain's end."""
    for decision in reversed(decisions):
        if decision.valid_from <= day:
            return decision if day <= decision.valid_to else None
    return None


def governing(decisions: list[Decision], day: dt.date) -> Decision:
    """The decision in force on `day`, or the nearest one at the chain's start or end."""
    found = in_force(decisions, day)
    if found is not None:
        return found
    return decisions[0] if day < decisions[0].valid_from else decisions[-1]
