"""SQLCipher 4 connections and the engine over them: the only module that says "pragma".

SQLAlchemy loads with the first engine (`make_engine`), not with this module: unlocking and
the first screen go through one plain connection (`connect`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from hbdesk.store import append_only, lookaside
from hbdesk.store.errors import VaultDamaged, VaultError, VaultLocked, VaultWriteFailed

if TYPE_CHECKING:
    from sqlalchemy import Engine

# 64 MiB page cache: with SQLCipher the cache decides read speed (PLATFORM-NOTES.md).
CACHE_KIB = 65536

_PER_CONNECTION = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 10000",
    # Only the vault checkpoints, at moments it records (journal.py): never SQLite on its own.
    "PRAGMA wal_autocheckpoint = 0",
)
BUSY_TIMEOUT_MS = 10000


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
        if memory_security:
            _memory_security_on()  # before the lookaside is allocated: it is locked then
        lookaside.widen(conn, db_path)  # before anything runs on it (lookaside.py)
        _key(conn, key, memory_security)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise _opening_failed(exc) from exc
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


_memory_security: list[bool] = [False]  # what the process's last PRAGMA set


def _memory_security_on() -> None:
    """SQLCipher's memory security is a setting of the whole process. A new connection's
    lookaside is allocated before the connection can run its own PRAGMA, so the first
    connection of a process would get an unlocked lookaside, not wiped when freed: switch
    it on through a throwaway in-memory connection first (once, or again after a benchmark
    switched it off)."""
    if not _memory_security[0]:
        probe = sqlcipher.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_memory_security = ON")
        finally:
            probe.close()
        _memory_security[0] = True


def _key(conn: sqlcipher.Connection, key: bytearray, memory_security: bool = True) -> None:
    # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Wipe freed memory and lock it (SECURITY.md). It costs: see benchmarks/bench_vault.py.
    conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    _memory_security[0] = memory_security
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")


def _opening_failed(exc: sqlcipher.DatabaseError) -> VaultError:
    """The key does not read page 1, or the journal files cannot be made (a full disk)."""
    text = str(exc).lower()
    if "disk" in text or "full" in text or "unable to open" in text:
        return VaultWriteFailed("the vault's journal files cannot be written", reason="io")
    return WrongKey("the database cannot be read with this vault's key")


def read_epoch(
    db_path: Path, key: bytearray, *, with_journal: bool, page_one_only: bool = False
) -> int:
    """The database's epoch (user_version: see journal.py) through a read-only connection.

    `with_journal=False` reads the database file alone (immutable: no -wal, no -shm, no
    lock, nothing written); True reads it with the -wal beside it, never writing either.
    `page_one_only`: the file is a copy of the database's first page alone (journal.py). Its
    header still gives the whole database's size, which SQLite takes for damage when the
    WAL has no committed frame to give the size instead (writable_schema: the file's size
    is taken; only page 1 is read, through a connection that cannot write).
    Raises WrongKey when this key does not read what it finds.
    """
    mode = "mode=ro" if with_journal else "immutable=1"
    conn = sqlcipher.connect(
        f"{db_path.resolve().as_uri()}?{mode}",
        uri=True,
        check_same_thread=False,
        isolation_level=None,
    )
    try:
        _key(conn, key)
        if page_one_only:
            conn.execute("PRAGMA writable_schema = ON")
        row = conn.execute("PRAGMA user_version").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise WrongKey("the database cannot be read with this vault's key") from exc
    finally:
        conn.close()
    return int(row[0])


def epoch(dbapi_conn: Any) -> int:
    return int(dbapi_conn.execute("PRAGMA user_version").fetchone()[0])


def set_epoch(dbapi_conn: Any, value: int) -> None:
    """Inside a write transaction: it rolls back with it."""
    dbapi_conn.execute(f"PRAGMA user_version = {int(value)}")


def make_engine(
    db_path: Path,
    key: bytearray,
    *,
    creator: Callable[[], Any] | None = None,
    module: Any = sqlcipher,
) -> Engine:
    """An engine whose transactions all begin with BEGIN IMMEDIATE (no upgrade deadlocks).

    `creator`: where connections come from (default: `connect`; the vault hands over the one
    it unlocked with first). `module` exists only so the benchmark can run the same service
    calls on an unencrypted copy (its floor); the vault always uses SQLCipher.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from hbdesk.store import shapes

    if creator is None:
        creator = lambda: connect(db_path, key)  # noqa: E731
    engine = create_engine(
        f"sqlite:///{db_path}",
        creator=creator,
        module=module,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=False,
        # The connection used last goes out first: its page cache holds what the next call
        # reads (another connection's cache is emptied by every write it did not make), and
        # with memory security each page read again is a decrypt plus mlock'ed buffers.
        pool_use_lifo=True,
        # Statements that hold no value are compiled once per process, not once per unlock.
        execution_options={"compiled_cache": shapes.Cache(module.__name__)},
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


def checkpoint(dbapi_conn: Any) -> bool:
    """Copy the whole WAL into the database and empty it; False when a reader or writer is
    busy (then nothing is waited for, and the WAL stays as it was)."""
    dbapi_conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy, _, _ = dbapi_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return int(busy) == 0
