"""The floor of a write: the same statements a service call wrote, replayed by plain SQLite.

`capture_writes` runs a service call and keeps the INSERT/UPDATE/DELETE statements it sent
to the vault (with their parameters); `PlainReplica` is an unencrypted copy of the vault
(sqlcipher_export: same schema, indexes, triggers and rows) with the vault's per-connection
settings, where those statements run again in one BEGIN IMMEDIATE … COMMIT.
`EncryptedReplica` replays them the same way on a copy of the encrypted vault, through the
vault's own kind of connection (SQLCipher, memory security on, the same settings): what the
encryption alone costs, beside the plain floor (information: the target is against plain).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from hbdesk.store import OpenVault, Vault
from hbdesk.store import engine as sql

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
        for pragma in sql._PER_CONNECTION:
            if "autocheckpoint" not in pragma:
                self.conn.execute(pragma)

    @classmethod
    def export(cls, vault: OpenVault, path: Path) -> PlainReplica:
        """An unencrypted copy of the vault as it is now."""
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE '{path}' AS plaintext KEY ''")
            raw.execute("SELECT sqlcipher_export('plaintext')")
            raw.execute("DETACH DATABASE plaintext")
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


class EncryptedReplica(PlainReplica):
    """The same replay on another copy of the encrypted vault (its SQLCipher connection as
    the vault makes it: memory security on, the same pragmas; autocheckpoint as the plain
    replica has it, so that only the encryption differs)."""

    def __init__(self, vault: OpenVault) -> None:  # its own connection: no super().__init__
        self.vault = vault
        self._checked_out = vault.engine.connect()
        self.conn = self._checked_out.connection.dbapi_connection
        self.conn.execute("PRAGMA wal_autocheckpoint = 1000")

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> EncryptedReplica:
        """A locked copy of the vault (taken before the writes to replay were made)."""
        return cls(Vault(folder).open(passphrase))

    def close(self) -> None:
        self._checked_out.close()
        self.vault.lock()
