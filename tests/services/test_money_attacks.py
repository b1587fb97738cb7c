"""Money rules against inputs nobody here wrote (issue 18, items 4–6): spellings of the
gambling ban, odd numbers and dates, oversize contact fields, receipts for direct payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.services import budget, catalogue, ledger
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import granted_budget, new_client

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
