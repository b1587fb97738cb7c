"""Many laptops at once (issue 12, failure 3) — correctness, not speed (speed: benchmarks/
bench_sync_load.py): a push in progress blocks neither pulls nor pushes for other clients,
the cursor never passes a change still being stored, a server that is full says so (503
with Retry-After) and the laptop tries again, and two server processes on one PostgreSQL
keep one order with nothing lost or doubled.

A push is held in its transaction by the server's test fault `hold_push` (it waits, with
its work done but not committed, until the test releases it), so what runs beside it is
decided by the code, not by timing.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from hbdesk.protocol import pki, signing
from hbdesk.server import admin, db
from tests.sync.conftest import Backend, World
from tests.sync.laptop import Laptop
from tests.sync.servers import ServerProcess, uid

HOLD_ENV = "HBDESK_SERVER_TEST_HOLD_DIR"


@dataclass
class Hold:
    """The server's held push: `held` appears when it waits, `release` lets it commit."""

    folder: Path

    def wait_held(self, run: Run, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not (self.folder / "held").exists():
            assert run.error is None, run.error
            assert time.monotonic() < deadline, "the push was never held"
            time.sleep(0.02)

    def release(self) -> None:
        (self.folder / "release").touch()


@pytest.fixture
def held_server(
    backend: Backend, server_home: Path, tmp_path: Path
) -> Iterator[Callable[..., tuple[World, Hold]]]:
    started: list[tuple[ServerProcess, World, Hold]] = []

    def start(*extra: str, db_url: str | None = None) -> tuple[World, Hold]:
        hold = Hold(tmp_path / uid("hold"))
        hold.folder.mkdir()
        server = ServerProcess(
            server_home,
            db_url or backend.new_db(),
            faults="hold_push=1",
            extra_args=extra,
            env={HOLD_ENV: str(hold.folder)},
        ).start()
        world = World(server, tmp_path)
        started.append((server, world, hold))
        return world, hold

    yield start
    for server, world, hold in started:
        hold.release()
        world.close()
        server.stop()


@dataclass
class Team:
    """Three caseworkers of one team; two clients (A's and B's) consented to the team."""

    a: Laptop
    b: Laptop
    reader: Laptop
    client_a: str
    client_b: str


def _team(world: World, timeout: float = 30) -> Team:
    team = uid("team")
    cws = [uid("cw") for _ in range(3)]
    for cw in cws:
        admin.assign_team(world.engine, cw, team)
    clients = [uid("client"), uid("client")]
    for client_id, cw in zip(clients, cws, strict=False):
        admin.assign_client(world.engine, client_id, cw)
        admin.consent_team(world.engine, client_id, team)
    a, b, reader = (world.laptop(cw, timeout=timeout) for cw in cws)
    return Team(a, b, reader, *clients)


@dataclass
class Run:
    """A laptop's push in a thread, with the states its transport reported."""

    laptop: Laptop
    states: list[str] = field(default_factory=list)
    error: BaseException | None = None
    thread: threading.Thread | None = None

    def start(self) -> Run:
        def push() -> None:
            try:
                with self.laptop.client(on_state=self.states.append) as sync:
                    self.laptop.push(sync)
            except BaseException as exc:  # reported by the test
                self.error = exc

        self.thread = threading.Thread(target=push)
        self.thread.start()
        return self

    def done(self) -> bool:
        assert self.thread is not None
        return not self.thread.is_alive()

    def join(self) -> None:
        assert self.thread is not None
        self.thread.join(120)
        assert not self.thread.is_alive()
        assert self.error is None, self.error


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "never happened"
        time.sleep(0.02)


def test_a_push_in_progress_blocks_no_pull_nor_another_clients_push_and_the_cursor_waits(
    held_server: Callable[..., tuple[World, Hold]], backend: Backend
) -> None:
    world, hold = held_server("--max-wait-seconds", "1")
    t = _team(world, timeout=10)
    t.a.edit(t.client_a, "notes", uid("note"), {"text": "Kirjoitettu ensin"})
    t.b.edit(t.client_b, "notes", uid("note"), {"text": "Kirjoitettu toisena"})
    first = Run(t.a).start()
    hold.wait_held(first)  # A's push has done its work and waits to commit

    with t.reader.client() as sync:  # pulls read beside it
        assert sync.hello().action == "ok"
        t.reader.pull(sync)
    assert t.reader.applied_seqs == []

    second = Run(t.b).start()
    if backend.name == "postgresql":  # another client's push is not queued behind A's
        _wait_for(second.done)
        second.join()
        assert second.states == [] and t.b.sent
        with t.reader.client() as sync:
            t.reader.pull(sync)
        assert t.reader.applied_seqs == list(t.b.sent.values())
    else:  # SQLite has one writer: B hears "busy" and tries again, it does not time out
        _wait_for(lambda: "server_busy" in second.states)
        assert not second.done()

    hold.release()
    first.join()
    second.join()
    with t.reader.client() as sync:
        t.reader.pull(sync)
    # The held push committed last, so it is later in the order: the reader's cursor, which
    # had passed B's op, did not pass A's.
    (seq_a,) = t.a.sent.values()
    (seq_b,) = t.b.sent.values()
    assert sorted(t.reader.applied_seqs) == sorted([seq_a, seq_b])
    assert t.reader.applied_seqs == sorted(t.reader.applied_seqs)
    if backend.name == "postgresql":
        assert seq_a > seq_b
    for client_id in (t.client_a, t.client_b):
        assert t.reader.client_records(client_id) == world.server_records(client_id)


def test_a_record_id_pushed_for_two_clients_at_once_stays_with_one_of_them(
    held_server: Callable[..., tuple[World, Hold]], backend: Backend
) -> None:
    """Two pushes for different clients run side by side; one reuses the other's new record
    id (a forged op). Whoever commits first keeps the record; the other is refused."""
    world, hold = held_server("--max-wait-seconds", "1")
    t = _team(world)
    record = uid("note")
    t.a.edit(t.client_a, "notes", record, {"text": "A:n muistiinpano"})
    t.b.edit(t.client_b, "notes", record, {"text": "B vie tämän"})
    first = Run(t.a).start()
    hold.wait_held(first)  # A has judged its op, not yet written it
    second = Run(t.b).start()
    if backend.name == "postgresql":
        _wait_for(second.done)  # B commits first, beside the held A
    else:
        _wait_for(lambda: "server_busy" in second.states)
    hold.release()
    first.join()
    second.join()
    results = {**t.a.sent, **t.b.sent}, {**t.a.failed, **t.b.failed}
    assert len(results[0]) == 1 and list(results[1].values()) == ["out_of_scope"]
    owner = t.b if t.b.sent else t.a
    owner_client = t.client_b if owner is t.b else t.client_a
    assert world.server_records(owner_client) == {
        ("notes", record): owner.records[("notes", record)]
    }
    other_client = t.client_a if owner is t.b else t.client_b
    assert world.server_records(other_client) == {}


def _signed_pull(laptop: Laptop) -> httpx.Response:
    ctx = ssl.create_default_context(cafile=str(laptop.ca_file))
    ctx.load_cert_chain(str(laptop.cert_file), str(laptop.key_file))
    body = b'{"cursor":0}'
    with httpx.Client(verify=ctx, trust_env=False, timeout=30) as http:
        request = http.build_request("POST", laptop.server_url + "/v1/pull", content=body)
        signing.sign(
            request,
            body,
            laptop.device_id,
            pki.load_key(laptop.key_file),
            dt.datetime.now(dt.UTC),
        )
        return http.send(request)


def test_a_full_server_answers_busy_with_retry_after_and_the_laptop_tries_again(
    held_server: Callable[..., tuple[World, Hold]],
) -> None:
    world, hold = held_server("--db-slots", "1", "--max-wait-seconds", "0")
    t = _team(world)
    t.a.edit(t.client_a, "notes", uid("note"), {"text": "Ensimmäinen"})
    t.b.edit(t.client_b, "notes", uid("note"), {"text": "Toinen"})
    first = Run(t.a).start()
    hold.wait_held(first)  # the one slot is taken

    answer = _signed_pull(t.reader)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"].isdigit() and int(answer.headers["Retry-After"]) >= 1
    assert answer.json()["error"] == "server_busy"

    second = Run(t.b).start()
    _wait_for(lambda: "server_busy" in second.states)  # the laptop says so and waits
    assert not second.done()
    hold.release()
    first.join()
    second.join()  # its retry got through
    assert not t.a.outbox and not t.b.outbox and not t.a.failed and not t.b.failed
    with world.engine.connect() as conn:
        stored = conn.execute(
            select(func.count())
            .select_from(db.ops)
            .where(db.ops.c.client_id.in_([t.client_a, t.client_b]))
        ).scalar_one()
    assert stored == 2


def test_pulls_are_answered_while_another_writer_holds_the_sqlite_database(
    own_server: Callable[..., World], backend: Backend
) -> None:
    if backend.name != "sqlite":
        pytest.skip("SQLite's single writer")
    world = own_server()
    t = _team(world, timeout=10)
    t.a.edit(t.client_a, "notes", uid("note"), {"text": "Odottaa"})
    with t.a.client() as sync:
        t.a.push(sync)
    path = world.server.db_url
    writer = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        writer.execute("BEGIN IMMEDIATE")  # e.g. the administrator's command, mid-way
        with t.reader.client() as sync:
            assert sync.hello().action == "ok"
            t.reader.pull(sync)
        assert set(t.reader.applied_seqs) == set(t.a.sent.values())
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# --- two server processes on one PostgreSQL ----------------------------------------------


def _scatter(laptop: Laptop, rng: random.Random, shared: list[str], round_no: int) -> None:
    """A round of edits: new notes of the laptop's own clients, edits of shared records."""
    own = f"{laptop.caseworker_id}-client"
    for i in range(rng.randint(3, 8)):
        laptop.edit(own, "notes", uid("note"), {"text": f"oma {round_no}.{i}"})
    for client_id in shared:
        name = rng.choice(["phone", "email", "address"])
        laptop.edit(client_id, "clients", client_id, {name: f"{name} {round_no}"})
        laptop.edit(client_id, "spending_entries", uid("entry"), {"amount": "1.00"}, kind="append")


def test_two_server_processes_on_one_postgres_keep_one_order(
    backend: Backend, server_home: Path, tmp_path: Path
) -> None:
    if backend.name != "postgresql":
        pytest.skip("several server processes share PostgreSQL only")
    url = backend.new_db()
    servers = [ServerProcess(server_home, url).start() for _ in range(2)]
    world = World(servers[0], tmp_path)
    try:
        team = uid("team")
        cws = [uid("cw") for _ in range(3)]
        shared = [uid("client") for _ in range(2)]
        for cw in cws:
            admin.assign_team(world.engine, cw, team)
            admin.assign_client(world.engine, f"{cw}-client", cw)
            admin.consent_team(world.engine, f"{cw}-client", team)
        for client_id in shared:
            admin.assign_client(world.engine, client_id, cws[0])
            admin.consent_team(world.engine, client_id, team)
        laptops = [world.laptop(cw) for cw in cws for _ in range(2)]
        errors: list[BaseException] = []

        def work(n: int, laptop: Laptop) -> None:
            rng = random.Random(n)
            try:
                for round_no in range(4):
                    _scatter(laptop, rng, shared, round_no)
                    url = servers[(n + round_no) % 2].url
                    with laptop.client(url=url) as sync:
                        laptop.push(sync, batch=7)
                        laptop.pull(sync, limit=5)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n, lap)) for n, lap in enumerate(laptops)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(300)
        assert not errors, errors
        for _ in range(2):  # everyone syncs again, through either server
            for n, laptop in enumerate(laptops):
                with laptop.client(url=servers[n % 2].url) as sync:
                    laptop.sync(sync)
        _assert_one_order(world, laptops, [*shared, *(f"{cw}-client" for cw in cws)])
    finally:
        world.close()
        for server in servers:
            server.stop()


def _assert_one_order(world: World, laptops: list[Laptop], clients: list[str]) -> None:
    sent = {op_id: seq for lap in laptops for op_id, seq in lap.sent.items()}
    with world.engine.connect() as conn:
        ops = dict(
            conn.execute(
                select(db.ops.c.op_id, db.ops.c.seq).where(db.ops.c.client_id.in_(clients))
            ).all()
        )
        feed = conn.execute(
            select(db.feed.c.ref, func.count())
            .where(db.feed.c.kind == "op", db.feed.c.client_id.in_(clients))
            .group_by(db.feed.c.ref)
        ).all()
    assert ops == sent  # every op stored, with the sequence its laptop was told
    assert len(set(ops.values())) == len(ops)
    assert {ref for ref, _ in feed} == set(ops) and all(count == 1 for _, count in feed)
    for laptop in laptops:
        assert not laptop.outbox and not laptop.failed
        assert laptop.applied_seqs == sorted(set(laptop.applied_seqs))  # in order, once each
        assert set(laptop.applied_seqs) == set(ops.values())  # nothing passed by
        for client_id in clients:
            assert laptop.client_records(client_id) == world.server_records(client_id)
