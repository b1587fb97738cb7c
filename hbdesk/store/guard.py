"""While the vault is open: every run of the WAL starts with a new epoch, and the record follows.

The first committing write of a run (the WAL empty, or holding another run's header) also
raises the database's epoch, inside the same transaction, so SQLite writes page 1 as the
run's first frame. Once that commit is seen to have happened (by the next write, after the
commit, or at lock) the record names the new run. Read-only transactions change nothing.
See journal.py for why and for how an open judges what this leaves behind.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hbdesk.store import engine as sql
from hbdesk.store import journal, wal
from hbdesk.store.errors import VaultWriteFailed

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

_CHANGES = "hbdesk_changes_at_begin"


class JournalGuard:
    """Keeps the epoch and the record of one open vault."""

    def __init__(self, folder: Path, mac_key: bytes, vault_id: str, record: journal.Record):
        self.folder = folder
        self.record = record
        self._mac_key = mac_key
        self._vault_id = vault_id
        self._lock = threading.Lock()
        self._pending: tuple[int, int] | None = None  # (base, epoch) of a bump not yet seen
        self._unwritten = False  # the record in memory is not yet on disk

    @property
    def wal_path(self) -> Path:
        return self.folder / journal.WAL_FILE

    def attach(self, engine: Engine) -> None:
        from sqlalchemy import event

        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "commit", self._on_commit)

    def _on_begin(self, conn: Any) -> None:
        conn.info[_CHANGES] = conn.connection.dbapi_connection.total_changes

    def _on_commit(self, conn: Any) -> None:
        """Just before COMMIT, with the write lock held: start a new run if this one is."""
        dbapi = conn.connection.dbapi_connection
        with self._lock:
            if self._pending is not None or self._unwritten:  # else settling does nothing
                self._settle(sql.epoch(dbapi))
            if dbapi.total_changes == conn.info.pop(_CHANGES, None):
                return  # nothing written: no new run
            if self._run_started():
                return
            current = sql.epoch(dbapi)
            new = max(current, self.record.epoch) + 1
            sql.set_epoch(dbapi, new)
            self._pending = (current, new)

    def settle(self, engine: Engine) -> None:
        """After a commit (outside any transaction): record a new run before the caller goes on."""
        if self._pending is None and not self._unwritten:
            return
        with engine.connect() as conn:
            self.settle_on(conn.connection.dbapi_connection)

    def settle_on(self, dbapi: Any) -> None:
        """`settle` through a connection of the caller's (outside any transaction)."""
        if self._pending is None and not self._unwritten:
            return
        committed = sql.epoch(dbapi)
        with self._lock:
            self._settle(committed)

    def may_checkpoint(self) -> bool:
        """Only a recorded run may be copied into the database (then a new run begins)."""
        return self._pending is None and not self._unwritten

    def begin_run(self, dbapi: Any) -> None:
        """Outside any transaction, after a checkpoint emptied the WAL: the next run's first
        commit (it only raises the epoch, as the first write of a run would), recorded now."""
        # The write lock before ours, in the order a committing write takes them.
        dbapi.execute("BEGIN IMMEDIATE")
        try:
            with self._lock:
                if self._pending is not None or self._unwritten or self._run_started():
                    dbapi.execute("ROLLBACK")
                    return
                base = sql.epoch(dbapi)
                new = max(base, self.record.epoch) + 1
                sql.set_epoch(dbapi, new)
                dbapi.execute("COMMIT")
                self.record = journal.Record("open", new, base, wal.ident(self.wal_path))
                self._unwritten = True
                self._write()
        except BaseException:
            if dbapi.in_transaction:
                dbapi.execute("ROLLBACK")
            raise

    def rebase(self, dbapi: Any, floor: int) -> None:
        """After an accepted journal problem: an epoch above every one seen, recorded."""
        with self._lock:
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                base = sql.epoch(dbapi)
                sql.set_epoch(dbapi, max(floor, base, self.record.epoch) + 1)
                dbapi.execute("COMMIT")
            except BaseException:
                dbapi.execute("ROLLBACK")
                raise
            self.record = journal.Record("open", sql.epoch(dbapi), base, wal.ident(self.wal_path))
            journal.write_record(self.folder, self._mac_key, self._vault_id, self.record)

    def closed(self) -> None:
        """Every connection is closed and SQLite removed the WAL: the database holds all."""
        with self._lock:
            epoch = self.record.epoch
            self.record = journal.Record("closed", epoch, epoch, None)
            self._unwritten = True
            self._write()

    def _settle(self, committed: int) -> None:
        if self._pending is not None:
            base, new = self._pending
            if committed == new:
                self.record = journal.Record("open", new, base, wal.ident(self.wal_path))
                self._unwritten = True
            self._pending = None  # seen, or rolled back
        if self._unwritten:
            self._write()

    def _run_started(self) -> bool:
        ident = wal.ident(self.wal_path)
        return ident is not None and ident == self.record.wal

    def _write(self) -> None:
        try:
            journal.write_record(self.folder, self._mac_key, self._vault_id, self.record)
        except (OSError, VaultWriteFailed):  # the next commit tries again; an open accepts it
            log.warning("the journal record could not be written")
            return
        self._unwritten = False
