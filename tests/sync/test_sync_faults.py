"""Faults between laptop and server: cut connections, lost answers, a server killed."""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from hbdesk.server import db
from hbdesk.sync.client import SyncError
from tests.sync.conftest import World
from tests.sync.faultproxy import Cut, FaultProxy
from tests.sync.laptop import Laptop
from tests.sync.servers import uid


@pytest.fixture
def proxy(world: World) -> Iterator[FaultProxy]:
    fp = FaultProxy(world.server.port)
    yield fp
    fp.close()


def _op_count(world: World, client_id: str) -> int:
    with world.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(db.ops).where(db.ops.c.client_id == client_id)
            ).scalar_one()
        )


def _fill(laptop: Laptop, client_id: str, n: int) -> None:
    for i in range(n):
        laptop.edit(client_id, "notes", uid("note"), {"text": f"muistiinpano {i} " + "x" * 300})


def _assert_same_everywhere(world: World, client_id: str, *laptops: Laptop) -> None:
    server = world.server_records(client_id)
    for laptop in laptops:
        assert laptop.client_records(client_id) == server
        assert not laptop.outbox and not laptop.failed
        assert len(laptop.applied_seqs) == len(set(laptop.applied_seqs))  # nothing twice


def test_connection_cut_mid_push_then_retry(world: World, proxy: FaultProxy) -> None:
    cw = uid("cw")
    laptop = world.laptop(cw, timeout=10)
    laptop.server_url = proxy.url
    client_id = uid("client")
    _fill(laptop, client_id, 300)  # ~120 kB of request
    proxy.cut_next(Cut(upstream_after=40_000), Cut(upstream_after=90_000))
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        laptop.push(sync)
    assert err.value.code == "no_connection"
    assert len(laptop.outbox) == 300  # nothing marked sent
    laptop.sync_until_done()
    assert proxy.cuts_done >= 1  # (a fresh probe connection may take the next cut)
    assert _op_count(world, client_id) == 300
    reader = world.laptop(cw)
    reader.sync_until_done()
    _assert_same_everywhere(world, client_id, laptop, reader)


def test_connection_cut_mid_pull_then_retry(world: World, proxy: FaultProxy) -> None:
    cw = uid("cw")
    writer = world.laptop(cw)
    client_id = uid("client")
    _fill(writer, client_id, 200)
    writer.sync_until_done()
    reader = world.laptop(cw, timeout=10)
    reader.server_url = proxy.url
    proxy.cut_next(Cut(downstream_after=30_000), Cut(downstream_after=60_000))
    with reader.client() as sync, pytest.raises(SyncError):
        reader.pull(sync)
    assert reader.cursor == 0  # the cursor did not move for a page not fully received
    reader.sync_until_done()
    assert proxy.cuts_done >= 1  # (a fresh probe connection may take the next cut)
    _assert_same_everywhere(world, client_id, writer, reader)


def test_answer_lost_after_commit_retry_is_harmless(own_server: Callable[..., World]) -> None:
    world = own_server(faults="stall_after_push=1")
    cw = uid("cw")
    laptop = world.laptop(cw, timeout=1)
    client_id = uid("client")
    _fill(laptop, client_id, 20)
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        laptop.push(sync)  # stored on the server, but the answer never comes in time
    assert err.value.code == "no_connection"
    assert _op_count(world, client_id) == 20 and len(laptop.outbox) == 20
    with laptop.client() as sync:
        results = laptop.push(sync)
    assert {r.status for r in results} == {"duplicate"}
    assert _op_count(world, client_id) == 20
    laptop.sync_until_done()
    _assert_same_everywhere(world, client_id, laptop)


def test_server_killed_after_commit_and_restarted(own_server: Callable[..., World]) -> None:
    world = own_server(faults="exit_after_push=2")
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id = uid("client")
    _fill(a, client_id, 10)
    with a.client() as sync:
        a.push(sync)  # the first push is answered
    _fill(a, client_id, 10)
    with a.client() as sync, pytest.raises(SyncError):
        a.push(sync)  # the second is committed, then the server dies
    assert world.server.wait_exit() == 17
    world.server.restart()
    with a.client() as sync:
        assert {r.status for r in a.push(sync)} == {"duplicate"}
    a.sync_until_done()
    b.sync_until_done()
    assert _op_count(world, client_id) == 20
    _assert_same_everywhere(world, client_id, a, b)


