"""Benchmark: the 8 a.m. sync — N laptops push a day's work and pull their team's, at once.

One light load-generator process (this one, a thread per laptop) drives N laptops against
real `hbdesk-server` processes (default two) on one throw-away PostgreSQL 15 cluster, with
real TLS 1.3 client certificates and real request signatures (the app's own SyncClient,
with its retries; it reads pull pages with json.loads rather than the app's models, since
a laptop's parsing runs on the laptop's CPU, not on the server's two cores). Each laptop
belongs to a team of five caseworkers whose clients consented to the team. At one moment
every laptop connects, says hello, pushes 200 new ops (new notes and contacts of its
clients, a fifth of them edits of records made earlier the same day) and pulls to the end
of what is new in its scope. A sync is timed from that moment to its last page. The CPU
seconds of the servers, PostgreSQL and the load generator during the run are printed too
(the machine is shared: they say how much of the two cores the run got).

Reported: p50 and p95 seconds per sync, laptops that failed, ops stored per second (all
ops / the time until the last laptop finished), and PostgreSQL's own insert rate for the
same rows measured in the same run (the ops, feed and field rows of every op inserted with
plain multi-row INSERTs by one connection, one transaction per laptop's batch, no checks).

It checks that it measured the work it names: every op stored exactly once (one ops row
and one feed row each, every answer "stored"), and every laptop holding exactly its team's
ops after one more pull (nothing missing, nothing twice, nothing from another team) — so a
cursor that skipped an op still being stored is caught too.

Targets on the 2-core machine: 50 laptops all done with p95 <= 5 s and ops/s >= 1/3 of the
raw insert rate; 200 laptops with no failure.

    .venv/bin/python benchmarks/bench_sync_load.py [--laptops 50] [--servers 2] [--ops 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, select, text  # noqa: E402

from benchmarks.common import Result  # noqa: E402
from hbdesk.protocol import messages as p  # noqa: E402
from hbdesk.protocol import pki  # noqa: E402
from hbdesk.server import admin, db  # noqa: E402
from hbdesk.sync.client import SyncClient, SyncError  # noqa: E402

TEAM_SIZE = 5
CLIENTS_PER_LAPTOP = 2
TIMEOUT_S = 30.0  # the app's own timeout
P95_TARGET_S = 5.0
RATIO_TARGET = 1 / 3


@dataclass
class Laptop:
    index: int
    device_id: str
    caseworker_id: str
    team_id: str
    clients: list[str]
    folder: Path
    ops: list[p.Op] = field(default_factory=list)
    seconds: float | None = None
    error: str | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    pulled: list[str] = field(default_factory=list)  # op ids, in the order received
    cursor: int = 0
    busy_waits: int = 0


def _id() -> str:
    return str(uuid.uuid4())


# --- the county: caseworkers, teams, clients, enrolled laptops -----------------------------


def setup(engine: Any, ca: pki.Authority, n: int, folder: Path) -> list[Laptop]:
    laptops: list[Laptop] = []
    run = uuid.uuid4().hex[:6]
    for i in range(n):
        device_id = f"dev-{run}-{i:04d}"
        key, csr = pki.make_device_csr(device_id)
        team_id = f"team-{run}-{i // TEAM_SIZE:03d}"
        laptop = Laptop(
            i,
            device_id,
            f"cw-{run}-{i:04d}",
            team_id,
            [f"client-{run}-{i:04d}-{c}" for c in range(CLIENTS_PER_LAPTOP)],
            folder / device_id,
        )
        cert = admin.enrol_device(engine, ca, csr, laptop.caseworker_id)
        pki.write_private(laptop.folder / "device.key", pki.key_pem(key))
        pki.write_public(laptop.folder / "device.pem", pki.cert_pem(cert))
        admin.assign_team(engine, laptop.caseworker_id, team_id)
        for client_id in laptop.clients:
            admin.assign_client(engine, client_id, laptop.caseworker_id)
            admin.consent_team(engine, client_id, team_id)
        laptops.append(laptop)
    return laptops


def day_of_work(laptop: Laptop, n_ops: int) -> list[p.Op]:
    """A caseworker's day: new notes and contacts of their clients, some edited again."""
    now = dt.datetime.now(dt.UTC)
    ops: list[p.Op] = []
    made: list[tuple[str, str, str, dict[str, int]]] = []  # (client, entity, id, versions)

    def add(
        client_id: str, entity: str, entity_id: str, fields: dict[str, Any], bases: dict[str, int]
    ) -> None:
        ops.append(
            p.Op(
                op_id=_id(),
                device_id=laptop.device_id,
                client_id=client_id,
                entity=entity,
                entity_id=entity_id,
                kind="upsert",
                fields=fields,
                base_versions=bases,
                author=f"user-{laptop.caseworker_id}"[:64],
                author_role="key_worker",
                local_time=now,
                local_seq=len(ops) + 1,
            )
        )

    while len(ops) < n_ops:
        i = len(ops)
        client_id = laptop.clients[i % len(laptop.clients)]
        if i % 5 == 4 and made:  # an edit of a note made earlier today
            owner, entity, entity_id, versions = made[(i * 7) % len(made)]
            if entity == "notes":
                add(owner, entity, entity_id, {"text": f"Lisätty {i}."}, dict(versions))
                versions["text"] += 1
                continue
        entity_id = _id()
        if i % 2:
            fields: dict[str, Any] = {
                "client_id": client_id,
                "contacted_on": "2026-03-02",
                "channel": "phone",
                "described_needs": f"Asiakas kertoi tarpeistaan ({i}). " + "x" * 120,
                "author": "key_worker",
                "created_at": now.isoformat(),
            }
            entity = "contacts"
        else:
            fields = {
                "client_id": client_id,
                "author": "key_worker",
                "text": f"Kotikäynti {i}: suunnitelmaa käytiin läpi. " + "y" * 200,
                "created_at": now.isoformat(),
            }
            entity = "notes"
        add(client_id, entity, entity_id, fields, dict.fromkeys(fields, 0))
        made.append((client_id, entity, entity_id, dict.fromkeys(fields, 1)))
    return ops


