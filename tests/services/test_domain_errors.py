"""Bad input gets a domain error with a stable code and the offending field; nothing is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.services import budget, catalogue, decision, ledger
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import granted_budget, new_client

D = dt.date


def entries(vault: OpenVault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(SpendingEntry)) or 0


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("-5.00", "negative_amount"),
        (Decimal("-0.01"), "negative_amount"),
        ("abc", "not_a_number"),
        ("", "not_a_number"),
        (12.5, "not_a_number"),
        ("NaN", "not_a_number"),
        ("Infinity", "not_a_number"),
        (None, "not_a_number"),
        ("0", "zero_amount"),
        ("1.005", "too_many_decimals"),
        ("99999999", "amount_too_large"),
    ],
)
def test_bad_amounts_are_refused_when_spending(
    vault: OpenVault, worker: Actor, amount: Any, code: str
) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault,
            worker,
            g.client_id,
            ledger.Spending(
                method="mobile_payment",
                amount=amount,
                spent_on=D(2026, 3, 1),
                category="sports",
                provider="Uimahalli",
            ),
        )
    assert (err.value.code, err.value.field) == (code, "amount")
    assert entries(vault) == 0


def test_finnish_decimal_comma_is_read(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    entry = ledger.record_spending(
        vault,
        worker,
        g.client_id,
        ledger.Spending(
            method="mobile_payment",
            amount="12,50",
            spent_on=D(2026, 3, 1),
            category="sports",
            provider="Uimahalli",
        ),
    ).value
    assert entry.amount == Decimal("12.50")


@pytest.mark.parametrize(
    ("price", "quantity", "code", "field"),
    [
        ("-1", 1, "negative_amount", "unit_price"),
        ("kymppi", 1, "not_a_number", "unit_price"),
        ("10.00", -2, "quantity_not_positive", "quantity"),
        ("10.00", "x", "not_a_number", "quantity"),
    ],
)
def test_bad_prices_and_quantities_in_a_budget_line(
    vault: OpenVault, worker: Actor, price: str, quantity: Any, code: str, field: str
) -> None:
    cid = new_client(vault, worker)
    b = budget.create_budget(
        vault, worker, cid, valid_from=D(2026, 1, 1), valid_to=D(2026, 6, 30)
    ).value
    with pytest.raises(DomainError) as err:
        budget.add_own_option_line(
            vault,
            worker,
            cid,
            b.id,
            budget.OwnOption(
                description="Kurssi",
                provider="Opisto",
                unit="course",
                unit_price=price,
                quantity=quantity,
                frequency="once",
                category="course",
                service_area="social_welfare",
            ),
        )
    assert (err.value.code, err.value.field) == (code, field)


def test_a_validity_period_ending_before_it_starts(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    with pytest.raises(DomainError) as err:
        budget.create_budget(vault, worker, cid, valid_from=D(2026, 6, 1), valid_to=D(2026, 5, 31))
    assert (err.value.code, err.value.field) == ("period_ends_before_start", "valid_to")
    g = granted_budget(vault, worker)
    b = budget.create_budget(
        vault, worker, g.client_id, valid_from=D(2026, 7, 1), valid_to=D(2026, 12, 31)
    ).value
    draft = decision.prepare_decision(
        vault, worker, g.client_id, b.id, supersedes_id=g.decision.id
    ).value
    with pytest.raises(DomainError) as err2:
        decision.update_decision_draft(vault, worker, g.client_id, draft.id, valid_to=D(2026, 6, 1))
    assert (err2.value.code, err2.value.field) == ("period_ends_before_start", "valid_to")
    with pytest.raises(DomainError) as err3:
        catalogue.publish_catalogue(
            vault,
            worker,
            D(2026, 1, 1),
            [
                catalogue.ItemData(
                    code="X",
                    name="X",
                    category="sports",
                    service_area="social_welfare",
                    unit="card",
                    unit_price="1.00",
                    provider="P",
                    valid_from=D(2026, 2, 1),
                    valid_to=D(2026, 1, 1),
                )
            ],
        )
    assert err3.value.code == "period_ends_before_start"


def test_spending_before_the_decision_starts_and_after_it_expired(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    for day, code in (
        (D(2025, 12, 31), "decision_not_started"),
        (D(2027, 1, 1), "decision_expired"),
    ):
        with pytest.raises(DomainError) as err:
            ledger.record_spending(
                vault,
                worker,
                g.client_id,
                ledger.Spending(
                    method="invoice", amount="10.00", spent_on=day, category="sports", provider="P"
                ),
            )
        assert (err.value.code, err.value.field) == (code, "spent_on")


def test_a_refused_decision_allows_no_spending(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, outcome="refused", granted=Decimal("0"))
    assert g.decision.outcome == "refused"
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault,
            worker,
            g.client_id,
            ledger.Spending(
                method="mobile_payment",
                amount="1.00",
                spent_on=D(2026, 2, 1),
                category="sports",
                provider="P",
                decision_id=g.decision.id,
            ),
        )
    assert err.value.code == "decision_refused"


@pytest.mark.parametrize(
    ("outcome", "granted", "code"),
    [
        ("granted", Decimal("100.00"), "granted_differs_from_proposal"),
        ("partly_granted", Decimal("1200.00"), "partial_grant_not_below_proposal"),
        ("partly_granted", Decimal("0"), "partial_grant_not_below_proposal"),
        ("refused", Decimal("5.00"), "refused_with_sum"),
    ],
)
def test_the_sum_must_fit_the_outcome(
    vault: OpenVault, worker: Actor, outcome: str, granted: Decimal, code: str
) -> None:
    with pytest.raises(DomainError) as err:
        granted_budget(vault, worker, outcome=outcome, granted=granted)
    assert (err.value.code, err.value.field) == (code, "granted_sum")


def test_confirming_what_is_not_an_invoice_and_the_clients_word_only(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    pay = ledger.record_spending(
        vault,
        worker,
        g.client_id,
        ledger.Spending(
            method="mobile_payment",
            amount="5.00",
            spent_on=D(2026, 2, 1),
            category="sports",
            provider="P",
        ),
    ).value
    with pytest.raises(DomainError) as err:
        ledger.confirm_invoice(vault, worker, g.client_id, pay.id, confirmed_on=D(2026, 2, 2))
    assert err.value.code == "not_an_invoice"
    inv = ledger.record_spending(
        vault,
        worker,
        g.client_id,
        ledger.Spending(
            method="invoice", amount="5.00", spent_on=D(2026, 2, 1), category="sports", provider="P"
        ),
    ).value
    with pytest.raises(DomainError) as err2:
        ledger.confirm_invoice(
            vault,
            worker,
            g.client_id,
            inv.id,
            confirmed_on=D(2026, 2, 2),
            confirmed_by="key_worker",
        )
    assert (err2.value.code, err2.value.field) == ("confirmation_is_the_clients", "confirmed_by")


def test_another_clients_record_is_not_found(vault: OpenVault, worker: Actor) -> None:
    a = granted_budget(vault, worker)
    b = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault,
            worker,
            b.client_id,
            ledger.Spending(
                method="mobile_payment",
                amount="1.00",
                spent_on=D(2026, 2, 1),
                category="sports",
                provider="P",
                decision_id=a.decision.id,
            ),
        )
    assert (err.value.code, err.value.field) == ("not_found", "decision_id")


def test_error_messages_carry_no_personal_data(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker, name="Salainen")
    with pytest.raises(DomainError) as err:
        budget.create_budget(vault, worker, cid, valid_from=D(2026, 6, 1), valid_to=D(2026, 5, 1))
    assert "Salainen" not in str(err.value)
