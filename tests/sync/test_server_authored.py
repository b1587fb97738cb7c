"""Changes the server makes for the client (Oma HB) or the county's money systems travel
like a laptop's: checked by the registry, stored once, pulled by the laptops holding the
client, with their source as the author; never for an unknown or closed client, never with a
laptop's identity.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, select

from hbdesk.protocol import messages as p
from hbdesk.server import admin, authored, db
from tests.sync.conftest import World
from tests.sync.servers import uid

OMA = authored.Source("server:oma-hb", author="client", author_role="client")


def _client_with_a_note(world: World) -> tuple[str, str, object, object]:
    cw = uid("cw")
    writer, reader = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    note_id = uid("note")
    writer.edit(client_id, "notes", note_id, {"text": "alku", "author": "worker"})
    with writer.client() as sync:
        writer.push(sync)
    return client_id, note_id, writer, reader


def test_a_source_change_reaches_every_laptop_with_its_author(world: World) -> None:
    client_id, note_id, _writer, reader = _client_with_a_note(world)
    goal = uid("goal")
    results = authored.write(
        world.engine,
        OMA,
        [
            authored.Change(client_id, "notes", note_id, {"text": "asiakkaan sanoin"}, "upsert"),
            authored.Change(
                client_id,
                "goal_progress",
                goal,
                {"score": 1, "client_id": client_id},
                "append",
                key=uid("form-token"),
            ),
        ],
    )
    assert [r.status for r in results] == ["stored", "stored"], results
    with reader.client() as sync:
        reader.pull(sync)
    assert reader.records[("notes", note_id)]["text"] == "asiakkaan sanoin"
    assert reader.records[("goal_progress", goal)]["score"] == 1
    with world.engine.connect() as conn:
        body = conn.execute(select(db.ops.c.body).where(db.ops.c.op_id == results[1].op_id)).one()
    op = p.Op.model_validate_json(body.body)
    assert (op.device_id, op.author, op.author_role) == ("server:oma-hb", "client", "client")


def test_the_same_keyed_change_twice_is_stored_once(world: World) -> None:
    client_id, _, _, _ = _client_with_a_note(world)
    change = authored.Change(
        client_id, "goal_progress", uid("goal"), {"score": 2, "client_id": client_id}, key=uid("k")
    )
    first = authored.write(world.engine, OMA, [change])[0]
    again = authored.write(world.engine, OMA, [change])[0]
    assert (first.status, again.status) == ("stored", "duplicate")
    assert first.server_seq == again.server_seq
    for result in (first, again):  # answers made without validation: as if validated
        checked = p.OpResult(**result.model_dump(exclude={"conflicts"}))
        assert checked.model_dump() == result.model_dump()
        assert checked.model_fields_set == result.model_fields_set


def test_a_source_is_refused_a_bad_value_an_unknown_or_a_closed_client(world: World) -> None:
    client_id, note_id, _, _ = _client_with_a_note(world)
    bad = authored.write(
        world.engine, OMA, [authored.Change(client_id, "notes", note_id, {"text": 5}, "upsert")]
    )[0]
    assert (bad.status, (bad.reason or "").partition(":")[0]) == ("rejected", "wrong_type")
    stranger = authored.write(
        world.engine,
        OMA,
        [authored.Change(uid("nobody"), "notes", uid("note"), {"text": "x"}, "upsert")],
    )[0]
    assert (stranger.status, stranger.reason) == ("rejected", p.REJECT_OUT_OF_SCOPE)
    admin.close_client(world.engine, client_id)
    closed = authored.write(
        world.engine, OMA, [authored.Change(client_id, "notes", note_id, {"text": "y"}, "upsert")]
    )[0]
    assert (closed.status, closed.reason) == ("rejected", p.REJECT_CLIENT_CLOSED)


def test_no_source_identity_for_a_laptop_and_no_laptop_identity_for_a_source() -> None:
    with pytest.raises(ValueError):
        authored.Source("dev-laptop-1", author="client", author_role="client")


def test_a_laptop_cannot_be_enrolled_as_a_server_source(world: World) -> None:
    from hbdesk.protocol import pki

    csr = pki.make_device_csr("server:oma-hb")[1]
    with pytest.raises(admin.AdminError):
        admin.enrol_device(world.engine, world.ca, csr, uid("cw"))


def test_a_key_used_again_for_another_change_is_refused(world: World) -> None:
    client_id, _, _, _ = _client_with_a_note(world)
    fields = {"score": 2, "client_id": client_id}
    goal, key = uid("goal"), uid("k")
    authored.write(
        world.engine, OMA, [authored.Change(client_id, "goal_progress", goal, fields, key=key)]
    )
    other = {"score": -2, "client_id": client_id}
    again = authored.write(
        world.engine, OMA, [authored.Change(client_id, "goal_progress", goal, other, key=key)]
    )[0]
    assert (again.status, again.reason) == ("rejected", p.REJECT_OP_ID_REUSED)


# --- many new records at once (a money import books thousands) ----------------------------

MONEY = authored.Source("server:money", author="e-lasku: Testi Oy", author_role="source_system")


def _progress(client_id: str, score: int) -> dict[str, object]:
    return {"score": score, "client_id": client_id, "goal_lineage_id": "g-1", "note": "n"}


def _stored(world: World, entity_id: str) -> tuple[object, ...]:
    """What the server keeps of a record, without what differs by nature (ids, order, time)."""
    fs, ap, ops, feed = db.field_state, db.appended, db.ops, db.feed
    with world.engine.connect() as conn:
        fields = conn.execute(
            select(fs.c.field, fs.c.value, fs.c.version, fs.c.chain_base, fs.c.device_id)
            .where(fs.c.entity_id == entity_id)
            .order_by(fs.c.field)
        ).all()
        appended = conn.execute(
            select(ap.c.entity, ap.c.client_id, ap.c.fields, ap.c.device_id).where(
                ap.c.entity_id == entity_id
            )
        ).one_or_none()
        op = conn.execute(
            select(ops.c.applied, ops.c.seq).where(ops.c.entity_id == entity_id)
        ).one()
        down = conn.execute(select(feed.c.kind, feed.c.down).where(feed.c.seq == op.seq)).one()
        report = conn.execute(
            select(db.report_records.c.fields).where(db.report_records.c.entity_id == entity_id)
        ).scalar()
    values = [
        (f.field, f.value if f.field != "id" else "-", f.version, f.chain_base, f.device_id)
        for f in fields
    ]
    kept = None if appended is None else (*appended[:2], json.loads(appended.fields), appended[3])
    return tuple(values), kept, op.applied, tuple(down), report


def test_many_new_records_are_stored_as_one_by_one(world: World) -> None:
    """A source's batch of new append-only records is judged and kept exactly as the op by
    op path keeps them: the same field versions, feed rows and report copy."""
    from hbdesk.server import store

    client_id, _, _, _ = _client_with_a_note(world)
    alone, together = uid("gp"), uid("gp")
    # The very op `write` would make, pushed the op by op way.
    with db.read_tx(world.engine) as conn:
        [op] = authored._ops(
            conn,
            MONEY,
            [authored.Change(client_id, "goal_progress", alone, _progress(client_id, 1))],
        )
    one = store.push(world.engine, store.Caller(MONEY.device_id, None), [op], frozenset())[0]
    many = authored.write(
        world.engine,
        MONEY,
        [authored.Change(client_id, "goal_progress", together, _progress(client_id, 1))]
        + [
            authored.Change(client_id, "goal_progress", uid("gp"), _progress(client_id, 2))
            for _ in range(30)
        ],
    )
    assert one.status == "stored" and {r.status for r in many} == {"stored"}
    assert _stored(world, alone) == _stored(world, together)
    assert _stored(world, alone)[1] is not None  # kept as one row: nothing compared is empty


def test_many_new_records_take_a_few_statements_not_a_few_per_record(world: World) -> None:
    """500 entries of a money import are written with a handful of statements (the op by op
    path took six per record: three thousand for a batch)."""
    from sqlalchemy import event

    client_id, _, _, _ = _client_with_a_note(world)
    changes = [
        authored.Change(
            client_id, "goal_progress", uid("gp"), _progress(client_id, 1), key=uid("invoice")
        )
        for _ in range(500)
    ]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2])[:40])

    event.listen(world.engine, "before_cursor_execute", count)
    try:
        results = authored.write(world.engine, MONEY, changes)
    finally:
        event.remove(world.engine, "before_cursor_execute", count)
    assert {r.status for r in results} == {"stored"}
    assert len(statements) <= 30, statements[:40]


def test_many_new_records_are_judged_each(world: World) -> None:
    """In one batch: a record that exists, a bad value, a closed client's record and a good
    one — each gets its own answer, the good one is stored."""
    client_id, _, _, _ = _client_with_a_note(world)
    closed, _, _, _ = _client_with_a_note(world)
    admin.close_client(world.engine, closed)
    there = uid("gp")
    authored.write(
        world.engine,
        MONEY,
        [authored.Change(client_id, "goal_progress", there, _progress(client_id, 1))],
    )
    good = uid("gp")
    results = authored.write(
        world.engine,
        MONEY,
        [
            authored.Change(client_id, "goal_progress", there, _progress(client_id, 2)),
            authored.Change(
                client_id, "goal_progress", uid("gp"), {**_progress(client_id, 1), "score": "x"}
            ),
            authored.Change(closed, "goal_progress", uid("gp"), _progress(closed, 1)),
            authored.Change(client_id, "goal_progress", good, _progress(client_id, 2)),
        ],
    )
    assert [(r.status, (r.reason or "").partition(":")[0]) for r in results] == [
        ("rejected", p.REJECT_APPEND_EXISTS),
        ("rejected", p.REJECT_WRONG_TYPE),
        ("rejected", p.REJECT_CLIENT_CLOSED),
        ("stored", ""),
    ]


def test_a_source_s_new_record_is_stored_holding_one_pooled_connection_at_a_time(
    world: World,
) -> None:
    """As many Oma HB actions at once as the pool has connections must not wait on each
    other: each held its read's connection while it asked the pool for the write's, so
    all of them waited for a second one until the pool's timeout (then a 503 each)."""
    client_id, _note_id, _writer, _reader = _client_with_a_note(world)
    held, most = 0, 0

    def checkout(*_args: object) -> None:
        nonlocal held, most
        held += 1
        most = max(most, held)

    def checkin(*_args: object) -> None:
        nonlocal held
        held -= 1

    event.listen(world.engine, "checkout", checkout)
    event.listen(world.engine, "checkin", checkin)
    try:
        results = authored.write(
            world.engine,
            OMA,
            [
                authored.Change(
                    client_id,
                    "goal_progress",
                    uid("goal"),
                    {"score": 2, "client_id": client_id},
                    "append",
                    key=uid("form-token"),
                )
            ],
        )
    finally:
        event.remove(world.engine, "checkout", checkout)
        event.remove(world.engine, "checkin", checkin)
    assert [r.status for r in results] == ["stored"]
    assert most == 1
