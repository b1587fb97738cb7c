"""Changes the server makes for the client (Oma HB) or the county's money systems travel
like a laptop's: checked by the registry, stored once, pulled by the laptops holding the
client, with their source as the author; never for an unknown or closed client, never with a
laptop's identity.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

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
