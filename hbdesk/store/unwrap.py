"""The first half of unlocking: the key file read, the wrong-attempt record asked, the data key
unwrapped with Argon2id. Nothing here opens the database or imports SQLAlchemy, so the key
derivation can start the moment the passphrase is typed while the rest of hbdesk loads
(Argon2id releases the GIL). `Vault.open` is this, then `Vault.open_unwrapped`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hbdesk.store import keys
from hbdesk.store.errors import VaultDamaged, VaultMissing, WrongPassphrase
from hbdesk.store.files import check_readable, read_checked
from hbdesk.store.throttle import UnlockThrottle

KEY_FILE = "hbdesk.key"
DB_FILE = "hbdesk.db"
# Wrong passphrases so far and when the last came (throttle.py): a count and a time, no secret.
ATTEMPTS_FILE = "hbdesk.attempts"
PAGE_SIZE = 4096  # SQLCipher's page: a database file is a whole number of them


@dataclass
class Unwrapped:
    """The data key of a vault folder, the passphrase found right; nothing opened yet."""

    key_file: keys.KeyFile
    data_key: bytearray
    db_size: int

    def wipe(self) -> None:
        keys.wipe(self.data_key)


def throttle_for(folder: Path) -> UnlockThrottle:
    """The record of wrong attempts beside a vault (one object per vault: it counts)."""
    return UnlockThrottle(Path(folder) / ATTEMPTS_FILE)


def unwrap(folder: Path, passphrase: str, throttle: UnlockThrottle) -> Unwrapped:
    """Check the key file, the wait after wrong attempts and the database file, then derive.

    Each way of failing raises its own VaultError; a wrong passphrase is counted.
    """
    folder = Path(folder)
    key_file = read_key_file(folder)
    throttle.check(record_expected=key_file.version >= keys.ATTEMPTS_RECORD_SINCE)
    db_size = check_database(folder / DB_FILE)
    try:
        data_key = keys.unwrap(key_file, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(failures=throttle.failed()) from None
    throttle.succeeded()
    _remove_stale_temporaries(folder)
    return Unwrapped(key_file, data_key, db_size)


def read_key_file(folder: Path) -> keys.KeyFile:
    try:
        raw = read_checked(folder / KEY_FILE, what="key file")
    except VaultMissing:
        if (folder / DB_FILE).exists():
            raise VaultDamaged(
                "the key file is missing", part="key_file", reason="missing_part"
            ) from None
        raise
    return keys.KeyFile.from_bytes(raw)


def check_database(db_path: Path) -> int:
    try:
        size = check_readable(db_path, what="database")
    except VaultMissing:
        raise VaultDamaged("the database file is missing", reason="missing_part") from None
    if size == 0:
        raise VaultDamaged("the database file is empty", reason="empty")
    if size % PAGE_SIZE:
        raise VaultDamaged("the database file is cut short", reason="truncated")
    return size


def _remove_stale_temporaries(folder: Path) -> None:
    """Key-file copies left by a process killed mid-write (see files.atomic_write)."""
    for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):
        leftover.unlink(missing_ok=True)
