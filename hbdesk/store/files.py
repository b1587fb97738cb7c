"""Files of the vault: private permissions, atomic replacement, and telling problems apart."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from hbdesk.store.errors import NotAVault, VaultMissing, VaultUnreadable

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> None:
    """Create (if needed) a folder only the owner can enter."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


def parent_dir(path: Path) -> None:
    """Create the folder a vault goes in if it is missing; an existing one keeps its mode."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a new file beside `path`, fsync it, rename it over `path`, fsync the folder.

    At every instant `path` holds either the whole old content or the whole new one.
    On any failure (disk full) the partial temporary file is removed.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def read_checked(path: Path, *, what: str) -> bytes:
    """Read a vault file, turning each way it can be missing or unreadable into its own error."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise VaultMissing(f"no {what} at the vault path") from None
    except PermissionError:
        raise VaultUnreadable(f"the {what} cannot be reached", reason="permission") from None
    if stat.S_ISDIR(st.st_mode):
        raise VaultUnreadable(f"a folder stands where the {what} should be", reason="is_directory")
    if not stat.S_ISREG(st.st_mode):
        raise NotAVault(f"the {what} is not a regular file", reason="foreign")
    try:
        return path.read_bytes()
    except PermissionError:
        raise VaultUnreadable(f"the {what} cannot be read", reason="permission") from None
    except OSError as exc:
        reason = "io" if exc.errno == errno.EIO else "permission"
        raise VaultUnreadable(f"the {what} cannot be read", reason=reason) from None


def check_readable(path: Path, *, what: str) -> int:
    """The size of a vault file, or the distinct error for why it cannot be used."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise VaultMissing(f"no {what} at the vault path") from None
    except PermissionError:
        raise VaultUnreadable(f"the {what} cannot be reached", reason="permission") from None
    if stat.S_ISDIR(st.st_mode):
        raise VaultUnreadable(f"a folder stands where the {what} should be", reason="is_directory")
    if not os.access(path, os.R_OK | os.W_OK):
        raise VaultUnreadable(f"the {what} cannot be read and written", reason="permission")
    return st.st_size
