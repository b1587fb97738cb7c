"""Money rules against inputs nobody here wrote (issue 18, items 4–6): spellings of the
gambling ban, odd numbers and dates, oversize contact fields, receipts for direct payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.services import (
    budget,
    caseload,
    catalogue,
    clients,
    decision,
    ledger,
    people,
    spending_view,
)
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER, granted_budget, new_client

D = dt.date


def spend(category: str, provider: str = "Uimahalli", description: str = "") -> ledger.Spending:
    return ledger.Spending(
        method="mobile_payment",
        amount="5.00",
        spent_on=D(2026, 3, 1),
        category=category,
        provider=provider,
        description=description,
    )


def _entries(vault: OpenVault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(SpendingEntry)) or 0)


@pytest.mark.parametrize(
    "category",
    ["GAMBLING", "Gambling", " gambling", "gambling\t", "rahapelit", "casino", "veikkaus", "CRIME"],
)
def test_the_gambling_ban_holds_whatever_the_spelling(
    vault: OpenVault, worker: Actor, category: str
) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, spend(category))
    assert (err.value.code, err.value.field) == ("category_refused", "category")
    assert _entries(vault) == 0


@pytest.mark.parametrize("category", ["", "   "])
def test_spending_needs_a_category(vault: OpenVault, worker: Actor, category: str) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, spend(category))
    assert (err.value.code, err.value.field) == ("required", "category")
    assert _entries(vault) == 0


@pytest.mark.parametrize(
    ("provider", "description"),
    [("Veikkaus Oy", ""), ("Kauppa", "Kasinopelit netissä"), ("Ravirata", "vedonlyönti")],
)
def test_gambling_under_another_category_is_refused_by_its_meaning(
    vault: OpenVault, worker: Actor, provider: str, description: str
) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, spend("leisure", provider, description))
    assert err.value.code == "category_refused"
    assert _entries(vault) == 0


def test_a_spelling_of_an_allowed_category_is_taken_as_that_category(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    entry = ledger.record_spending(vault, worker, g.client_id, spend(" Sports ")).value
    assert entry.category == "sports"
    ledger.record_spending(vault, worker, g.client_id, spend("culture", "Rikosuhripäivystys"))


def _gambling_catalogue(vault: OpenVault, worker: Actor) -> dict[str, str]:
    def item(code: str, name: str, category: str, provider: str) -> catalogue.ItemData:
        return catalogue.ItemData(
            code=code,
            name=name,
            category=category,
            service_area="social_welfare",
            unit="piece",
            unit_price="20.00",
            provider=provider,
            valid_from=D(2025, 1, 1),
        )

    catalogue.publish_catalogue(
        vault,
        worker,
        D(2025, 1, 1),
        [
            item("PELI", "Pelikortti", "gambling", "Peliyhtiö"),
            item("ILTA", "Kasinoilta", "leisure", "Tapahtuma Oy"),
            item("UIMA", "Uimahallin kortti", "sports", "Liikuntapalvelut"),
        ],
    )
    found = catalogue.search_catalogue(vault, worker)
    return {i.code: i.id for i in found}


def test_a_gambling_catalogue_item_cannot_be_put_in_a_budget(
    vault: OpenVault, worker: Actor
) -> None:
    items = _gambling_catalogue(vault, worker)
    cid = new_client(vault, worker)
    b = budget.create_budget(vault, worker, cid, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31))
    for code in ("PELI", "ILTA"):
        with pytest.raises(DomainError) as err:
            budget.add_catalogue_line(
                vault, worker, cid, b.value.id, item_id=items[code], quantity=1, frequency="once"
            )
        assert err.value.code == "category_refused", code
    budget.add_catalogue_line(
        vault, worker, cid, b.value.id, item_id=items["UIMA"], quantity=1, frequency="once"
    )
    view = budget.get_budget(vault, worker, cid)
    assert view is not None and [line.category for line in view.lines] == ["sports"]


@pytest.mark.parametrize("category", ["GAMBLING", " gambling", "rahapelit"])
def test_an_own_option_for_gambling_is_refused_however_spelled(
    vault: OpenVault, worker: Actor, category: str
) -> None:
    cid = new_client(vault, worker)
    b = budget.create_budget(vault, worker, cid, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31))
    option = budget.OwnOption(
        description="Pelit",
        provider="Oy",
        unit="piece",
        unit_price=Decimal("10.00"),
        quantity=1,
        frequency="once",
        category=category,
        service_area="social_welfare",
    )
    with pytest.raises(DomainError) as err:
        budget.add_own_option_line(vault, worker, cid, b.value.id, option)
    assert err.value.code == "category_refused"


# --- (5) odd inputs -----------------------------------------------------------------------

ODD_AMOUNTS = ["1e2", "1E2", "1_000", "١٠٠", "۱۰۰", "１００", "10\u0660", "NaN", "Infinity", "0x10"]


@pytest.mark.parametrize("amount", ODD_AMOUNTS)
def test_odd_numerals_are_not_amounts(vault: OpenVault, worker: Actor, amount: str) -> None:
    g = granted_budget(vault, worker)
    paid = ledger.Spending("mobile_payment", amount, D(2026, 3, 1), "sports", "Uimahalli")
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, paid)
    assert (err.value.code, err.value.field) == ("not_a_number", "amount")
    assert _entries(vault) == 0


@pytest.mark.parametrize(
    ("typed", "euros"),
    [("1 000,50", "1000.50"), ("1\u00a0000,50 €", "1000.50"), ("1\u202f000,50", "1000.50")],
)
def test_amounts_as_people_type_them_still_read(
    vault: OpenVault, worker: Actor, typed: str, euros: str
) -> None:
    g = granted_budget(vault, worker, amount=Decimal("5000.00"))
    paid = ledger.Spending("mobile_payment", typed, D(2026, 3, 1), "sports", "Uimahalli")
    assert ledger.record_spending(vault, worker, g.client_id, paid).value.amount == Decimal(euros)


NOT_DATES = ["2026-03-01", None, dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC), 20260301]


@pytest.mark.parametrize("day", NOT_DATES)
def test_a_date_field_given_something_else_is_a_domain_error(
    vault: OpenVault, worker: Actor, day: object
) -> None:
    g = granted_budget(vault, worker)
    cid = g.client_id
    paid = ledger.Spending("invoice", "10.00", day, "sports", "Uimahalli")  # type: ignore[arg-type]
    attempts = {
        "spent_on": lambda: ledger.record_spending(vault, worker, cid, paid),
        "valid_from": lambda: budget.create_budget(
            vault,
            worker,
            cid,
            valid_from=day,  # type: ignore[arg-type]
            valid_to=D(2026, 12, 31),
        ),
    }
    entry = ledger.record_spending(
        vault, worker, cid, ledger.Spending("invoice", "10.00", D(2026, 3, 1), "sports", "Halli")
    ).value
    direct = ledger.record_spending(
        vault,
        worker,
        cid,
        ledger.Spending("direct_payment", "10.00", D(2026, 3, 1), "sports", "Oma tili"),
    ).value
    attempts["confirmed_on"] = lambda: ledger.confirm_invoice(
        vault,
        worker,
        cid,
        entry.id,
        confirmed_on=day,  # type: ignore[arg-type]
    )
    attempts["reported_on"] = lambda: ledger.report_receipts(
        vault,
        worker,
        cid,
        direct.id,
        amount="5.00",
        reported_on=day,  # type: ignore[arg-type]
        description="Kuitti",
    )
    attempts["sent_on"] = lambda: decision.record_notification(
        vault,
        worker,
        cid,
        g.decision.id,
        method="letter",
        sent_on=day,  # type: ignore[arg-type]
    )
    attempts["decided_on"] = lambda: decision.end_budget_use(
        vault,
        worker,
        cid,
        g.decision.id,
        ends_on=D(2026, 6, 30),
        grounds="Tarve päättyi.",
        decided_on=day,  # type: ignore[arg-type]
        decided_by=MAKER,
        appeal=APPEAL,
    )
    attempts["contacted_on"] = lambda: clients.register_contact(
        vault,
        worker,
        clients.NewContact(
            first_name="Eino",
            last_name="Testinen",
            contacted_on=day,  # type: ignore[arg-type]
            channel="phone",
            described_needs="Tarvitsen apua.",
        ),
    )
    for field, attempt in attempts.items():
        with pytest.raises(DomainError) as err:
            attempt()
        assert (err.value.code, err.value.field) == ("not_a_date", field)


def _contact(**details: str) -> clients.NewContact:
    return clients.NewContact(
        first_name="Eino",
        last_name="Testinen",
        contacted_on=D(2026, 1, 5),
        channel="phone",
        described_needs="Tarvitsen apua.",
        **details,
    )


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("address", "Katu 1 " * 1_500_000, "text_too_long"),
        ("address", "Katu 1\n" * 20, "too_many_lines"),
        ("unit", "Tiimi " * 100, "text_too_long"),
        ("phone", "040 " * 20, "invalid_phone"),
        ("phone", "soita illalla", "invalid_phone"),
        ("phone", "040 123\n4567", "invalid_phone"),
        ("email", "aino at example", "invalid_email"),
        ("email", "a@b\n.fi", "invalid_email"),
        ("email", "a" * 250 + "@example.fi", "invalid_email"),
    ],
)
def test_contact_details_have_sensible_limits(
    vault: OpenVault, worker: Actor, field: str, value: str, code: str
) -> None:
    with pytest.raises(DomainError) as err:
        clients.register_contact(vault, worker, _contact(**{field: value}))
    assert (err.value.code, err.value.field) == (code, field)
    cid = new_client(vault, worker)
    with pytest.raises(DomainError) as err:
        clients.update_client_details(vault, worker, cid, **{field: value})
    assert (err.value.code, err.value.field) == (code, field)
    with pytest.raises(DomainError) as err:
        people.add_close_person(
            vault,
            worker,
            cid,
            name="Eeva",
            relation="sisko",
            phone=value if field == "phone" else "x!",
        )
    assert err.value.code == "invalid_phone"


def test_ordinary_contact_details_are_kept_as_typed(vault: OpenVault, worker: Actor) -> None:
    details = {
        "phone": "+358 40 123 4567",
        "email": "aino.testinen@example.invalid",
        "address": "Testikatu 1 A 2\n00100 Esimerkkilä",
        "unit": "Itäinen tiimi",
    }
    client = clients.register_contact(vault, worker, _contact(**details)).value
    assert {k: getattr(client, k) for k in details} == details
    blank = clients.update_client_details(vault, worker, client.id, phone="", email="  ").value
    assert blank.phone is None and blank.email is None


def test_a_lone_surrogate_in_a_note_is_refused_with_a_domain_error(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    with pytest.raises(DomainError) as err:
        clients.add_note(vault, worker, cid, "Kävin kotona \ud800 tänään", "key_worker")
    assert (err.value.code, err.value.field) == ("text_not_unicode", "text")
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, g.client_id, spend("sports", "Halli \udfff"))
    assert (err.value.code, err.value.field) == ("text_not_unicode", "provider")


# --- (6) direct payments and their receipts -----------------------------------------------


def _direct(vault: OpenVault, worker: Actor, cid: str, amount: str = "100.00") -> str:
    paid = ledger.Spending("direct_payment", amount, D(2026, 2, 5), "sports", "Oma tili")
    return ledger.record_spending(vault, worker, cid, paid).value.id


def _row(vault: OpenVault, worker: Actor, cid: str, day: dt.date) -> caseload.CaseloadRow:
    (row,) = [r for r in caseload.caseload(vault, worker, today=day) if r.client_id == cid]
    return row


def test_a_direct_payment_without_receipts_falls_due_and_reminds_in_the_caseload(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    entry_id = _direct(vault, worker, g.client_id)
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 2, 6))
    (row,) = state.rows
    assert row.receipts_due_on == D(2026, 3, 7)  # a month to report the receipts
    before = _row(vault, worker, g.client_id, D(2026, 3, 7)).money
    assert before is not None and before.receipts_overdue == 0
    late = _row(vault, worker, g.client_id, D(2026, 3, 8)).money
    assert late is not None and late.receipts_overdue == 1
    overdue = caseload.caseload(vault, worker, only="receipts_overdue", today=D(2026, 3, 8))
    assert [r.client_id for r in overdue] == [g.client_id]
    ledger.report_receipts(
        vault,
        worker,
        g.client_id,
        entry_id,
        amount="100.00",
        reported_on=D(2026, 3, 9),
        description="Kuitit",
    )
    after = _row(vault, worker, g.client_id, D(2026, 3, 9)).money
    assert after is not None and after.receipts_overdue == 0
    assert caseload.caseload(vault, worker, only="receipts_overdue", today=D(2026, 3, 9)) == []


def test_receipts_cannot_be_dated_before_the_payment(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    entry_id = _direct(vault, worker, g.client_id)
    with pytest.raises(DomainError) as err:
        ledger.report_receipts(
            vault,
            worker,
            g.client_id,
            entry_id,
            amount="10.00",
            reported_on=D(2026, 2, 4),
            description="Kuitti",
        )
    assert (err.value.code, err.value.field) == ("receipts_before_payment", "reported_on")


def test_receipts_may_reach_but_never_exceed_the_payment(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    entry_id = _direct(vault, worker, g.client_id)

    def report(amount: str) -> None:
        ledger.report_receipts(
            vault,
            worker,
            g.client_id,
            entry_id,
            amount=amount,
            reported_on=D(2026, 2, 5),  # on the payment's own day
            description="Kuitti",
        )

    report("60.00")
    with pytest.raises(DomainError) as err:
        report("40.01")
    assert (err.value.code, err.value.field) == ("receipts_exceed_payment", "amount")
    report("40.00")  # exactly the rest
    with pytest.raises(DomainError):
        report("0.01")
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 2, 5))
    assert state.rows[0].receipts_total == Decimal("100.00")
    assert state.rows[0].status == "confirmed" and state.rows[0].receipts_due_on is None
