"""A day's push costs what the day holds, not what the server holds (issue 15).

Who may write to each client of a batch is read for the whole batch at once: a day spread
over thirty clients asks the database as many questions as the same day over three (it
asked three per client). Each client is still judged as if it were alone in the batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select

from hbdesk.protocol import messages as p
from hbdesk.server import admin, db, store
from hbdesk.server.app import UP_ONLY_ENTITIES
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import uid


def _push(world: World, laptop: Laptop, ops: list[p.Op]) -> list[p.OpResult]:
    caller = store.Caller(laptop.device_id, laptop.caseworker_id)
    results = store.push(world.engine, caller, ops, UP_ONLY_ENTITIES)
    laptop.take_results(ops, results)
    return results


def _clients_of(world: World, laptop: Laptop, count: int) -> list[str]:
    """`count` clients made on this laptop and stored."""
    ids = [uid("client") for _ in range(count)]
    ops = [laptop.edit(c, "clients", c, {"first_name": "Testi"}) for c in ids]
    assert {r.status for r in _push(world, laptop, ops)} == {"stored"}
    return ids


@contextmanager
def _statements(world: World) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2])[:60])

    event.listen(world.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(world.engine, "before_cursor_execute", count)


def test_a_day_over_thirty_clients_asks_no_more_than_the_same_day_over_three(
    world: World,
) -> None:
    cw, mate, team = uid("cw"), uid("cw"), uid("team")
    admin.assign_team(world.engine, cw, team)
    admin.assign_team(world.engine, mate, team)
    mine, theirs = world.laptop(cw), world.laptop(mate)
    own = _clients_of(world, mine, 30)
    shared = _clients_of(world, theirs, 1)[0]  # a teammate's client who consented to the team
    admin.consent_team(world.engine, shared, team)

    def day(clients: list[str]) -> tuple[list[str], list[str]]:
        ops = [
            mine.edit(c, "notes", uid("note"), {"text": f"Soitto {n}."})
            for n, c in enumerate([*(clients * 30)[:29], shared])
        ]
        with _statements(world) as seen:
            results = _push(world, mine, ops)
        return [r.status for r in results], seen

    few_statuses, few = day(own[:3])
    many_statuses, many = day(own)
    assert few_statuses == many_statuses == ["stored"] * 30
    assert len(many) == len(few), Counter(many) - Counter(few)


def test_each_client_of_a_batch_is_judged_as_if_alone(world: World) -> None:
    cw, other, mate, team = uid("cw"), uid("cw"), uid("cw"), uid("team")
    admin.assign_team(world.engine, cw, team)
    admin.assign_team(world.engine, mate, team)
    mine, stranger, teammate = world.laptop(cw), world.laptop(other), world.laptop(mate)
    own, own_closed = _clients_of(world, mine, 2)
    foreign, foreign_closed = _clients_of(world, stranger, 2)
    consented, not_consented = _clients_of(world, teammate, 2)
    admin.consent_team(world.engine, consented, team)
    admin.close_client(world.engine, own_closed)
    admin.close_client(world.engine, foreign_closed)
    new = uid("client")
    expected = {
        own: ("stored", None),
        own_closed: ("stored", None),  # a closed client's last changes, from its own worker
        foreign: ("rejected", p.REJECT_OUT_OF_SCOPE),
        foreign_closed: ("rejected", p.REJECT_CLIENT_CLOSED),
        consented: ("stored", None),
        not_consented: ("rejected", p.REJECT_OUT_OF_SCOPE),
        new: ("stored", None),  # made on this laptop: it becomes this caseworker's
    }
    ops = [mine.edit(c, "notes", uid("note"), {"text": "Käynti."}) for c in expected for _ in "ab"]
    results = _push(world, mine, ops)
    judged = {op.client_id: (r.status, r.reason) for op, r in zip(ops, results, strict=True)}
    assert judged == expected
    with world.engine.connect() as conn:
        owner = conn.execute(
            select(db.clients.c.caseworker_id).where(db.clients.c.client_id == new)
        ).scalar_one()
    assert owner == cw
