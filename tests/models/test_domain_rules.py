"""Pure domain rules: money parsing, deadlines, scales, the log's hash chain, op values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hbdesk.models.audit import GENESIS, AccessLogEntry, row_hash, verify_chain
from hbdesk.models.budget import occurrences, whole_months
from hbdesk.models.codec import from_json, to_json
from hbdesk.models.deadlines import deemed_received, rectification_deadline
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.progress import NextStep, ProcessFacts, next_step
from hbdesk.models.registry import metadata
from hbdesk.models.selfassessment import change, scores
from hbdesk.models.values import check_period, parse_money, parse_quantity

D = dt.date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("45", "45.00"),
        ("45,5", "45.50"),
        ("1 234,50", "1234.50"),
        ("12.30 €", "12.30"),
        (Decimal("0.01"), "0.01"),
        (7, "7.00"),
    ],
)
def test_money_is_read_as_exact_cents(text: object, value: str) -> None:
    assert parse_money(text) == Decimal(value)


def test_quantities_and_periods() -> None:
    assert parse_quantity("2,5") == Decimal("2.5")
    with pytest.raises(DomainError) as err:
        check_period(D(2026, 2, 1), D(2026, 1, 31))
    assert (err.value.code, err.value.field) == ("period_ends_before_start", "valid_to")
    check_period(D(2026, 2, 1), D(2026, 2, 1))  # one day is a period


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (D(2026, 1, 1), D(2026, 3, 31), 3),
        (D(2026, 1, 15), D(2026, 4, 14), 3),
        (D(2026, 1, 31), D(2026, 2, 27), 0),
        (D(2026, 1, 1), D(2026, 12, 31), 12),
        (D(2026, 2, 1), D(2026, 4, 30), 3),
    ],
)
def test_whole_months(start: dt.date, end: dt.date, months: int) -> None:
    assert whole_months(start, end) == months
    assert occurrences("monthly", start, end) == months


@pytest.mark.parametrize(
    ("method", "sent", "received", "deadline"),
    [
        ("letter", D(2026, 5, 4), D(2026, 5, 11), D(2026, 6, 10)),
        ("electronic", D(2026, 5, 4), D(2026, 5, 7), D(2026, 6, 8)),  # 6.6. is a Saturday
        ("in_person", D(2026, 5, 20), D(2026, 5, 20), D(2026, 6, 22)),  # 19.6. Midsummer Eve
        ("letter", D(2026, 11, 17), D(2026, 11, 24), D(2026, 12, 28)),  # 24.–26.12. and Sunday
    ],
)
def test_notification_and_rectification_deadline(
    method: str, sent: dt.date, received: dt.date, deadline: dt.date
) -> None:
    assert deemed_received(method, sent) == received
    assert rectification_deadline(method, sent) == deadline


def test_self_assessment_scores_and_change() -> None:
    before = scores([("mental", 4), ("mental", 6), ("social", 7), ("social", None)])
    after = scores([("mental", 7), ("mental", 7), ("physical", 5)])
    assert before.by_domain == {"mental": Decimal("5.0"), "social": Decimal("7.0")}
    delta = change(before, after)
    assert delta.by_domain == {"mental": Decimal("2.0")}  # only domains answered both times
    assert delta.overall == Decimal("0.6")  # 6.3 − 5.7 (4, 6, 7 → 5.666… → 5.7)


def _row(seq: int, prev: str) -> AccessLogEntry:
    row = AccessLogEntry(
        id=f"r{seq}",
        device_id="d",
        seq=seq,
        at=dt.datetime(2026, 1, 1, 12, seq, tzinfo=dt.UTC),
        user_id="u",
        user_role="key_worker",
        client_id="c",
        action="view",
        record_ids=["clients:c"],
        purpose="client_work",
        app_version="0.1",
        offline=True,
        recipient=None,
        legal_basis=None,
        disclosed=None,
        prev_hash=prev,
        hash="",
    )
    row.hash = row_hash(row)
    return row


def test_verify_chain_finds_an_edited_row() -> None:
    rows = [_row(1, GENESIS)]
    for seq in (2, 3, 4):
        rows.append(_row(seq, rows[-1].hash))
    assert verify_chain(rows).ok and verify_chain(rows).rows == 4
    rows[2].action = "export"
    check = verify_chain(rows)
    assert not check.ok and check.broken_at == "r3"
    rows[2].hash = row_hash(rows[2])  # re-hashing the edit breaks the next link instead
    assert verify_chain(rows).broken_at == "r4"


def test_op_values_round_trip_by_column_type() -> None:
    table = metadata.tables[SpendingEntry.__tablename__]
    values = {
        "amount": Decimal("-45.50"),
        "spent_on": D(2026, 3, 1),
        "method": "invoice",
        "recorded_at": dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC),
    }
    encoded = {k: to_json(table.c[k], v) for k, v in values.items()}
    assert encoded == {
        "amount": "-45.50",
        "spent_on": "2026-03-01",
        "method": "invoice",
        "recorded_at": "2026-03-01T08:00:00+00:00",
    }
    assert {k: from_json(table.c[k], v) for k, v in encoded.items()} == values
    quantity = metadata.tables["budget_lines"].c["quantity"]
    assert to_json(quantity, Decimal("2.500")) == "2.5"
    codes = metadata.tables["decisions"].c["excluded_categories"]
    assert from_json(codes, to_json(codes, ["transport"])) == ["transport"]


def test_next_step_follows_the_process_order() -> None:
    base = ProcessFacts(
        closed=False,
        self_assessments=1,
        need_assessed=True,
        proposal=True,
        trusted_person_ok=True,
        plan_status="agreed",
        budget_status="decided",
        open_draft=False,
        unnotified_decision=False,
        decision_in_force=True,
        pending_invoices=0,
        next_follow_up_on=D(2026, 9, 1),
        decision_ends_on=D(2026, 12, 31),
    )
    assert next_step(base, D(2026, 5, 1)) == NextStep.NONE
    assert next_step(base, D(2026, 8, 25)) == NextStep.FOLLOW_UP
    assert next_step(base, D(2027, 1, 5)) == NextStep.REVISE_OR_CLOSE
    from dataclasses import replace

    assert (
        next_step(replace(base, trusted_person_ok=False), D(2026, 5, 1)) == NextStep.TRUSTED_PERSON
    )
    assert next_step(replace(base, pending_invoices=2), D(2026, 5, 1)) == NextStep.CONFIRM_INVOICES
    assert next_step(replace(base, closed=True), D(2026, 5, 1)) == NextStep.NONE
