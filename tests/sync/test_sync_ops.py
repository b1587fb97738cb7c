"""Push and pull: idempotency, rejection, cursor, paging, merge and conflicts, scope."""

from __future__ import annotations

import threading

from sqlalchemy import select

from hbdesk.protocol import messages as p
from hbdesk.server import admin, db, stored
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import uid


def _server_record(world: World, entity: str, entity_id: str) -> dict[str, object]:
    with world.engine.connect() as conn:
        found = stored.records(conn, entities=[entity])
    record = found.get((entity, entity_id))
    return dict(record.values) if record is not None else {}


def _stored_count(world: World, op_id: str) -> int:
    with world.engine.connect() as conn:
        return len(conn.execute(select(db.ops.c.seq).where(db.ops.c.op_id == op_id)).all())


def test_same_batch_twice_is_stored_once(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    ops = [
        laptop.edit(client_id, "budget_lines", uid("line"), {"quantity": str(i)}) for i in range(5)
    ]
    with laptop.client() as sync:
        first = sync.push(ops)
        second = sync.push(ops)
    assert [r.status for r in first.results] == ["stored"] * 5
    assert [r.status for r in second.results] == ["duplicate"] * 5
    assert [r.server_seq for r in first.results] == [r.server_seq for r in second.results]
    assert [r.versions for r in first.results] == [r.versions for r in second.results]
    assert all(_stored_count(world, op.op_id) == 1 for op in ops)


def test_reused_op_id_with_other_content_is_rejected(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    op = laptop.edit(client_id, "notes", uid("note"), {"text": "first"})
    forged = op.model_copy(update={"fields": {"text": "second"}})
    with laptop.client() as sync:
        assert sync.push([op]).results[0].status == "stored"
        again = sync.push([forged]).results[0]
    assert (again.status, again.reason) == ("rejected", p.REJECT_OP_ID_REUSED)
    assert _server_record(world, op.entity, op.entity_id) == {"text": "first"}


def test_one_rejected_op_leaves_the_others_stored(world: World) -> None:
    cw_a, cw_b = uid("cw"), uid("cw")
    a, b = world.laptop(cw_a), world.laptop(cw_b)
    foreign = uid("client")
    b.edit(foreign, "clients", foreign, {"first_name": "Bertta"})
    with b.client() as sync:
        b.sync(sync)
    mine = uid("client")
    a.edit(mine, "clients", mine, {"first_name": "Aino"})
    bad = a.edit(foreign, "notes", uid("note"), {"text": "not mine"})  # B's client
    a.edit(mine, "notes", uid("note"), {"text": "after the bad one"})
    with a.client() as sync:
        results = a.push(sync)
    assert [r.status for r in results] == ["stored", "rejected", "stored"]
    assert results[1].op_id == bad.op_id and results[1].reason == p.REJECT_OUT_OF_SCOPE
    assert results[1].server_seq is None
    assert a.failed == {bad.op_id: p.REJECT_OUT_OF_SCOPE}
    assert _stored_count(world, bad.op_id) == 0
    # B never sees it; and its seq was never handed out, so no cursor can pass it.
    with b.client() as sync:
        b.pull(sync)
    assert bad.op_id not in {sop.op.op_id for sop in _all_ops(b)}


def _all_ops(laptop: Laptop) -> list[p.ServerOp]:
    with laptop.client() as sync:
        page = sync.pull(0, p.MAX_PULL_LIMIT)
    return list(page.ops)


def test_a_record_of_another_client_cannot_be_taken_over(world: World) -> None:
    cw = uid("cw")
    a = world.laptop(cw)
    one, two = uid("client"), uid("client")
    line = uid("line")
    a.edit(one, "budget_lines", line, {"quantity": "1"})
    with a.client() as sync:
        a.sync(sync)
    a.edit(two, "budget_lines", line, {"quantity": "9"})  # same record id, other client
    a.edit(two, "clients", one, {"first_name": "Kaappaaja"})  # a client's record elsewhere
    with a.client() as sync:
        results = a.push(sync)
    assert [(r.status, r.reason) for r in results] == [("rejected", p.REJECT_OUT_OF_SCOPE)] * 2


def test_pull_pages_through_everything_in_order(world: World) -> None:
    cw = uid("cw")
    writer, reader = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    for i in range(57):
        writer.edit(
            client_id, "spending_entries", uid("entry"), {"amount": f"{i}.00"}, kind="append"
        )
    with writer.client() as sync:
        writer.push(sync, batch=20)
    with reader.client() as sync:
        pages = reader.pull(sync, limit=10)
    assert pages >= 6
    assert reader.applied_seqs == sorted(reader.applied_seqs)
    assert set(reader.applied_seqs) == set(writer.sent.values())
    assert reader.client_records(client_id) == writer.client_records(client_id)


def test_cursor_never_passes_an_op_still_being_stored(world: World) -> None:
    """Many laptops push at once while another pulls: every stored op reaches the reader."""
    cw = uid("cw")
    client_id = uid("client")
    writers = [world.laptop(cw) for _ in range(4)]
    reader = world.laptop(cw)
    errors: list[BaseException] = []

    def write(laptop: Laptop) -> None:
        try:
            with laptop.client() as sync:
                for _ in range(6):
                    for _ in range(5):
                        laptop.edit(
                            client_id,
                            "spending_entries",
                            uid("e"),
                            {"amount": "1.00"},
                            kind="append",
                        )
                    laptop.push(sync)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    for t in threads:
        t.start()
    with reader.client() as sync:
        while any(t.is_alive() for t in threads):
            reader.pull(sync, limit=7)
        for t in threads:
            t.join()
        reader.pull(sync)
    assert not errors
    stored = {seq for w in writers for seq in w.sent.values()}
    assert len(stored) == 4 * 30
    assert stored <= set(reader.applied_seqs)
    assert len(reader.applied_seqs) == len(set(reader.applied_seqs))


def test_different_fields_merge_and_the_same_field_conflicts(world: World) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    line = uid("line")
    a.edit(
        client_id, "budget_lines", line, {"quantity": "2", "unit_price": "45.00", "note": "alku"}
    )
    with a.client() as sync:
        a.sync(sync)
    with b.client() as sync:
        b.sync(sync)
    # Both offline: different fields, and the same money field.
    a.edit(client_id, "budget_lines", line, {"quantity": "3", "unit_price": "50.00"})
    b.edit(client_id, "budget_lines", line, {"note": "muutettu", "unit_price": "47.50"})
    with a.client() as sync:
        a.sync(sync)
    with b.client() as sync:
        results = b.push(sync)
        b.pull(sync)
    with a.client() as sync:
        a.pull(sync)
    assert len(results[0].conflicts) == 1
    server = _server_record(world, "budget_lines", line)
    # Merged: A's quantity and B's note. The price is A's (first stored), never B's by
    # last-write-wins, and B's price is kept in the conflict.
    assert server == {"quantity": "3", "unit_price": "50.00", "note": "muutettu"}
    for laptop in (a, b):
        assert laptop.records[("budget_lines", line)]["quantity"] == "3"
        assert laptop.records[("budget_lines", line)]["note"] == "muutettu"
        (conflict,) = laptop.conflicts.values()
        assert (conflict.field, conflict.state) == ("unit_price", "open")
        assert (conflict.current_value, conflict.proposed_value) == ("50.00", "47.50")
        assert conflict.current_author == f"user-{cw}" and conflict.proposed_op_id
    # Both laptops hold the same record; B's price lives on in the open conflict.
    assert a.records == b.records


def test_a_person_resolves_a_conflict_with_a_new_op(world: World) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id, line = uid("client"), uid("line")
    a.edit(client_id, "budget_lines", line, {"quantity": "1"})
    with a.client() as sync:
        a.sync(sync)
    with b.client() as sync:
        b.sync(sync)
    a.edit(client_id, "budget_lines", line, {"quantity": "2"})
    b.edit(client_id, "budget_lines", line, {"quantity": "5"})
    for laptop in (a, b, a):
        with laptop.client() as sync:
            laptop.sync(sync)
    (conflict_id,) = a.conflicts
    a.edit(client_id, "budget_lines", line, {"quantity": "5"}, resolves=conflict_id)
    for laptop in (a, b):
        with laptop.client() as sync:
            laptop.sync(sync)
    assert _server_record(world, "budget_lines", line) == {"quantity": "5"}
    for laptop in (a, b):
        assert laptop.conflicts[conflict_id].state == "resolved"
        assert laptop.records[("budget_lines", line)]["quantity"] == "5"


def test_append_only_records_never_conflict(world: World) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    for laptop in (a, b):
        for _ in range(3):
            laptop.edit(
                client_id, "spending_entries", uid("entry"), {"amount": "10.00"}, kind="append"
            )
    for laptop in (a, b, a):
        with laptop.client() as sync:
            laptop.sync(sync)
    assert not a.conflicts and not b.conflicts
    assert a.client_records(client_id) == b.client_records(client_id)
    assert len(a.client_records(client_id)) == 6


def test_access_log_flows_up_only(world: World) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    a.edit(client_id, "clients", client_id, {"first_name": "Onni"})
    log_row = a.edit(client_id, "access_log", uid("log"), {"action": "view"}, kind="append")
    with a.client() as sync:
        a.sync(sync)
    assert log_row.op_id in a.sent and _stored_count(world, log_row.op_id) == 1
    with b.client() as sync:
        b.sync(sync)
    assert ("clients", client_id) in b.records
    assert not [k for k in b.records if k[0] == "access_log"]


def test_caseworker_never_receives_another_teams_client(world: World) -> None:
    cw_a, cw_b, cw_b2 = uid("cw"), uid("cw"), uid("cw")
    team_b = uid("team")
    admin.assign_team(world.engine, cw_b, team_b)
    admin.assign_team(world.engine, cw_b2, team_b)
    a, b, b2 = world.laptop(cw_a), world.laptop(cw_b), world.laptop(cw_b2)
    client_b = uid("client")
    b.edit(client_b, "clients", client_b, {"first_name": "Bertta", "address": "B-ONLY"})
    with b.client() as sync:
        b.sync(sync)
    with a.client() as sync:
        a.sync(sync)
        raw = sync.pull(0, p.MAX_PULL_LIMIT)
    assert not a.client_records(client_b)
    assert client_b not in raw.model_dump_json()
    # Without consent, B's teammate does not get it either...
    with b2.client() as sync:
        b2.sync(sync)
    assert not b2.client_records(client_b)
    # ... with the client's consent to team B they do, the whole record at once.
    admin.consent_team(world.engine, client_b, team_b)
    with b2.client() as sync:
        b2.sync(sync)
    assert b2.client_records(client_b) == b.client_records(client_b)
    with a.client() as sync:
        a.sync(sync)
    assert not a.client_records(client_b)
    # And pushing into B's client from A's laptop is refused.
    a.edit(client_b, "notes", uid("note"), {"text": "x"})
    with a.client() as sync:
        assert a.push(sync)[0].reason == p.REJECT_OUT_OF_SCOPE


def test_consent_withdrawn_and_closed_client_leave_the_laptop(world: World) -> None:
    owner, mate = uid("cw"), uid("cw")
    team = uid("team")
    admin.assign_team(world.engine, mate, team)
    a, m = world.laptop(owner), world.laptop(mate)
    client_id = uid("client")
    a.edit(client_id, "clients", client_id, {"first_name": "Cecilia"})
    with a.client() as sync:
        a.sync(sync)
    admin.consent_team(world.engine, client_id, team)
    with m.client() as sync:
        m.sync(sync)
    assert m.client_records(client_id)
    admin.consent_team(world.engine, client_id, team, withdraw=True)
    with m.client() as sync:
        m.sync(sync)
    assert not m.client_records(client_id) and client_id in m.removed
    # Closing: the owner's last change, made offline, is still taken; then it leaves.
    last = a.edit(client_id, "notes", uid("note"), {"text": "loppuyhteenveto"})
    admin.close_client(world.engine, client_id)
    with a.client() as sync:
        a.pull(sync)  # told to remove, but an unsent change holds it on the laptop
        assert a.client_records(client_id)
        a.push(sync)  # stored: now the client leaves the laptop
    assert last.op_id in a.sent
    assert not a.client_records(client_id) and client_id in a.removed


def test_reference_data_flows_down_versioned(world: World, tmp_path) -> None:
    laptop = world.laptop(uid("cw"))
    kind = "catalogue_" + uid("t").replace("-", "_")
    v1 = admin.load_reference(world.engine, kind, {"items": [{"code": "A1", "price": "12.00"}]})
    v1_again = admin.load_reference(
        world.engine, kind, {"items": [{"code": "A1", "price": "12.00"}]}
    )
    v2 = admin.load_reference(world.engine, kind, {"items": [{"code": "A1", "price": "13.50"}]})
    assert (v1, v1_again, v2) == (1, 1, 2)
    with laptop.client() as sync:
        laptop.pull(sync)
    assert laptop.reference[kind].version == 2
    assert laptop.reference[kind].content["items"][0]["price"] == "13.50"
    # A laptop cannot write reference data.
    laptop.edit(None, "catalogue_items", uid("item"), {"price": "0.01"})
    with laptop.client() as sync:
        assert laptop.push(sync)[0].reason == p.REJECT_REFERENCE_READ_ONLY


def test_op_for_another_device_id_is_rejected(world: World) -> None:
    laptop, other = world.laptop(uid("cw")), world.laptop(uid("cw"))
    client_id = uid("client")
    op = other.edit(client_id, "clients", client_id, {"first_name": "X"})
    with laptop.client() as sync:
        result = sync.push([op]).results[0]
    assert (result.status, result.reason) == ("rejected", p.REJECT_DEVICE_MISMATCH)
    assert _stored_count(world, op.op_id) == 0
