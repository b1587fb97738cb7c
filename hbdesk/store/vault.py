"""The vault: a folder with a key file and a SQLCipher database, created, unlocked and locked here.

Fail closed: a vault that does not open is reported, never replaced, never "repaired".
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from hbdesk.models.base import utcnow
from hbdesk.models.meta import VaultMeta
from hbdesk.store import engine as sql
from hbdesk.store import keys, migrate
from hbdesk.store.errors import (
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultWriteFailed,
    WeakPassphrase,
    WrongPassphrase,
)
from hbdesk.store.files import (
    atomic_write,
    check_readable,
    fsync_dir,
    parent_dir,
    private_dir,
    read_checked,
)
from hbdesk.store.throttle import UnlockThrottle

KEY_FILE = "hbdesk.key"
DB_FILE = "hbdesk.db"
WAL_FILE = "hbdesk.db-wal"
# "clean" after a lock that closed every connection (SQLite then removes the WAL), "in_use"
# while unlocked. It tells a lost WAL (after a crash) and a stray one (after a clean close).
STATE_FILE = "hbdesk.state"
# Wrong passphrases so far and when the last came (throttle.py): a count and a time, no secret.
ATTEMPTS_FILE = "hbdesk.attempts"
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
        self.throttle = throttle or UnlockThrottle(self.folder / ATTEMPTS_FILE)

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
            if self.folder.exists():
                self.folder.rmdir()  # empty, checked above
            os.rename(staging, self.folder)
            fsync_dir(self.folder.parent)
            self._write_state("in_use")
        except BaseException:
            keys.wipe(data_key)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return OpenVault(self, data_key, vault_id)

    def open(self, passphrase: str, *, accept_journal_problem: bool = False) -> OpenVault:
        """Unlock with the passphrase. Each way of failing raises its own VaultError.

        `accept_journal_problem`: the user was told that the write-ahead journal is missing
        or does not belong (VaultDamaged part="journal") and chose to open anyway; a stray
        journal is set aside (kept, renamed), never deleted.
        """
        key_file = self._read_key_file()
        self.throttle.check(record_expected=key_file.version >= keys.ATTEMPTS_RECORD_SINCE)
        db_size = self._check_database()
        try:
            data_key = keys.unwrap(key_file, passphrase)
        except WrongPassphrase:
            raise WrongPassphrase(failures=self.throttle.failed()) from None
        self.throttle.succeeded()
        _remove_stale_temporaries(self.folder)
        try:
            if db_size and _db_salt(self.db_path) != key_file.db_salt:
                raise NotAVault("the database belongs to another vault", reason="foreign")
            self._check_journal(accept_journal_problem)
            opened = OpenVault(self, data_key, key_file.vault_id)
            opened.check_readable()
            self._write_state("in_use")  # only once the key has read the database
            opened.migrate()
        except BaseException:
            keys.wipe(data_key)
            raise
        if key_file.kdf.weaker_than(self.kdf) or key_file.version < keys.FORMAT_VERSION:
            opened.rewrap(passphrase)
        return opened

    def _check_journal(self, accept: bool) -> None:
        state_path, wal = self.folder / STATE_FILE, self.folder / WAL_FILE
        state = state_path.read_text().strip() if state_path.is_file() else ""
        has_wal = wal.is_file() and wal.stat().st_size > 0
        if state == "in_use" and not wal.exists() and not accept:
            raise VaultDamaged(
                "the write-ahead journal is missing after an interrupted session",
                part="journal",
                reason="missing_part",
            )
        if state == "clean" and has_wal:
            if not accept:
                raise VaultDamaged(
                    "a write-ahead journal that does not belong is present",
                    part="journal",
                    reason="foreign",
                )
            stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
            os.rename(wal, wal.with_name(f"{WAL_FILE}.set-aside-{stamp}"))
            (self.folder / "hbdesk.db-shm").unlink(missing_ok=True)

    def _write_state(self, state: str) -> None:
        atomic_write(self.folder / STATE_FILE, state.encode() + b"\n")

    def _read_key_file(self) -> keys.KeyFile:
        try:
            raw = read_checked(self.key_path, what="key file")
        except VaultMissing:
            if self.db_path.exists():
                raise VaultDamaged(
                    "the key file is missing", part="key_file", reason="missing_part"
                ) from None
            raise
        return keys.KeyFile.from_bytes(raw)

    def _check_database(self) -> int:
        try:
            size = check_readable(self.db_path, what="database")
        except VaultMissing:
            raise VaultDamaged("the database file is missing", reason="missing_part") from None
        if size == 0:
            raise VaultDamaged("the database file is empty", reason="empty")
        if size % sql.PAGE_SIZE:
            raise VaultDamaged("the database file is cut short", reason="truncated")
        return size


class OpenVault:
    """An unlocked vault: hands out transactions until `lock()` drops the key."""

    def __init__(self, vault: Vault, data_key: bytearray, vault_id: str) -> None:
        self.vault = vault
        self.vault_id = vault_id
        self._key = data_key
        self._engine: Engine | None = sql.make_engine(vault.db_path, data_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("the vault is locked")
        return self._engine

    @property
    def locked(self) -> bool:
        return self._engine is None

    def check_readable(self) -> None:
        """Open one connection: the key reads page 1, or the database is damaged."""
        try:
            with self.engine.connect():
                pass
        except sql.WrongKey:
            raise VaultDamaged("the database cannot be read") from None

    def migrate(self, target: str = "head") -> None:
        try:
            migrate.upgrade(self.engine, target)
        except sa_exc.DBAPIError as exc:
            raise (_classify(exc) or VaultDamaged("the database cannot be upgraded")) from None
        except sql.WrongKey:
            raise VaultDamaged("the database cannot be read") from None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction (BEGIN IMMEDIATE): committed when the block ends, else rolled back."""
        session = self._sessions()
        try:
            if self.locked:
                raise VaultLocked("the vault is locked")
            yield session
            session.commit()
        except sa_exc.DBAPIError as exc:
            session.rollback()
            problem = _classify(exc)
            if problem is None:
                raise
            raise problem from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def lock(self) -> None:
        """Close every connection and overwrite the key. Idempotent."""
        if self._engine is not None:
            engine, self._engine = self._engine, None
            engine.dispose()
            if not (self.vault.folder / WAL_FILE).exists():
                self.vault._write_state("clean")
        keys.wipe(self._key)

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


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")


def _build_database(db_path: Path, data_key: bytearray, schema: str) -> str:
    """Create the encrypted database at the newest schema and record the vault's id."""
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


def _remove_stale_temporaries(folder: Path) -> None:
    """Key-file copies left by a process killed mid-write (see files.atomic_write)."""
    for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):
        leftover.unlink(missing_ok=True)


def _db_salt(db_path: Path) -> bytes:
    with open(db_path, "rb") as fh:
        return fh.read(SALT_BYTES)


def _classify(exc: sa_exc.DBAPIError) -> VaultError | None:
    """Name a storage failure for the user (the data stays as it was); None for anything else."""
    if not isinstance(exc.orig, sqlcipher.OperationalError | sqlcipher.DatabaseError) or isinstance(
        exc.orig, sqlcipher.IntegrityError | sqlcipher.ProgrammingError
    ):
        return None
    text = str(exc.orig).lower()
    if "disk is full" in text or "disk i/o" in text:
        return VaultWriteFailed("the change could not be written; nothing was saved")
    if "malformed" in text or "not a database" in text:
        return VaultDamaged("the database is damaged")
    if "locked" in text or "busy" in text:
        return VaultWriteFailed("the vault is busy; nothing was saved")
    return None
