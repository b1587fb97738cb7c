"""The caseworker's caseload: search and filter clients, each with stage and budget state.

The list shows names, stages and sums only; opening a client (overview) is what is logged
as a view of the client's record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hbdesk.models.balance import EntryFacts
from hbdesk.models.client import Client
from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError
from hbdesk.models.followup import FollowUp
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.models.plan import Plan
from hbdesk.services.caseload_rows import FILTERS as FILTERS
from hbdesk.services.caseload_rows import FOLLOW_UP_WINDOW as FOLLOW_UP_WINDOW
from hbdesk.services.caseload_rows import CaseloadRow as CaseloadRow
from hbdesk.services.caseload_rows import MoneyState as MoneyState
from hbdesk.services.caseload_rows import (
    caseload_rows,
    chains_by_client_of,
    facts_by_chain_of,
    latest_follow_ups,
)
from hbdesk.services.caseload_rows import money_state as money_state
from hbdesk.services.context import Actor, transaction
from hbdesk.services.process_facts import process_facts
from hbdesk.store import OpenVault


def _matches(query: str) -> list[object]:
    conditions: list[object] = []
    for word in query.split():
        like = f"%{word}%"
        conditions.append(
            or_(
                Client.first_name.ilike(like),
                Client.last_name.ilike(like),
                Client.identity_code.ilike(f"{word}%"),
            )
        )
    return conditions


def next_follow_ups(session: Session, ids: Sequence[str]) -> dict[str, dt.date | None]:
    plans = session.execute(
        select(Plan.client_id, Plan.next_follow_up_on)
        .where(Plan.client_id.in_(ids), Plan.status == "agreed")
        .order_by(Plan.version)
    )
    follow_ups = session.execute(
        select(FollowUp.client_id, FollowUp.next_follow_up_on)
        .where(FollowUp.client_id.in_(ids))
        .order_by(FollowUp.held_on, FollowUp.created_at)
    )
    return latest_follow_ups(plans.all(), follow_ups.all())


def facts_by_chain(session: Session, ids: Sequence[str]) -> dict[str, list[EntryFacts]]:
    return facts_by_chain_of(
        session.scalars(select(SpendingEntry).where(SpendingEntry.client_id.in_(ids))).all(),
        session.scalars(
            select(InvoiceConfirmation).where(InvoiceConfirmation.client_id.in_(ids))
        ).all(),
        session.scalars(select(ReceiptReport).where(ReceiptReport.client_id.in_(ids))).all(),
    )


def chains_by_client(session: Session, ids: Sequence[str]) -> dict[str, list[list[Decision]]]:
    return chains_by_client_of(
        session.scalars(select(Decision).where(Decision.client_id.in_(ids))).all()
    )


def caseload(
    vault: OpenVault,
    actor: Actor,
    query: str = "",
    *,
    stage: str | None = None,
    only: str | None = None,
    mine: bool = False,
    today: dt.date | None = None,
) -> list[CaseloadRow]:
    """Clients matching name / identity code words, stage and a filter (see FILTERS)."""
    if only is not None and only not in FILTERS:
        raise DomainError("invalid_choice", "only")
    day = today or dt.date.today()
    with transaction(vault, actor, purpose="caseload") as tx:
        q = select(Client).where(*_matches(query))  # type: ignore[arg-type]
        if stage:
            q = q.where(Client.stage == stage)
        if mine:
            q = q.where(Client.key_worker_id == actor.user_id)
        clients = list(tx.session.scalars(q.order_by(Client.last_name, Client.first_name)))
        ids = [c.id for c in clients]
        follow = next_follow_ups(tx.session, ids)
        chains, facts = chains_by_client(tx.session, ids), facts_by_chain(tx.session, ids)
        money = {c.id: money_state(chains.get(c.id, []), facts, day) for c in clients}
        progress = process_facts(tx.session, clients, money, follow)
    return caseload_rows(clients, follow, money, progress, day, only)


def count_clients(vault: OpenVault) -> int:
    """How many clients the vault holds (a number only: not a view of anyone's record)."""
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(Client)) or 0)
