"""The chart of a budget's use: each point is what `balance` says of that day, computed in one
pass over the entries (not the whole balance again for every week of a five-year chain)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from hbdesk.models import balance as balance_rules
from hbdesk.models.balance import EntryFacts, balance
from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.services import ledger, spending_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import END, START, granted_budget

DAY0 = dt.date(2026, 1, 1)
METHODS = ["invoice", "direct_payment", "mobile_payment", "service_voucher", "payment_commitment"]


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[Decision], list[EntryFacts]]:
    """A chain of one to three decisions and entries of every kind around it."""
    decisions, start = [], DAY0
    for _ in range(draw(st.integers(1, 3))):
        end = start + dt.timedelta(days=draw(st.integers(20, 200)))
        granted = Decimal(draw(st.integers(0, 500_000))) / 100
        decisions.append(Decision(valid_from=start, valid_to=end, granted_sum=granted))
        start = end + dt.timedelta(days=1)
    facts: list[EntryFacts] = []
    for n in range(draw(st.integers(0, 25))):
        day = DAY0 + dt.timedelta(days=draw(st.integers(-10, 600)))
        amount = Decimal(draw(st.integers(1, 50_000))) / 100
        entry = SpendingEntry(
            id=f"e{n}", method=draw(st.sampled_from(METHODS)), amount=amount, spent_on=day
        )
        confirmation = None
        if entry.method == "invoice" and draw(st.booleans()):
            confirmation = InvoiceConfirmation(
                entry_id=entry.id,
                verdict=draw(st.sampled_from(["correct", "disputed"])),
                confirmed_on=day + dt.timedelta(days=draw(st.integers(0, 90))),
            )
        receipts = tuple(
            ReceiptReport(
                entry_id=entry.id,
                amount=Decimal(draw(st.integers(1, 40_000))) / 100,
                reported_on=day + dt.timedelta(days=draw(st.integers(0, 120))),
            )
            for _ in range(draw(st.integers(0, 3)) if entry.method == "direct_payment" else 0)
        )
        facts.append(EntryFacts(entry, confirmation, receipts))
        if draw(st.integers(0, 5)) == 0:  # a correction the bookkeeping way
            back = SpendingEntry(
                id=f"r{n}",
                method=entry.method,
                amount=-amount,
                spent_on=day + dt.timedelta(days=draw(st.integers(0, 60))),
                reverses_id=entry.id,
            )
            facts.append(EntryFacts(back, None, ()))
    return decisions, facts


@settings(max_examples=300, deadline=None)
@given(ledgers(), st.integers(1, 30))
def test_every_point_is_the_balance_of_its_day(
    ledger_: tuple[list[Decision], list[EntryFacts]], step: int
) -> None:
    decisions, facts = ledger_
    days = []
    day = decisions[0].valid_from - dt.timedelta(days=5)
    while day <= decisions[-1].valid_to + dt.timedelta(days=130):
        days.append(day)
        day += dt.timedelta(days=step)
    points = spending_view.series(decisions, facts, days)
    for point in points:
        granted = next(
            (d for d in reversed(decisions) if d.valid_from <= point.day <= d.valid_to),
            decisions[0] if point.day < decisions[0].valid_from else decisions[-1],
        ).granted_sum
        expected = balance(granted, facts, point.day)
        assert point.available == expected.available, point.day
        assert point.used == expected.confirmed + expected.pending, point.day


def test_a_chart_of_a_long_chain_looks_at_each_entry_a_few_times_only(
    vault: OpenVault, worker: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    g = granted_budget(vault, worker, amount=Decimal("9000.00"))
    entries = []
    for n in range(60):
        method = ("invoice", "direct_payment", "mobile_payment")[n % 3]
        entries.append(
            ledger.record_spending(
                vault,
                worker,
                g.client_id,
                ledger.Spending(
                    method=method,
                    amount=Decimal("20.00"),
                    spent_on=START + dt.timedelta(days=5 * n),
                    category="other",
                    provider="Palvelu Oy",
                ),
            ).value
        )
    for entry in entries[::3]:
        ledger.confirm_invoice(
            vault, worker, g.client_id, entry.id, confirmed_on=entry.spent_on + dt.timedelta(3)
        )
    calls = []
    real = balance_rules.status_of

    def counting(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(balance_rules, "status_of", counting)
    points = spending_view.balance_series(
        vault, worker, g.client_id, g.decision.chain_id, as_of=END, step_days=1
    )
    assert len(points) == 365
    assert points[-1].used == Decimal("1200.00")
    # One look per entry and per day its status may change; before: 365 days x 60 entries.
    assert len(calls) <= 2 * len(entries), len(calls)


@settings(max_examples=200, deadline=None)
@given(ledgers())
def test_a_write_is_checked_against_what_balance_leaves(
    ledger_: tuple[list[Decision], list[EntryFacts]],
) -> None:
    """recording spending sums the chain in the database (ledger._spent): that sum must stay
    what `balance` counts as used once every entry is dated."""
    _, facts = ledger_
    used = balance(Decimal("0.00"), facts, dt.date.max)
    assert sum((f.entry.amount for f in facts), Decimal("0.00")) == used.confirmed + used.pending


def test_a_write_reads_none_of_the_chains_entries(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, amount=Decimal("900.00"))

    def spend(amount: str) -> None:
        ledger.record_spending(
            vault,
            worker,
            g.client_id,
            ledger.Spending(
                method="mobile_payment",
                amount=Decimal(amount),
                spent_on=START,
                category="other",
                provider="Palvelu Oy",
            ),
        )

    for _ in range(30):
        spend("20.00")
    loaded: list[object] = []

    def keep(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(SpendingEntry, "load", keep)
    try:
        spend("20.00")
        with pytest.raises(DomainError) as refused:  # 31 x 20 spent, 280 left
            spend("280.01")
    finally:
        event.remove(SpendingEntry, "load", keep)
    assert refused.value.code == "exceeds_balance"
    assert refused.value.details["available"] == "280.00"
    assert loaded == []  # before: the whole chain, on every write
