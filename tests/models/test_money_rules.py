"""The pure money rules at their edges: entry status, balance, pace, the category ban, and the
parsing of amounts, quantities, periods and text. Written so each rule's boundary is pinned
(mutation testing: scripts/mutation.sh balance values)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from hbdesk.models import balance as b
from hbdesk.models import values as v
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry

D = dt.date
ZERO = Decimal("0.00")
FEB_1 = D(2026, 2, 1)


def entry(
    method: str, amount: str, day: dt.date = FEB_1, *, id: str = "e1", **kw: Any
) -> SpendingEntry:
    return SpendingEntry(id=id, method=method, amount=Decimal(amount), spent_on=day, **kw)


def confirmed(on: dt.date, verdict: str = "correct") -> InvoiceConfirmation:
    return InvoiceConfirmation(verdict=verdict, confirmed_on=on)


def receipt(amount: str, on: dt.date) -> ReceiptReport:
    return ReceiptReport(amount=Decimal(amount), reported_on=on)


def facts(e: SpendingEntry, conf: Any = None, *receipts: ReceiptReport) -> b.EntryFacts:
    return b.EntryFacts(e, conf, tuple(receipts))


def code_of(call: Any, *args: Any, **kw: Any) -> tuple[str, str | None]:
    with pytest.raises(DomainError) as err:
        call(*args, **kw)
    return err.value.code, err.value.field


# --- entry status -----------------------------------------------------------------------


def test_an_invoice_is_pending_until_confirmed_on_or_before_the_day() -> None:
    inv = entry("invoice", "50.00")
    assert b.status_of(facts(inv), D(2026, 3, 1)) == "pending"
    conf = confirmed(D(2026, 2, 10))
    assert b.status_of(facts(inv, conf), D(2026, 2, 9)) == "pending"
    assert b.status_of(facts(inv, conf), D(2026, 2, 10)) == "confirmed"  # on the day itself
    disputed = confirmed(D(2026, 2, 10), "disputed")
    assert b.status_of(facts(inv, disputed), D(2026, 2, 10)) == "disputed"


def test_a_direct_payment_is_confirmed_when_receipts_reported_by_the_day_cover_it() -> None:
    pay = entry("direct_payment", "100.00")
    part, rest = receipt("60.00", D(2026, 2, 3)), receipt("40.00", D(2026, 2, 5))
    assert b.status_of(facts(pay, None, part), D(2026, 2, 5)) == "pending"
    assert b.status_of(facts(pay, None, part, rest), D(2026, 2, 4)) == "pending"
    assert b.status_of(facts(pay, None, part, rest), D(2026, 2, 5)) == "confirmed"
    more = receipt("41.00", D(2026, 2, 5))
    assert b.status_of(facts(pay, None, part, more), D(2026, 2, 5)) == "confirmed"


@pytest.mark.parametrize(
    "method", ["mobile_payment", "payment_commitment", "service_voucher", "other"]
)
def test_other_methods_count_as_confirmed_at_once(method: str) -> None:
    assert b.status_of(facts(entry(method, "5.00")), D(2026, 2, 1)) == "confirmed"


# --- receipts due -----------------------------------------------------------------------


def test_receipts_fall_due_thirty_days_after_a_pending_direct_payment() -> None:
    pay = entry("direct_payment", "100.00", D(2026, 2, 5))
    assert b.RECEIPTS_DUE_DAYS == 30
    assert b.receipts_due_on(facts(pay), D(2026, 2, 6)) == D(2026, 3, 7)
    covered = facts(pay, None, receipt("100.00", D(2026, 2, 6)))
    assert b.receipts_due_on(covered, D(2026, 2, 6)) is None
    assert b.receipts_due_on(facts(entry("invoice", "5.00")), D(2026, 2, 6)) is None
    reversal = entry("direct_payment", "-100.00", id="r1", reverses_id="e1")
    assert b.receipts_due_on(facts(reversal), D(2026, 2, 6)) is None


def test_overdue_counts_only_pending_direct_payments_past_the_due_day() -> None:
    pay = facts(entry("direct_payment", "100.00", D(2026, 2, 5)))
    other = facts(entry("direct_payment", "30.00", D(2026, 2, 20), id="e2"))
    assert b.receipts_overdue([pay, other], D(2026, 3, 7)) == 0  # due that day: not yet late
    assert b.receipts_overdue([pay, other], D(2026, 3, 8)) == 1
    assert b.receipts_overdue([pay, other], D(2026, 3, 23)) == 2
    undone = facts(entry("direct_payment", "-100.00", D(2026, 2, 6), id="r1", reverses_id="e1"))
    assert b.receipts_overdue([pay, undone], D(2026, 4, 1)) == 0


# --- balance ----------------------------------------------------------------------------


def test_balance_counts_entries_on_or_before_the_day_in_their_column() -> None:
    inv = facts(entry("invoice", "100.00", D(2026, 2, 1)), confirmed(D(2026, 2, 2)))
    card = facts(entry("mobile_payment", "30.00", D(2026, 2, 3), id="e2"))
    later = facts(entry("invoice", "20.00", D(2026, 2, 4), id="e3"))
    bal = b.balance(Decimal("500.00"), [inv, card, later], D(2026, 2, 3))
    assert (bal.confirmed, bal.pending) == (Decimal("130.00"), ZERO)
    assert bal.available == Decimal("370.00") and bal.as_of == D(2026, 2, 3)
    bal = b.balance(Decimal("500.00"), [inv, card, later], D(2026, 2, 4))
    assert (bal.confirmed, bal.pending, bal.available) == (
        Decimal("130.00"),
        Decimal("20.00"),
        Decimal("350.00"),
    )
    before = b.balance(Decimal("500.00"), [inv, card, later], D(2026, 2, 1))
    assert (before.confirmed, before.pending) == (ZERO, Decimal("100.00"))


def test_a_reversal_counts_in_its_originals_column_so_the_pair_nets_out() -> None:
    inv = facts(entry("invoice", "100.00", D(2026, 2, 1)))
    back = facts(entry("invoice", "-100.00", D(2026, 2, 2), id="r1", reverses_id="e1"))
    bal = b.balance(Decimal("500.00"), [inv, back], D(2026, 2, 2))
    assert (bal.confirmed, bal.pending, bal.available) == (ZERO, ZERO, Decimal("500.00"))


# --- pace -------------------------------------------------------------------------------


def test_even_spending_gives_no_warning_and_no_run_out_day() -> None:
    p = b.pace(Decimal("365.00"), D(2026, 1, 1), D(2026, 12, 31), Decimal("31.00"), D(2026, 1, 31))
    assert (p.elapsed_days, p.total_days) == (31, 365)
    assert p.elapsed_share == Decimal("0.085") and p.spent_share == Decimal("0.085")
    assert p.runs_out_on is None and p.warning is False


def test_fast_spending_gives_the_exact_run_out_day_and_a_warning() -> None:
    p = b.pace(Decimal("365.00"), D(2026, 1, 1), D(2026, 12, 31), Decimal("62.00"), D(2026, 1, 31))
    # 31 days spent 62.00: 2 €/day, so 365.00 lasts 182 days from 1.1.
    assert p.runs_out_on == D(2026, 7, 2) and p.warning is True
    assert p.spent_share == Decimal("0.170")


def test_no_projection_before_two_weeks_of_use() -> None:
    start, end = D(2026, 1, 1), D(2026, 12, 31)
    early = b.pace(Decimal("365.00"), start, end, Decimal("100.00"), D(2026, 1, 13))
    assert early.elapsed_days == 13 and early.runs_out_on is None and not early.warning
    day14 = b.pace(Decimal("365.00"), start, end, Decimal("100.00"), D(2026, 1, 14))
    assert day14.runs_out_on == D(2026, 2, 21) and day14.warning  # int(365 × 14 / 100) = 51


def test_running_out_on_the_last_day_or_after_is_no_warning() -> None:
    start, end = D(2026, 1, 1), D(2026, 1, 31)  # 31 days
    # 14 days, spent so that the money lasts exactly 30 days (to the last day): no warning.
    p = b.pace(Decimal("300.00"), start, end, Decimal("140.00"), D(2026, 1, 14))
    assert p.runs_out_on is None and not p.warning
    # Lasting 29 days: runs out one day before the end.
    p = b.pace(Decimal("290.00"), start, end, Decimal("140.00"), D(2026, 1, 14))
    assert p.runs_out_on == D(2026, 1, 30) and p.warning


def test_overspending_warns_even_without_a_projection() -> None:
    p = b.pace(Decimal("100.00"), D(2026, 1, 1), D(2026, 12, 31), Decimal("100.01"), D(2026, 1, 2))
    assert p.runs_out_on is None and p.warning
    exactly = b.pace(
        Decimal("100.00"), D(2026, 1, 1), D(2026, 12, 31), Decimal("100.00"), D(2026, 1, 2)
    )
    assert not exactly.warning


def test_pace_before_and_after_the_period_and_with_nothing_granted() -> None:
    start, end = D(2026, 1, 1), D(2026, 1, 31)
    before = b.pace(Decimal("100.00"), start, end, ZERO, D(2025, 12, 1))
    assert before.elapsed_days == 0 and before.elapsed_share == Decimal("0.000")
    after = b.pace(Decimal("100.00"), start, end, Decimal("50.00"), D(2026, 3, 1))
    assert after.elapsed_days == 31 and after.elapsed_share == Decimal("1.000")
    assert after.spent_share == Decimal("0.500") and not after.warning
    nothing = b.pace(ZERO, start, end, ZERO, D(2026, 1, 20))
    assert nothing.spent_share == 0 and not nothing.warning and nothing.runs_out_on is None
    refused = b.pace(ZERO, start, end, Decimal("5.00"), D(2026, 1, 2))  # a zero grant
    assert not refused.warning and refused.spent_share == 0


def test_half_a_share_rounds_half_up() -> None:
    p = b.pace(Decimal("2000.00"), D(2026, 1, 1), D(2026, 1, 31), Decimal("1.00"), D(2026, 1, 1))
    assert p.spent_share == Decimal("0.001")  # 0.0005 rounds up, not to even


# --- categories -------------------------------------------------------------------------


def test_the_decisions_allowed_and_excluded_categories() -> None:
    assert b.check_category("sports", [], []) == "sports"
    assert b.check_category(" Sports", ["culture"], ["sports"]) == "sports"
    assert code_of(b.check_category, "culture", ["culture"], []) == (
        "category_restricted",
        "category",
    )
    assert code_of(b.check_category, "culture", [], ["sports"]) == (
        "category_restricted",
        "category",
    )
    assert code_of(b.check_category, "GAMBLING", [], ["gambling"]) == (
        "category_refused",
        "category",
    )


# --- values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12,50", "12.50"),
        ("12.5", "12.50"),
        (" 1 234,50 € ", "1234.50"),
        ("\t12,50\n", "12.50"),
        ("7", "7.00"),
        (".5", "0.50"),
        (Decimal("3.1"), "3.10"),
        (4, "4.00"),
        ("10000000.00", "10000000.00"),
    ],
)
def test_money_is_read_as_people_write_it(typed: Any, amount: str) -> None:
    got = v.parse_money(typed)
    assert got == Decimal(amount) and str(got) == amount


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("-1", "negative_amount"),
        ("-0.01", "negative_amount"),
        ("0", "zero_amount"),
        ("0,00", "zero_amount"),
        ("1.001", "too_many_decimals"),
        ("10000000.01", "amount_too_large"),
        (1.5, "not_a_number"),
        (True, "not_a_number"),
        (None, "not_a_number"),
        ("", "not_a_number"),
        ("abc", "not_a_number"),
        (Decimal("NaN"), "not_a_number"),
        (Decimal("Infinity"), "not_a_number"),
        ("1e2", "not_a_number"),
    ],
)
def test_money_refusals_say_why(typed: Any, code: str) -> None:
    assert code_of(v.parse_money, typed, "unit_price") == (code, "unit_price")


def test_zero_money_only_when_allowed() -> None:
    assert v.parse_money("0", allow_zero=True) == ZERO
    assert code_of(v.parse_money, "-1", allow_zero=True) == ("negative_amount", "amount")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0", "quantity_not_positive"),
        ("-1", "quantity_not_positive"),
        ("1.0001", "too_many_decimals"),
        ("100000.001", "quantity_too_large"),
        ("100001", "quantity_too_large"),
        ("x", "not_a_number"),
    ],
)
def test_quantity_refusals_say_why(typed: str, code: str) -> None:
    assert code_of(v.parse_quantity, typed) == (code, "quantity")


def test_quantities_up_to_three_decimals_and_the_maximum() -> None:
    assert v.parse_quantity("0,001") == Decimal("0.001")
    assert v.parse_quantity("100000") == Decimal("100000")
    assert v.parse_quantity(2, "hours") == 2


def test_periods() -> None:
    v.check_period(D(2026, 1, 1), None)
    v.check_period(D(2026, 1, 1), D(2026, 1, 1))  # a one-day period
    assert code_of(v.check_period, D(2026, 1, 2), D(2026, 1, 1)) == (
        "period_ends_before_start",
        "valid_to",
    )
    assert code_of(v.check_period, D(2026, 1, 2), D(2026, 1, 1), "ends_on")[1] == "ends_on"
    assert code_of(v.check_period, "2026-01-01", None) == ("not_a_date", "valid_from")
    assert code_of(v.check_period, D(2026, 1, 1), "2026-02-01", "ends_on") == (
        "not_a_date",
        "ends_on",
    )
    moment = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    assert code_of(v.check_date, moment, "spent_on") == ("not_a_date", "spent_on")
    assert v.check_date(D(2026, 1, 1), "spent_on") == D(2026, 1, 1)


def test_text_rules() -> None:
    assert v.check_text("  sana ", "note") == "  sana "  # kept verbatim
    assert v.check_text(None, "note", required=False) == ""
    assert v.check_text("x" * 20_000, "note") == "x" * 20_000
    assert code_of(v.check_text, "x" * 20_001, "note") == ("text_too_long", "note")
    assert code_of(v.check_text, "abcd", "code", max_chars=3) == ("text_too_long", "code")
    assert code_of(v.check_text, "   ", "note") == ("required", "note")
    assert code_of(v.check_text, None, "note") == ("required", "note")
    assert code_of(v.check_text, 5, "note") == ("not_text", "note")
    assert code_of(v.check_text, "a\x00b", "note") == ("text_has_nul", "note")
    assert code_of(v.check_text, "ä\ud800", "note") == ("text_not_unicode", "note")
    assert v.check_text("ääkköset 😀", "note") == "ääkköset 😀"


def test_scores_on_a_closed_scale() -> None:
    assert v.check_score(0, 0, 10, "a") == 0 and v.check_score(10, 0, 10, "a") == 10
    assert code_of(v.check_score, 11, 0, 10, "a") == ("out_of_scale", "a")
    assert code_of(v.check_score, -1, 0, 10, "a") == ("out_of_scale", "a")
    assert code_of(v.check_score, True, 0, 10, "a") == ("not_a_number", "a")
    assert code_of(v.check_score, "5", 0, 10, "a") == ("not_a_number", "a")
    with pytest.raises(DomainError) as err:
        v.check_score(3, -2, 2, "gas")
    assert err.value.details == {"low": -2, "high": 2}


def test_money_on_the_wire_has_cents() -> None:
    assert v.money_str(Decimal("45")) == "45.00" and v.money_str(Decimal("0.5")) == "0.50"


def test_overdue_reads_the_receipts_reported_by_that_day() -> None:
    pay = entry("direct_payment", "100.00", D(2026, 2, 5))
    late_receipts = facts(pay, None, receipt("100.00", D(2026, 3, 10)))
    assert b.receipts_overdue([late_receipts], D(2026, 3, 9)) == 1
    assert b.receipts_overdue([late_receipts], D(2026, 3, 10)) == 0


def test_elapsed_share_rounds_half_up() -> None:
    p = b.pace(Decimal("100.00"), D(2026, 1, 1), D(2026, 1, 16), ZERO, D(2026, 1, 1))
    assert p.elapsed_share == Decimal("0.063")  # 1/16 = 0.0625


def test_a_small_sum_spent_fast_still_projects() -> None:
    p = b.pace(Decimal("1.00"), D(2026, 1, 1), D(2026, 1, 31), Decimal("0.50"), D(2026, 1, 14))
    assert p.runs_out_on == D(2026, 1, 29) and p.warning  # int(1.00 × 14 / 0.50) = 28
