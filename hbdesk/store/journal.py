"""The vault's journal (SQLite's WAL), judged before any read-write connection exists.

Epochs. The database header's user_version holds an epoch. The WAL runs from empty until
the vault's own checkpoint empties it again (SQLite never checkpoints on its own here:
wal_autocheckpoint=0); every run begins with a commit that raises the epoch by one
(guard.py). So the epoch seen through a WAL tells which run it is from, and the epoch of
the database file alone tells which run was last copied into it.

The record (hbdesk.state) names the current run: its epoch, the database's epoch when it
began (base), the WAL's identity (checkpoint sequence and salts, new whenever the log
restarts) and whether the vault was closed cleanly. An HMAC under a key derived from the
data key authenticates it: without the passphrase it cannot be made up or edited.

Judging reads the database file alone (immutable: nothing is created or written), and the
WAL through a copy of it beside a copy of the database's first page in a private temporary
folder. Nothing in the vault folder is written, not even a -shm. Then:
- no WAL: the database must be at the recorded epoch, else the WAL of the last run was
  lost ("missing_part", after an interrupted session) or the database is an older copy
  ("older_database", after a clean close);
- a WAL that another key wrote: "foreign"; one older than the database, or than the
  recorded run: "stale"; the recorded run's WAL over a database older than the run's
  base: "older_database"; any WAL after a clean close: "stale" or "foreign";
- a record that is missing or fails its HMAC where epochs are in use: "unverified".
Each is reported and nothing is touched until the user chooses to open anyway; then a
WAL that does not fit is set aside (renamed, kept) and the epoch jumps above every epoch
seen, so that no set-aside or stray WAL can ever fit later.

Not detected: a WAL replaced by an earlier copy of itself taken during the same run (from
the same session, after its last checkpoint). That needs a record written at every commit.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hbdesk.store import engine as sql
from hbdesk.store import wal
from hbdesk.store.errors import VaultDamaged, VaultWriteFailed
from hbdesk.store.files import FILE_MODE, atomic_write
from hbdesk.store.unwrap import DB_FILE, PAGE_SIZE

RECORD_FILE = "hbdesk.state"
WAL_FILE = "hbdesk.db-wal"
SHM_FILE = "hbdesk.db-shm"
FORMAT = "hbdesk-journal"
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)  # EFBIG: a size limit


@dataclass(frozen=True)
class Record:
    """What the vault knows about its journal; written before every change to it."""

    state: str  # "open" | "closed"
    epoch: int
    base: int
    wal: str | None


@dataclass(frozen=True)
class Plan:
    """The judgement: the record to write before opening, and any problem found."""

    record: Record
    problem: VaultDamaged | None = None
    set_aside: bool = False  # if the user opens anyway: rename the WAL away first
    floor: int = 0  # the highest epoch seen: an accepted problem moves the vault above it
    has_wal: bool = False


def record_key(data_key: bytearray) -> bytes:
    """The HMAC key of the record (derived: the data key itself never leaves SQLCipher)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"hbdesk journal record")
    return hkdf.derive(bytes(data_key))


def write_record(folder: Path, mac_key: bytes, vault_id: str, record: Record) -> None:
    """Replace the record atomically; a full disk is VaultWriteFailed("disk_full")."""
    body: dict[str, Any] = {"format": FORMAT, "version": 1, "vault_id": vault_id}
    body.update(asdict(record))
    body["mac"] = _mac(mac_key, body)
    try:
        atomic_write(folder / RECORD_FILE, json.dumps(body).encode() + b"\n")
    except OSError as exc:
        if exc.errno in _FULL:
            raise VaultWriteFailed(
                "no room to write the journal record", reason="disk_full"
            ) from None
        raise


