"""Benchmark: the outcomes report over 10,000 clients and three years of records.

The records are written straight into the server's `field_state` (bulk insert, not through
sync), shaped as synced records are; the report's copy of them (`report_records`, which a
real server writes with each push) is built once from those rows, as a server upgraded from
an older version does before its first report, and that time is printed apart. Then
`make_report` is timed for the whole county and for one unit, on SQLite and on a throw-away
PostgreSQL 15 cluster. Target: under 10 s. The whole county's report must count every
generated client, or the run fails loudly (it would have timed a report over nothing).

Writing the records takes minutes at 10,000 clients, so the SQLite database is built once
and kept in a cache file ($HBDESK_BENCH_CACHE, default ~/.cache/hbdesk-bench/, one file per
size and DATA_VERSION); PostgreSQL is filled from that file with COPY.

    .venv/bin/python benchmarks/bench_report.py [--clients 10000] [--sqlite-only] [--no-cache]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import Engine, delete, insert  # noqa: E402

from benchmarks.common import Result  # noqa: E402
from hbdesk.server import admin, db, projection  # noqa: E402
from hbdesk.server.report import (  # noqa: E402
    Report,
    Selection,
    make_report,
    run_report,
)

TARGET_S = 10.0
DATA_VERSION = 2  # of the generated records: bump when _records or the file changes
UNITS = [f"Tiimi {n}" for n in ("Itä", "Länsi", "Pohjoinen", "Etelä", "Keskusta")]
CATEGORIES = [
    "home_help",
    "cleaning",
    "coaching",
    "therapy",
    "sports",
    "culture",
    "leisure",
    "course",
    "transport",
    "equipment",
]
METHODS = ["mobile_payment", "payment_commitment", "invoice", "service_voucher", "direct_payment"]
START = dt.date(2024, 1, 1)
ITEMS = [
    (d, f"{d}_{i}")
    for d in ("physical", "mental", "social", "everyday", "work_study", "participation")
    for i in range(3)
]


def _id() -> str:
    return str(uuid.uuid4())


def questionnaire() -> dict[str, Any]:
    domains: dict[str, list[dict[str, str]]] = {}
    for domain, code in ITEMS:
        domains.setdefault(domain, []).append(
            {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, code)), "code": code}
        )
    return {
        "questionnaires": [
            {
                "code": "arjen_voimavarat",
                "version": 1,
                "scale_min": 0,
                "scale_max": 10,
                "domains": [
                    {"code": d, "title_fi": d, "items": items} for d, items in domains.items()
                ],
            }
        ]
    }


def _records(
    n_clients: int, rng: random.Random
) -> Iterator[tuple[str, str, str | None, dict[str, Any]]]:
    """(entity, entity_id, client_id, fields) for every record, as sync would store them."""
    item_ids = [str(uuid.uuid5(uuid.NAMESPACE_URL, code)) for _, code in ITEMS]
    for _ in range(n_clients):
        c = _id()
        contact = START + dt.timedelta(days=rng.randrange(0, 900))
        closed = contact + dt.timedelta(days=rng.randrange(200, 700))
        is_closed = closed < dt.date(2026, 12, 31) and rng.random() < 0.4
        yield (
            "clients",
            c,
            c,
            {
                "first_name": "Benchmark",
                "last_name": "Asiakas",
                "identity_code": None,
                "address": "Testikatu 1",
                "unit": rng.choice(UNITS),
                "stage": "closed" if is_closed else rng.choice(["in_use", "follow_up", "plan"]),
                "created_at": f"{contact.isoformat()}T09:00:00+00:00",
                "closed_on": closed.isoformat() if is_closed else None,
            },
        )
        yield (
            "contacts",
            _id(),
            c,
            {"contacted_on": contact.isoformat(), "channel": "phone", "described_needs": "tarpeet"},
        )
        if is_closed:
            yield (
                "closings",
                _id(),
                c,
                {"closed_on": closed.isoformat(), "reason": "goals_met", "effects": "teksti"},
            )
        decided = contact + dt.timedelta(days=rng.randrange(10, 60))
        chain = _id()
        granted = rng.randrange(1000, 9000)
        valid_to = decided + dt.timedelta(days=365)
        yield (
            "decisions",
            chain,
            c,
            {
                "kind": "budget",
                "outcome": "granted",
                "granted_sum": f"{granted}.00",
                "chain_id": chain,
                "valid_from": decided.isoformat(),
                "valid_to": valid_to.isoformat(),
                "decided_on": decided.isoformat(),
                "service_area": rng.choice(["social_welfare", "disability", "family_care"]),
                "grounds": "perustelut",
            },
        )
        budget = _id()
        yield "budgets", budget, c, {"status": "decided"}
        goals = [_id() for _ in range(3)]
        for g in goals:
            yield "plan_entries", g, c, {"section": "goal", "lineage_id": g, "text": "tavoite"}
        for i in range(5):
            yield (
                "budget_lines",
                _id(),
                c,
                {
                    "budget_id": budget,
                    "source": "own_option" if i == 4 else "catalogue",
                    "category": rng.choice(CATEGORIES),
                    "service_area": "social_welfare",
                    "goal_lineage_id": goals[i % 3] if i < 4 else None,
                },
            )
        for _ in range(20):
            day = decided + dt.timedelta(days=rng.randrange(1, 365))
            method = rng.choice(METHODS)
            entry = _id()
            yield (
                "spending_entries",
                entry,
                c,
                {
                    "chain_id": chain,
                    "method": method,
                    "spent_on": day.isoformat(),
                    "amount": f"{rng.randrange(10, 400)}.50",
                    "category": rng.choice(CATEGORIES),
                    "recorded_at": f"{day.isoformat()}T12:00:00+00:00",
                    "reverses_id": None,
                    "provider": "Palveluntuottaja Oy",
                },
            )
            if method == "invoice":
                yield (
                    "invoice_confirmations",
                    _id(),
                    c,
                    {
                        "entry_id": entry,
                        "verdict": "correct",
                        "confirmed_on": (day + dt.timedelta(days=rng.randrange(0, 30))).isoformat(),
                    },
                )
        for k in range(4):
            sa = _id()
            day = contact + dt.timedelta(days=5 + 180 * k)
            yield (
                "self_assessments",
                sa,
                c,
                {"answered_on": day.isoformat(), "created_at": f"{day.isoformat()}T10:00:00+00:00"},
            )
            for item in item_ids:
                yield (
                    "self_assessment_answers",
                    _id(),
                    c,
                    {"assessment_id": sa, "item_id": item, "value": rng.randrange(3, 11)},
                )
        for g in goals:
            for k in range(4):
                yield (
                    "goal_progress",
                    _id(),
                    c,
                    {
                        "goal_lineage_id": g,
                        "score": rng.randrange(-2, 3),
                        "assessed_on": (decided + dt.timedelta(days=90 * (k + 1))).isoformat(),
                    },
                )
    for _ in range(n_clients // 2):
        month = START + dt.timedelta(days=rng.randrange(0, 1090))
        yield (
            "feedback",
            _id(),
            None,
            {
                "period": f"{month.year:04d}-{month.month:02d}",
                "unit": rng.choice(UNITS),
                "felt_heard": rng.randrange(1, 6),
                "budget_follow_ease": rng.randrange(1, 6),
                "goals_reached": rng.randrange(1, 6),
                "given_by": "client",
                "text": "",
            },
        )


def populate(engine: Engine, n_clients: int) -> int:
    """Bulk-insert the records; returns the number of field_state rows."""
    rng = random.Random(8)
    admin.load_reference(engine, "questionnaire", questionnaire())
    op = "00000000-0000-4000-8000-000000000000"
    batch: list[dict[str, Any]] = []
    rows = 0
    stmt = insert(db.field_state)
    with db.write_tx(engine) as conn:
        for entity, entity_id, client_id, fields in _records(n_clients, rng):
            for name, value in fields.items():
                batch.append(
                    {
                        "entity": entity,
                        "entity_id": entity_id,
                        "field": name,
                        "client_id": client_id,
                        "value": json.dumps(value),
                        "version": 1,
                        "op_id": op,
                        "device_id": "bench",
                        "chain_base": 0,
                    }
                )
            if len(batch) >= 50_000:
                conn.execute(stmt, batch)
                rows += len(batch)
                batch = []
        if batch:
            conn.execute(stmt, batch)
            rows += len(batch)
    return rows


def _time(engine: Engine, sel: Selection) -> tuple[float, Report]:
    start = time.perf_counter()
    report = make_report(engine, sel)
    return time.perf_counter() - start, report


def clients_counted(report: Report) -> int:
    """The report's own count of the clients it covers (the "people" table)."""
    (people,) = [t for t in report.tables if t.key == "people"]
    (row,) = [r for r in people.rows if r[0].value == "p.clients"]
    return int(row[1].value)


