"""The floor of a write: the same statements a service call wrote, replayed by plain SQLite.

`capture_writes` runs a service call and keeps the INSERT/UPDATE/DELETE statements it sent
to the vault (with their parameters); `PlainReplica` is an unencrypted copy of the vault
(sqlcipher_export: same schema, indexes, triggers and rows) with the vault's per-connection
settings, where those statements run again in one BEGIN IMMEDIATE … COMMIT; between
writes (untimed) `tidy` copies a long WAL in, as the vault's idle moment does for it.
`EncryptedReplica` replays them the same way on a copy of the encrypted vault, through the
vault's own kind of connection (SQLCipher, memory security on, the same settings): what the
encryption alone costs, beside the plain floor (information: the target is against plain).
`plain_vault` is the other floor: an unencrypted copy of the vault opened as an `OpenVault`
over plain SQLite (Python's sqlite3, the vault's settings and its journal guard), so the
very same service call runs on it through the same code (transaction, log, outbox, commit,
the vault's own checkpoints): what the issue's "plain SQLite" for a write plausibly was.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from hbdesk.store import OpenVault, Vault, append_only, journal
from hbdesk.store import engine as sql
from hbdesk.store.guard import JournalGuard
from hbdesk.store.vault import DB_FILE

# As the vault's idle moment (hbdesk.store.vault.IDLE_CHECKPOINT_BYTES; an older hbdesk
# has none, and the replicas are tidied the same way under both).
IDLE_CHECKPOINT_BYTES = 1024 * 1024
Statement = tuple[str, Any, bool]  # (sql, parameters, executemany)
_WRITES = ("INSERT", "UPDATE", "DELETE")


def capture_writes(engine: Engine, fn: Callable[[], object]) -> tuple[float, list[Statement]]:
    """Seconds `fn` took, and the writes it sent to the database."""
    seen: list[Statement] = []

    def keep(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(_WRITES):
            seen.append((statement, params, many))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        start = time.perf_counter()
        fn()
        seconds = time.perf_counter() - start
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return seconds, seen


class PlainReplica:
    conn: Any

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        for pragma in sql._PER_CONNECTION:  # autocheckpoint off: `tidy` checkpoints, as the vault
            self.conn.execute(pragma)
        self.wal = Path(f"{path}-wal")

    def tidy(self) -> bool:
        """Between writes, as the vault's idle moment does: copy a long WAL in (untimed)."""
        if not self.wal.exists() or self.wal.stat().st_size <= IDLE_CHECKPOINT_BYTES:
            return False
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return True

    @classmethod
    def export(cls, vault: OpenVault, path: Path) -> PlainReplica:
        """An unencrypted copy of the vault as it is now."""
        export(vault, path)
        return cls(path)

    def replay(self, statements: list[Statement]) -> float:
        """Seconds plain SQLite takes for the same writes in one transaction."""
        start = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for statement, params, many in statements:
                if many and params and isinstance(params[0], tuple | list | dict):
                    self.conn.executemany(statement, params)
                else:
                    self.conn.execute(statement, params)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        return time.perf_counter() - start

    def close(self) -> None:
        self.conn.close()


def export(vault: OpenVault, path: Path) -> None:
    """An unencrypted copy of the vault's database as it is now (schema, rows, user_version)."""
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(f"ATTACH DATABASE '{path}' AS plaintext KEY ''")
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")


def _plain_connect(path: Path) -> sqlite3.Connection:
    """Plain SQLite with what `engine.connect` gives every vault connection (no key)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    assert str(mode[0]).lower() == "wal", mode
    for pragma in sql._PER_CONNECTION:
        conn.execute(pragma)
    append_only.register(conn)
    return conn


def plain_vault(vault: OpenVault, folder: Path) -> OpenVault:
    """An unencrypted copy of `vault`, open: the same service calls run on it unchanged."""
    folder.mkdir(parents=True)
    path = folder / DB_FILE
    export(vault, path)
    with sqlite3.connect(path) as check:  # really plain: stdlib SQLite reads it without a key
        check.execute("SELECT count(*) FROM sqlite_master").fetchone()
        epoch = int(check.execute("PRAGMA user_version").fetchone()[0])
    check.close()
    mac_key = secrets.token_bytes(32)
    record = journal.Record("open", epoch, epoch, None)
    journal.write_record(folder, mac_key, vault.vault_id, record)
    guard = JournalGuard(folder, mac_key, vault.vault_id, record)
    engine = sql.make_engine(
        path, bytearray(), creator=lambda: _plain_connect(path), module=sqlite3
    )
    key = bytearray(secrets.token_bytes(32))  # never used to read anything: wiped at lock
    return OpenVault(Vault(folder), key, vault.vault_id, guard, engine=engine)


def spending_entries(path: Path) -> int:
    """The spending entries in a plain copy, read by stdlib SQLite (not through the vault)."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM spending_entries").fetchone()[0])
    finally:
        conn.close()


class EncryptedReplica(PlainReplica):
    """The same replay on another copy of the encrypted vault (its SQLCipher connection as
    the vault makes it: memory security on, the same pragmas; checkpointed between writes
    as the plain replica is, so that only the encryption differs)."""

    def __init__(self, vault: OpenVault) -> None:  # its own connection: no super().__init__
        self.vault = vault
        self._checked_out = vault.engine.connect()
        self.conn = self._checked_out.connection.dbapi_connection
        self.wal = Path(f"{vault.vault.db_path}-wal")

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> EncryptedReplica:
        """A locked copy of the vault (taken before the writes to replay were made)."""
        return cls(Vault(folder).open(passphrase))

    def close(self) -> None:
        self._checked_out.close()
        self.vault.lock()
