"""Faults on real files: kill -9 during commits and passphrase changes, and a full disk.

Long runs: set HBDESK_LONG=1 (the CI runs the short form of the same tests).
"""

from __future__ import annotations

import os
import random
import signal
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hbdesk.models.client import Client
from hbdesk.services.drafts import load_drafts
from hbdesk.store import Vault, WrongPassphrase
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.zygote import run_python, spawn_python

ROUNDS = 30 if os.environ.get("HBDESK_LONG") else 4
OTHER = "toinen aivan eri salalause"

PRELUDE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    folder = Path(sys.argv[1])
""")

COMMITTER = PRELUDE + textwrap.dedent("""
    from hbdesk.models.client import Client
    v = Vault(folder, kdf=kdf).open(sys.argv[2])
    start = int(sys.argv[3])
    for i in range(start, start + 100000):
        with v.session() as s:
            s.add(Client(first_name=str(i), last_name="Kuormitus" * 20))
        print(i, flush=True)  # acknowledged: the commit returned
""")


def kill_after(proc: Any, min_lines: int, rng: random.Random) -> list[str]:
    """Let the child acknowledge at least `min_lines` things, wait a random moment, SIGKILL it."""
    assert proc.stdout is not None
    lines = [proc.stdout.readline().strip() for _ in range(min_lines)]
    assert all(lines), proc.stderr.read() if proc.stderr else ""
    time.sleep(rng.uniform(0.0, 0.05))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    return lines + [line for line in rest.splitlines() if line.strip()]


@pytest.mark.slow
def test_kill_during_commits_keeps_every_acknowledged_row(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    rng = random.Random(7)
    acknowledged: set[int] = set()
    start = 0
    for _ in range(ROUNDS):
        lines = kill_after(spawn_python(COMMITTER, vault_dir, PASSPHRASE, start), 3, rng)
        acknowledged |= {int(x) for x in lines}
        start = max(acknowledged) + 1000  # the next child's numbers never collide
        opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
        try:
            assert opened.integrity_ok()
            with opened.session() as s:
                stored = {int(n) for n in s.scalars(select(Client.first_name))}
        finally:
            opened.lock()
        assert acknowledged <= stored, sorted(acknowledged - stored)[:5]


CHANGER = PRELUDE + textwrap.dedent("""
    a, b = sys.argv[2], sys.argv[3]
    v = Vault(folder, kdf=kdf).open(a)
    current, other = a, b
    while True:
        v.change_passphrase(current, other)
        current, other = other, current
        print(current, flush=True)  # acknowledged: this passphrase now opens the vault
""")


@pytest.mark.slow
def test_kill_during_passphrase_change_leaves_exactly_one_passphrase(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    rng = random.Random(11)
    current = PASSPHRASE
    for _ in range(ROUNDS):
        other = OTHER if current == PASSPHRASE else PASSPHRASE
        kill_after(spawn_python(CHANGER, vault_dir, current, other), 1, rng)
        opens = []
        for candidate in (PASSPHRASE, OTHER):
            try:
                Vault(vault_dir, kdf=FAST_KDF).open(candidate).lock()
                opens.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opens) == 1, "exactly one passphrase must open the vault"
        current = opens[0]
        # A half-written key file from the killed process is cleared by the next unlock.
        assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")] == []


FILLER = PRELUDE + textwrap.dedent("""
    import resource, signal
    from hbdesk.services.drafts import save_draft
    from hbdesk.store import VaultWriteFailed
    v = Vault(folder, kdf=kdf).open(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = (folder / "hbdesk.db").stat().st_size + 256 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        for i in range(10000):
            save_draft(v, f"place/{i}", "x" * 50_000)
            print(i, flush=True)
    except VaultWriteFailed as exc:
        print("FULL", exc.code, flush=True)
    # The vault still works for reading after the failed write.
    from hbdesk.services.drafts import load_drafts
    print("READ", len(load_drafts(v)), flush=True)
    v.lock()
""")


def test_disk_full_rolls_back_and_keeps_earlier_commits(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    run = run_python(FILLER, vault_dir, PASSPHRASE)
    lines = run.stdout.split()
    assert "FULL" in lines and "write_failed" in lines, run.stdout + run.stderr
    acknowledged = [int(x) for x in lines[: lines.index("FULL")]]
    assert acknowledged, "some drafts fit before the disk filled"
    opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        assert opened.integrity_ok()
        stored = load_drafts(opened, "place/")
        assert {f"place/{i}" for i in acknowledged} <= set(stored)
        assert len(stored) == len(acknowledged)  # the failed one left nothing half-written
    finally:
        opened.lock()


OPEN_ON_A_FULL_DISK = PRELUDE + textwrap.dedent("""
    import resource, signal
    from hbdesk.store import VaultError
    from hbdesk.ui.vault_messages import describe
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[3])  # no file may grow past this many bytes
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        Vault(folder, kdf=kdf).open(sys.argv[2]).lock()
        print("opened")
    except VaultError as exc:
        print(exc.code)
        print(describe(exc).what)
""")


@pytest.mark.parametrize("room", [16, 4096], ids=["no room for the state file", "no room to open"])
def test_a_full_disk_at_unlock_is_told_as_a_full_disk(vault_dir: Path, room: int) -> None:
    """Issue 18/14: ENOSPC while writing the state file was "the system reported an error"."""
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    run = run_python(OPEN_ON_A_FULL_DISK, vault_dir, PASSPHRASE, room)
    lines = run.stdout.splitlines()
    assert lines[:1] == ["write_failed"], run.stdout + run.stderr
    assert "disk is full" in lines[1]
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before
    Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE).lock()  # with room again, it opens
