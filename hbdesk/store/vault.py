"""The vault: a folder with a key file and a SQLCipher database, created, unlocked and locked here.

Fail closed: a vault that does not open is reported, never replaced, never "repaired".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from hbdesk.store import engine as sql
from hbdesk.store import journal, keys, migrate, threads, unwrap
from hbdesk.store.errors import (
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultWriteFailed,
    WeakPassphrase,
)
from hbdesk.store.files import atomic_write, fsync_dir, parent_dir, private_dir
from hbdesk.store.guard import JournalGuard
from hbdesk.store.throttle import UnlockThrottle

if TYPE_CHECKING:  # SQLAlchemy loads with the first engine, the ORM with the first session
    from sqlalchemy import Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# Inside `OpenVault.shared()`: that vault and the session every session() of the block joins.
_SHARED: ContextVar[tuple[OpenVault, Session] | None] = ContextVar("hbdesk_shared", default=None)

KEY_FILE = unwrap.KEY_FILE
DB_FILE = unwrap.DB_FILE
WAL_FILE = journal.WAL_FILE
SHM_FILE = journal.SHM_FILE
# What the vault knows of its journal (journal.py): it tells a lost, stale or foreign WAL.
STATE_FILE = journal.RECORD_FILE
# A commit copies the WAL into the database itself (and the next starts a new run) past this
# size: a long burst with no idle moment between its writes (sync, an import).
CHECKPOINT_BYTES = 4 * 1024 * 1024
# An idle moment (`OpenVault.tidy_journal`) copies in a WAL past this size, so that in
# ordinary use no caseworker's write waits for a checkpoint.
IDLE_CHECKPOINT_BYTES = 1024 * 1024
ATTEMPTS_FILE = unwrap.ATTEMPTS_FILE
MIN_PASSPHRASE_CHARS = 10
SALT_BYTES = 16


class Vault:
    """A vault folder. `create` makes a new one; `open` unlocks an existing one."""

    def __init__(
        self,
        folder: Path,
        *,
        kdf: keys.KdfParams = keys.DEFAULT_KDF,
        throttle: UnlockThrottle | None = None,
    ) -> None:
        kdf.check()
        self.folder = Path(folder)
        self.kdf = kdf
        self.throttle = throttle or unwrap.throttle_for(self.folder)

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_FILE

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    def exists(self) -> bool:
        """Is anything of a vault here? (A damaged vault exists too: it must not be recreated.)"""
        return self.key_path.exists() or self.db_path.exists() or self.key_path.is_symlink()

    def create(self, passphrase: str, *, schema: str = "head") -> OpenVault:
        """Make a new vault: built in a side folder, renamed into place (all or nothing).

        `schema` is an older Alembic revision only in tests of upgrades.
        """
        if self.exists():
            raise VaultExists("a vault already exists here")
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise VaultExists("the vault folder is not empty")
        check_passphrase(passphrase)
        parent_dir(self.folder.parent)  # never chmod a folder that is not the vault's
        staging = self.folder.parent / f".{self.folder.name}.new-{secrets.token_hex(4)}"
        private_dir(staging)
        data_key = keys.new_data_key()
        try:
            vault_id = _build_database(staging / DB_FILE, data_key, schema)
            key_file = keys.wrap(
                data_key,
                passphrase,
                self.kdf,
                vault_id=vault_id,
                db_salt=_db_salt(staging / DB_FILE),
            )
            atomic_write(staging / KEY_FILE, key_file.to_bytes())
            UnlockThrottle(staging / ATTEMPTS_FILE).succeeded()  # format 2 promises the record
            mac_key = journal.record_key(data_key)
            record = journal.Record("open", 0, 0, None)
            journal.write_record(staging, mac_key, vault_id, record)
            if self.folder.exists():
                self.folder.rmdir()  # empty, checked above
            os.rename(staging, self.folder)
            fsync_dir(self.folder.parent)
        except BaseException:
            keys.wipe(data_key)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return OpenVault(
            self, data_key, vault_id, JournalGuard(self.folder, mac_key, vault_id, record)
        )

    def open(self, passphrase: str, *, accept_journal_problem: bool = False) -> OpenVault:
        """Unlock with the passphrase. Each way of failing raises its own VaultError.

        The journal is judged before any read-write connection exists (journal.py): until
        then nothing in the folder is written but the record of wrong attempts.
        `accept_journal_problem`: the user was told of a journal problem (VaultDamaged
        part="journal") and chose to open anyway; a journal that does not fit is set aside
        (kept, renamed), never deleted.
        """
        found = unwrap.unwrap(self.folder, passphrase, self.throttle)
        return self.open_unwrapped(found, passphrase, accept_journal_problem=accept_journal_problem)

    def open_unwrapped(
        self,
        found: unwrap.Unwrapped,
        passphrase: str,
        *,
        accept_journal_problem: bool = False,
    ) -> OpenVault:
        """The second half of `open`, after `unwrap.unwrap` (this vault's folder and throttle)
        found the data key: the database checked against it, the journal judged, opened."""
        key_file, data_key = found.key_file, found.data_key
        try:
            if found.db_size and _db_salt(self.db_path) != key_file.db_salt:
                raise NotAVault("the database belongs to another vault", reason="foreign")
            plan = journal.assess(self.folder, data_key, key_file.vault_id)
            if plan.problem is not None and not accept_journal_problem:
                raise plan.problem
            opened = self._open_as_judged(data_key, key_file.vault_id, plan)
        except BaseException:
            keys.wipe(data_key)
            raise
        if key_file.kdf.weaker_than(self.kdf) or key_file.version < keys.FORMAT_VERSION:
            opened.rewrap(passphrase)
        return opened

    def _open_as_judged(self, data_key: bytearray, vault_id: str, plan: journal.Plan) -> OpenVault:
        """Record what was judged, set aside what the user chose to, then open read-write."""
        record_path = self.folder / STATE_FILE
        previous = record_path.read_bytes() if record_path.is_file() else None
        mac_key = journal.record_key(data_key)
        journal.write_record(self.folder, mac_key, vault_id, plan.record)
        if plan.problem is not None and plan.set_aside:
            journal.set_aside(self.folder, dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ"))
        guard = JournalGuard(self.folder, mac_key, vault_id, plan.record)
        made = [p for p in (self.folder / WAL_FILE, self.folder / SHM_FILE) if not p.exists()]
        opened = OpenVault(self, data_key, vault_id, guard)
        try:
            opened.check_readable()
            opened.take_in_journal(plan)
            opened.migrate()
        except BaseException:
            opened.abandon()
            if not opened.touched and plan.problem is None:  # leave the folder as it was
                _restore(record_path, previous)
                _remove_empty(made)
            raise
        return opened

    def _read_key_file(self) -> keys.KeyFile:
        return unwrap.read_key_file(self.folder)


class OpenVault:
    """An unlocked vault: hands out transactions until `lock()` drops the key."""

    def __init__(
        self,
        vault: Vault,
        data_key: bytearray,
        vault_id: str,
        guard: JournalGuard,
        *,
        engine: Engine | None = None,
    ) -> None:
        """`engine`: only for the benchmark's unencrypted copy (the same calls, no SQLCipher).

        The engine (and SQLAlchemy with it) is made when first needed: unlocking and the
        first screen go through one plain connection, which the engine then takes over.
        """
        self.vault = vault
        self.vault_id = vault_id
        self._key = data_key
        self._guard = guard
        self._engine: Engine | None = engine
        if engine is not None:
            guard.attach(engine)
        self._first: Any = None  # the unlock's connection, until the engine takes it
        self._connections = threading.RLock()  # guards _first, _engine and _closed
        self._closed = False
        self._sessions: sessionmaker[Session] | None = None  # made by the first session()
        self._tidying = threading.Lock()  # held by tidy_journal; lock() waits for it
        self.touched = False  # a checkpoint or a new epoch has been written since opening

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is not None and not self._closed:
            return engine
        with self._connections:
            if self._closed:
                raise VaultLocked("the vault is locked")
            if self._engine is None:
                made = sql.make_engine(self.vault.db_path, self._key, creator=self._connect)
                self._guard.attach(made)
                self._engine = made
            return self._engine

    def _connect(self) -> Any:
        """The engine's connections: the one the vault was unlocked with first, then new ones."""
        with self._connections:
            first, self._first = self._first, None
        return first if first is not None else sql.connect(self.vault.db_path, self._key)

    @contextlib.contextmanager
    def _plain(self) -> Iterator[Any]:
        """A driver connection, without SQLAlchemy until the engine exists: the unlock's own
        (opened on first use), else one of the engine's."""
        with self._connections:
            if self._closed:
                raise VaultLocked("the vault is locked")
            if self._engine is not None:
                with self._engine.connect() as conn:
                    yield conn.connection.dbapi_connection
                return
            if self._first is None:
                self._first = sql.connect(self.vault.db_path, self._key)
            yield self._first

    @property
    def locked(self) -> bool:
        return self._closed

    def check_readable(self) -> None:
        """Open one connection: the key reads page 1, or the database is damaged."""
        try:
            with self._plain():
                pass
        except sql.WrongKey:
            raise VaultDamaged("the database cannot be read") from None

    def take_in_journal(self, plan: journal.Plan) -> None:
        """Copy a WAL that fits into the database; after an accepted problem, a new epoch."""
        if not plan.has_wal and plan.problem is None:
            return
        self.touched = True
        try:
            with self._plain() as dbapi:
                if plan.has_wal:
                    sql.checkpoint(dbapi)
                if plan.problem is not None:
                    self._guard.rebase(dbapi, plan.floor)
                    sql.checkpoint(dbapi)
        except sqlcipher.DatabaseError as exc:
            if isinstance(_classify(exc), VaultWriteFailed):
                raise VaultWriteFailed("the journal cannot be copied in", reason="io") from None
            raise VaultDamaged("the database cannot be written") from None

    def migrate(self, target: str = "head") -> None:
        """Bring the schema to `target`; a vault at the head is told by one plain read."""
        try:
            at_head = False
            if target in ("head", migrate.HEAD) and self._engine is None:
                with self._plain() as dbapi:
                    at_head = migrate.revision_on(dbapi) == migrate.HEAD
            if not at_head:
                migrate.upgrade(self.engine, target)
        except sqlcipher.DatabaseError as exc:  # from the driver itself (the foreign key check)
            raise _classify(exc) or VaultDamaged("the database cannot be upgraded") from None
        except sql.WrongKey:
            raise VaultDamaged("the database cannot be read") from None
        except _dbapi_error() as exc:  # last: naming it loads SQLAlchemy
            raise _classify(exc.orig) or VaultDamaged("the database cannot be upgraded") from None
        if not self._guard.may_checkpoint():
            self._guard.settle(self.engine)

    def abandon(self) -> None:
        """A failed open: close every connection (the key is wiped by the caller)."""
        with self._connections:
            self._closed = True
            engine, self._engine = self._engine, None
            first, self._first = self._first, None
            self._sessions = None
        if first is not None:
            first.close()
        if engine is not None:
            engine.dispose()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction (BEGIN IMMEDIATE): committed when the block ends, else rolled back.

        Inside `shared()` on this vault and thread: a savepoint of the shared transaction
        (a failing block undoes only itself; nothing is committed before `shared()` ends).
        """
        active = _SHARED.get()
        if active is not None and active[0] is self:
            with self._savepoint(active[1]) as shared:
                yield shared
            return
        threads.check()
        session = self._session_factory()()
        try:
            if self.locked:
                raise VaultLocked("the vault is locked")
            yield session
            session.commit()
        except _dbapi_error() as exc:
            session.rollback()
            problem = _classify(exc.orig)
            if problem is None:
                raise
            raise problem from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self._after_commit()

    def _session_factory(self) -> sessionmaker[Session]:
        made = self._sessions
        if made is not None:
            return made
        from sqlalchemy.orm import sessionmaker

        with self._connections:  # not made again after a lock (see lock)
            engine = self.engine  # VaultLocked once locked
            if self._sessions is None:
                self._sessions = sessionmaker(engine, expire_on_commit=False)
            return self._sessions

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        """One read-only snapshot through the driver's own connection (plain SQL, rows as
        tuples), for the first screen after unlock: it needs neither the ORM nor the models.
        Nothing is written; the transaction is rolled back when the block ends."""
        threads.check()
        with self._plain() as dbapi:
            dbapi.execute("BEGIN")
            try:
                yield dbapi
            finally:
                dbapi.execute("ROLLBACK")

    @contextlib.contextmanager
    def shared(self) -> Iterator[Session]:
        """Every session opened in the block (this vault, this thread) is a savepoint of one
        transaction, committed once when the block ends: what one screen reads, read together."""
        if _SHARED.get() is not None:
            raise RuntimeError("shared transactions do not nest")
        with self.session() as session:
            token = _SHARED.set((self, session))
            try:
                yield session
            finally:
                _SHARED.reset(token)

    @staticmethod
    @contextlib.contextmanager
    def _savepoint(session: Session) -> Iterator[Session]:
        try:
            with session.begin_nested():
                yield session
        except _dbapi_error() as exc:
            problem = _classify(exc.orig)
            if problem is None:
                raise
            raise problem from None

    def _after_commit(self) -> None:
        """Record a new run of the WAL before the caller goes on; checkpoint a long one.

        The commit has happened: nothing here may turn it into a failure (a checkpoint that
        cannot be made now leaves the WAL as it is, to be copied in later).
        """
        engine = self._engine
        if engine is None:
            return
        try:
            self._guard.settle(engine)
            wal_path = self.vault.folder / WAL_FILE
            size = wal_path.stat().st_size if wal_path.exists() else 0
            if size > CHECKPOINT_BYTES and self._guard.may_checkpoint():
                with engine.connect() as conn:
                    sql.checkpoint(conn.connection.dbapi_connection)
        except (sqlcipher.DatabaseError, OSError, VaultError, _dbapi_error()):
            log.warning("the journal could not be copied into the database now")

    def tidy_journal(self) -> bool:
        """When no one waits (the runner is idle): copy a WAL past IDLE_CHECKPOINT_BYTES into
        the database and begin the next run, so the next write pays for neither. False when
        there was nothing to do, or a reader or writer was busy (nothing is waited for)."""
        if not self._tidying.acquire(blocking=False):
            return False
        try:
            engine = self._engine
            if engine is None:
                return False
            self._guard.settle(engine)
            wal_path = self.vault.folder / WAL_FILE
            size = wal_path.stat().st_size if wal_path.exists() else 0
            if size <= IDLE_CHECKPOINT_BYTES or not self._guard.may_checkpoint():
                return False
            with engine.connect() as conn:
                dbapi = conn.connection.dbapi_connection
                if not sql.checkpoint(dbapi):
                    return False
                self._guard.begin_run(dbapi)
            return True
        except (sqlcipher.DatabaseError, OSError, VaultError, _dbapi_error()):
            log.warning("the journal could not be copied into the database now")
            return False
        finally:
            self._tidying.release()

    def lock(self) -> None:
        """Close every connection and overwrite the key. Idempotent."""
        try:
            with self._tidying:  # a tidy under way ends first
                with self._connections:
                    was_open, self._closed = not self._closed, True
                    engine, self._engine = self._engine, None
                    first, self._first = self._first, None
                    # The session factory holds the engine, and the engine what it compiled
                    # with values in it (a search's words, an identity code): a locked vault
                    # still held (the desktop's sync controller keeps it) reaches neither.
                    self._sessions = None
                if was_open:
                    self._close(engine, first)
        finally:
            keys.wipe(self._key)

    def _close(self, engine: Engine | None, first: Any) -> None:
        """Copy the WAL in, close; when SQLite has removed the WAL, record a clean close.
        `first`: the unlock's connection, when no engine has taken it."""
        try:
            if engine is not None:
                self._guard.settle(engine)
            elif first is not None:
                self._guard.settle_on(first)
            if self._guard.may_checkpoint():
                if engine is not None:
                    with engine.connect() as conn:
                        sql.checkpoint(conn.connection.dbapi_connection)
                elif first is not None:
                    sql.checkpoint(first)
        except (sqlcipher.DatabaseError, OSError, VaultError):
            log.warning("the journal could not be copied in before locking")
        except _dbapi_error():
            log.warning("the journal could not be copied in before locking")
        if first is not None:
            first.close()
        if engine is not None:
            engine.dispose()
        if not (self.vault.folder / WAL_FILE).exists():
            self._guard.closed()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase; the database is not touched."""
        check_passphrase(new)
        current = self.vault._read_key_file()
        old_key = keys.unwrap(current, old)  # raises WrongPassphrase
        try:
            if old_key != self._key:
                raise NotAVault("the key file belongs to another vault", reason="foreign")
        finally:
            keys.wipe(old_key)
        self.rewrap(new)

    def rewrap(self, passphrase: str) -> None:
        current = self.vault._read_key_file()
        fresh = keys.wrap(
            self._key, passphrase, self.vault.kdf, vault_id=self.vault_id, db_salt=current.db_salt
        )
        atomic_write(self.vault.key_path, fresh.to_bytes())

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return sql.integrity_ok(conn.connection.dbapi_connection)


def _dbapi_error() -> type[DBAPIError]:
    """SQLAlchemy's wrapper of driver errors, named where one may be caught: importing it
    loads SQLAlchemy, which only an engine needs (and then it is loaded)."""
    from sqlalchemy.exc import DBAPIError

    return DBAPIError


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")


def _build_database(db_path: Path, data_key: bytearray, schema: str) -> str:
    """Create the encrypted database at the newest schema and record the vault's id."""
    from sqlalchemy.orm import sessionmaker

    from hbdesk.models.meta import VaultMeta

    os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = sql.make_engine(db_path, data_key)
    try:
        migrate.upgrade(engine, schema)
        vault_id = secrets.token_hex(16)
        with sessionmaker(engine)() as session, session.begin():
            session.add(VaultMeta(key="vault_id", value=vault_id))
    finally:
        engine.dispose()
    return vault_id


