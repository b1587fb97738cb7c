"""The caseworker's caseload: search and filter clients, each with stage and budget state.

The list shows names, stages and sums only; opening a client (overview) is what is logged
as a view of the client's record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hbdesk.models.balance import EntryFacts, balance, pace, receipts_overdue, status_of
from hbdesk.models.client import Client
from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError
from hbdesk.models.followup import FollowUp
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.models.plan import Plan
from hbdesk.models.progress import next_step
from hbdesk.models.vocab import DecisionOutcome, EntryStatus, PaymentMethod
from hbdesk.services.clients import birth_date
from hbdesk.services.context import Actor, transaction
from hbdesk.services.decisions_query import governing
from hbdesk.services.process_facts import process_facts
from hbdesk.store import OpenVault

FILTERS = (
    "follow_up_due",
    "running_out",
    "pending_invoices",
    "receipts_overdue",
    "open",
    "closed",
)
FOLLOW_UP_WINDOW = dt.timedelta(days=14)


@dataclass(frozen=True)
class MoneyState:
    granted: Decimal
    available: Decimal
    pending: Decimal
    runs_out_on: dt.date | None
    warning: bool
    pending_invoices: int
    valid_to: dt.date
    receipts_overdue: int = 0  # direct payments whose receipts are past due


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    name: str
    identity_code: str | None
    stage: str
    key_worker_id: str | None
    next_follow_up_on: dt.date | None
    money: MoneyState | None  # None: no budget decision in force
    next_step: str | None = None  # NextStep (hbdesk.models.progress): what to do next
    born: dt.date | None = None  # from the identity code: tells same-named clients apart


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
    result: dict[str, dt.date | None] = {}
    for cid, day in session.execute(
        select(Plan.client_id, Plan.next_follow_up_on)
        .where(Plan.client_id.in_(ids), Plan.status == "agreed")
        .order_by(Plan.version)
    ):
        result[cid] = day
    for cid, day in session.execute(
        select(FollowUp.client_id, FollowUp.next_follow_up_on)
        .where(FollowUp.client_id.in_(ids))
        .order_by(FollowUp.held_on, FollowUp.created_at)
    ):
        result[cid] = day
    return result


def facts_by_chain(session: Session, ids: Sequence[str]) -> dict[str, list[EntryFacts]]:
    entries = list(session.scalars(select(SpendingEntry).where(SpendingEntry.client_id.in_(ids))))
    confs = {
        c.entry_id: c
        for c in session.scalars(
            select(InvoiceConfirmation).where(InvoiceConfirmation.client_id.in_(ids))
        )
    }
    receipts: dict[str, list[ReceiptReport]] = {}
    for r in session.scalars(select(ReceiptReport).where(ReceiptReport.client_id.in_(ids))):
        receipts.setdefault(r.entry_id, []).append(r)
    result: dict[str, list[EntryFacts]] = {}
    for e in entries:
        result.setdefault(e.chain_id, []).append(
            EntryFacts(e, confs.get(e.id), tuple(receipts.get(e.id, ())))
        )
    return result


def chains_by_client(session: Session, ids: Sequence[str]) -> dict[str, list[list[Decision]]]:
    rows = list(session.scalars(select(Decision).where(Decision.client_id.in_(ids))))
    by_chain: dict[str, list[Decision]] = {}
    for d in rows:
        by_chain.setdefault(d.chain_id, []).append(d)
    result: dict[str, list[list[Decision]]] = {}
    for members in by_chain.values():
        nxt = {d.supersedes_id: d for d in members}
        ordered: list[Decision] = []
        cur: Decision | None = next(d for d in members if d.supersedes_id is None)
        while cur is not None:
            ordered.append(cur)
            cur = nxt.get(cur.id)
        result.setdefault(ordered[0].client_id, []).append(ordered)
    return result


def money_state(
    chains: list[list[Decision]], facts: dict[str, list[EntryFacts]], today: dt.date
) -> MoneyState | None:
    """The sum over the client's decisions in force today."""
    states = []
    for decisions in chains:
        d = governing(decisions, today)
        if d.outcome == DecisionOutcome.REFUSED or today > decisions[-1].valid_to:
            continue
        chain_facts = facts.get(d.chain_id, [])
        bal = balance(d.granted_sum, chain_facts, today)
        p = pace(
            d.granted_sum, decisions[0].valid_from, d.valid_to, bal.confirmed + bal.pending, today
        )
        waiting = sum(
            1
            for f in chain_facts
            if f.entry.method == PaymentMethod.INVOICE
            and not f.entry.reverses_id
            and status_of(f, today) == EntryStatus.PENDING
        )
        states.append(
            MoneyState(
                d.granted_sum,
                bal.available,
                bal.pending,
                p.runs_out_on,
                p.warning,
                waiting,
                d.valid_to,
                receipts_overdue(chain_facts, today),
            )
        )
    if not states:
        return None
    runs_out = [s.runs_out_on for s in states if s.runs_out_on]
    return MoneyState(
        sum((s.granted for s in states), Decimal("0.00")),
        sum((s.available for s in states), Decimal("0.00")),
        sum((s.pending for s in states), Decimal("0.00")),
        min(runs_out) if runs_out else None,
        any(s.warning for s in states),
        sum(s.pending_invoices for s in states),
        min(s.valid_to for s in states),
        sum(s.receipts_overdue for s in states),
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
    rows = [
        CaseloadRow(
            c.id,
            c.full_name,
            c.identity_code,
            c.stage,
            c.key_worker_id,
            follow.get(c.id),
            money[c.id],
            next_step(progress[c.id], day).value,
            birth_date(c.identity_code),
        )
        for c in clients
    ]
    return [r for r in rows if _keep(r, only, day)]


def _keep(row: CaseloadRow, only: str | None, day: dt.date) -> bool:
    if only is None:
        return True
    if only == "follow_up_due":
        return (
            row.stage != "closed"
            and row.next_follow_up_on is not None
            and row.next_follow_up_on <= day + FOLLOW_UP_WINDOW
        )
    if only == "running_out":
        return row.money is not None and row.money.warning
    if only == "pending_invoices":
        return row.money is not None and row.money.pending_invoices > 0
    if only == "receipts_overdue":
        return row.money is not None and row.money.receipts_overdue > 0
    if only == "open":
        return row.stage != "closed"
    return row.stage == "closed"


def count_clients(vault: OpenVault) -> int:
    """How many clients the vault holds (a number only: not a view of anyone's record)."""
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(Client)) or 0)