# --- one laptop's sync -------------------------------------------------------------------


class LightPage:
    """A pull's page read with json.loads only: what a laptop spends parsing on its own CPU
    is not the server's, and here it would share the server's two cores."""

    def __init__(self, op_ids: list[str], next_cursor: int, has_more: bool) -> None:
        self.op_ids, self.next_cursor, self.has_more = op_ids, next_cursor, has_more

    @classmethod
    def model_validate_json(cls, raw: bytes) -> LightPage:
        page = json.loads(raw)
        return cls(
            [sop["op"]["op_id"] for sop in page["ops"]], page["next_cursor"], page["has_more"]
        )


class LoadClient(SyncClient):
    """The app's SyncClient (TLS, signatures, retries), with pages read lightly."""

    def pull_light(self, cursor: int, limit: int) -> LightPage:
        body = p.PullRequest(cursor=cursor, limit=limit).model_dump_json().encode()
        return self._call("/v1/pull", body, LightPage)  # type: ignore[type-var]


def _client(laptop: Laptop, url: str, ca_file: Path) -> LoadClient:
    return LoadClient(
        url,
        ca_file=ca_file,
        cert_file=laptop.folder / "device.pem",
        key_file=laptop.folder / "device.key",
        device_id=laptop.device_id,
        timeout=TIMEOUT_S,
    )


def _pull_to_end(sync: LoadClient, laptop: Laptop) -> None:
    while True:
        page = sync.pull_light(laptop.cursor, p.MAX_PULL_LIMIT)
        laptop.pulled += page.op_ids
        laptop.cursor = page.next_cursor
        if not page.has_more:
            return


