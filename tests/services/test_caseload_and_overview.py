"""The caseload finds clients by name, identity code and stage; opening one says what is next."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.models.progress import NextStep
from hbdesk.services import caseload, clients, ledger, overview
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import granted_budget

D = dt.date


def register(vault: OpenVault, worker: Actor, first: str, last: str, code: str) -> str:
    return clients.register_contact(
        vault,
        worker,
        clients.NewContact(
            first_name=first,
            last_name=last,
            identity_code=code,
            contacted_on=D(2026, 1, 1),
            channel="web_request",
            described_needs="Tarve",
        ),
    ).value.id


def test_search_by_name_identity_code_and_stage(vault: OpenVault, worker: Actor) -> None:
    a = register(vault, worker, "Aino", "Mallinen", "010190-950A")
    b = register(vault, worker, "Eino", "Mallinen", "020290-912J")
    g = granted_budget(vault, worker)
    rows = caseload.caseload(vault, worker, "mallinen")
    assert [r.client_id for r in rows] == [a, b]
    assert [r.client_id for r in caseload.caseload(vault, worker, "aino malli")] == [a]
    assert [r.client_id for r in caseload.caseload(vault, worker, "020290")] == [b]
    decided = caseload.caseload(vault, worker, stage="decision")
    assert [r.client_id for r in decided] == [g.client_id]
    assert decided[0].money is not None
    with pytest.raises(DomainError) as err:
        caseload.caseload(vault, worker, only="everything")
    assert (err.value.code, err.value.field) == ("invalid_choice", "only")


def test_rows_show_budget_state_and_running_out(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker, amount=Decimal("1200.00"))
    ledger.record_spending(
        vault,
        worker,
        g.client_id,
        ledger.Spending(
            method="invoice",
            amount="900.00",
            spent_on=D(2026, 2, 10),
            category="sports",
            provider="P",
        ),
    )
    (row,) = caseload.caseload(vault, worker, today=D(2026, 3, 1))
    assert row.money is not None
    assert row.money.granted == Decimal("1200.00") and row.money.available == Decimal("300.00")
    assert row.money.pending == Decimal("900.00") and row.money.pending_invoices == 1
    assert row.money.warning and row.money.runs_out_on is not None
    assert row.money.runs_out_on < D(2026, 12, 31)
    assert caseload.caseload(vault, worker, only="running_out", today=D(2026, 3, 1))
    assert caseload.caseload(vault, worker, only="pending_invoices", today=D(2026, 3, 1))


def test_overview_says_where_the_client_is_and_logs_the_view(
    vault: OpenVault, worker: Actor
) -> None:
    cid = register(vault, worker, "Aino", "Mallinen", "010190-950A")
    ov = overview.client_overview(vault, worker, cid, today=D(2026, 1, 2))
    assert ov.stage == "contact" and ov.next_step == NextStep.SELF_ASSESSMENT
    assert ov.money is None and ov.plan_version is None
    g = granted_budget(vault, worker)
    ov2 = overview.client_overview(vault, worker, g.client_id, today=D(2026, 1, 2))
    assert ov2.stage == "decision" and ov2.plan_status == "agreed"
    assert ov2.budget_total == "1200.00" and ov2.decisions == 1
    assert ov2.next_step == NextStep.SELF_ASSESSMENT  # the helper skipped stages 2–3
    from hbdesk.services import access_log

    assert access_log.client_access_log(vault, worker, g.client_id)[1].action == "view"


def _spend_on_the_tenth(
    vault: OpenVault, worker: Actor, client_id: str, amounts: dict[int, str]
) -> None:
    """A mobile payment of `amounts[month]` on the 10th of each month of 2026 given."""
    for month, amount in amounts.items():
        ledger.record_spending(
            vault,
            worker,
            client_id,
            ledger.Spending(
                method="mobile_payment",
                amount=amount,
                spent_on=D(2026, month, 10),
                category="sports",
                provider="P",
            ),
        )


def test_balance_series_for_a_chart(vault: OpenVault, worker: Actor) -> None:
    from hbdesk.services import spending_view

    g = granted_budget(vault, worker, amount=Decimal("1200.00"))
    _spend_on_the_tenth(vault, worker, g.client_id, {1: "100.00", 2: "100.00", 3: "100.00"})
    points = spending_view.balance_series(
        vault, worker, g.client_id, g.decision.chain_id, as_of=D(2026, 3, 31), step_days=7
    )
    assert points[0].day == D(2026, 1, 1) and points[-1].day <= D(2026, 3, 31)
    assert [p.day for p in points] == sorted(p.day for p in points)
    assert points[-1].used == Decimal("300.00") and points[-1].available == Decimal("900.00")
    assert all(a.used <= b.used for a, b in itertools.pairwise(points))
    assert all(p.available + p.used == Decimal("1200.00") for p in points)
    assert Decimal("0") < points[-1].even_pace < Decimal("1200.00")


def test_the_use_of_the_budget_read_at_once_is_the_two_reads(
    vault: OpenVault, worker: Actor, monkeypatch
) -> None:
    """The use page's one read gives what budget_states and balance_series give, reads the
    chain's entries once (not once for each), and logs one view of the client."""
    from hbdesk.services import access_log, spending_view

    g = granted_budget(vault, worker, amount=Decimal("1200.00"))
    _spend_on_the_tenth(
        vault, worker, g.client_id, {m: str(Decimal("100.00") + m) for m in (1, 2, 3, 4)}
    )
    day = D(2026, 4, 30)
    states = spending_view.budget_states(vault, worker, g.client_id, as_of=day, newest=2)
    chain = states[-1].chain_id
    points = spending_view.balance_series(vault, worker, g.client_id, chain, as_of=day)
    reads = []
    real = spending_view.facts_of
    monkeypatch.setattr(spending_view, "facts_of", lambda s, c: reads.append(c) or real(s, c))
    logged = len(access_log.client_access_log(vault, worker, g.client_id))
    got = spending_view.use_of_budget(vault, worker, g.client_id, None, as_of=day, newest=2)
    assert [_seen(s) for s in got[0]] == [_seen(s) for s in states]
    assert got[1:] == (chain, points)
    assert states[-1].older == 2 and len(points) > 10  # the test can tell the two apart
    assert reads == [chain]
    lines = access_log.client_access_log(vault, worker, g.client_id)
    new = [  # (reading the log is logged too: a view of access_log records)
        line
        for line in lines[: len(lines) - logged]
        if not all(r.startswith("access_log:") for r in line.record_ids)
    ]
    assert len(new) == 1 and new[0].action == "view"
    assert {f"decisions:{g.decision.id}"} < set(new[0].record_ids)
    assert (
        spending_view.use_of_budget(vault, worker, g.client_id, "no such chain", as_of=day)[1]
        == chain
    )  # an unknown chain: the newest is shown


def _seen(state: object) -> tuple[object, ...]:
    """A chain's state as the screen shows it (records by id: each read has its own objects)."""
    from hbdesk.services.spending_view import BudgetState

    assert isinstance(state, BudgetState)
    rows = [(r.entry.id, r.status, r.receipts_total, r.confirmed_by) for r in state.rows]
    held = [h.id for h in state.held]
    return (state.decision.id, state.chain_id, state.balance, state.pace, rows, held, state.older)
