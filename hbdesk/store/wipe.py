"""Remove a vault and the app's leftovers from this computer (a revoked device).

Called only after the vault is locked (every connection closed). Each file is overwritten
with zeros before it is unlinked where the file system allows (on SSDs and copy-on-write
file systems an overwrite does not reach every old block: the vault was encrypted anyway,
this only removes what is left). Symlinks are removed, never followed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 20
# The vault's own files, named so that a missing one is no error.
VAULT_FILES = (
    "hbdesk.key",
    "hbdesk.db",
    "hbdesk.db-wal",
    "hbdesk.db-shm",
    "hbdesk.state",
    "hbdesk.attempts",
)


def _overwrite(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            size = os.fstat(fd).st_size
            zeros = b"\0" * min(CHUNK, max(size, 1))
            done = 0
            while done < size:
                done += os.write(fd, zeros[: min(CHUNK, size - done)])
            os.fsync(fd)
        finally:
            os.close(fd)


def wipe_file(path: Path) -> bool:
    """Overwrite and unlink one file (a symlink is only unlinked). True when it is gone."""
    path = Path(path)
    if path.is_symlink():
        path.unlink(missing_ok=True)
        return True
    if path.is_file():
        _overwrite(path)
    try:
        path.unlink(missing_ok=True)
    except IsADirectoryError:
        wipe_tree(path)
    except OSError:
        log.warning("could not remove a file while wiping")
        return False
    return not path.exists()


def wipe_tree(folder: Path) -> bool:
    """Overwrite every file under `folder`, then remove the folder. True when it is gone."""
    folder = Path(folder)
    if folder.is_symlink() or folder.is_file():
        return wipe_file(folder)
    if not folder.exists():
        return True
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            wipe_file(Path(root) / name)
        for name in dirs:
            if (Path(root) / name).is_symlink():
                (Path(root) / name).unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def wipe_vault(folder: Path) -> bool:
    """The vault's key, database, journal files, state (drafts live in the database) and
    anything else in its folder (set-aside journals, stale temporaries), then the folder."""
    folder = Path(folder)
    for name in VAULT_FILES:
        wipe_file(folder / name)
    return wipe_tree(folder)


def wipe_folders(folders: Iterable[Path]) -> list[Path]:
    """Empty the given app folders (cache, exports, temporaries); returns those not removed."""
    left = []
    for folder in folders:
        if not wipe_tree(Path(folder)):
            left.append(Path(folder))
    return left


def _same_bytes(path: Path, sha256: str) -> bool:
    found = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                found.update(chunk)
    except OSError:
        return False
    return found.hexdigest() == sha256


def wipe_written(files: Iterable[tuple[Path, str]]) -> list[Path]:
    """Remove files the app wrote elsewhere (exports), each only while it still holds the
    bytes written (sha256); a link, or a file since replaced, stays. Returns those left."""
    left = []
    for path, sha256 in files:
        path = Path(path)
        if path.is_symlink() or not path.is_file() or not _same_bytes(path, sha256):
            continue
        if not wipe_file(path):
            left.append(path)
    return left