def sync_once(laptop: Laptop, sync: LoadClient, start: threading.Event, t0: list[float]) -> None:
    start.wait()
    try:
        sync.hello()
        answer = sync.push(laptop.ops)
        for r in answer.results:
            key = r.status if r.status != "rejected" else f"rejected:{r.reason}"
            laptop.statuses[key] = laptop.statuses.get(key, 0) + 1
        _pull_to_end(sync, laptop)
        laptop.seconds = time.perf_counter() - t0[0]
    except SyncError as exc:
        laptop.error = exc.code + (f" ({exc.detail})" if exc.detail else "")
        laptop.seconds = time.perf_counter() - t0[0]
    finally:
        sync.close()
    laptop.busy_waits = getattr(sync, "busy_waits", 0)


# --- checks: the work was done, once -----------------------------------------------------


def quiesce(engine: Any, quiet_s: float = 2.0) -> None:
    """Wait until the servers finish what they still do for laptops that gave up waiting:
    no transaction of theirs open and nothing new stored for `quiet_s`."""
    last = None
    while True:
        with engine.connect() as conn:
            now = tuple(
                conn.execute(
                    select(func.count(), func.max(db.feed.c.seq)).select_from(db.feed)
                ).one()
            )
            busy = conn.execute(_OTHERS_AT_WORK).scalar_one()
        if now == last and not busy:
            return
        last = now
        time.sleep(quiet_s)


_OTHERS_AT_WORK = text(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
    " AND pid <> pg_backend_pid() AND state <> 'idle'"
)


def verify(engine: Any, laptops: list[Laptop], urls: list[str], ca_file: Path) -> list[str]:
    """What is wrong with the run's outcome (empty: every op stored once, every team whole).

    A laptop that got its push answered must find all its ops stored; a laptop that failed
    may have had its ops stored or not, never twice. Every laptop, after one more pull,
    must hold exactly the stored ops of its team's clients."""
    problems: list[str] = []
    sent = {op.op_id for lap in laptops for op in lap.ops}
    with engine.connect() as conn:
        stored = conn.execute(
            select(db.ops.c.op_id, db.ops.c.seq).where(
                db.ops.c.device_id.in_([lap.device_id for lap in laptops])
            )
        ).all()
        feed_rows = dict(
            conn.execute(
                select(db.feed.c.ref, func.count())
                .where(db.feed.c.kind == "op", db.feed.c.ref.in_([r.op_id for r in stored]))
                .group_by(db.feed.c.ref)
            ).all()
        )
    stored_ids = {r.op_id for r in stored}
    if not stored_ids <= sent:
        problems.append("ops stored that were never sent")
    if len({r.seq for r in stored}) != len(stored):
        problems.append("two ops share a sequence number")
    if len(feed_rows) != len(stored_ids) or any(count != 1 for count in feed_rows.values()):
        problems.append("an op is not in the feed exactly once")
    team_ops: dict[str, set[str]] = {}
    for lap in laptops:
        team_ops.setdefault(lap.team_id, set()).update(
            op.op_id for op in lap.ops if op.op_id in stored_ids
        )
        if lap.error is None and (
            lap.statuses != {"stored": len(lap.ops)}
            or not {op.op_id for op in lap.ops} <= stored_ids
        ):
            problems.append(f"{lap.device_id}: answers {lap.statuses}")
    for lap in laptops:
        with _client(lap, urls[lap.index % len(urls)], ca_file) as sync:
            _pull_to_end(sync, lap)
        if len(lap.pulled) != len(set(lap.pulled)):
            problems.append(f"{lap.device_id} received an op twice")
        if set(lap.pulled) != team_ops[lap.team_id]:
            missing = len(team_ops[lap.team_id] - set(lap.pulled))
            extra = len(set(lap.pulled) - team_ops[lap.team_id])
            problems.append(f"{lap.device_id}: {missing} team ops missing, {extra} foreign")
    return problems


# --- PostgreSQL's own insert rate for the same rows -------------------------------------