def read_record(folder: Path, mac_key: bytes, vault_id: str) -> tuple[str, Record | None]:
    """("valid", record), or ("absent" | "legacy_clean" | "legacy_in_use" | "invalid", None)."""
    try:
        raw = (folder / RECORD_FILE).read_bytes()
    except FileNotFoundError:
        return "absent", None
    except OSError:
        return "invalid", None
    if raw.strip() in (b"clean", b"in_use"):  # written by hbdesk before the record existed
        return f"legacy_{raw.strip().decode()}", None
    try:
        body = json.loads(raw)
        mac = body.pop("mac")
        if body.get("vault_id") != vault_id or not hmac.compare_digest(_mac(mac_key, body), mac):
            return "invalid", None
        record = Record(body["state"], int(body["epoch"]), int(body["base"]), body["wal"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return "invalid", None
    return "valid", record


def _mac(mac_key: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(mac_key, canonical, hashlib.sha256).hexdigest()


def assess(folder: Path, data_key: bytearray, vault_id: str) -> Plan:
    """Judge the journal without writing anything in `folder`. Raises VaultDamaged for a
    database the key cannot read; a journal problem is returned in the plan."""
    kind, record = read_record(folder, record_key(data_key), vault_id)
    try:
        db_epoch: int | None = sql.read_epoch(folder / DB_FILE, data_key, with_journal=False)
    except sql.WrongKey:
        db_epoch = None  # page 1 may be torn by a crash mid-checkpoint: the WAL may mend it
    info = wal.read(folder / WAL_FILE, PAGE_SIZE)
    if info is None:
        if db_epoch is None:
            raise VaultDamaged("the database cannot be read")
        return _without_wal(kind, record, db_epoch)
    view = _view_epoch(folder, data_key)
    if view is None:
        if db_epoch is None:
            raise VaultDamaged("the database cannot be read")
        return _trouble("foreign", record, db_epoch, None, set_aside=True)
    return _with_wal(kind, record, db_epoch, info, view)


def _without_wal(kind: str, record: Record | None, d: int) -> Plan:
    if record is not None:
        # d one above the record: a first commit whose record was not written, copied in
        # by SQLite when the last connection closed. Nothing recorded is missing from it.
        if d in (record.epoch, record.epoch + 1):
            return Plan(Record("open", d, d, None))
        if d < record.epoch:
            reason = "missing_part" if record.state == "open" else "older_database"
            return _trouble(reason, record, d, None, set_aside=False)
        return _trouble("unverified", record, d, None, set_aside=False)
    if kind == "invalid" or d > 0:
        return _trouble("unverified", record, d, None, set_aside=False)
    if kind == "legacy_in_use":  # the rule before the record existed
        return _trouble("missing_part", record, d, None, set_aside=False)
    return Plan(Record("open", d, d, None))


def _with_wal(kind: str, record: Record | None, d: int | None, info: wal.WalInfo, v: int) -> Plan:
    if d is not None and v < d:
        return _trouble("stale", record, d, v, set_aside=True)
    if record is None:
        if kind == "invalid" or (d or 0) > 0 or v > 0:
            return _trouble("unverified", record, d, v, set_aside=False, ident=info.ident)
        if kind == "legacy_clean":
            return _trouble("stale", record, d, v, set_aside=True)
        return _fits(Record("open", v, d or 0, info.ident))
    if record.state == "closed":  # SQLite removed the WAL before the record said "closed"
        return _trouble("stale" if v <= record.epoch else "foreign", record, d, v, set_aside=True)
    return _open_run(record, d, info, v)


def _open_run(record: Record, d: int | None, info: wal.WalInfo, v: int) -> Plan:
    """A WAL after an interrupted session: the recorded run's, or the next one's."""
    e = record.epoch
    if info.ident == record.wal and v == e:
        if d is not None and d < record.base:
            return _trouble("older_database", record, d, v, set_aside=True)
        return _fits(Record("open", e, record.base, info.ident))
    if d is None:
        raise VaultDamaged("the database cannot be read")
    if v == e + 1 and d == e:  # the next run's first commit was made, its record not written
        return _fits(Record("open", v, e, info.ident))
    if v == e and d == e and info.first_page == 1:  # the next run's first commit never ended
        return _fits(Record("open", e, e, info.ident))
    if v < e:
        return _trouble("stale", record, d, v, set_aside=True)
    if d < e:
        return _trouble("older_database", record, d, v, set_aside=True)
    return _trouble("foreign", record, d, v, set_aside=True)


def _fits(record: Record) -> Plan:
    return Plan(record, floor=record.epoch, has_wal=True)


_WORDS = {
    "missing_part": "the write-ahead journal is missing after an interrupted session",
    "older_database": "the database is older than its journal or its record",
    "stale": "the write-ahead journal is older than the database it lies beside",
    "foreign": "a write-ahead journal that does not belong to this vault is present",
    "unverified": "the vault's record of its journal is missing or does not check out",
}


def _trouble(
    reason: str,
    record: Record | None,
    d: int | None,
    v: int | None,
    *,
    set_aside: bool,
    ident: str | None = None,
) -> Plan:
    """A problem to report; `ident`: a WAL that is kept and applied if the user chooses."""
    if d is None:
        raise VaultDamaged("the database cannot be read")
    seen = [x for x in (d, v, record.epoch if record else None) if x is not None]
    if ident is None:  # after the choice the database is opened alone
        after = Record("open", d, d, None)
    else:
        after = Record("open", v if v is not None else d, d, ident)
    problem = VaultDamaged(_WORDS[reason], part="journal", reason=reason)
    return Plan(after, problem, set_aside=set_aside, floor=max(seen), has_wal=ident is not None)


def _view_epoch(folder: Path, data_key: bytearray) -> int | None:
    """The epoch seen through the WAL, on copies in a private temporary folder (None: the
    key cannot read what the WAL holds). A WAL without a committed frame (a commit killed
    while SQLite wrote it) shows the database's own epoch: it holds nothing to apply."""
    scratch = Path(tempfile.mkdtemp(prefix="hbdesk-journal-"))  # 0700
    try:
        with open(folder / DB_FILE, "rb") as fh:
            _private_copy(scratch / DB_FILE, fh.read(PAGE_SIZE))
        with open(folder / WAL_FILE, "rb") as src, _private_file(scratch / WAL_FILE) as dst:
            shutil.copyfileobj(src, dst)
        return sql.read_epoch(scratch / DB_FILE, data_key, with_journal=True, page_one_only=True)
    except sql.WrongKey:
        return None
    except OSError as exc:
        if exc.errno in _FULL:
            raise VaultWriteFailed("no room to check the journal", reason="disk_full") from None
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _private_copy(path: Path, data: bytes) -> None:
    with _private_file(path) as fh:
        fh.write(data)


@contextlib.contextmanager
def _private_file(path: Path) -> Any:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        yield fh


def set_aside(folder: Path, stamp: str) -> None:
    """Rename the WAL away (kept, never deleted) and drop SQLite's index of it."""
    wal_path = folder / WAL_FILE
    os.rename(wal_path, wal_path.with_name(f"{WAL_FILE}.set-aside-{stamp}"))
    (folder / SHM_FILE).unlink(missing_ok=True)
