"""Property tests: budget totals add up, and the balance never drifts, whatever the entries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from hbdesk.models.balance import EntryFacts, balance
from hbdesk.models.budget import Budget, BudgetLine, line_total, occurrences, totals
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry

START = dt.date(2026, 1, 1)
money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)
quantity = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("40"), places=1)
days = st.integers(min_value=0, max_value=364)


@st.composite
def budgets(draw: st.DrawFn) -> tuple[Budget, list[BudgetLine]]:
    length = draw(st.integers(min_value=1, max_value=365))
    budget = Budget(id="b", valid_from=START, valid_to=START + dt.timedelta(days=length - 1))
    lines = []
    for n in range(draw(st.integers(min_value=0, max_value=12))):
        a, b = sorted(draw(st.lists(st.integers(0, length - 1), min_size=2, max_size=2)))
        own_period = draw(st.booleans())
        lines.append(
            BudgetLine(
                id=f"l{n}",
                unit_price=draw(money),
                quantity=draw(quantity),
                frequency=draw(st.sampled_from(["once", "weekly", "monthly"])),
                service_area=draw(st.sampled_from(["social_welfare", "disability", "elderly"])),
                category=draw(st.sampled_from(["sports", "coaching", "home_help"])),
                starts_on=START + dt.timedelta(days=a) if own_period else None,
                ends_on=START + dt.timedelta(days=b) if own_period else None,
            )
        )
    return budget, lines


@given(budgets())
def test_line_totals_sum_to_the_budget_per_area_and_category(
    data: tuple[Budget, list[BudgetLine]],
) -> None:
    budget, lines = data
    result = totals(budget, lines)
    assert result.overall == sum((t.total for t in result.lines), Decimal("0.00"))
    assert sum(result.by_area.values(), Decimal("0.00")) == result.overall
    assert sum(result.by_category.values(), Decimal("0.00")) == result.overall
    for line, computed in zip(lines, result.lines, strict=True):
        start = line.starts_on or budget.valid_from
        end = line.ends_on or budget.valid_to
        times = occurrences(line.frequency, start, end)
        assert computed.total == line_total(line.unit_price, line.quantity, times)
        assert computed.total == computed.total.quantize(Decimal("0.01"))
        assert computed.total >= 0


@given(st.integers(min_value=1, max_value=800))
def test_occurrences_never_exceed_the_days(length: int) -> None:
    end = START + dt.timedelta(days=length - 1)
    assert occurrences("once", START, end) == 1
    assert occurrences("weekly", START, end) == length // 7
    assert occurrences("monthly", START, end) <= length // 28
    assert occurrences("monthly", START, end) >= length // 31


entry_specs = st.lists(
    st.tuples(
        st.sampled_from(
            ["mobile_payment", "payment_commitment", "invoice", "service_voucher", "direct_payment"]
        ),
        money,
        days,
        st.sampled_from(["none", "confirm", "dispute", "receipts", "reverse"]),
        st.integers(min_value=0, max_value=30),
    ),
    max_size=25,
)


def _facts(specs: list[tuple[str, Decimal, int, str, int]]) -> list[EntryFacts]:
    facts: list[EntryFacts] = []
    for n, (method, amount, day, event, delay) in enumerate(specs):
        spent = START + dt.timedelta(days=day)
        entry = SpendingEntry(
            id=f"e{n}", method=method, amount=amount, spent_on=spent, reverses_id=None
        )
        later = spent + dt.timedelta(days=delay)
        conf = (
            InvoiceConfirmation(
                entry_id=entry.id,
                verdict="correct" if event == "confirm" else "disputed",
                confirmed_on=later,
            )
            if method == "invoice" and event in ("confirm", "dispute")
            else None
        )
        receipts = (
            (ReceiptReport(entry_id=entry.id, amount=amount, reported_on=later),)
            if method == "direct_payment" and event == "receipts"
            else ()
        )
        facts.append(EntryFacts(entry, conf, receipts))
        if event == "reverse":
            rev = SpendingEntry(
                id=f"r{n}", method=method, amount=-amount, spent_on=later, reverses_id=entry.id
            )
            facts.append(EntryFacts(rev, None, ()))
    return facts


@settings(max_examples=200)
@given(money, entry_specs, st.integers(min_value=-10, max_value=420))
def test_the_balance_never_drifts(
    granted: Decimal, specs: list[tuple[str, Decimal, int, str, int]], as_of_day: int
) -> None:
    facts = _facts(specs)
    as_of = START + dt.timedelta(days=as_of_day)
    b = balance(granted, facts, as_of)
    counted = sum((f.entry.amount for f in facts if f.entry.spent_on <= as_of), Decimal("0.00"))
    assert b.confirmed + b.pending == counted
    assert b.available == granted - counted
    everything = balance(granted, facts, dt.date.max)
    reversed_ids = {f.entry.reverses_id for f in facts if f.entry.reverses_id}
    kept = sum(
        (
            f.entry.amount
            for f in facts
            if not f.entry.reverses_id and f.entry.id not in reversed_ids
        ),
        Decimal("0.00"),
    )
    assert everything.available == granted - kept  # a reversed pair nets out completely
    assert everything.pending >= 0 and everything.confirmed >= 0


@given(
    money,
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("20000"), places=2),
    st.integers(min_value=1, max_value=730),
    st.integers(min_value=-30, max_value=800),
)
def test_pace_never_fails_and_warns_only_before_the_end(
    granted: Decimal, spent: Decimal, length: int, day: int
) -> None:
    from hbdesk.models.balance import pace

    end = START + dt.timedelta(days=length - 1)
    result = pace(granted, START, end, spent, START + dt.timedelta(days=day))
    assert 0 <= result.elapsed_share <= 1
    if result.runs_out_on is not None:
        assert START <= result.runs_out_on < end and result.warning
    if spent > granted:
        assert result.warning
