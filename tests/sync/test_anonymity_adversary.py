"""The adversary of tests/sync/anonymity.py reads the time a record's UUIDv7 id holds.

Record ids are UUIDv7 (hbdesk/models/ids.py): the first 48 bits are when the record was
made. A feedback whose id held that time (a laptop that made it with `new_id`, not
`random_id`) would sit, by time and by id order, beside the records of the visit it was
given at. The adversary must see that, or the anonymity test proves nothing about it: a
synthetic vault, one feedback per client, each made in the same millisecond as its client.
"""

from __future__ import annotations

import datetime as dt
import uuid

from hbdesk.models.ids import uuid7
from tests.sync.anonymity import Clues, Rows, World, score

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _v7(at: dt.datetime, rand: int) -> str:
    return uuid7(int(at.timestamp() * 1000), rand * 0x9E3779B97F4A7C15)


def _world(feedback_id: str | None) -> tuple[World, dict[str, str]]:
    clients, feedback, truth = [], [], {}
    for n in range(5):
        at = T0 + dt.timedelta(hours=n)  # client n's visit, and the feedback given at it
        client_id = str(uuid.uuid4())
        clients.append({"id": client_id, "client_id": client_id, "created_at": at.isoformat()})
        text = f"Palaute numero {n} kiitos"
        fid = feedback_id or _v7(at, 1000 + n)
        feedback.append({"id": fid, "period": "2026-03", "unit": "Tiimi", "text": text})
        truth[text] = client_id
    feedback.sort(key=lambda r: r["id"])  # WITHOUT ROWID: rows in id order, no rowid
    world = World(
        [Rows("laptop", "clients", clients), Rows("laptop", "feedback", feedback)],
        {},
        [c["client_id"] for c in clients],
    )
    return world, truth


def test_the_adversary_reads_the_time_in_a_uuid7_feedback_id() -> None:
    world, truth = _world(None)
    linked, chance, found = score(world, truth, set(truth.values()))
    assert linked > chance + 1, (linked, chance, found)


def test_a_random_feedback_id_tells_the_adversary_nothing() -> None:
    world, truth = _world(None)
    for rows in world.tables:
        for r in rows.rows:
            if "text" in r:
                r["id"] = str(uuid.uuid4())
    linked, chance, found = score(world, truth, set(truth.values()))
    assert linked <= chance + 1e-9, found


def test_the_adversary_says_which_client_a_clue_points_at() -> None:
    """Its report names the client by 8 characters: clients made in one minute (all of a
    test's) share their first 8, the time; the last 8 are random."""
    clues = Clues()
    first, second = _v7(T0, 1), _v7(T0 + dt.timedelta(seconds=3), 2)
    clues.client(first, "laptop.feedback time")
    clues.client(second, "laptop.feedback time")
    assert len(set(clues.found)) == 2, clues.found
