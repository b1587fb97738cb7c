"""A conflict sync found is settled by a person's choice, with an op naming the conflict."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from hbdesk.models.budget import BudgetLine
from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import Conflict, FieldVersion, OutboxOp
from hbdesk.services import budget, catalogue, conflicts
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client, publish_small_catalogue


def _line_in_conflict(vault: OpenVault, worker: Actor) -> tuple[str, str]:
    cid = new_client(vault, worker)
    b = budget.create_budget(
        vault, worker, cid, valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 6, 30)
    ).value
    line = budget.add_own_option_line(
        vault,
        worker,
        cid,
        b.id,
        budget.OwnOption(
            description="Valmennus",
            provider="P",
            unit="hour",
            unit_price="80.00",
            quantity=4,
            frequency="monthly",
            category="coaching",
            service_area="social_welfare",
        ),
    ).value
    budget.change_line(vault, worker, cid, line.id, quantity=6)
    with vault.session() as s:  # what sync leaves behind: versions and the conflict
        s.add(FieldVersion(entity="budget_lines", entity_id=line.id, field="quantity", version=3))
        s.add(
            Conflict(
                id="conf-1",
                client_id=cid,
                entity="budget_lines",
                entity_id=line.id,
                field="quantity",
                local_value=json.dumps("6"),
                server_value=json.dumps("5"),
                ops='["a", "b"]',
                authors='["worker-1", "worker-2"]',
                times="[null, null]",
                state="open",
                created_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
            )
        )
    return cid, line.id


def test_choosing_the_servers_value_writes_it_and_names_the_conflict(
    vault: OpenVault, worker: Actor
) -> None:
    cid, line_id = _line_in_conflict(vault, worker)
    (shown,) = conflicts.list_conflicts(vault, worker, cid)
    assert (shown.field, shown.local_value, shown.server_value) == ("quantity", "6", "5")
    out = conflicts.resolve_conflict(vault, worker, "conf-1", choice="server")
    assert out.value.state == "resolved" and cid in out.changes.clients
    with vault.session() as s:
        assert s.get(BudgetLine, line_id).quantity == Decimal("5")  # type: ignore[union-attr]
        op = s.scalars(select(OutboxOp).where(OutboxOp.resolves_conflict == "conf-1")).one()
        assert s.get(Conflict, "conf-1").resolved_by == worker.user_id  # type: ignore[union-attr]
    assert json.loads(op.fields) == {"quantity": "5"}
    assert json.loads(op.base_versions or "") == {"quantity": 3}
    with pytest.raises(DomainError) as err:
        conflicts.resolve_conflict(vault, worker, "conf-1", choice="local")
    assert err.value.code == "conflict_resolved"
    assert conflicts.list_conflicts(vault, worker, cid) == []


def test_keeping_the_local_value_still_sends_an_op(vault: OpenVault, worker: Actor) -> None:
    _cid, line_id = _line_in_conflict(vault, worker)
    conflicts.resolve_conflict(vault, worker, "conf-1", choice="local")
    with vault.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.resolves_conflict == "conf-1")).one()
        assert s.get(BudgetLine, line_id).quantity == Decimal("6")  # type: ignore[union-attr]
    assert json.loads(op.fields) == {"quantity": "6"}


def test_reference_data_made_on_the_laptop_is_not_pushed(vault: OpenVault, worker: Actor) -> None:
    publish_small_catalogue(vault, worker)
    assert catalogue.search_catalogue(vault, worker, "uima")
    with vault.session() as s:
        assert not list(s.scalars(select(OutboxOp)))
