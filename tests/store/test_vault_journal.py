"""The write-ahead journal: lost, stale, foreign, newer or older than its database.

Every case is made with real processes on a real vault: a child commits numbered notes and
prints each one once its commit returned (acknowledged); the parent kills it with SIGKILL
in the middle of its commits. A failed open must leave hbdesk.db and hbdesk.db-wal byte for
byte as they were, and no acknowledged note may be lost unless the user chose it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.store import Vault, VaultDamaged
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.zygote import spawn_python

ROOT = Path(__file__).parents[2]
LONG = bool(os.environ.get("HBDESK_LONG"))
DB, WAL, SHM = "hbdesk.db", "hbdesk.db-wal", "hbdesk.db-shm"

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams
    from hbdesk.services.drafts import save_draft
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    v = Vault(Path(sys.argv[1]), kdf=kdf).open(sys.argv[2])
    start, count, end = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    i = start
    while count == 0 or i < start + count:  # 0: until killed
        save_draft(v, f"note/{i:05d}", f"muistiinpano {i} " + "x" * 3000)
        print(i, flush=True)  # acknowledged: the commit returned
        i += 1
    if end == "lock":
        v.lock()
    elif end == "exit":
        sys.exit(0)  # the process ends without lock()
""")


def _writer(folder: Path, start: int, count: int, end: str) -> Any:
    """The WRITER in a process of its own (forked from a warm parent: tests/zygote.py)."""
    return spawn_python(WRITER, folder, PASSPHRASE, start, count, end)


