"""Pure rules of the budget's use: entry status, balance as of a day, spending pace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from hbdesk.models.decision_rules import governing
from hbdesk.models.errors import DomainError
from hbdesk.models.refused import spending_category
from hbdesk.models.values import CENT
from hbdesk.models.vocab import EntrySource, EntryStatus, PaymentMethod, Verdict

if TYPE_CHECKING:  # the rules read their fields only: importing them loads no SQLAlchemy
    from hbdesk.models.decision import Decision
    from hbdesk.models.ledger import HeldPayment, InvoiceConfirmation, ReceiptReport, SpendingEntry

ZERO = Decimal("0.00")
MIN_DAYS_FOR_PACE = 14  # too early to project before two weeks of use
RECEIPTS_DUE_DAYS = 30  # a direct payment's receipts are reported within a month


@dataclass(frozen=True)
class EntryFacts:
    """An entry with what decides its status: its confirmation and the receipts reported."""

    entry: SpendingEntry
    confirmation: InvoiceConfirmation | None
    receipts: tuple[ReceiptReport, ...]


def status_of(facts: EntryFacts, as_of: dt.date) -> EntryStatus:
    """Pending until confirmed: invoices by the client's word, direct payments by receipts."""
    entry = facts.entry
    if entry.method == PaymentMethod.INVOICE:
        conf = facts.confirmation
        if conf is None or conf.confirmed_on > as_of:
            return EntryStatus.PENDING
        return EntryStatus.CONFIRMED if conf.verdict == Verdict.CORRECT else EntryStatus.DISPUTED
    if entry.method == PaymentMethod.DIRECT_PAYMENT:
        covered = sum((r.amount for r in facts.receipts if r.reported_on <= as_of), ZERO)
        return EntryStatus.CONFIRMED if covered >= entry.amount else EntryStatus.PENDING
    return EntryStatus.CONFIRMED


def receipts_due_on(facts: EntryFacts, as_of: dt.date) -> dt.date | None:
    """When a direct payment's receipts fall due, while they do not yet cover it; else None."""
    entry = facts.entry
    if entry.method != PaymentMethod.DIRECT_PAYMENT or entry.reverses_id:
        return None
    if status_of(facts, as_of) != EntryStatus.PENDING:
        return None
    return entry.spent_on + dt.timedelta(days=RECEIPTS_DUE_DAYS)


def receipts_overdue(facts: Iterable[EntryFacts], as_of: dt.date) -> int:
    """How many direct payments are past their receipts' due date (reversed ones are not)."""
    items = list(facts)
    reversed_ids = {f.entry.reverses_id for f in items if f.entry.reverses_id}
    due = [receipts_due_on(f, as_of) for f in items if f.entry.id not in reversed_ids]
    return sum(1 for day in due if day is not None and day < as_of)


@dataclass(frozen=True)
class Balance:
    as_of: dt.date
    granted: Decimal
    confirmed: Decimal
    pending: Decimal  # includes invoices the client disputed, until they are reversed

    @property
    def available(self) -> Decimal:
        return self.granted - self.confirmed - self.pending


def balance(granted: Decimal, facts: Iterable[EntryFacts], as_of: dt.date) -> Balance:
    """Granted − confirmed − pending, counting entries dated on or before `as_of`.

    A reversing entry counts in the same column as the entry it reverses, so the pair nets out.
    """
    items = list(facts)
    by_id: Mapping[str, EntryFacts] = {f.entry.id: f for f in items}
    confirmed = pending = ZERO
    for fact in items:
        if fact.entry.spent_on > as_of:
            continue
        origin = by_id.get(fact.entry.reverses_id or "", fact)
        if status_of(origin, as_of) == EntryStatus.CONFIRMED:
            confirmed += fact.entry.amount
        else:
            pending += fact.entry.amount
    return Balance(as_of, granted, confirmed, pending)


@dataclass(frozen=True)
class Pace:
    elapsed_days: int
    total_days: int
    elapsed_share: Decimal  # 0..1 of the validity period
    spent_share: Decimal  # share of the granted sum used (confirmed + pending)
    runs_out_on: dt.date | None  # at the pace so far, before the period ends; else None
    warning: bool


