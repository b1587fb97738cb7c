"""What the screens and Oma HB show of a chain, field by field (hbdesk.models.balance): each
spending row's status, who confirmed it and when, its receipts and their due day; the chain's
state with its pace; the chart's even pace on its first and last day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hbdesk.models.balance import (
    RECEIPTS_DUE_DAYS,
    EntryFacts,
    balance,
    budget_state,
    pace,
    series,
    spending_rows,
)
from hbdesk.models.decision import Decision
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.models.vocab import EntryStatus

D = dt.date
START, END = D(2026, 1, 1), D(2026, 12, 31)
AS_OF = D(2026, 4, 10)


def _decision() -> Decision:
    return Decision(
        id="d1", chain_id="chain-1", valid_from=START, valid_to=END, granted_sum=Decimal("1000.00")
    )


def _entry(id_: str, method: str, amount: str, day: dt.date, **kw: object) -> SpendingEntry:
    return SpendingEntry(id=id_, method=method, amount=Decimal(amount), spent_on=day, **kw)


def _facts() -> list[EntryFacts]:
    invoice = _entry("inv", "invoice", "100.00", D(2026, 2, 1))
    confirmed = InvoiceConfirmation(
        entry_id="inv", verdict="correct", confirmed_on=D(2026, 2, 5), confirmed_by="client"
    )
    direct = _entry("dp", "direct_payment", "50.00", D(2026, 3, 1))
    half = ReceiptReport(entry_id="dp", amount=Decimal("20.00"), reported_on=D(2026, 3, 3))
    mobile = _entry("mob", "mobile_payment", "30.00", D(2026, 4, 1))
    back = _entry("back", "mobile_payment", "-30.00", D(2026, 4, 2), reverses_id="mob")
    wrong = _entry("dp2", "direct_payment", "40.00", D(2026, 3, 5))
    undo = _entry("undo", "direct_payment", "-40.00", D(2026, 3, 6), reverses_id="dp2")
    return [
        EntryFacts(invoice, confirmed, ()),
        EntryFacts(direct, None, (half,)),
        EntryFacts(mobile, None, ()),
        EntryFacts(back, None, ()),
        EntryFacts(wrong, None, ()),
        EntryFacts(undo, None, ()),
    ]


def test_each_row_says_its_status_who_confirmed_when_and_its_receipts() -> None:
    rows = {r.entry.id: r for r in spending_rows(_facts(), AS_OF)}
    inv, dp, mob, back = rows["inv"], rows["dp"], rows["mob"], rows["back"]
    assert (inv.status, inv.confirmed_by, inv.confirmed_on) == (
        EntryStatus.CONFIRMED,
        "client",
        D(2026, 2, 5),
    )
    assert inv.reversed_by is None and inv.receipts_due_on is None
    assert str(inv.receipts_total) == "0.00"  # a sum of money even when there are none
    assert dp.status == EntryStatus.PENDING and str(dp.receipts_total) == "20.00"
    assert dp.receipts_due_on == D(2026, 3, 1) + dt.timedelta(days=RECEIPTS_DUE_DAYS)
    assert (dp.confirmed_by, dp.confirmed_on) == (None, None)
    assert (mob.status, mob.reversed_by) == (EntryStatus.REVERSED, "back")
    assert (back.status, back.reversed_by) == (EntryStatus.REVERSED, None)
    assert rows["dp2"].receipts_due_on is None  # a reversed direct payment owes no receipts


def test_the_chains_state_has_its_id_balance_and_the_pace_of_all_it_has_used() -> None:
    facts = _facts()
    state = budget_state([_decision()], facts, AS_OF)
    bal = balance(Decimal("1000.00"), facts, AS_OF)
    assert state.chain_id == "chain-1" and state.balance == bal
    assert bal.pending > 0  # so that the pace is seen to count pending spending too
    assert state.pace == pace(Decimal("1000.00"), START, END, bal.confirmed + bal.pending, AS_OF)
    assert [r.entry.id for r in state.rows] == [f.entry.id for f in facts]


def test_the_even_pace_is_a_days_share_from_the_first_day_to_the_last() -> None:
    first, mid, last = series([_decision()], [], [START, D(2026, 7, 2), END])
    assert first.even_pace == Decimal("2.74")  # 1000.00 × 1/365
    assert mid.even_pace == Decimal("501.37")  # 1000.00 × 183/365: 2 July is the 183rd day
    assert last.even_pace == Decimal("1000.00")
    assert (first.used, first.available) == (Decimal("0.00"), Decimal("1000.00"))