def raw_insert_rate(db_url: str, laptops: list[Laptop]) -> float:
    """Ops per second when the same ops, feed and field rows go in with plain INSERTs."""
    import psycopg

    engine = db.make_engine(db_url)
    db.metadata.create_all(engine)
    engine.dispose()
    now = dt.datetime.now(dt.UTC)
    batches = []
    for lap in laptops:
        ops_rows, feed_rows, field_rows = [], [], []
        for op in lap.ops:
            body = db.canonical(op.model_dump(mode="json"))
            feed_rows.append(("op", op.client_id, op.op_id, True, now))
            ops_rows.append(
                [op.op_id, op.device_id, op.client_id, op.entity, op.entity_id, body, "0" * 64]
            )
            for name, value in op.fields.items():
                field_rows.append(
                    (op.entity, op.entity_id, name, op.client_id, db.canonical(value), op.op_id)
                )
        batches.append((feed_rows, ops_rows, field_rows))
    with psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        start = time.perf_counter()
        for feed_rows, ops_rows, field_rows in batches:
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO feed (kind, client_id, ref, down, created_at)"
                    " VALUES (%s, %s, %s, %s, %s) RETURNING seq",
                    feed_rows,
                    returning=True,
                )
                seqs = []
                while True:
                    seqs.append(cur.fetchone()[0])  # type: ignore[index]
                    if not cur.nextset():
                        break
                cur.executemany(
                    "INSERT INTO ops (op_id, device_id, client_id, entity, entity_id, body,"
                    " digest, seq, applied, received_at)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, '{}', now())",
                    [[*row, seq] for row, seq in zip(ops_rows, seqs, strict=True)],
                )
                cur.executemany(
                    "INSERT INTO field_state (entity, entity_id, field, client_id, value,"
                    " op_id, version) VALUES (%s, %s, %s, %s, %s, %s, 1)"
                    " ON CONFLICT (entity, entity_id, field) DO UPDATE"
                    " SET value = excluded.value, version = field_state.version + 1",
                    field_rows,
                )
        seconds = time.perf_counter() - start
    return sum(len(lap.ops) for lap in laptops) / seconds


# --- where the CPU went ------------------------------------------------------------------


