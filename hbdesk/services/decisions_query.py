"""Reading decision chains: which decision is in force on a day (shared by ledger and views)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.decision import Decision, governing, in_force, order_chain
from hbdesk.models.errors import DomainError

__all__ = ["chain", "chain_tip", "chains_of", "governing", "in_force"]


def chain(session: Session, chain_id: str) -> list[Decision]:
    """The decisions of one chain, first to latest (each superseding the one before)."""
    return order_chain(session.scalars(select(Decision).where(Decision.chain_id == chain_id)))


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