def pace(
    granted: Decimal, valid_from: dt.date, valid_to: dt.date, spent: Decimal, as_of: dt.date
) -> Pace:
    """Spending pace against the validity period, and a warning if it would run out early."""
    total = (valid_to - valid_from).days + 1
    elapsed = min(max((as_of - valid_from).days + 1, 0), total)
    q = Decimal("0.001")
    elapsed_share = (Decimal(elapsed) / total).quantize(q, rounding=ROUND_HALF_UP)
    spent_share = (spent / granted).quantize(q, rounding=ROUND_HALF_UP) if granted else Decimal(0)
    runs_out = None
    if spent > 0 and elapsed >= MIN_DAYS_FOR_PACE:
        days_to_empty = int(granted * elapsed / spent)  # at the daily pace so far
        if days_to_empty < total - 1:
            runs_out = valid_from + dt.timedelta(days=days_to_empty)
    warning = runs_out is not None or (granted > 0 and spent > granted)
    return Pace(elapsed, total, elapsed_share, spent_share, runs_out, warning)


@dataclass(frozen=True)
class SpendingRow:
    entry: SpendingEntry
    status: EntryStatus
    reversed_by: str | None
    confirmed_by: str | None  # who confirmed the invoice
    receipts_total: Decimal
    confirmed_on: dt.date | None = None  # when the invoice was confirmed (or disputed)
    receipts_due_on: dt.date | None = None  # a direct payment still waiting for receipts

    @property
    def source_system(self) -> str | None:
        """The county's system an entry came from ("ePassi" of "mobiilimaksu: ePassi")."""
        if self.entry.source == EntrySource.LAPTOP:
            return None
        return self.entry.recorded_by.partition(": ")[2] or None


def spending_rows(facts: list[EntryFacts], as_of: dt.date) -> list[SpendingRow]:
    """Each entry with its status as of a day; an entry and its reversal both "reversed"."""
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
                sum((r.amount for r in f.receipts), ZERO),
                f.confirmation.confirmed_on if f.confirmation else None,
                None if status == EntryStatus.REVERSED else receipts_due_on(f, as_of),
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
    older: int = 0  # entries left out of `rows` (older ones, settled): services' chain_state
    held: list[HeldPayment] = field(default_factory=list)  # reported, held by the county

    @property
    def pending_rows(self) -> list[SpendingRow]:
        return [r for r in self.rows if r.status in (EntryStatus.PENDING, EntryStatus.DISPUTED)]


def budget_state(decisions: list[Decision], facts: list[EntryFacts], as_of: dt.date) -> BudgetState:
    """A chain's balance, pace and spending as of a day (`decisions` first to latest)."""
    decision = governing(decisions, as_of)
    bal = balance(decision.granted_sum, facts, as_of)
    start, end = decisions[0].valid_from, decision.valid_to
    spent = bal.confirmed + bal.pending
    return BudgetState(
        decision,
        decision.chain_id,
        bal,
        pace(decision.granted_sum, start, end, spent, as_of),
        spending_rows(facts, as_of),
    )


@dataclass(frozen=True)
class ChartPoint:
    day: dt.date
    available: Decimal
    used: Decimal  # confirmed + pending
    even_pace: Decimal  # what would be used by now if spent evenly over the period


def check_category(category: str, excluded: Sequence[str], allowed: Sequence[str]) -> str:
    """The category's code; gambling and crime refused always, and what the decision rules out."""
    code = spending_category(category)
    if code in excluded or (allowed and code not in allowed):
        raise DomainError("category_restricted", "category")
    return code


def series(
    decisions: list[Decision], facts: list[EntryFacts], days: list[dt.date]
) -> list[ChartPoint]:
    """The chart's points on `days` (ascending): what `balance` gives on each day, in one pass
    over the entries' events instead of the whole balance again for every day."""
    start, end = decisions[0].valid_from, decisions[-1].valid_to
    events = sorted(_events(facts), key=lambda e: e[0])
    points: list[ChartPoint] = []
    confirmed = pending = ZERO
    n = 0
    for day in days:
        while n < len(events) and events[n][0] <= day:
            confirmed, pending = confirmed + events[n][1], pending + events[n][2]
            n += 1
        granted = governing(decisions, day).granted_sum
        share = Decimal((day - start).days + 1) / Decimal((end - start).days + 1)
        even = (granted * share).quantize(CENT)
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
            amount, zero = entry.amount, ZERO
            if column is not None:  # move it out of the column it was in
                events.append((day, -amount if column else zero, zero if column else -amount))
            events.append((day, amount if now else zero, zero if now else amount))
            column = now
    return events