def write_notes(folder: Path, start: int, count: int) -> set[int]:
    """A session in this process that commits `count` notes and locks."""
    opened = Vault(folder, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        for i in range(start, start + count):
            save_draft(opened, f"note/{i:05d}", f"muistiinpano {i} " + "x" * 3000)
    finally:
        opened.lock()
    return set(range(start, start + count))


def exit_without_lock(folder: Path, start: int, count: int) -> set[int]:
    """A session in a process of its own that ends (normally) without lock()."""
    proc = _writer(folder, start, count, "exit")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return {int(x) for x in out.split()}


def crash_mid_commit(folder: Path, start: int, at_least: int, seed: int = 1) -> set[int]:
    """A session killed with SIGKILL while it commits, after `at_least` acknowledgements."""
    proc = _writer(folder, start, 0, "hang")
    assert proc.stdout is not None
    acked = [proc.stdout.readline().strip() for _ in range(at_least)]
    assert all(acked), proc.stderr.read() if proc.stderr else ""
    time.sleep(random.Random(seed).uniform(0.0, 0.02))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    return {int(x) for x in [*acked, *rest.split()]}


def journal_bytes(folder: Path) -> dict[str, str | None]:
    """sha256 of the database and its journal (None: the file is not there)."""
    return {
        name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
        if (folder / name).exists()
        else None
        for name in (DB, WAL)
    }


def stored_notes(folder: Path, *, accept: bool = False) -> set[int]:
    opened = Vault(folder, kdf=FAST_KDF).open(PASSPHRASE, accept_journal_problem=accept)
    try:
        assert opened.integrity_ok()
        return {int(place.split("/")[1]) for place in load_drafts(opened, "note/")}
    finally:
        opened.lock()


def new_vault(folder: Path) -> None:
    Vault(folder, kdf=FAST_KDF).create(PASSPHRASE).lock()


# Each case makes a vault whose journal is wrong, and says how to put the genuine files back.
Case = tuple[set[int], Callable[[], None]]


def missing(folder: Path, tmp: Path) -> Case:
    """A session crashed; its journal then disappeared (moved away)."""
    new_vault(folder)
    acked = write_notes(folder, 0, 5) | crash_mid_commit(folder, 100, 10)
    shutil.move(folder / WAL, tmp / "genuine-wal")
    return acked, lambda: shutil.move(tmp / "genuine-wal", folder / WAL)


def stale_after_clean_close(folder: Path, tmp: Path) -> Case:
    """The vault was closed cleanly; a journal of an earlier crashed session turns up."""
    new_vault(folder)
    acked = crash_mid_commit(folder, 0, 10)
    stale = (folder / WAL).read_bytes()
    acked |= write_notes(folder, 100, 15)  # recovers the crash, adds more, locks
    (folder / WAL).write_bytes(stale)
    return acked, lambda: (folder / WAL).unlink()


def foreign(folder: Path, tmp: Path) -> Case:
    """A crashed vault, with another crashed vault's journal (same passphrase) beside it."""
    other = tmp / "other"
    new_vault(other)
    crash_mid_commit(other, 500, 10)
    new_vault(folder)
    acked = write_notes(folder, 0, 5) | crash_mid_commit(folder, 100, 10)
    genuine = (folder / WAL).read_bytes()
    shutil.copy(other / WAL, folder / WAL)
    return acked, lambda: (folder / WAL).write_bytes(genuine)


def older_journal(folder: Path, tmp: Path) -> Case:
    """Issue 18/12: a newer database with an older journal of the same vault beside it."""
    new_vault(folder)
    acked = crash_mid_commit(folder, 0, 10)
    older = (folder / WAL).read_bytes()
    acked |= write_notes(folder, 100, 15)  # the database now holds all 25
    acked |= crash_mid_commit(folder, 200, 5)
    genuine = (folder / WAL).read_bytes()
    (folder / WAL).write_bytes(older)
    return acked, lambda: (folder / WAL).write_bytes(genuine)


def newer_journal(folder: Path, tmp: Path) -> Case:
    """The journal is newer than its database: the database was replaced by an older copy."""
    new_vault(folder)
    acked = write_notes(folder, 0, 10)
    older_db = (folder / DB).read_bytes()
    acked |= write_notes(folder, 100, 10)
    acked |= crash_mid_commit(folder, 200, 5)
    genuine = (folder / DB).read_bytes()
    (folder / DB).write_bytes(older_db)
    return acked, lambda: (folder / DB).write_bytes(genuine)


CASES: list[tuple[str, Callable[[Path, Path], Case], str]] = [
    ("missing", missing, "missing_part"),
    ("stale from the same vault", stale_after_clean_close, "stale"),
    ("from another vault", foreign, "foreign"),
    ("older than the database", older_journal, "stale"),
    ("newer than the database", newer_journal, "older_database"),
]


@pytest.mark.parametrize(("make", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_wrong_journal_is_reported_and_changes_nothing(
    vault_dir: Path, tmp_path: Path, make: Callable[[Path, Path], Case], reason: str
) -> None:
    acked, put_back = make(vault_dir, tmp_path)
    before = journal_bytes(vault_dir)
    for _ in range(2):  # and the second try says the same
        with pytest.raises(VaultDamaged) as err:
            Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
        assert (err.value.part, err.value.reason) == ("journal", reason)
        assert journal_bytes(vault_dir) == before
    if (vault_dir / WAL).exists():
        # On a copy: the user reads the message and chooses to open anyway.
        chosen = tmp_path / "chosen"
        shutil.copytree(vault_dir, chosen)
        stored_notes(chosen, accept=True)
        kept = list(chosen.glob(f"{WAL}.set-aside-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == (vault_dir / WAL).read_bytes()
        stored_notes(chosen)  # from then on it opens without a word
    # Nothing acknowledged was lost by trying: with the genuine files back, all of it opens.
    put_back()
    assert acked <= stored_notes(vault_dir)


def test_a_crash_is_recovered_from_the_journal_without_a_word(vault_dir: Path) -> None:
    new_vault(vault_dir)
    acked = write_notes(vault_dir, 0, 5)
    for round_ in range(3):
        acked |= crash_mid_commit(vault_dir, 100 * (round_ + 1), 5, seed=round_)
        assert acked <= stored_notes(vault_dir)


def test_a_process_that_ends_without_lock_reopens_without_a_warning(vault_dir: Path) -> None:
    """Issue 18/14: the state file said "in use" and the journal SQLite removed was missed."""
    new_vault(vault_dir)
    acked = exit_without_lock(vault_dir, 0, 5)
    assert acked <= stored_notes(vault_dir)


def test_clean_lock_leaves_no_journal(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    save_draft(opened, "a", "b")
    assert (vault_dir / WAL).exists()
    opened.lock()
    assert not (vault_dir / WAL).exists()


def test_a_journal_lost_after_a_crash_can_be_opened_after_the_users_choice(
    vault_dir: Path,
) -> None:
    new_vault(vault_dir)
    acked = write_notes(vault_dir, 0, 5)
    crash_mid_commit(vault_dir, 100, 5)
    (vault_dir / WAL).unlink()
    (vault_dir / SHM).unlink(missing_ok=True)
    with pytest.raises(VaultDamaged):
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    # The user was told the latest changes are gone and chose to open what is left.
    assert stored_notes(vault_dir, accept=True) == acked
    assert stored_notes(vault_dir) == acked  # the choice is not asked again


BIG_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams
    from hbdesk.services.drafts import save_draft
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    v = Vault(Path(sys.argv[1]), kdf=kdf).open(sys.argv[2])
    i = int(sys.argv[3])
    while True:  # ~200 KiB a commit: the WAL passes the checkpoint size every ~20 commits
        save_draft(v, f"note/{i:05d}", f"{i} " + "y" * 200_000)
        print(i, flush=True)
        i += 1
""")


@pytest.mark.slow
def test_kills_across_checkpoints_never_cost_an_acknowledged_write(vault_dir: Path) -> None:
    """Runs of the WAL begin and end (checkpoints) while the writer is killed at random."""
    new_vault(vault_dir)
    rng = random.Random(18)
    acked: set[int] = set()
    start = 0
    rounds = int(os.environ.get("HBDESK_LONG_ROUNDS", "0")) or (12 if LONG else 3)
    for _ in range(rounds):
        proc = spawn_python(BIG_WRITER, vault_dir, PASSPHRASE, start)
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(rng.randint(5, 45))]
        assert all(lines), proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        acked |= {int(x) for x in [*lines, *rest.split()]}
        start = max(acked) + 1000
        assert acked <= stored_notes(vault_dir)  # opens without a word, all of it there
    # Each session began one run; more runs mean checkpoints came in the middle of sessions.
    assert json.loads((vault_dir / "hbdesk.state").read_text())["epoch"] > rounds


def edit_epoch(path: Path) -> None:
    body = json.loads(path.read_text())
    body["epoch"] += 5  # the record would then accept a newer run; its HMAC says no
    path.write_text(json.dumps(body))


@pytest.mark.parametrize(
    "tamper",
    [lambda p: p.unlink(), edit_epoch, lambda p: p.write_text("in_use\n")],
    ids=["record deleted", "record edited", "record made to look old"],
)
def test_a_record_removed_or_edited_is_reported_not_trusted(
    vault_dir: Path, tamper: Callable[[Path], None]
) -> None:
    new_vault(vault_dir)
    acked = write_notes(vault_dir, 0, 5) | crash_mid_commit(vault_dir, 100, 5)
    tamper(vault_dir / "hbdesk.state")
    before = journal_bytes(vault_dir)
    with pytest.raises(VaultDamaged) as err:
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    assert (err.value.part, err.value.reason) == ("journal", "unverified")
    assert journal_bytes(vault_dir) == before
    assert acked <= stored_notes(vault_dir, accept=True)  # the user's choice: as it is
    assert acked <= stored_notes(vault_dir)


OLD_HBDESK_CRASH = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from hbdesk.store import engine as sql
    # As hbdesk wrote before the journal record: no epochs, SQLite checkpointing on its own.
    conn = sql.connect(Path(sys.argv[1]) / "hbdesk.db", bytearray.fromhex(sys.argv[2]))
    conn.execute("PRAGMA wal_autocheckpoint = 1000")
    for i in range(int(sys.argv[3])):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO drafts (place, text, updated_at) VALUES (?, ?, '2025-01-01 00:00:00')",
            (f"note/{i:05d}", "x" * 3000),
        )
        conn.execute("COMMIT")
    os._exit(0)
""")


def test_a_vault_crashed_under_an_earlier_hbdesk_opens_with_its_journal(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    key = bytes(opened._key).hex()
    opened.lock()
    subprocess.run(
        [sys.executable, "-c", OLD_HBDESK_CRASH, str(vault_dir), key, "20"],
        check=True,
        timeout=60,
        cwd=ROOT,
    )
    (vault_dir / "hbdesk.state").write_text("in_use\n")  # what that hbdesk wrote
    assert (vault_dir / WAL).stat().st_size > 0
    assert stored_notes(vault_dir) == set(range(20))
    assert json.loads((vault_dir / "hbdesk.state").read_text())["state"] == "closed"
    assert stored_notes(vault_dir) == set(range(20))


NEW_RUN_WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams, journal
    from hbdesk.services.drafts import save_draft
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    folder = Path(sys.argv[1])
    v = Vault(folder, kdf=kdf).open(sys.argv[2])
    i = 0
    while True:  # until the vault's own checkpoint has emptied the WAL: that run is over
        save_draft(v, f"note/{i:05d}", f"{i} " + "y" * 200_000)
        print(i, flush=True)
        i += 1
        if (folder / "hbdesk.db-wal").stat().st_size == 0:
            break
    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)
    journal.write_record = killed  # the next run's record is never written
    save_draft(v, f"note/{i:05d}", f"{i} " + "y" * 200_000)
""")
FRAME = 24 + 4096  # a WAL frame: its header and one page


@pytest.mark.slow
@pytest.mark.parametrize("kept", ["first frame", "all but the commit frame"])
def test_a_kill_while_the_next_run_writes_its_first_commit_is_no_journal_problem(
    vault_dir: Path, kept: str
) -> None:
    """The checkpoint emptied the WAL; the next commit (which raises the epoch, page 1 its
    first frame) was killed while SQLite wrote its frames: the WAL holds the new run's
    header and some of its frames, no commit frame, and the record names the run before.
    The WAL holds nothing SQLite would apply: the vault opens without a word."""
    from hbdesk.store import wal

    new_vault(vault_dir)
    proc = subprocess.run(
        [sys.executable, "-c", NEW_RUN_WRITER, str(vault_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    acked = {int(x) for x in proc.stdout.split()}
    record = json.loads((vault_dir / "hbdesk.state").read_text())
    whole = (vault_dir / WAL).read_bytes()
    frames = (len(whole) - 32) // FRAME
    assert len(whole) == 32 + frames * FRAME and frames > 2
    # As SQLite leaves it when killed between two frames of the commit (page 1 is written
    # first): the commit frame, the last, never came.
    keep = 1 if kept == "first frame" else frames - 1
    (vault_dir / WAL).write_bytes(whole[: 32 + keep * FRAME])
    info = wal.read(vault_dir / WAL, 4096)
    assert info is not None and info.first_page == 1 and info.ident != record["wal"]
    assert stored_notes(vault_dir) == acked  # opens without a word; the cut commit is not there
    assert stored_notes(vault_dir) == acked