class NotMeasured(RuntimeError):
    """The benchmark did not measure the work it names (e.g. a report over no clients)."""


def check_covers(report: Report, n_clients: int, name: str) -> None:
    """Fail loudly unless the whole county's report counted every generated client."""
    counted = clients_counted(report)
    if counted != n_clients:
        raise NotMeasured(
            f"{name}: the whole-county report counted {counted:,} clients, not {n_clients:,}: "
            "it did not measure the report it names"
        )


def cache_dir() -> Path:
    return Path(os.environ.get("HBDESK_BENCH_CACHE") or Path.home() / ".cache" / "hbdesk-bench")


def sqlite_db(n_clients: int, use_cache: bool = True) -> tuple[Path, float | None]:
    """The SQLite benchmark database: from the cache, or built now (and then cached).

    Returns its path and the seconds the writing took (None: taken from the cache)."""
    folder = cache_dir() if use_cache else Path(tempfile.mkdtemp(prefix="hbdesk-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"report-{n_clients}-v{DATA_VERSION}.sqlite3"
    if path.exists():
        return path, None
    building = path.with_suffix(f".building-{os.getpid()}")
    engine = db.make_engine(f"sqlite:///{building}")
    db.create_schema(engine)
    start = time.perf_counter()
    populate(engine, n_clients)
    with db.write_tx(engine) as conn:  # records written behind sync's back: the copy is stale
        conn.execute(delete(db.server_meta))
    seconds = time.perf_counter() - start
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    building.rename(path)
    return path, seconds


def copy_to_postgres(source: Path, url: str) -> None:
    """The cached SQLite database's records into PostgreSQL, with COPY (fast)."""
    engine = db.make_engine(url)
    db.create_schema(engine)
    src = sqlite3.connect(source)
    try:
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("DELETE FROM server_meta")  # the copy's marker comes from the file
            tables = ("reference_data", "field_state", "report_records", "server_meta", "feedback")
            for table in tables:
                names = ", ".join(r[1] for r in src.execute(f"PRAGMA table_info({table})"))
                if not names:  # a cache made before the table existed
                    continue
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                    for row in src.execute(f"SELECT {names} FROM {table}"):  # noqa: S608
                        copy.write_row(row)
            raw.commit()
            cur.execute("ANALYZE")
            raw.commit()
        finally:
            raw.close()
    finally:
        src.close()
        engine.dispose()


def measure(name: str, url: str, n_clients: int, out: Path | None = None) -> list[Result]:
    engine = db.make_engine(url)
    db.create_schema(engine)  # adds tables and indexes made since the cached file was built
    start = time.perf_counter()
    copied = projection.ensure(engine)  # once per server version, not per report
    if copied is not None:
        print(
            f"  {name}: the report's copy of {copied:,} records built in "
            f"{time.perf_counter() - start:.1f} s (once, when the report's fields change)",
            flush=True,
        )
    results = []
    county = Selection(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    for label, sel in (
        ("whole county", county),
        (
            "one unit, one year",
            Selection(dt.date(2026, 1, 1), dt.date(2026, 12, 31), unit=UNITS[0]),
        ),
    ):
        timed = [_time(engine, sel) for _ in range(2)]
        if sel is county:
            check_covers(timed[0][1], n_clients, name)
        seconds = min(t for t, _ in timed)
        results.append(
            Result(
                f"report {label}, {n_clients:,} clients, 3 years, {name}",
                seconds,
                "s",
                f"< {TARGET_S:.0f} s",
                seconds < TARGET_S,
            )
        )
    with tempfile.TemporaryDirectory(prefix="hbdesk-report-files-") as tmp:
        start = time.perf_counter()  # what the person running it waits for: the whole run
        run_report(engine, county, out or Path(tmp), run_by="benchmark")
        seconds = time.perf_counter() - start
    results.append(
        Result(
            f"report run (PDF, CSV, JSON written; figures and catalogue benefit "
            f"given back), whole county, {n_clients:,} clients, {name}",
            seconds,
            "s",
            f"< {TARGET_S:.0f} s",
            seconds < TARGET_S,
        )
    )
    engine.dispose()
    return results


def run(
    n_clients: int = 10_000,
    sqlite_only: bool = False,
    use_cache: bool = True,
    out: Path | None = None,
) -> list[Result]:
    path, built = sqlite_db(n_clients, use_cache)
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT count(*) FROM field_state").fetchone()[0]
    print(
        f"  {rows:,} field rows for {n_clients:,} clients: "
        + (f"written in {built:.0f} s" if built is not None else f"cached in {path}"),
        flush=True,
    )
    try:
        results = measure("SQLite", f"sqlite:///{path}", n_clients, out / "sqlite" if out else None)
        if not sqlite_only:
            from tests.sync.servers import Postgres

            cluster = Postgres()
            try:
                url = cluster.new_database()
                start = time.perf_counter()
                copy_to_postgres(path, url)
                print(f"  PostgreSQL: copied in {time.perf_counter() - start:.0f} s", flush=True)
                results += measure(
                    "PostgreSQL", url, n_clients, out / "postgresql" if out else None
                )
            finally:
                cluster.stop()
    finally:
        if not use_cache:  # the run's own folder, with the database's -wal and -shm
            shutil.rmtree(path.parent, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--no-cache", action="store_true", help="build a fresh database")
    parser.add_argument("--out", type=Path, help="also write the whole county's report here")
    args = parser.parse_args()
    try:
        results = run(args.clients, args.sqlite_only, not args.no_cache, args.out)
    except NotMeasured as exc:
        print(f"  FAIL {exc}", file=sys.stderr)
        return 2
    for r in results:
        print("  " + r.line())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
