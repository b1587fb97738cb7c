"""Following the budget: spending with its status, balance as of a day, pace and a chart series."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from hbdesk.models.balance import Balance, EntryFacts, Pace, balance, pace, status_of
from hbdesk.models.decision import Decision
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.vocab import EntryStatus
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
    older: int = 0  # entries left out of `rows` (older ones, settled): see budget_states

    @property
    def pending_rows(self) -> list[SpendingRow]:
        return [r for r in self.rows if r.status in (EntryStatus.PENDING, EntryStatus.DISPUTED)]


_OPEN = (EntryStatus.PENDING, EntryStatus.DISPUTED)


def chain_state(
    session: Session, decisions: list[Decision], as_of: dt.date, newest: int | None = None
) -> BudgetState:
    decision = governing(decisions, as_of)
    facts = facts_of(session, decision.chain_id)
    bal = balance(decision.granted_sum, facts, as_of)
    start, end = decisions[0].valid_from, decision.valid_to
    spent = bal.confirmed + bal.pending
    rows = _rows(facts, as_of)
    kept = rows
    if newest is not None and len(rows) > newest:
        cut = len(rows) - newest
        kept = [r for r in rows[:cut] if r.status in _OPEN] + rows[cut:]
    return BudgetState(
        decision,
        decision.chain_id,
        bal,
        pace(decision.granted_sum, start, end, spent, as_of),
        kept,
        len(rows) - len(kept),
    )


def budget_states(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    as_of: dt.date | None = None,
    *,
    newest: int | None = None,
) -> list[BudgetState]:
    """Every decision chain of the client with balance, pace and spending (pending/confirmed).

    With `newest`, each chain's rows are its newest entries and every older one still open
    (pending or disputed); `older` counts the settled ones left out (a screen shows what
    is recent and what waits, whatever the length of the history)."""
    day = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        states = [chain_state(tx.session, c, day, newest) for c in chains_of(tx.session, client_id)]
        tx.viewed(
            client_id,
            [ref(r.entry) for s in states for r in s.rows] + [ref(s.decision) for s in states],
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
        days = []
        day = start
        while day <= min(day_end, end):
            days.append(day)
            day += dt.timedelta(days=step_days)
        points = series(decisions, facts, days)
        tx.viewed(client_id, [ref(d) for d in decisions])
    return points


def series(
    decisions: list[Decision], facts: list[EntryFacts], days: list[dt.date]
) -> list[ChartPoint]:
    """The chart's points on `days` (ascending): what `balance` gives on each day, in one pass
    over the entries' events instead of the whole balance again for every day."""
    start, end = decisions[0].valid_from, decisions[-1].valid_to
    events = sorted(_events(facts), key=lambda e: e[0])
    points: list[ChartPoint] = []
    confirmed = pending = Decimal("0.00")
    n = 0
    for day in days:
        while n < len(events) and events[n][0] <= day:
            confirmed, pending = confirmed + events[n][1], pending + events[n][2]
            n += 1
        granted = governing(decisions, day).granted_sum
        share = Decimal((day - start).days + 1) / Decimal((end - start).days + 1)
        even = (granted * share).quantize(Decimal("0.01"))
        used = confirmed + pending
        points.append(ChartPoint(day, granted - used, used, even))
    return points


def _events(facts: list[EntryFacts]) -> list[tuple[dt.date, Decimal, Decimal]]:
    """(day, change of confirmed, change of pending) as `balance` counts each entry: from its
    day on, in the column its origin's status (`status_of`) puts it, moving when that status
    changes — only on a day its origin's confirmation or receipts are dated."""
    by_id = {f.entry.id: f for f in facts}
    events: list[tuple[dt.date, Decimal, Decimal]] = []
    for fact in facts:
        entry = fact.entry
        origin = by_id.get(entry.reverses_id or "", fact)
        dated = {r.reported_on for r in origin.receipts}
        if origin.confirmation is not None:
            dated.add(origin.confirmation.confirmed_on)
        column: bool | None = None  # True: confirmed, False: pending
        for day in [entry.spent_on, *sorted(d for d in dated if d > entry.spent_on)]:
            now = status_of(origin, day) == EntryStatus.CONFIRMED
            if now == column:
                continue
            amount, zero = entry.amount, Decimal("0.00")
            if column is not None:  # move it out of the column it was in
                events.append((day, -amount if column else zero, zero if column else -amount))
            events.append((day, amount if now else zero, zero if now else amount))
            column = now
    return events
