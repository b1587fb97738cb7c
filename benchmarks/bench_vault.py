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
from hbdesk.store.keys import DEFAULT_KDF
from hbdesk.store.unwrap import read_key_file

ROWS = 100_000
READS = 10_000
PASSPHRASE = "benchmark passphrase 2026"


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        # Memory security is process-wide in SQLCipher once on: measure "off" before it. Each
        # encrypted run alternates with a plain one, and each ratio is to the plain runs of
        # its own half: the machine's speed drifts over a run (the three plain runs came
        # first, then the encrypted ones: "point reads, as shipped" gave 1.07× to 1.76× with
        # the same store code within minutes).
        plain_off, no_memsec = alternated(
            lambda i: measured(plain_connection, Path(tmp) / f"plain-a{i}.db", encrypted=False),
            lambda i: measured(no_memory_security, Path(tmp) / f"n{i}.db", encrypted=True),
        )
        plain, shipped = alternated(
            lambda i: measured(plain_connection, Path(tmp) / f"plain-b{i}.db", encrypted=False),
            lambda i: measured(shipped_connection, Path(tmp) / f"c{i}.db", encrypted=True),
        )
        folder = Path(tmp) / "vault"
        Vault(folder).create(PASSPHRASE).lock()
        unlock = median_seconds(lambda: Vault(folder).open(PASSPHRASE).lock())
        kdf = read_key_file(folder).kdf
    # The unlock's strength is in its Argon2id parameters, not in this machine's speed: the
    # vault must carry the shipped ones (RFC 9106's floor is 64 MiB, t=3, p=4). Until issue
    # 15 this row also asked for ≥ 0.3 s, which libargon2 on a quiet hour goes under (0.27 s)
    # with the same parameters.
    results.append(
        Result(
            f"unlock (Argon2id + open + migrations check), the vault's Argon2id "
            f"{kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes}",
            unlock,
            "s",
            f"≤ 1.0 s, with {DEFAULT_KDF.memory_kib // 1024} MiB, t={DEFAULT_KDF.iterations}, "
            f"p={DEFAULT_KDF.lanes}",
            unlock <= 1.0 and kdf == DEFAULT_KDF,
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
        ratio = no_memsec[phase] / plain_off[phase]
        results.append(
            Result(
                f"encrypted/plain {phase}, memory security off", ratio, "×", "≤ 1.2×", ratio <= 1.2
            )
        )
    return results


KEY = bytearray(range(32))


def alternated(
    plain: Callable[[int], dict[str, float]],
    encrypted: Callable[[int], dict[str, float]],
    runs: int = 7,
) -> tuple[dict[str, float], dict[str, float]]:
    """The medians of `runs` plain and `runs` encrypted workloads, run in turn, each going
    first every other round."""
    samples: tuple[list[dict[str, float]], list[dict[str, float]]] = ([], [])
    for i in range(runs):
        for side in (0, 1) if i % 2 == 0 else (1, 0):
            samples[side].append((plain, encrypted)[side](i))
    a, b = (
        {phase: statistics.median(s[phase] for s in side) for phase in side[0]} for side in samples
    )
    return a, b


def measured(
    connect: Callable[[Path], sqlite3.Connection], path: Path, *, encrypted: bool
) -> dict[str, float]:
    """The workload's timings on a new database at `path`, once it is known to have done
    the work named: every row stored, and the file encrypted (or plain) as the row says."""
    timings = workload(connect(path))
    header = path.read_bytes()[:16]
    if (header == b"SQLite format 3\x00") == encrypted:
        wanted = "encrypted" if encrypted else "plain SQLite"
        raise RuntimeError(f"benchmark: {path.name} is not {wanted}")
    return timings


def shipped_connection(path: Path) -> sqlite3.Connection:
    return sql.connect(path, KEY)


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
    stored = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    conn.close()
    if stored != ROWS:
        raise RuntimeError(f"benchmark: {stored} rows stored, not {ROWS}")
    return timings
