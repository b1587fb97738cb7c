"""Following the budget: spending with its status, balance as of a day, pace and a chart series."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.balance import Balance, EntryFacts, Pace, balance, pace, status_of
from hbdesk.models.decision import Decision
from hbdesk.models.ledger import HeldPayment, SpendingEntry
from hbdesk.models.vocab import EntrySource, EntryStatus
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, transaction
from hbdesk.services.decisions_query import chains_of, governing
from hbdesk.services.ledger import facts_of
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class SpendingRow:
    entry: SpendingEntry
    status: EntryStatus
    reversed_by: str | None
    confirmed_by: str | None  # who confirmed the invoice
    receipts_total: Decimal
    confirmed_on: dt.date | None = None  # when the invoice was confirmed (or disputed)

    @property
    def source_system(self) -> str | None:
        """The county's system an entry came from ("ePassi" of "mobiilimaksu: ePassi")."""
        if self.entry.source == EntrySource.LAPTOP:
            return None
        return self.entry.recorded_by.partition(": ")[2] or None


def _rows(facts: list[EntryFacts], as_of: dt.date) -> list[SpendingRow]:
    reversed_by = {f.entry.reverses_id: f.entry.id for f in facts if f.entry.reverses_id}
    rows = []
    for f in facts:
        status = status_of(f, as_of)
        if f.entry.id in reversed_by or f.entry.reverses_id:
            status = EntryStatus.REVERSED
        rows.append(
            SpendingRow(
                f.entry,
                status,
                reversed_by.get(f.entry.id),
                f.confirmation.confirmed_by if f.confirmation else None,
                sum((r.amount for r in f.receipts), Decimal("0.00")),
                f.confirmation.confirmed_on if f.confirmation else None,
            )
        )
    return rows


@dataclass(frozen=True)
class BudgetState:
    """One decision chain's money as of a day: the decision, its balance and pace."""

    decision: Decision  # the one governing `as_of`
    chain_id: str
    balance: Balance
    pace: Pace
    rows: list[SpendingRow]
    held: list[HeldPayment] = field(default_factory=list)  # reported, held by the county

    @property
    def pending_rows(self) -> list[SpendingRow]:
        return [r for r in self.rows if r.status in (EntryStatus.PENDING, EntryStatus.DISPUTED)]


def chain_state(session: Session, decisions: list[Decision], as_of: dt.date) -> BudgetState:
    decision = governing(decisions, as_of)
    facts = facts_of(session, decision.chain_id)
    bal = balance(decision.granted_sum, facts, as_of)
    start, end = decisions[0].valid_from, decision.valid_to
    spent = bal.confirmed + bal.pending
    return BudgetState(
        decision,
        decision.chain_id,
        bal,
        pace(decision.granted_sum, start, end, spent, as_of),
        _rows(facts, as_of),
        _held(session, [d.id for d in decisions]),
    )


def _held(session: Session, decision_ids: list[str]) -> list[HeldPayment]:
    """Spending the county's systems reported and its server held, not yet settled there."""
    return list(
        session.scalars(
            select(HeldPayment)
            .where(HeldPayment.decision_id.in_(decision_ids), HeldPayment.resolution.is_(None))
            .order_by(HeldPayment.spent_on)
        )
    )


def budget_states(
    vault: OpenVault, actor: Actor, client_id: str, as_of: dt.date | None = None
) -> list[BudgetState]:
    """Every decision chain of the client with balance, pace and spending (pending/confirmed)."""
    day = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        states = [chain_state(tx.session, c, day) for c in chains_of(tx.session, client_id)]
        tx.viewed(
            client_id,
            [ref(r.entry) for s in states for r in s.rows]
            + [ref(h) for s in states for h in s.held]
            + [ref(s.decision) for s in states],
        )
    return states


@dataclass(frozen=True)
class ChartPoint:
    day: dt.date
    available: Decimal
    used: Decimal  # confirmed + pending
    even_pace: Decimal  # what would be used by now if spent evenly over the period


def balance_series(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    chain_id: str,
    *,
    as_of: dt.date | None = None,
    step_days: int = 7,
) -> list[ChartPoint]:
    """Balance and use over the validity period, one point every `step_days`, for a chart."""
    day_end = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        decisions = next(c for c in chains_of(tx.session, client_id) if c[0].chain_id == chain_id)
        facts = facts_of(tx.session, chain_id)
        start, end = decisions[0].valid_from, decisions[-1].valid_to
        points = []
        day = start
        while day <= min(day_end, end):
            points.append(_point(decisions, facts, day, start, end))
            day += dt.timedelta(days=step_days)
        tx.viewed(client_id, [ref(d) for d in decisions])
    return points


def _point(
    decisions: list[Decision], facts: list[EntryFacts], day: dt.date, start: dt.date, end: dt.date
) -> ChartPoint:
    granted = governing(decisions, day).granted_sum
    bal = balance(granted, facts, day)
    share = Decimal((day - start).days + 1) / Decimal((end - start).days + 1)
    return ChartPoint(
        day, bal.available, bal.confirmed + bal.pending, (granted * share).quantize(Decimal("0.01"))
    )