def _db_salt(db_path: Path) -> bytes:
    with open(db_path, "rb") as fh:
        return fh.read(SALT_BYTES)


def _remove_empty(made: list[Path]) -> None:
    """After a failed open: the -wal and -shm SQLite made for it, if they hold no frame."""
    for path in made:
        try:
            if path.name == WAL_FILE and path.stat().st_size > 0:
                continue
            path.unlink()
        except OSError:
            pass


def _restore(path: Path, previous: bytes | None) -> None:
    """Put the record back as it was before a failed open (best effort)."""
    try:
        if previous is None:
            path.unlink(missing_ok=True)
        else:
            atomic_write(path, previous)
    except OSError:
        log.warning("the journal record could not be put back")


def _classify(orig: BaseException | None) -> VaultError | None:
    """Name a storage failure for the user (the data stays as it was); None for anything else."""
    if not isinstance(orig, sqlcipher.OperationalError | sqlcipher.DatabaseError) or isinstance(
        orig, sqlcipher.IntegrityError | sqlcipher.ProgrammingError
    ):
        return None
    text = str(orig).lower()
    if "disk is full" in text or "disk i/o" in text:
        return VaultWriteFailed("the change could not be written; nothing was saved")
    if "malformed" in text or "not a database" in text:
        return VaultDamaged("the database is damaged")
    if "locked" in text or "busy" in text:
        return VaultWriteFailed("the vault is busy; nothing was saved")
    return None
