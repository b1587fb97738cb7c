"""The vault: unlock cost, and SQLCipher against plain SQLite on the same workload."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Result, median_seconds
from hbdesk.store import Vault
from hbdesk.store import engine as sql

ROWS = 100_000
READS = 10_000
PASSPHRASE = "benchmark passphrase 2026"


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        # Memory security is process-wide in SQLCipher once on: measure "off" before it.
        plain = median_of(lambda i: workload(plain_connection(Path(tmp) / f"plain{i}.db")))
        no_memsec = median_of(lambda i: workload(no_memory_security(Path(tmp) / f"n{i}.db")))
        shipped = median_of(lambda i: workload(sql.connect(Path(tmp) / f"c{i}.db", KEY)))
        folder = Path(tmp) / "vault"
        Vault(folder).create(PASSPHRASE).lock()
        unlock = median_seconds(lambda: Vault(folder).open(PASSPHRASE).lock())
    results.append(
        Result(
            "unlock (Argon2id + open + migrations check)",
            unlock,
            "s",
            "0.3–1.0 s",
            0.3 <= unlock <= 1.0,
        )
    )
    for phase in plain:
        ratio = shipped[phase] / plain[phase]
        results.append(
            Result(
                f"encrypted/plain {phase}, as shipped ({plain[phase]:.3f}s plain)",
                ratio,
                "×",
                "≤ 1.2×",
                ratio <= 1.2,
            )
        )
        # SQLCipher alone, without cipher_memory_security (which SECURITY.md requires ON).
        ratio = no_memsec[phase] / plain[phase]
        results.append(
            Result(
                f"encrypted/plain {phase}, memory security off", ratio, "×", "≤ 1.2×", ratio <= 1.2
            )
        )
    return results


KEY = bytearray(range(32))


def median_of(make: Callable[[int], dict[str, float]], runs: int = 3) -> dict[str, float]:
    samples = [make(i) for i in range(runs)]
    return {phase: statistics.median(s[phase] for s in samples) for phase in samples[0]}


def no_memory_security(path: Path) -> sqlite3.Connection:
    return sql.connect(path, KEY, memory_security=False)


def plain_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("PRAGMA journal_mode = WAL", *sql._PER_CONNECTION):
        conn.execute(pragma)
    return conn


def workload(conn: sqlite3.Connection) -> dict[str, float]:
    """A caseload-like table: inserts in transactions, point reads, a text search, warm."""
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, client TEXT, text TEXT)")
    timings: dict[str, float] = {}
    start = time.perf_counter()
    for batch in range(ROWS // 1000):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO entries (client, text) VALUES (?, ?)",
            [
                (f"client-{i % 60}", f"merkintä {i} kotikäynnillä sovittiin asioita" * 3)
                for i in range(batch * 1000, batch * 1000 + 1000)
            ],
        )
        conn.execute("COMMIT")
    timings["insert"] = time.perf_counter() - start
    conn.execute("SELECT count(*) FROM entries WHERE text LIKE '%warmup%'").fetchone()
    start = time.perf_counter()
    for i in range(READS):
        conn.execute("SELECT text FROM entries WHERE id = ?", ((i * 7919) % ROWS + 1,)).fetchone()
    timings["point reads"] = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(5):
        conn.execute("SELECT count(*) FROM entries WHERE text LIKE '%12345 koti%'").fetchone()
    timings["text search"] = time.perf_counter() - start
    conn.close()
    return timings
