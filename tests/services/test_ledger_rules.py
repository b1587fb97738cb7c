"""The ledger's rules at their edges (services/ledger.py): the last cent of a budget, the same
county entry twice, which decision a purchase falls under, who confirms, corrections."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import ReceiptReport, SpendingEntry
from hbdesk.services import clients, decision, ledger, spending_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER, granted_budget

D = dt.date
MARCH_2 = D(2026, 3, 2)


def spend(
    amount: str, day: dt.date = MARCH_2, method: str = "mobile_payment", **kw: object
) -> ledger.Spending:
    return ledger.Spending(
        method=method,
        amount=amount,
        spent_on=day,
        category=str(kw.pop("category", "sports")),
        provider="Uimahalli",
        **kw,  # type: ignore[arg-type]
    )


def code(call: object, *args: object, **kw: object) -> tuple[str, str | None]:
    with pytest.raises(DomainError) as err:
        call(*args, **kw)  # type: ignore[operator]
    return err.value.code, err.value.field


def test_the_last_cent_can_be_spent_and_not_one_more(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, amount=Decimal("100.00"))
    ledger.record_spending(vault, worker, g.client_id, spend("60.00"))
    assert code(ledger.record_spending, vault, worker, g.client_id, spend("40.01")) == (
        "exceeds_balance",
        "amount",
    )
    last = ledger.record_spending(vault, worker, g.client_id, spend("40.00")).value
    assert last.amount == Decimal("40.00")
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, spend("0.01"))
    assert err.value.details == {"available": "0.00"}


def test_a_county_entry_is_taken_even_past_the_balance(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, amount=Decimal("100.00"))
    county = spend("150.00", method="invoice", source="e_invoice", external_ref="INV-9")
    entry = ledger.record_spending(vault, worker, g.client_id, county).value
    assert entry.source == "e_invoice" and entry.external_ref == "INV-9"


def test_the_same_county_entry_is_booked_once(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    invoice = spend("20.00", method="invoice", source="e_invoice", external_ref="INV-1")
    ledger.record_spending(vault, worker, g.client_id, invoice)
    assert code(ledger.record_spending, vault, worker, g.client_id, invoice) == (
        "duplicate_entry",
        "external_ref",
    )
    other_source = spend("20.00", method="invoice", source="payment_system", external_ref="INV-1")
    ledger.record_spending(vault, worker, g.client_id, other_source)
    next_invoice = spend("20.00", method="invoice", source="e_invoice", external_ref="INV-2")
    ledger.record_spending(vault, worker, g.client_id, next_invoice)  # same source, new invoice
    ledger.record_spending(vault, worker, g.client_id, spend("5.00"))
    ledger.record_spending(vault, worker, g.client_id, spend("5.00"))  # no reference: fine
    with vault.session() as s:
        assert len(s.scalars(select(SpendingEntry)).all()) == 5


def test_an_entry_keeps_what_was_recorded(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    paid = ledger.Spending(
        "mobile_payment", "12,30", D(2026, 3, 2), " Culture ", "Museo", description="Näyttely"
    )
    e = ledger.record_spending(vault, worker, g.client_id, paid).value
    assert (e.method, e.source, e.external_ref) == ("mobile_payment", "laptop", None)
    assert (e.amount, e.spent_on, e.category) == (Decimal("12.30"), D(2026, 3, 2), "culture")
    assert (e.provider, e.description, e.recorded_by) == ("Museo", "Näyttely", worker.user_id)
    assert (e.decision_id, e.chain_id) == (g.decision.id, g.decision.chain_id)
    with vault.session() as s:
        client = s.get(clients.Client, g.client_id)
        assert client is not None and client.stage == "in_use"
    assert code(
        ledger.record_spending, vault, worker, g.client_id, spend("1.00", method="cash")
    ) == ("invalid_choice", "method")
    assert code(
        ledger.record_spending, vault, worker, g.client_id, spend("1.00", source="bank")
    ) == ("invalid_choice", "source")


def test_allowed_categories_are_the_only_ones_allowed(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, allowed_categories=["sports"])
    ledger.record_spending(vault, worker, g.client_id, spend("5.00", category="sports"))
    assert code(
        ledger.record_spending, vault, worker, g.client_id, spend("5.00", category="culture")
    ) == ("category_restricted", "category")


def test_which_decision_a_purchase_falls_under(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, start=D(2026, 3, 1), end=D(2026, 3, 31))
    cid = g.client_id
    assert code(ledger.record_spending, vault, worker, cid, spend("1.00", D(2026, 2, 28))) == (
        "decision_not_started",
        "spent_on",
    )
    assert code(ledger.record_spending, vault, worker, cid, spend("1.00", D(2026, 4, 1))) == (
        "decision_expired",
        "spent_on",
    )
    ledger.record_spending(vault, worker, cid, spend("1.00", D(2026, 3, 1)))  # first day
    ledger.record_spending(vault, worker, cid, spend("1.00", D(2026, 3, 31)))  # last day
    named = spend("1.00", decision_id=g.decision.id)
    assert ledger.record_spending(vault, worker, cid, named).value.decision_id == g.decision.id
    other = granted_budget(vault, worker)
    stranger = spend("1.00", decision_id=other.decision.id)
    assert code(ledger.record_spending, vault, worker, cid, stranger) == (
        "not_found",
        "decision_id",
    )
    theirs = ledger.record_spending(vault, worker, other.client_id, spend("1.00")).value
    for attempt in (
        lambda: ledger.reverse_entry(vault, worker, cid, theirs.id, reason="x"),
        lambda: ledger.confirm_invoice(vault, worker, cid, theirs.id, confirmed_on=MARCH_2),
    ):
        assert code(attempt) == ("not_found", "entry_id")


def test_no_decision_and_a_refused_one_allow_no_spending(vault: OpenVault, worker: Actor) -> None:
    from tests.services.helpers import new_client

    nobody = new_client(vault, worker)
    assert code(ledger.record_spending, vault, worker, nobody, spend("1.00")) == (
        "no_decision",
        "decision_id",
    )
    refused = granted_budget(vault, worker, outcome="refused", granted=Decimal("0.00"))
    assert code(ledger.record_spending, vault, worker, refused.client_id, spend("1.00")) == (
        "no_decision",
        "decision_id",
    )
    named = spend("1.00", decision_id=refused.decision.id)
    assert code(ledger.record_spending, vault, worker, refused.client_id, named) == (
        "decision_refused",
        "decision_id",
    )


def test_a_revision_moves_spending_under_the_new_decision(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    draft = decision.prepare_decision(
        vault, worker, g.client_id, g.budget_id, supersedes_id=g.decision.id
    ).value
    decision.update_decision_draft(vault, worker, g.client_id, draft.id, valid_from=D(2026, 6, 1))
    new = decision.issue_decision(
        vault, worker, g.client_id, draft.id, decided_on=D(2026, 6, 1), decided_by=MAKER,
        appeal=APPEAL,
    ).value  # fmt: skip
    before = ledger.record_spending(vault, worker, g.client_id, spend("1.00", D(2026, 5, 31)))
    after = ledger.record_spending(vault, worker, g.client_id, spend("1.00", D(2026, 6, 1)))
    assert before.value.decision_id == g.decision.id and after.value.decision_id == new.id
    assert after.value.chain_id == g.decision.chain_id


def test_who_confirms_an_invoice_and_when(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id
    inv = ledger.record_spending(vault, worker, cid, spend("10.00", method="invoice")).value
    card = ledger.record_spending(vault, worker, cid, spend("10.00")).value
    assert code(
        ledger.confirm_invoice, vault, worker, cid, inv.id, confirmed_on=D(2026, 3, 2),
        confirmed_by="key_worker",
    ) == ("confirmation_is_the_clients", "confirmed_by")  # fmt: skip
    assert code(
        ledger.confirm_invoice, vault, worker, cid, card.id, confirmed_on=D(2026, 3, 2)
    ) == ("not_an_invoice", "entry_id")
    assert code(ledger.confirm_invoice, vault, worker, cid, inv.id, confirmed_on=D(2026, 3, 1)) == (
        "confirmed_before_invoice",
        "confirmed_on",
    )
    assert code(
        ledger.confirm_invoice, vault, worker, cid, inv.id, confirmed_on=D(2026, 3, 2),
        verdict="maybe",
    ) == ("invalid_choice", "verdict")  # fmt: skip
    assert code(
        ledger.confirm_invoice, vault, worker, cid, inv.id, confirmed_on=D(2026, 3, 2),
        confirmed_by="robot",
    ) == ("invalid_choice", "confirmed_by")  # fmt: skip
    row = ledger.confirm_invoice(
        vault, worker, cid, inv.id, confirmed_on=D(2026, 3, 2), verdict="disputed",
        confirmed_by="support_person", comment="Väärä summa",
    ).value  # fmt: skip
    assert (row.verdict, row.confirmed_by, row.comment) == (
        "disputed",
        "support_person",
        "Väärä summa",
    )
    assert (row.entry_id, row.client_id, row.confirmed_on) == (inv.id, cid, D(2026, 3, 2))


def test_receipts_are_for_direct_payments_and_kept_as_reported(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id
    card = ledger.record_spending(vault, worker, cid, spend("10.00")).value
    assert code(
        ledger.report_receipts, vault, worker, cid, card.id, amount="1.00",
        reported_on=D(2026, 3, 2), description="Kuitti",
    ) == ("not_a_direct_payment", "entry_id")  # fmt: skip
    pay = ledger.record_spending(vault, worker, cid, spend("10.00", method="direct_payment"))
    row = ledger.report_receipts(
        vault, worker, cid, pay.value.id, amount="4,00", reported_on=D(2026, 3, 3),
        description="Kuitti", reported_by="support_person",
    ).value  # fmt: skip
    assert (row.amount, row.reported_on, row.reported_by) == (
        Decimal("4.00"),
        D(2026, 3, 3),
        "support_person",
    )
    assert (row.entry_id, row.client_id, row.description) == (pay.value.id, cid, "Kuitti")
    assert code(
        ledger.report_receipts, vault, worker, cid, pay.value.id, amount="1.00",
        reported_on=D(2026, 3, 3), description="  ",
    ) == ("required", "description")  # fmt: skip
    assert code(
        ledger.report_receipts, vault, worker, cid, pay.value.id, amount="1.00",
        reported_on=D(2026, 3, 3), description="Kuitti", reported_by="robot",
    ) == ("invalid_choice", "reported_by")  # fmt: skip
    ledger.report_receipts(
        vault, worker, cid, pay.value.id, amount="6.00", reported_on=D(2026, 3, 4),
        description="Loput",
    )  # fmt: skip
    (state,) = spending_view.budget_states(vault, worker, cid, as_of=D(2026, 3, 4))
    assert {r.entry.id: r.status for r in state.rows}[pay.value.id] == "confirmed"
    with vault.session() as s:
        assert len(s.scalars(select(ReceiptReport)).all()) == 2


def test_a_correction_copies_the_entry_with_the_opposite_amount(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id
    paid = ledger.Spending(
        "invoice", "30.00", D(2026, 3, 5), "culture", "Teatteri", description="Lippu",
        source="e_invoice", external_ref="INV-7",
    )  # fmt: skip
    wrong = ledger.record_spending(vault, worker, cid, paid).value
    assert code(ledger.reverse_entry, vault, worker, cid, wrong.id, reason=" ") == (
        "required",
        "reason",
    )
    back = ledger.reverse_entry(
        vault, worker, cid, wrong.id, reason="Peruttu", on=D(2026, 3, 1)
    ).value
    assert back.spent_on == D(2026, 3, 5)  # never dated before what it corrects
    assert (back.amount, back.method, back.category) == (Decimal("-30.00"), "invoice", "culture")
    assert (back.provider, back.description, back.reason) == ("Teatteri", "Lippu", "Peruttu")
    assert (back.source, back.external_ref, back.reverses_id) == ("laptop", None, wrong.id)
    assert (back.decision_id, back.chain_id, back.recorded_by) == (
        wrong.decision_id,
        wrong.chain_id,
        worker.user_id,
    )
    assert code(ledger.reverse_entry, vault, worker, cid, back.id, reason="x") == (
        "entry_is_a_reversal",
        "entry_id",
    )
    assert code(
        ledger.confirm_invoice, vault, worker, cid, wrong.id, confirmed_on=D(2026, 3, 6)
    ) == (
        "entry_reversed",
        "entry_id",
    )
    later = ledger.record_spending(vault, worker, cid, spend("5.00", D(2026, 3, 10))).value
    assert code(ledger.reverse_entry, vault, worker, cid, later.id, reason="x", on="eilen") == (
        "not_a_date",
        "on",
    )
    moved = ledger.reverse_entry(vault, worker, cid, later.id, reason="x", on=D(2026, 3, 12))
    assert moved.value.spent_on == D(2026, 3, 12)


def test_facts_come_in_spending_order_with_their_confirmations(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id
    late = ledger.record_spending(vault, worker, cid, spend("3.00", D(2026, 3, 9))).value
    inv = ledger.record_spending(vault, worker, cid, spend("2.00", D(2026, 3, 1), "invoice"))
    ledger.confirm_invoice(vault, worker, cid, inv.value.id, confirmed_on=D(2026, 3, 2))
    with vault.session() as s:
        found = ledger.facts_of(s, g.decision.chain_id)
    assert [f.entry.id for f in found] == [inv.value.id, late.id]
    assert found[0].confirmation is not None and found[1].confirmation is None


def test_an_entrys_texts_are_checked_by_field(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id

    def paid(provider: str, description: str = "") -> ledger.Spending:
        return ledger.Spending("mobile_payment", "1.00", MARCH_2, "sports", provider, description)

    ledger.record_spending(vault, worker, cid, paid("P" * 300))
    assert code(ledger.record_spending, vault, worker, cid, paid("P" * 301)) == (
        "text_too_long",
        "provider",
    )
    assert code(ledger.record_spending, vault, worker, cid, paid(" ")) == ("required", "provider")
    assert code(ledger.record_spending, vault, worker, cid, paid("Halli", "a\x00b")) == (
        "text_has_nul",
        "description",
    )
    assert code(ledger.record_spending, vault, worker, cid, paid("Veikkaus")) == (
        "category_refused",
        "provider",
    )
    assert code(ledger.record_spending, vault, worker, cid, paid("Halli", "pokeri-ilta")) == (
        "category_refused",
        "description",
    )


def test_entries_of_one_day_are_listed_by_when_they_were_recorded_not_when_they_arrived(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    first = ledger.record_spending(vault, worker, g.client_id, spend("1.00")).value
    with vault.session() as s:
        base = s.get(SpendingEntry, first.id)
        assert base is not None
        columns = {c.key: getattr(base, c.key) for c in SpendingEntry.__mapper__.column_attrs}
        for n, minutes in enumerate((30, 20, 10)):  # arriving newest first, as a pull may
            late = base.recorded_at + dt.timedelta(minutes=minutes)
            s.add(SpendingEntry(**{**columns, "id": f"late-{n}", "recorded_at": late}))
        s.commit()
    with vault.session() as s:
        listed = [f.entry.id for f in ledger.facts_of(s, g.decision.chain_id)]
    assert listed == [first.id, "late-2", "late-1", "late-0"]
