"""Append-only in the vault itself: triggers refuse UPDATE and DELETE on every path.

The ORM's check only sees a session's flush; these attacks go around it (a Core
`update()`, raw SQL on the connection) the way a determined insider would.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from hbdesk.models import registry
from hbdesk.models.budget import BudgetLine
from hbdesk.models.decision import Decision
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import budget, decision, ledger
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from hbdesk.store.append_only import RemovalRefused, removing_client
from tests.services.helpers import granted_budget

D = dt.date
# Every record the models declare append-only; feedback is the anonymous channel's own.
GUARDED = sorted(
    t.name
    for t in registry.metadata.sorted_tables
    if any(
        getattr(m.class_, "__append_only__", False) and m.local_table is t
        for m in registry.Base.registry.mappers
    )
    and t.name != "feedback"
)


def _books(vault: OpenVault, worker: Actor) -> str:
    """A client with every kind of append-only record: decision, notice, entries, receipts."""
    g = granted_budget(vault, worker)
    cid, did = g.client_id, g.decision.id
    decision.record_notification(vault, worker, cid, did, method="letter", sent_on=D(2026, 1, 2))
    invoice = ledger.record_spending(
        vault,
        worker,
        cid,
        ledger.Spending("invoice", "100.00", D(2026, 2, 1), "other", "Palvelu Oy"),
    ).value
    ledger.confirm_invoice(vault, worker, cid, invoice.id, confirmed_on=D(2026, 2, 3))
    direct = ledger.record_spending(
        vault,
        worker,
        cid,
        ledger.Spending("direct_payment", "50.00", D(2026, 2, 5), "other", "Oma tili"),
    ).value
    ledger.report_receipts(
        vault,
        worker,
        cid,
        direct.id,
        amount="50.00",
        reported_on=D(2026, 2, 10),
        description="Kuitit",
    )
    return cid


def test_a_core_update_cannot_change_an_issued_decision(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DBAPIError, match="append_only"), vault.session() as s:
        s.execute(
            update(Decision)
            .where(Decision.id == g.decision.id)
            .values(granted_sum=Decimal("77777.00"), grounds="MUUTETTU")
        )
    with pytest.raises(DBAPIError, match="append_only"), vault.session() as s:
        s.execute(delete(Decision).where(Decision.id == g.decision.id))
    with vault.session() as s:
        row = s.get(Decision, g.decision.id)
        assert row is not None
        assert row.granted_sum == Decimal("1200.00") and row.grounds != "MUUTETTU"


@pytest.mark.parametrize("verb", ["UPDATE {t} SET client_id = client_id", "DELETE FROM {t}"])
def test_raw_sql_cannot_change_or_remove_append_only_records(
    vault: OpenVault, worker: Actor, verb: str
) -> None:
    _books(vault, worker)
    with vault.engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()  # noqa: S608
            for t in GUARDED
        }
    held = {t for t, n in counts.items() if n}
    assert {
        "decisions",
        "decision_notifications",
        "spending_entries",
        "invoice_confirmations",
        "receipt_reports",
        "plan_confirmations",
        "access_log",
    } <= held
    for table in sorted(held):
        with pytest.raises(DBAPIError, match="append_only"), vault.engine.begin() as conn:
            conn.exec_driver_sql(verb.format(t=table))
        with vault.engine.connect() as conn:
            after = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()  # noqa: S608
        assert after == counts[table], table


def test_every_append_only_table_has_its_triggers(vault: OpenVault) -> None:
    with vault.engine.connect() as conn:
        triggers = {
            (row[0], row[1])
            for row in conn.exec_driver_sql(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    for table in GUARDED:
        names = {name for tbl, name in triggers if tbl == table}
        assert {f"{table}_no_update", f"{table}_no_delete"} <= names, table


def test_a_decided_budgets_lines_stay_as_decided(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    with vault.session() as s:
        line = s.scalars(select(BudgetLine).where(BudgetLine.budget_id == g.budget_id)).one()
        line_id = line.id
    for attack in (
        "UPDATE budget_lines SET unit_price = 7777700, description = 'MUUTETTU'",
        "DELETE FROM budget_lines",
        "UPDATE budgets SET status = 'draft'",
        "DELETE FROM budgets",
    ):
        with pytest.raises(DBAPIError, match="append_only"), vault.engine.begin() as conn:
            conn.exec_driver_sql(attack)
    # The revision copies the line as it was decided.
    revision = budget.create_budget(
        vault, worker, g.client_id, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31)
    ).value
    view = budget.get_budget(vault, worker, g.client_id, revision.id)
    assert view is not None
    (copied,) = view.lines
    assert copied.unit_price == Decimal("1200.00") and copied.description == "Tuki"
    with vault.session() as s:
        assert s.get(BudgetLine, line_id).description == "Tuki"  # type: ignore[union-attr]


def test_a_draft_budgets_lines_stay_editable(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    revision = budget.create_budget(
        vault, worker, g.client_id, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31)
    ).value
    view = budget.get_budget(vault, worker, g.client_id, revision.id)
    assert view is not None
    (line,) = view.lines
    budget.change_line(vault, worker, g.client_id, line.id, unit_price="900.00")
    budget.remove_line(vault, worker, g.client_id, line.id)
    assert budget.get_budget(vault, worker, g.client_id, revision.id).lines == []  # type: ignore[union-attr]


def test_the_removal_marker_takes_a_client_whole_or_nothing(
    vault: OpenVault, worker: Actor
) -> None:
    g = granted_budget(vault, worker)
    other = granted_budget(vault, worker)
    with pytest.raises(RemovalRefused), vault.session() as s, removing_client(s, g.client_id):
        pass  # its changes are not sent yet: nothing may go
    with vault.session() as s:
        s.execute(update(OutboxOp).values(state="sent"))  # as after a sync
    with pytest.raises(RemovalRefused), vault.session() as s, removing_client(s, g.client_id):
        s.execute(delete(Decision).where(Decision.id == g.decision.id))  # alone: refused
    for attack in (
        delete(Decision).where(Decision.id == other.decision.id),  # not this client's
        update(Decision).values(grounds="MUUTETTU"),  # never an update
    ):
        with (
            pytest.raises(DBAPIError, match="append_only"),
            vault.session() as s,
            removing_client(s, g.client_id),
        ):
            s.execute(attack)
    with vault.session() as s:
        assert {d.grounds for d in s.scalars(select(Decision))} == {g.decision.grounds}
        assert len(s.scalars(select(Decision)).all()) == 2
