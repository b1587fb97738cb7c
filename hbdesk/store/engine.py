"""SQLCipher 4 connections and the engine over them: the only module that says "pragma"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from hbdesk.store import append_only
from hbdesk.store.errors import VaultDamaged, VaultError, VaultLocked

PAGE_SIZE = 4096
# 64 MiB page cache: with SQLCipher the cache decides read speed (PLATFORM-NOTES.md).
CACHE_KIB = 65536

_PER_CONNECTION = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 10000",
)


class WrongKey(VaultError):
    """SQLCipher could not read page 1 with this key: damaged file, or not ours."""

    code = "vault_damaged"


def connect(db_path: Path, key: bytearray, *, memory_security: bool = True) -> sqlcipher.Connection:
    """Open one SQLCipher connection with the raw data key and our per-connection settings.

    `memory_security=False` exists only so the benchmark can show what it costs.
    """
    if not any(key):
        raise VaultLocked("the vault is locked")
    conn = sqlcipher.connect(
        str(db_path), check_same_thread=False, isolation_level=None, timeout=10
    )
    try:
        # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Wipe freed memory and lock it (SECURITY.md). It costs: see benchmarks/bench_vault.py.
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongKey("the database cannot be read with this vault's key") from exc
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultError("SQLCipher 4 is required")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode or str(mode[0]).lower() != "wal":
            raise VaultDamaged("the database refused write-ahead logging")
        for pragma in _PER_CONNECTION:
            conn.execute(pragma)
        append_only.register(conn)  # what the append-only triggers ask (migration 0005)
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, key: bytearray) -> Engine:
    """An engine whose transactions all begin with BEGIN IMMEDIATE (no upgrade deadlocks)."""
    creator: Callable[[], Any] = lambda: connect(db_path, key)  # noqa: E731
    engine = create_engine(
        f"sqlite:///{db_path}",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def set_foreign_keys(dbapi_conn: Any, on: bool) -> None:
    """Only outside a transaction: table rebuilds in migrations need foreign keys off."""
    dbapi_conn.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def foreign_key_problems(dbapi_conn: Any) -> int:
    return len(dbapi_conn.execute("PRAGMA foreign_key_check").fetchall())


def integrity_ok(dbapi_conn: Any) -> bool:
    """Every page's HMAC checks out and SQLite finds the structure sound."""
    try:
        if dbapi_conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return False  # one row per failing page
        rows = dbapi_conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher.DatabaseError:
        return False
    return len(rows) == 1 and rows[0][0] == "ok"


def checkpoint(dbapi_conn: Any) -> None:
    dbapi_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