def test_batch_delivered_twice_by_two_connections_at_once(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    _fill(laptop, client_id, 50)
    ops = list(laptop.outbox)
    answers: list[list[str]] = []

    def send() -> None:
        with laptop.client() as sync:
            answers.append([r.status for r in sync.push(ops).results])

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _op_count(world, client_id) == 50
    assert sorted(a.count("stored") for a in answers) == [0, 50]


def test_two_laptops_offline_then_sync_through_faults(world: World, proxy: FaultProxy) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw, timeout=10), world.laptop(cw, timeout=10)
    a.server_url = b.server_url = proxy.url
    client_id = uid("client")
    rec = uid("rec")
    a.edit(client_id, "clients", client_id, {"first_name": "Eino", "address": "Oulu"})
    a.sync_until_done()
    b.sync_until_done()
    a.edit(client_id, "clients", client_id, {"address": "Kemi", "phone": "040 000"})
    b.edit(client_id, "clients", client_id, {"address": "Raahe", "email": "x@y.invalid"})
    _fill(a, client_id, 60)
    _fill(b, client_id, 60)
    b.edit(client_id, "plans", rec, {"status": "oma"})
    proxy.cut_next(
        Cut(upstream_after=20_000), Cut(downstream_after=9_000), Cut(upstream_after=5_000)
    )
    for laptop in (a, b, a, b):
        laptop.sync_until_done()
    _assert_same_everywhere(world, client_id, a, b)
    record = a.records[("clients", client_id)]
    assert record["phone"] == "040 000" and record["email"] == "x@y.invalid"
    (conflict,) = [c for c in a.conflicts.values() if c.field == "address"]
    assert {conflict.current_value, conflict.proposed_value} == {"Kemi", "Raahe"}
    assert set(a.conflicts) == set(b.conflicts)


@pytest.mark.slow
def test_server_killed_at_random_moments(own_server: Callable[..., World]) -> None:
    world = own_server()
    cw = uid("cw")
    writers = [world.laptop(cw, timeout=5) for _ in range(3)]
    client_id = uid("client")
    rng = random.Random(6)

    # The short form (CI): 5 rounds of 10 edits per writer and at least 2 kills; the long
    # form (HBDESK_LONG=1): 60 rounds and 10 kills.
    rounds = 60 if os.environ.get("HBDESK_LONG") == "1" else 5
    wanted_kills = 10 if os.environ.get("HBDESK_LONG") == "1" else 2
    # The writers go on until the server has been killed under them often
    # enough: on a fast machine the rounds alone can finish between two kills.
    enough_kills = threading.Event()
    written = [0] * len(writers)

    def work(index: int, laptop: Laptop) -> None:
        done = 0
        while done < rounds or not enough_kills.is_set():
            _fill(laptop, client_id, 10)
            written[index] += 10
            done += 1
            for _ in range(50):
                try:
                    with laptop.client() as sync:
                        laptop.push(sync)
                    break
                except SyncError:
                    time.sleep(0.1)

    threads = [threading.Thread(target=work, args=(i, w)) for i, w in enumerate(writers)]
    for t in threads:
        t.start()
    kills = 0
    while any(t.is_alive() for t in threads):
        time.sleep(rng.uniform(0.2, 0.8))
        world.server.kill()
        world.server.restart()
        kills += 1
        if kills >= wanted_kills:
            enough_kills.set()
    reader = world.laptop(cw)
    # Everyone syncs twice: a writer whose last push never got through the kills sends
    # it in the first round, after the others already pulled; the second round brings it.
    for laptop in (*writers, reader, *writers, reader):
        laptop.sync_until_done()
    assert kills >= wanted_kills
    assert _op_count(world, client_id) == sum(written)
    _assert_same_everywhere(world, client_id, *writers, reader)
