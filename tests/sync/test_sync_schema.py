"""The server trusts no device: every op is checked against the one registry of syncable
entities before it is stored, and a pull never wedges on a value a laptop cannot apply.

Bad ops go through a real `hbdesk-server` (SQLite and PostgreSQL) with real TLS, signed by
the laptop's real signing code; the ops themselves are made by hand. Ops that an older
server stored without checking are written straight into the server's database.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from hbdesk.models.outbox import OutboxOp, SyncState
from hbdesk.protocol import messages as p
from hbdesk.server import admin, db
from hbdesk.server.scope import add_feed, now_utc
from hbdesk.sync import app_sync
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import uid
from tests.sync.test_sync_engine import LaptopDb, _new_client
from tests.sync.test_sync_engine import laptops as laptops  # the vault laptops fixture

BIG = "1" + "0" * 8 + ".00"  # 100 000 000 euros: past any amount the domain allows


def _code(reason: str | None) -> str:
    """The stable code of a reason ("invalid_value:unit_price" -> "invalid_value")."""
    return (reason or "").partition(":")[0]


def _stored(world: World, op_id: str) -> bool:
    with world.engine.connect() as conn:
        return conn.execute(select(db.ops.c.seq).where(db.ops.c.op_id == op_id)).first() is not None


# --- the server refuses, per op ---------------------------------------------------------

# (entity, fields, kind, changes to the op itself, the code the laptop is given)
BAD_OPS: list[tuple[str, dict[str, Any], str, dict[str, Any], str]] = [
    ("budget_lines", {"unit_price": "abc"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"unit_price": "1e2"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"unit_price": "NaN"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"unit_price": "45.001"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"quantity": "1.0001"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"unit_price": BIG}, "upsert", {}, "out_of_range"),
    ("budget_lines", {"unit_price": None}, "upsert", {}, "missing_value"),
    ("budget_lines", {"starts_on": "2026-13-01"}, "upsert", {}, "invalid_value"),
    ("budget_lines", {"starts_on": "20260101"}, "upsert", {}, "invalid_value"),
    ("notes", {"created_at": "2026-11-24T10:00:00"}, "upsert", {}, "invalid_value"),
    ("notes", {"created_at": "2026-11-24T25:00:00+00:00"}, "upsert", {}, "invalid_value"),
    ("secret_things", {"text": "x"}, "upsert", {}, "unknown_entity"),
    ("vault_meta", {"value": "-----BEGIN PRIVATE KEY-----"}, "upsert", {}, "local_only"),
    ("outbox", {"state": "sent"}, "upsert", {}, "local_only"),
    ("drafts", {"text": "x"}, "upsert", {}, "local_only"),
    ("sync_state", {"value": "0"}, "upsert", {}, "local_only"),
    ("notes", {"favourite_colour": "blue"}, "upsert", {}, "unknown_field"),
    ("notes", {"text": 5}, "upsert", {}, "wrong_type"),
    ("notes", {"text": True}, "upsert", {}, "wrong_type"),
    ("budget_lines", {"unit_price": 45}, "upsert", {}, "wrong_type"),
    ("team_members", {"active": "yes"}, "upsert", {}, "wrong_type"),
    ("budget_lines", {"position": True}, "upsert", {}, "wrong_type"),
    ("notes", {"text": "ok\x00hidden"}, "upsert", {}, "nul_byte"),
    ("notes", {"text": "ok"}, "upsert", {"author": "user\x00root"}, "nul_byte"),
    ("notes", {"text": "ok"}, "upsert", {"author_role": "key\x00worker"}, "nul_byte"),
    ("notes", {"author": "x" * 33}, "upsert", {}, "too_long"),
    ("budget_lines", {"provider": "P" * 301}, "upsert", {}, "too_long"),
    ("goal_progress", {"score": 3}, "append", {}, "out_of_range"),
    ("feedback", {"felt_heard": 9}, "append", {"client_id": None}, "own_channel"),
    ("access_log", {"record_ids": "not a list"}, "append", {}, "invalid_value"),
    ("decisions", {"granted_sum": "1.00"}, "upsert", {}, "append_only"),
    ("spending_entries", {}, "delete", {}, "append_only"),
    ("notes", {"text": "x"}, "append", {}, "wrong_kind"),
    ("notes", {"id": "another-record"}, "upsert", {}, "id_mismatch"),
    ("notes", {"client_id": "another-client"}, "upsert", {}, "id_mismatch"),
]


@pytest.mark.parametrize(
    ("entity", "fields", "kind", "changes", "code"),
    BAD_OPS,
    ids=[f"{e}-{c}-{i}" for i, (e, _, _, _, c) in enumerate(BAD_OPS)],
)
def test_a_bad_op_is_refused_alone_and_never_reaches_another_laptop(
    world: World, entity: str, fields: dict[str, Any], kind: str, changes: dict[str, Any], code: str
) -> None:
    cw = uid("cw")
    writer, reader = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    before = writer.edit(client_id, "notes", uid("note"), {"text": "ennen"})
    bad = writer.edit(client_id, entity, uid("rec"), fields, kind=kind)
    writer.outbox[-1] = bad = bad.model_copy(update=changes)
    after = writer.edit(client_id, "notes", uid("note"), {"text": "jälkeen"})
    with writer.client() as sync:
        results = {r.op_id: r for r in writer.push(sync)}
    assert results[before.op_id].status == "stored"
    assert results[after.op_id].status == "stored"
    refused = results[bad.op_id]
    assert (refused.status, _code(refused.reason)) == ("rejected", code), refused.reason
    assert not _stored(world, bad.op_id)
    with reader.client() as sync:
        reader.pull(sync)
    assert (entity, bad.entity_id) not in reader.records
    assert ("notes", after.entity_id) in reader.records


def test_the_refusal_names_the_field(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "budget_lines", uid("line"), {"note": "ok", "unit_price": "abc"})
    with laptop.client() as sync:
        (result,) = laptop.push(sync)
    assert result.reason == "invalid_value:unit_price"


# --- a laptop holding the client keeps syncing ------------------------------------------


def _cursor(laptop: LaptopDb) -> int:
    with laptop.session() as s:
        row = s.get(SyncState, "cursor")
        return int(row.value) if row else 0


@pytest.mark.parametrize(
    ("name", "value"), [("unit_price", "abc"), ("starts_on", "2026-13-01")], ids=["money", "date"]
)
def test_a_laptop_holding_the_client_keeps_syncing(
    world: World, laptops: Any, name: str, value: str
) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    attacker = world.laptop(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    b.sync()
    with attacker.client() as sync:
        attacker.pull(sync)  # knows the line's versions: its edit would be applied
        bad = attacker.edit(client_id, "budget_lines", line_id, {name: value})
        (result,) = attacker.push(sync)
    assert (result.status, result.reason) == ("rejected", f"invalid_value:{name}")
    a.edit("budget_lines", line_id, client_id, {"quantity": Decimal("3")})
    a.sync()
    report = b.sync()
    line = b.row("budget_lines", line_id)
    assert line is not None
    assert line["quantity"] == Decimal("3") and line["unit_price"] == Decimal("45.00")
    assert line["starts_on"] is None
    assert report.clean
    assert not _stored(world, bad.op_id)


# --- ops an older server stored without checking ----------------------------------------


def _store_as_an_older_server(world: World, op: p.Op) -> int:
    """What a server without the schema check did: store the op, make its fields current."""
    fs = db.field_state
    applied: dict[str, int] = {}
    with db.write_tx(world.engine) as conn:
        seq = add_feed(conn, "op", op.client_id, op.op_id)
        for name, value in op.fields.items():
            where = (fs.c.entity == op.entity, fs.c.entity_id == op.entity_id, fs.c.field == name)
            row = conn.execute(select(fs.c.version).where(*where)).first()
            values = {
                "value": db.canonical(value),
                "version": (row.version if row else 0) + 1,
                "op_id": op.op_id,
                "client_id": op.client_id,
                "device_id": op.device_id,
                "chain_base": row.version if row else 0,
            }
            if row is None:
                conn.execute(
                    insert(fs).values(
                        entity=op.entity, entity_id=op.entity_id, field=name, **values
                    )
                )
            else:
                conn.execute(update(fs).where(*where).values(**values))
            applied[name] = values["version"]
        body = db.canonical(op.model_dump(mode="json"))
        conn.execute(
            insert(db.ops).values(
                op_id=op.op_id,
                seq=seq,
                device_id=op.device_id,
                client_id=op.client_id,
                entity=op.entity,
                entity_id=op.entity_id,
                body=body,
                digest=hashlib.sha256(body.encode()).hexdigest(),
                applied=db.canonical(applied),
                received_at=now_utc(),
            )
        )
    return seq


def _old_bad_op(laptop: Laptop, client_id: str, line_id: str) -> p.Op:
    laptop.versions.update({("budget_lines", line_id, "unit_price"): 1})
    op = laptop.edit(client_id, "budget_lines", line_id, {"unit_price": "abc"})
    laptop.outbox.remove(op)
    return op


def test_a_fresh_laptop_finishes_its_first_sync_past_a_stored_bad_op(
    world: World, laptops: Any
) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    bad = _old_bad_op(world.laptop(cw), client_id, line_id)
    bad_seq = _store_as_an_older_server(world, bad)
    a.edit("budget_lines", line_id, client_id, {"quantity": Decimal("4")})
    a.sync()

    fresh = laptops(cw)
    fresh.sync()
    line = fresh.row("budget_lines", line_id)
    assert line is not None and line["quantity"] == Decimal("4")
    assert line["unit_price"] == Decimal("45.00")
    assert _cursor(fresh) > bad_seq
    (failed,) = app_sync.status(fresh.vault).not_applied
    assert (failed.op_id, failed.entity, failed.reason) == (
        bad.op_id,
        "budget_lines",
        "invalid_value:unit_price",
    )
    assert not app_sync.status(fresh.vault).synced

    a.sync()  # the laptop that held the client before: the same, and it keeps syncing
    assert _cursor(a) > bad_seq
    assert [f.op_id for f in app_sync.status(a.vault).not_applied] == [bad.op_id]
    a.edit("budget_lines", line_id, client_id, {"quantity": Decimal("5")})
    a.sync()
    fresh.sync()
    assert fresh.row("budget_lines", line_id)["quantity"] == Decimal("5")  # type: ignore[index]


def test_a_client_arriving_whole_skips_only_the_bad_record(world: World, laptops: Any) -> None:
    owner, member, team = uid("cw"), uid("cw"), uid("team")
    a = laptops(owner)
    client_id, budget_id, line_id = _new_client(a)
    a.sync()
    _store_as_an_older_server(world, _old_bad_op(world.laptop(owner), client_id, line_id))
    admin.assign_team(world.engine, member, team)
    b = laptops(member)
    b.sync()
    assert b.row("clients", client_id) is None
    admin.consent_team(world.engine, client_id, team)  # the client comes to b as a snapshot
    b.sync()
    assert b.row("clients", client_id) is not None
    assert b.row("budgets", budget_id) is not None
    assert b.row("budget_lines", line_id) is None
    (failed,) = app_sync.status(b.vault).not_applied
    assert (failed.entity, failed.reason) == ("budget_lines", "invalid_value:unit_price")


def test_an_op_from_a_newer_app_waits_and_the_pull_goes_on(world: World, laptops: Any) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    newer = world.laptop(cw)
    newer.versions.update({("budget_lines", line_id, "quantity"): 1})
    op = newer.edit(client_id, "budget_lines", line_id, {"quantity": "7", "colour": "blue"})
    _store_as_an_older_server(world, op)
    b = laptops(cw)
    b.sync()  # the whole op waits (applied once this app knows the field); the rest comes
    assert b.row("budget_lines", line_id)["quantity"] == Decimal("2")  # type: ignore[index]
    assert [(f.op_id, f.reason) for f in app_sync.status(b.vault).not_applied] == [
        (op.op_id, "unknown_field:colour")
    ]


def test_a_stored_op_for_a_laptop_only_table_is_never_applied(world: World, laptops: Any) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, _, _ = _new_client(a)
    a.sync()
    attacker = world.laptop(cw)
    op = attacker.edit(client_id, "vault_meta", "device:ca_pem", {"value": "not the CA"})
    _store_as_an_older_server(world, op)
    a.sync()
    with a.session() as s:
        from hbdesk.models.meta import VaultMeta

        assert s.get(VaultMeta, "device:ca_pem") is None
    assert [f.reason for f in app_sync.status(a.vault).not_applied] == ["local_only"]


def test_the_status_says_so_in_words_and_a_failed_sync_is_recorded(
    world: World, laptops: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hbdesk.sync.engine import SyncEngine
    from hbdesk.ui.sync_controller import view_of

    cw = uid("cw")
    a = laptops(cw)
    client_id, _, line_id = _new_client(a)
    a.sync()
    _store_as_an_older_server(world, _old_bad_op(world.laptop(cw), client_id, line_id))
    a.sync()
    view = view_of(app_sync.status(a.vault))
    assert not view.synced
    assert view.headline == "Some changes from the server could not be taken in"
    assert any("a value is not valid (unit_price)" in line for line in view.failed), view.failed

    def broken(self: SyncEngine, report: Any) -> None:
        raise RuntimeError("a fault nobody foresaw")

    monkeypatch.setattr(SyncEngine, "pull", broken)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(a.vault.vault.folder.parent))
    from tests.sync.report.laptop import enrol

    enrol(a.vault, world.engine, world.server.home, a.vault.vault.folder.parent, cw)
    with pytest.raises(RuntimeError):
        app_sync.run(a.vault, world.server.url, timeout=15)
    status = app_sync.status(a.vault)
    assert status.last_error == "unexpected"
    assert "unexpected problem" in view_of(status).error


def test_a_record_pulled_before_the_one_it_refers_to_applies_once_that_comes(
    laptops: Any,
) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, budget_id, line_id = _new_client(a)
    for n in range(45):
        a.edit(
            "notes", uid("note"), client_id, {"client_id": client_id, "author": "w", "text": f"{n}"}
        )
    with a.session() as s:  # the budget is sent last: its line arrives pages before it
        budget_op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == budget_id)).one()
        budget_op.local_seq = 10_000
    a.sync()
    b = laptops(cw)
    report = b.sync()  # pages of 40: the line in the first, its budget in the second
    line = b.row("budget_lines", line_id)
    assert line is not None and line["budget_id"] == budget_id
    assert report.reapplied == 1 and not app_sync.status(b.vault).not_applied
