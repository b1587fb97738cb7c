"""A lookaside large enough for each vault connection: SQLite's pool of small allocations.

With memory security on (SECURITY.md) SQLCipher wraps SQLite's allocator: every allocation
is a malloc plus an mlock, every free a wipe plus an munlock — two system calls each.
SQLite serves most small allocations from its per-connection lookaside instead, but the
default one (48 KB) is taken entirely by the prepared statements the driver keeps cached,
so every allocation of a write went to the allocator: ~180 mlock/munlock pairs for one
spending entry, a third of what the encryption added to it. `widen` gives a new
connection a lookaside that holds the cached statements and a call's own allocations.
The lookaside is one allocation of the same wrapped allocator: locked (memory security is
switched on for the process before it is allocated: engine.connect), and wiped when the
connection closes. A slot freed inside it is not wiped on its own (SQLite reuses it), as
with SQLite's default lookaside: what a call left there stays in locked memory until the
slot is reused or the connection closes (at the latest at the lock). Under a user's
locked-memory limit (often 8 MB) each connection's 2.4 MB takes part of what SQLCipher
could otherwise lock for decrypted pages; a lock past the limit fails silently.

The driver has no call for it, so this reaches SQLite's C API through ctypes (the
connection's handle is the first field of the driver's connection object) — only where
that is known to work: SQLCipher's symbols exported by the driver's library and an
x86-64 machine (integer arguments of a variadic C function passed as fixed ones). Where
it cannot, nothing changes but the speed.
"""

from __future__ import annotations

import ctypes
import functools
import platform
import sys
from pathlib import Path
from typing import Any

SLOT_BYTES = 1200  # SQLite's own slot size
# SLOT_BYTES × SLOTS = 2.4 MB per connection, beside its 64 MiB page cache; SQLite carves
# them into ~1,500 slots of 1,200 bytes and ~4,500 of 128. In use, measured: ~1,900 after a
# few writes, ~2,900 after every stage page of the benchmark client and 40 writes.
SLOTS = 2000

_OK = 0
_DBCONFIG_LOOKASIDE = 1001
_DBSTATUS_LOOKASIDE_MISS_FULL = 6


@functools.cache
def _sqlite() -> Any | None:
    """The driver's SQLite/SQLCipher library, or None where its C API cannot be used here."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return None
    module = sys.modules.get("sqlcipher3._sqlite3")
    path = getattr(module, "__file__", None)
    if path is None:
        return None
    try:
        lib = ctypes.CDLL(str(Path(path)))
        lib.sqlite3_db_config.restype = ctypes.c_int
        lib.sqlite3_db_status.restype = ctypes.c_int
        lib.sqlite3_db_filename.restype = ctypes.c_char_p
        lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    except (OSError, AttributeError):
        return None
    return lib


def _handle(conn: Any, db_path: Path | None) -> int | None:
    """The connection's `sqlite3 *`, checked against the file it has open (when given)."""
    lib = _sqlite()
    if lib is None or not type(conn).__module__.startswith("sqlcipher3."):
        return None
    head = object.__basicsize__  # PyObject_HEAD; the handle follows it
    if type(conn).__basicsize__ < head + ctypes.sizeof(ctypes.c_void_p):
        return None
    handle = ctypes.c_void_p.from_address(id(conn) + head).value
    if not handle:
        return None
    if db_path is not None:
        name = lib.sqlite3_db_filename(handle, b"main") or b""
        if Path(name.decode(errors="replace")).resolve() != Path(db_path).resolve():
            return None
    return int(handle)


def widen(conn: Any, db_path: Path) -> bool:
    """Give a connection just opened (nothing run on it yet) a lookaside of SLOTS slots.

    False where it could not be done (another platform; the connection already in use);
    the connection then works as before."""
    handle = _handle(conn, db_path)
    if handle is None:
        return False
    lib = _sqlite()
    assert lib is not None
    rc = lib.sqlite3_db_config(
        ctypes.c_void_p(handle),
        ctypes.c_int(_DBCONFIG_LOOKASIDE),
        ctypes.c_void_p(None),
        ctypes.c_int(SLOT_BYTES),
        ctypes.c_int(SLOTS),
    )
    return int(rc) == _OK


def full_misses(conn: Any) -> int | None:
    """Allocations that found the connection's lookaside full since the last call (then
    each went to the allocator: with memory security, mlock and munlock); None where this
    cannot be read."""
    handle = _handle(conn, None)
    lib = _sqlite()
    if handle is None or lib is None:
        return None
    current, highest = ctypes.c_int(), ctypes.c_int()
    rc = lib.sqlite3_db_status(
        ctypes.c_void_p(handle),
        ctypes.c_int(_DBSTATUS_LOOKASIDE_MISS_FULL),
        ctypes.byref(current),
        ctypes.byref(highest),
        ctypes.c_int(1),  # and reset
    )
    return int(highest.value) if int(rc) == _OK else None
