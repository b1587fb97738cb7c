"""A vault connection serves a write's small allocations from its lookaside, not from the
allocator that memory security turns into system calls (mlock on each malloc, munlock on
each free; hbdesk/store/lookaside.py).

The connection is warm as in the app: the driver's statement cache full of the statements
a caseworker's screens ran. A write then finds room in the lookaside for every allocation
it makes, and the vault still reads and writes as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, literal_column, select

from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.store import OpenVault, lookaside


def _warm(vault: OpenVault, statements: int = 200) -> None:
    """More distinct statements than the driver caches (128): the cache is full after it."""
    with vault.session() as session:
        for i in range(statements):
            session.execute(select(literal_column(str(i)).label("n")))  # SELECT 0 AS n, …


def _connections_of(vault: OpenVault, fn: Any) -> list[Any]:
    seen: list[Any] = []

    def keep(conn: Any, *_: Any) -> None:
        raw = conn.connection.dbapi_connection
        if all(raw is not s for s in seen):
            seen.append(raw)

    event.listen(vault.engine, "before_cursor_execute", keep)
    try:
        fn()
    finally:
        event.remove(vault.engine, "before_cursor_execute", keep)
    return seen


def test_a_write_on_a_warm_connection_finds_room_in_the_lookaside(vault: OpenVault) -> None:
    save_draft(vault, "note/first", "ensimmäinen")
    _warm(vault)
    [conn] = _connections_of(vault, lambda: save_draft(vault, "note/warm", "lämmin"))
    if lookaside.full_misses(conn) is None:
        pytest.skip("SQLite's C API is not reachable on this platform (lookaside.py)")
    _warm(vault)
    assert lookaside.full_misses(conn) is not None  # reset: from here on
    [same] = _connections_of(vault, lambda: save_draft(vault, "note/second", "toinen " * 200))
    assert same is conn  # the connection used last goes out first
    assert lookaside.full_misses(conn) == 0
    assert load_drafts(vault)["note/second"] == "toinen " * 200


def test_another_driver_connection_is_left_alone(tmp_path: Path) -> None:
    plain = sqlite3.connect(tmp_path / "plain.db")
    try:
        assert lookaside.full_misses(plain) is None
        assert lookaside.widen(plain, tmp_path / "plain.db") is False
        assert plain.execute("SELECT 1").fetchone() == (1,)
    finally:
        plain.close()


_FIRST_CONNECTION = """
import sys
from pathlib import Path
from hbdesk.store import engine, lookaside

def locked_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmLck:"):
            return int(line.split()[1])
    raise SystemExit("no VmLck")

before = locked_kib()
conn = engine.connect(Path(sys.argv[1]), bytearray(b"k" * 32))
after = locked_kib()
print(after - before, lookaside.SLOT_BYTES * lookaside.SLOTS // 1024)
conn.close()
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmLck from /proc")
def test_the_first_connection_of_a_process_has_its_lookaside_locked(tmp_path: Path) -> None:
    """Memory security is a setting of the whole process in SQLCipher. The lookaside is
    allocated before the connection's own PRAGMA can run, so memory security must already be
    on when the first connection of a fresh process gets its lookaside: otherwise that
    allocation is neither locked nor wiped when freed. A fresh interpreter (not the test's
    zygote, which may have switched it on already)."""
    import subprocess
    import sys

    if lookaside._sqlite() is None:
        pytest.skip("no lookaside on this platform")
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_CONNECTION, str(tmp_path / "fresh.db")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    grown, lookaside_kib = (int(n) for n in done.stdout.split())
    assert grown >= lookaside_kib, (grown, lookaside_kib)
