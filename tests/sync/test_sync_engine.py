"""The laptop's sync engine on real vaults (SQLCipher, migrated to head) and the real server.

Edits are written the way services write them: the row and its outbox op in one
transaction (docs/SYNC-CONTRACT.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

# The engine needs the domain's outbox and codec (hbdesk/models, written in parallel).
pytest.importorskip("hbdesk.models.outbox")
pytest.importorskip("hbdesk.models.codec")

from sqlalchemy import select

from hbdesk.models import registry
from hbdesk.models.codec import to_json
from hbdesk.models.ids import new_id
from hbdesk.models.outbox import Conflict, FieldVersion, OutboxOp, SyncState
from hbdesk.protocol import messages as p
from hbdesk.server import admin
from hbdesk.sync.client import SyncError
from hbdesk.sync.engine import SyncEngine, SyncReport
from tests.conftest import fresh_vault
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import uid

TABLES = {t.name: t for t in registry.metadata.sorted_tables}


def _defaults(table: Any, exclude: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for column in table.c:
        default = column.default
        if column.name == exclude or default is None:
            continue
        found[column.name] = default.arg(None) if default.is_callable else default.arg
    return found


class LaptopDb:
    """A laptop's vault plus its device identity."""

    def __init__(self, folder: Path, device: Laptop) -> None:
        self.device = device
        self.vault = fresh_vault(folder / "vault")
        self.session = self.vault.session

    def sync(self, timeout: float = 15.0) -> Any:
        with self.device.client(timeout=timeout) as client:
            return SyncEngine(self.session, client, batch_size=50, page_size=40).sync()

    def edit(
        self,
        entity: str,
        entity_id: str,
        client_id: str | None,
        values: dict[str, Any],
        kind: str = "upsert",
    ) -> str:
        """What a service does: change the row and append its op, in one transaction."""
        table = TABLES[entity]
        with self.session() as s:
            key = next(iter(table.primary_key.columns))
            if s.execute(select(key).where(key == entity_id)).first():
                s.execute(table.update().where(key == entity_id).values(**values))
            else:
                # A new record's op carries every column, defaults included, so that every
                # laptop holds the same record (a default filled in later would differ).
                values = {**_defaults(table, exclude=key.name), **values}
                s.execute(table.insert().values(**{key.name: entity_id, **values}))
            seq_row = s.get(SyncState, "next_local_seq")
            seq = int(seq_row.value) if seq_row else 1
            s.merge(SyncState(key="next_local_seq", value=str(seq + 1)))
            bases = None
            if kind != "append":
                bases = {}
                for name in values:
                    fv = s.get(FieldVersion, (entity, entity_id, name))
                    bases[name] = fv.version if fv else 0
            op_id = new_id()
            s.add(
                OutboxOp(
                    op_id=op_id,
                    local_seq=seq,
                    device_id=self.device.device_id,
                    client_id=client_id,
                    entity=entity,
                    entity_id=entity_id,
                    kind=kind,
                    fields=json.dumps({n: to_json(table.c[n], v) for n, v in values.items()}),
                    base_versions=json.dumps(bases) if bases is not None else None,
                    author=f"user-{self.device.caseworker_id}",
                    author_role="key_worker",
                    local_time=dt.datetime.now(dt.UTC),
                    state="pending",
                )
            )
        return op_id

    def row(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        table = TABLES[entity]
        key = next(iter(table.primary_key.columns))
        with self.session() as s:
            found = s.execute(select(table).where(key == entity_id)).mappings().first()
        return dict(found) if found else None

    def outbox(self) -> list[OutboxOp]:
        with self.session() as s:
            return list(s.scalars(select(OutboxOp).order_by(OutboxOp.local_seq)))

    def conflicts(self) -> list[Conflict]:
        with self.session() as s:
            return list(s.scalars(select(Conflict)))

    def close(self) -> None:
        self.vault.lock()


@pytest.fixture
def laptops(world: World, tmp_path: Path) -> Iterator[Any]:
    made: list[LaptopDb] = []

    def make(caseworker_id: str, **kwargs: Any) -> LaptopDb:
        device = world.laptop(caseworker_id, **kwargs)
        db = LaptopDb(tmp_path / device.device_id, device)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


def _new_client(laptop: LaptopDb) -> tuple[str, str, str]:
    client_id, budget_id, line_id = new_id(), new_id(), new_id()
    laptop.edit(
        "clients",
        client_id,
        client_id,
        {"first_name": "Testi", "last_name": "Asiakas", "stage": "planning"},
    )
    laptop.edit(
        "budgets",
        budget_id,
        client_id,
        {
            "client_id": client_id,
            "version": 1,
            "status": "draft",
            "valid_from": dt.date(2026, 1, 1),
            "valid_to": dt.date(2026, 12, 31),
        },
    )
    laptop.edit(
        "budget_lines",
        line_id,
        client_id,
        {
            "budget_id": budget_id,
            "client_id": client_id,
            "source": "own_option",
            "description": "Siivous",
            "provider": "Siisti Oy",
            "category": "home",
            "service_area": "home",
            "unit": "hour",
            "unit_price": Decimal("45.00"),
            "quantity": Decimal("2"),
            "frequency": "month",
        },
    )
    return client_id, budget_id, line_id


def test_records_travel_with_their_types(laptops: Any) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    client_id, budget_id, line_id = _new_client(a)
    report = a.sync()
    assert report.sent == 3 and report.clean
    assert {op.state for op in a.outbox()} == {"sent"}
    assert all(op.server_seq for op in a.outbox())
    report = b.sync()
    assert report.pulled_ops >= 3
    line = b.row("budget_lines", line_id)
    assert line is not None
    assert line["unit_price"] == Decimal("45.00") and line["quantity"] == Decimal("2")
    assert b.row("budgets", budget_id)["valid_to"] == dt.date(2026, 12, 31)  # type: ignore[index]
    assert b.row("clients", client_id)["first_name"] == "Testi"  # type: ignore[index]


def test_two_laptops_merge_fields_and_keep_both_values_of_one(laptops: Any) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    b.sync()
    a.edit(
        "budget_lines",
        line_id,
        client_id,
        {"quantity": Decimal("3"), "unit_price": Decimal("50.00")},
    )
    b.edit(
        "budget_lines",
        line_id,
        client_id,
        {"note": "kahdesti viikossa", "unit_price": Decimal("47.50")},
    )
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        line = laptop.row("budget_lines", line_id)
        assert line is not None
        assert line["quantity"] == Decimal("3") and line["note"] == "kahdesti viikossa"
        assert line["unit_price"] == Decimal("50.00")  # the first stored; never overwritten
        (conflict,) = laptop.conflicts()
        assert conflict.field == "unit_price" and conflict.state == "open"
        assert {
            json.loads(conflict.server_value or "null"),
            json.loads(conflict.local_value or "null"),
        } == {"50.00", "47.50"}
    assert a.row("budget_lines", line_id) == b.row("budget_lines", line_id)


def test_unsent_local_edit_is_not_overwritten_by_a_pull(laptops: Any) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    client_id, _, _ = _new_client(a)
    a.sync()
    b.sync()
    a.edit("clients", client_id, client_id, {"phone": "040 111"})
    a.sync()
    b.edit("clients", client_id, client_id, {"phone": "040 222"})
    report = SyncReport()
    with b.device.client() as client:
        SyncEngine(b.session, client).pull(report)  # pull only: the edit is still unsent
    assert report.pulled_ops >= 1
    assert b.row("clients", client_id)["phone"] == "040 222"  # type: ignore[index]
    b.sync()
    a.sync()
    assert a.row("clients", client_id) == b.row("clients", client_id)
    assert [c.field for c in b.conflicts()] == ["phone"]


def test_rejected_op_is_kept_failed_and_the_rest_sent(laptops: Any, world: World) -> None:
    cw_a, cw_b = uid("cw"), uid("cw")
    a, b = laptops(cw_a), laptops(cw_b)
    b_client, _, _ = _new_client(b)
    b.sync()
    mine, _, _ = _new_client(a)
    # An op that names B's client for a note of A's (a forged scope): the server refuses it.
    bad = a.edit(
        "notes",
        new_id(),
        b_client,
        {"client_id": mine, "author": "worker", "text": "väärä asiakas"},
    )
    a.edit("notes", new_id(), mine, {"client_id": mine, "author": "worker", "text": "oikea"})
    report = a.sync()
    refused = f"{p.REJECT_ID_MISMATCH}:client_id"
    assert report.failed == {bad: refused} and not report.clean
    states = {op.op_id: (op.state, op.error) for op in a.outbox()}
    assert states[bad] == ("failed", refused)
    assert sum(1 for s, _ in states.values() if s == "sent") == 4
    assert b.row("clients", mine) is None  # never another caseworker's client
    b.sync()
    assert b.row("clients", mine) is None


def test_closed_client_leaves_after_its_last_change(laptops: Any, world: World) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    a.edit("clients", client_id, client_id, {"stage": "closing"})
    admin.close_client(world.engine, client_id)
    a.sync()
    assert a.row("clients", client_id) is None and a.row("budget_lines", line_id) is None
    assert not a.outbox() and not a.conflicts()
    with world.engine.connect() as conn:  # the last change reached the server first
        from hbdesk.server import db

        stage = conn.execute(
            select(db.field_state.c.value).where(
                db.field_state.c.entity == "clients",
                db.field_state.c.entity_id == client_id,
                db.field_state.c.field == "stage",
            )
        ).scalar()
    assert json.loads(stage) == "closing"


def test_lost_answer_then_retry_sends_each_op_once(own_server: Any, tmp_path: Path) -> None:
    world = own_server(faults="stall_after_push=1")
    cw = uid("cw")
    a = LaptopDb(tmp_path / "a", world.laptop(cw))
    b = LaptopDb(tmp_path / "b", world.laptop(cw))
    try:
        _client_id, _, line_id = _new_client(a)
        with pytest.raises(SyncError):
            a.sync(timeout=1)
        assert {op.state for op in a.outbox()} == {"pending"}
        report = a.sync()
        assert report.duplicates == 3 and report.sent == 0 and report.clean
        b.sync()
        assert b.row("budget_lines", line_id)["quantity"] == Decimal("2")  # type: ignore[index]
        with b.session() as s:
            cursor = int(s.get(SyncState, "cursor").value)  # type: ignore[union-attr]
        assert cursor >= 3
    finally:
        a.close()
        b.close()
