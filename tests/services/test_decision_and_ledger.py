"""Decisions are issued once and superseded, spending is checked against them, never edited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.services import budget, decision, ledger, spending_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER, granted_budget

D = dt.date


def spend(
    method: str, amount: str, day: dt.date, category: str = "sports", **kw: str
) -> ledger.Spending:
    return ledger.Spending(
        method=method, amount=amount, spent_on=day, category=category, provider="Uimahalli", **kw
    )


def test_prepared_decision_carries_the_budget_sum_plan_grounds_and_period(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker, amount=Decimal("1200.00"))
    d = g.decision
    assert d.proposed_sum == d.granted_sum == Decimal("1200.00")
    assert d.grounds == "Tarvitsen tukea arkeen."
    assert "Liikun kaksi kertaa viikossa." in d.plan_summary
    assert (d.valid_from, d.valid_to) == (D(2026, 1, 1), D(2026, 12, 31))
    assert d.legal_basis.startswith("Sosiaalihuoltolaki")
    assert d.organisation_name == APPEAL.organisation_name and d.appeal_body == APPEAL.body
    # Named by the random end of its id: a UUIDv7's start is the time, the same for every
    # decision made in that minute (the demo makes dozens).
    assert d.number == f"HB-2026-{d.id[-8:].upper()}"
    assert budget.get_budget(vault, worker, g.client_id).budget.status == "decided"  # type: ignore[union-attr]


def test_an_issued_decision_is_never_edited(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        decision.update_decision_draft(
            vault, worker, g.client_id, g.decision.draft_id or "", granted_sum="10.00"
        )
    assert err.value.code == "decision_issued" and err.value.field == "draft_id"
    with pytest.raises(DomainError) as err2, vault.session() as s:
        row = s.get(Decision, g.decision.id)
        assert row is not None
        row.granted_sum = Decimal("99999.00")
        s.flush()
    assert err2.value.code == "append_only"
    with vault.session() as s:
        assert s.get(Decision, g.decision.id).granted_sum == Decimal("1200.00")  # type: ignore[union-attr]


def test_notification_method_decides_the_rectification_deadline(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    letter = decision.record_notification(
        vault, worker, g.client_id, g.decision.id, method="letter", sent_on=D(2026, 1, 2)
    ).value
    assert letter.deemed_received == D(2026, 1, 9)
    assert letter.rectification_deadline == D(2026, 2, 9)  # 8.2. is a Sunday
    e = decision.record_notification(
        vault, worker, g.client_id, g.decision.id, method="electronic", sent_on=D(2026, 1, 2)
    ).value
    assert e.deemed_received == D(2026, 1, 5) and e.rectification_deadline == D(2026, 2, 4)
    hand = decision.record_notification(
        vault,
        worker,
        g.client_id,
        g.decision.id,
        method="in_person",
        sent_on=D(2026, 1, 2),
        acknowledged_by="Aino Testinen",
    ).value
    assert hand.deemed_received == D(2026, 1, 2) and hand.rectification_deadline == D(2026, 2, 2)
    with pytest.raises(DomainError) as err:
        decision.record_notification(
            vault, worker, g.client_id, g.decision.id, method="in_person", sent_on=D(2026, 1, 2)
        )
    assert err.value.code == "acknowledgement_required"


def test_spending_after_the_decision_expired_is_refused(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault, worker, g.client_id, spend("mobile_payment", "10.00", D(2027, 1, 1))
        )
    assert (err.value.code, err.value.field) == ("decision_expired", "spent_on")


@pytest.mark.parametrize("category", ["gambling", "crime"])
def test_gambling_and_crime_are_refused_always(
    vault: OpenVault, worker: Actor, category: str
) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault, worker, g.client_id, spend("mobile_payment", "5.00", D(2026, 3, 1), category)
        )
    assert (err.value.code, err.value.field) == ("category_refused", "category")


def test_the_decisions_restrictions_are_enforced(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, excluded_categories=["transport"])
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault, worker, g.client_id, spend("mobile_payment", "5.00", D(2026, 3, 1), "transport")
        )
    assert err.value.code == "category_restricted"
    ledger.record_spending(
        vault, worker, g.client_id, spend("mobile_payment", "5.00", D(2026, 3, 1), "culture")
    )


def test_spending_more_than_is_left_is_refused(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, amount=Decimal("100.00"))
    ledger.record_spending(vault, worker, g.client_id, spend("invoice", "80.00", D(2026, 2, 1)))
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault, worker, g.client_id, spend("mobile_payment", "20.01", D(2026, 2, 2))
        )
    assert err.value.code == "exceeds_balance" and err.value.details["available"] == "20.00"


def test_an_invoice_counts_as_confirmed_only_after_the_client_confirms_it_once(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    inv = ledger.record_spending(
        vault,
        worker,
        g.client_id,
        spend("invoice", "120.00", D(2026, 2, 1), source="e_invoice", external_ref="INV-1"),
    ).value
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 2, 28))
    assert state.balance.pending == Decimal("120.00") and state.balance.confirmed == 0
    ledger.confirm_invoice(vault, worker, g.client_id, inv.id, confirmed_on=D(2026, 2, 10))
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 2, 28))
    assert state.balance.confirmed == Decimal("120.00") and state.balance.pending == 0
    assert state.balance.available == Decimal("1080.00")
    with pytest.raises(DomainError) as err:
        ledger.confirm_invoice(vault, worker, g.client_id, inv.id, confirmed_on=D(2026, 2, 11))
    assert (err.value.code, err.value.field) == ("already_confirmed", "entry_id")


def test_a_direct_payment_is_pending_until_receipts_cover_it(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    pay = ledger.record_spending(
        vault,
        worker,
        g.client_id,
        spend(
            "direct_payment", "200.00", D(2026, 3, 1), source="payment_system", external_ref="PAY-1"
        ),
    ).value
    ledger.report_receipts(
        vault,
        worker,
        g.client_id,
        pay.id,
        amount="150.00",
        reported_on=D(2026, 3, 20),
        description="Kuitit maaliskuu",
    )
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 3, 31))
    assert state.balance.pending == Decimal("200.00")
    ledger.report_receipts(
        vault,
        worker,
        g.client_id,
        pay.id,
        amount="50.00",
        reported_on=D(2026, 4, 2),
        description="Loput kuitit",
    )
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 4, 30))
    assert state.balance.confirmed == Decimal("200.00")


def test_a_correction_is_a_reversing_entry_not_an_edit(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    wrong = ledger.record_spending(
        vault, worker, g.client_id, spend("mobile_payment", "60.00", D(2026, 4, 1))
    ).value
    rev = ledger.reverse_entry(vault, worker, g.client_id, wrong.id, reason="Väärä summa").value
    assert rev.amount == Decimal("-60.00") and rev.reverses_id == wrong.id
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 4, 30))
    assert state.balance.available == Decimal("1200.00")
    assert {r.status for r in state.rows} == {"reversed"}
    with vault.session() as s:
        assert s.get(SpendingEntry, wrong.id).amount == Decimal("60.00")  # type: ignore[union-attr]
    with pytest.raises(DomainError) as err:
        ledger.reverse_entry(vault, worker, g.client_id, wrong.id, reason="again")
    assert err.value.code == "entry_reversed"


def test_a_partial_grant_and_a_revision_keep_the_history(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(
        vault,
        worker,
        amount=Decimal("1000.00"),
        outcome="partly_granted",
        granted=Decimal("800.00"),
    )
    assert (g.decision.proposed_sum, g.decision.granted_sum) == (
        Decimal("1000.00"),
        Decimal("800.00"),
    )
    ledger.record_spending(
        vault, worker, g.client_id, spend("mobile_payment", "100.00", D(2026, 2, 1))
    )
    new_budget = budget.create_budget(
        vault, worker, g.client_id, valid_from=D(2026, 7, 1), valid_to=D(2026, 12, 31)
    ).value
    draft = decision.prepare_decision(
        vault, worker, g.client_id, new_budget.id, supersedes_id=g.decision.id
    ).value
    revised = decision.issue_decision(
        vault,
        worker,
        g.client_id,
        draft.id,
        decided_on=D(2026, 6, 20),
        decided_by=MAKER,
        appeal=APPEAL,
    ).value
    assert revised.chain_id == g.decision.id and revised.supersedes_id == g.decision.id
    views = decision.list_decisions(vault, worker, g.client_id)
    assert [v.decision.id for v in views] == [g.decision.id, revised.id]
    assert views[0].superseded_by == revised.id and views[0].decision.granted_sum == Decimal(
        "800.00"
    )
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=D(2026, 8, 1))
    assert state.decision.id == revised.id
    assert state.balance.available == Decimal("900.00")  # 1000 granted − 100 used in February
    with pytest.raises(DomainError) as err:
        decision.prepare_decision(
            vault, worker, g.client_id, new_budget.id, supersedes_id=g.decision.id
        )
    assert err.value.code == "decision_already_superseded"


def test_ending_the_use_of_a_budget_is_a_decision(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    end = decision.end_budget_use(
        vault,
        worker,
        g.client_id,
        g.decision.id,
        ends_on=D(2026, 6, 30),
        grounds="Tavoitteet saavutettu.",
        decided_on=D(2026, 6, 15),
        decided_by=MAKER,
        appeal=APPEAL,
    ).value
    assert (end.kind, end.outcome, end.valid_to) == ("ending", "ended", D(2026, 6, 30))
    ledger.record_spending(
        vault, worker, g.client_id, spend("mobile_payment", "10.00", D(2026, 6, 30))
    )
    with pytest.raises(DomainError) as err:
        ledger.record_spending(
            vault, worker, g.client_id, spend("mobile_payment", "10.00", D(2026, 7, 1))
        )
    assert err.value.code == "decision_expired"
    with vault.session() as s:
        assert len(list(s.scalars(select(Decision)))) == 2


def test_one_budget_can_have_decisions_under_different_laws(
    vault: OpenVault, worker: Actor
) -> None:
    from tests.services.helpers import agreed_plan, new_client

    cid = new_client(vault, worker)
    agreed_plan(vault, worker, cid)
    b = budget.create_budget(
        vault, worker, cid, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31)
    ).value
    for area, price in (("social_welfare", "300.00"), ("disability", "2000.00")):
        budget.add_own_option_line(
            vault,
            worker,
            cid,
            b.id,
            budget.OwnOption(
                description=area,
                provider="P",
                unit="piece",
                unit_price=price,
                quantity=1,
                frequency="once",
                category="other",
                service_area=area,
            ),
        )
    issued = {}
    for area in ("social_welfare", "disability"):
        draft = decision.prepare_decision(vault, worker, cid, b.id, service_area=area).value
        assert draft.legal_basis == decision.LEGAL_BASIS[area]  # type: ignore[index]
        issued[area] = decision.issue_decision(
            vault, worker, cid, draft.id, decided_on=D(2026, 1, 1), decided_by=MAKER, appeal=APPEAL
        ).value
    assert issued["social_welfare"].granted_sum == Decimal("300.00")
    assert issued["disability"].granted_sum == Decimal("2000.00")
    assert issued["social_welfare"].chain_id != issued["disability"].chain_id
    with pytest.raises(DomainError) as err:
        ledger.record_spending(vault, worker, cid, spend("invoice", "50.00", D(2026, 2, 1)))
    assert (err.value.code, err.value.field) == ("decision_required", "decision_id")
    ledger.record_spending(
        vault,
        worker,
        cid,
        spend("invoice", "50.00", D(2026, 2, 1), decision_id=issued["disability"].id),
    )
    states = spending_view.budget_states(vault, worker, cid, as_of=D(2026, 3, 1))
    left = {s.decision.service_area: s.balance.available for s in states}
    assert left == {"social_welfare": Decimal("300.00"), "disability": Decimal("1950.00")}
