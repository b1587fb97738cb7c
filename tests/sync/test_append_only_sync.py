"""The vault's append-only triggers and sync: a leaving client goes whole, a forged edit of
an issued decision never lands and never wedges the pull (real vaults, real server)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from hbdesk.server import admin
from hbdesk.services import ledger
from hbdesk.services.context import Actor
from tests.services.helpers import granted_budget
from tests.sync.conftest import World
from tests.sync.servers import uid
from tests.sync.test_sync_engine import LaptopDb

D = dt.date
HELD = (
    "decisions",
    "decision_notifications",
    "spending_entries",
    "invoice_confirmations",
    "plan_confirmations",
    "access_log",
    "budgets",
    "budget_lines",
)


@pytest.fixture
def laptop(world: World, tmp_path: Path) -> Iterator[LaptopDb]:
    device = world.laptop(uid("cw"))
    db = LaptopDb(tmp_path / device.device_id, device)
    yield db
    db.close()


def _actor(laptop: LaptopDb) -> Actor:
    return Actor(
        user_id=f"user-{laptop.device.caseworker_id}",
        role="key_worker",
        device_id=laptop.device.device_id,
        display_name="Omatyöntekijä Testi",
    )


def _count(laptop: LaptopDb, table: str, client_id: str) -> int:
    with laptop.session() as s:
        sql = text(f"SELECT count(*) FROM {table} WHERE client_id = :c")  # noqa: S608
        return int(s.execute(sql, {"c": client_id}).scalar() or 0)


def test_a_client_leaving_scope_takes_its_append_only_records_along(
    laptop: LaptopDb, world: World
) -> None:
    actor = _actor(laptop)
    g = granted_budget(laptop.vault, actor)
    entry = ledger.record_spending(
        laptop.vault,
        actor,
        g.client_id,
        ledger.Spending("invoice", "100.00", D(2026, 2, 1), "other", "Palvelu Oy"),
    ).value
    ledger.confirm_invoice(laptop.vault, actor, g.client_id, entry.id, confirmed_on=D(2026, 2, 3))
    from hbdesk.services import decision

    decision.record_notification(
        laptop.vault, actor, g.client_id, g.decision.id, method="letter", sent_on=D(2026, 1, 2)
    )
    assert all(_count(laptop, t, g.client_id) for t in HELD)
    assert laptop.sync().clean
    admin.close_client(world.engine, g.client_id)
    report = laptop.sync()
    assert g.client_id in report.removed_clients
    assert {t: _count(laptop, t, g.client_id) for t in HELD} == dict.fromkeys(HELD, 0)
    assert laptop.row("clients", g.client_id) is None


def test_a_forged_edit_of_an_issued_decision_is_not_applied_and_the_pull_goes_on(
    laptop: LaptopDb, world: World
) -> None:
    actor = _actor(laptop)
    g = granted_budget(laptop.vault, actor)
    assert laptop.sync().clean
    forger = world.laptop(laptop.device.caseworker_id)  # another device of the same worker
    with forger.client() as sync:
        forger.pull(sync)
        forger.edit(g.client_id, "decisions", g.decision.id, {"grounds": "MUUTETTU"})
        forger.edit(g.client_id, "clients", g.client_id, {"phone": "040 123 4567"})
        forger.push(sync)
    report: Any = laptop.sync()
    assert report.clean
    row = laptop.row("decisions", g.decision.id)
    assert row is not None and row["grounds"] == g.decision.grounds  # the issued text stays
    assert laptop.row("clients", g.client_id)["phone"] == "040 123 4567"  # type: ignore[index]
    assert laptop.sync().clean  # nothing wedged: the next sync is clean too