def _proc_cpu(pid: int) -> float:
    """User + system seconds of a live process (and of its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_seconds(
    servers: list[Any], cluster: Any, since: dict[str, float] | None = None
) -> dict[str, float]:
    """CPU used by the server processes, PostgreSQL and this load generator."""
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    now = {
        "servers": sum(_proc_cpu(s.proc.pid) for s in servers),
        "PostgreSQL": _proc_cpu(postmaster) + sum(_proc_cpu(c) for c in _children(postmaster)),
        "load generator": time.process_time(),
    }
    return {k: v - (since or {}).get(k, 0.0) for k, v in now.items()}


# --- one measured run --------------------------------------------------------------------


@dataclass
class Measurement:
    laptops: int
    p50: float
    p95: float
    failures: int
    failure_codes: dict[str, int]
    ops_per_s: float
    raw_ops_per_s: float
    problems: list[str]
    busy_waits: int
    stored: int
    sent: int

    def summary(self) -> str:
        return (
            f"{self.laptops} laptops: {self.stored}/{self.sent} ops stored, "
            f"p50 {self.p50:.2f} s, p95 {self.p95:.2f} s, "
            f"{self.failures} failed {self.failure_codes or ''}, {self.ops_per_s:.0f} ops/s stored "
            f"vs raw PostgreSQL {self.raw_ops_per_s:.0f} ops/s "
            f"({self.ops_per_s / self.raw_ops_per_s:.2f}), server busy answers "
            f"{self.busy_waits}, checks: {'ok' if not self.problems else self.problems[:5]}"
        )


def measure(n: int, n_servers: int = 2, n_ops: int = 200) -> Measurement:
    from tests.sync.servers import Postgres, ServerProcess
    from tests.sync.servers import admin as run_admin

    tmp = Path(tempfile.mkdtemp(prefix="hbdesk-bench-sync-"))
    cluster = Postgres()
    servers: list[Any] = []
    try:
        home = tmp / "home"
        for args in (["init-ca"], ["issue-server-cert", "--host", "localhost"]):
            done = run_admin(home, *args)
            assert done.returncode == 0, done.stderr
        url = cluster.new_database()
        engine = db.make_engine(url)
        db.create_schema(engine)
        ca = pki.load_authority(home / "ca")
        laptops = setup(engine, ca, n, tmp / "laptops")
        with engine.connect() as conn:
            top = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM feed")).scalar_one())
        for lap in laptops:
            lap.cursor = top  # every laptop synced yesterday
            lap.ops = day_of_work(lap, n_ops)
        servers = [ServerProcess(home, url).start() for _ in range(n_servers)]
        urls = [s.url for s in servers]
        ca_file = home / "ca" / "ca.pem"
        start, t0 = threading.Event(), [0.0]
        threads = []
        for lap in laptops:
            sync = _client(lap, urls[lap.index % n_servers], ca_file)
            threads.append(threading.Thread(target=sync_once, args=(lap, sync, start, t0)))
        for t in threads:
            t.start()
        time.sleep(0.5)  # every thread waits at the start line
        before = cpu_seconds(servers, cluster)
        t0[0] = time.perf_counter()
        start.set()
        for t in threads:
            t.join()
        wall = max(lap.seconds or 0.0 for lap in laptops)
        cpu = cpu_seconds(servers, cluster, before)
        stored_ops = sum(lap.statuses.get("stored", 0) for lap in laptops)
        quiesce(engine)
        problems = verify(engine, laptops, urls, ca_file)
        engine.dispose()
        raw = raw_insert_rate(cluster.new_database(), laptops)
        times = sorted(lap.seconds or 0.0 for lap in laptops)
        codes: dict[str, int] = {}
        for lap in laptops:
            if lap.error:
                codes[lap.error] = codes.get(lap.error, 0) + 1
        print(
            f"  CPU seconds during the run ({wall:.1f} s): "
            + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()),
            flush=True,
        )
        return Measurement(
            n,
            statistics.median(times),
            times[math.ceil(0.95 * len(times)) - 1],
            sum(codes.values()),
            codes,
            stored_ops / wall,
            raw,
            problems,
            sum(lap.busy_waits for lap in laptops),
            stored_ops,
            sum(len(lap.ops) for lap in laptops),
        )
    finally:
        for s in servers:
            s.stop()
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def results_of(m: Measurement, full: bool) -> list[Result]:
    checked = not m.problems
    name = f"sync load, {m.laptops} laptops"
    out = [
        Result(
            f"{name}: work checked (stored once, teams whole)",
            0.0 if checked else 1.0,
            "problems",
            "0",
            checked,
        ),
        Result(f"{name}: failed syncs", float(m.failures), "laptops", "0", m.failures == 0),
    ]
    if full:
        out += [
            Result(f"{name}: p50 per sync", m.p50, "s", "-", True),
            Result(
                f"{name}: p95 per sync",
                m.p95,
                "s",
                f"<= {P95_TARGET_S:.0f} s",
                m.p95 <= P95_TARGET_S and checked,
            ),
            Result(
                f"{name}: ops/s stored / raw PostgreSQL insert rate "
                f"({m.ops_per_s:.0f} / {m.raw_ops_per_s:.0f})",
                m.ops_per_s / m.raw_ops_per_s,
                "",
                ">= 0.333",
                m.ops_per_s / m.raw_ops_per_s >= RATIO_TARGET and checked,
            ),
        ]
    return out


def run(sizes: tuple[int, ...] = (50, 200), n_servers: int = 2) -> list[Result]:
    results: list[Result] = []
    for n in sizes:
        m = measure(n, n_servers)
        print("  " + m.summary(), flush=True)
        results += results_of(m, full=n <= 50)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, action="append", help="repeat for several runs")
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--ops", type=int, default=200)
    args = parser.parse_args()
    results: list[Result] = []
    for n in args.laptops or [50, 200]:
        m = measure(n, args.servers, args.ops)
        print(m.summary(), flush=True)
        results += results_of(m, full=n <= 50)
    for r in results:
        print("  " + r.line())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
