"""Copying the journal in happens when no one waits, not inside a caseworker's write.

A commit copies the WAL into the database itself only past CHECKPOINT_BYTES (a long burst
with no idle moment); below that an idle moment does it (`OpenVault.tidy_journal`, which
the runner calls when it has nothing to do) and begins the next run of the WAL too, so the
next write neither checkpoints nor writes the journal record. What was written survives
all of it, and the vault opens afterwards without a word.
"""

from __future__ import annotations

import json
from pathlib import Path

from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.store import Vault
from hbdesk.store.vault import CHECKPOINT_BYTES, IDLE_CHECKPOINT_BYTES
from tests.conftest import FAST_KDF, PASSPHRASE

WAL, RECORD = "hbdesk.db-wal", "hbdesk.state"


def wal_size(folder: Path) -> int:
    path = folder / WAL
    return path.stat().st_size if path.exists() else 0


def note(opened, i: int) -> None:
    save_draft(opened, f"note/{i:05d}", f"{i} " + "y" * 40_000)


def test_a_write_leaves_a_journal_below_the_ceiling_to_an_idle_moment(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    try:
        sizes = [wal_size(vault_dir)]
        i = 0
        while sizes[-1] <= IDLE_CHECKPOINT_BYTES:
            note(opened, i)
            i += 1
            sizes.append(wal_size(vault_dir))
        assert sizes == sorted(sizes)  # no write emptied it
        assert sizes[-1] < CHECKPOINT_BYTES
        record = (vault_dir / RECORD).read_bytes()
        note(opened, i)  # past the idle size, below the ceiling: still no copying in
        assert wal_size(vault_dir) > sizes[-1]
        assert (vault_dir / RECORD).read_bytes() == record
    finally:
        opened.lock()


def test_an_idle_moment_copies_the_journal_in_and_the_next_write_pays_for_none_of_it(
    vault_dir: Path,
) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    written = set()
    try:
        i = 0
        while wal_size(vault_dir) <= IDLE_CHECKPOINT_BYTES:
            note(opened, i)
            written.add(i)
            i += 1
        before = json.loads((vault_dir / RECORD).read_text())
        assert opened.tidy_journal()
        after = json.loads((vault_dir / RECORD).read_text())
        assert wal_size(vault_dir) < 4 * 4120  # the new run's first commit: page 1
        assert after["epoch"] == before["epoch"] + 1 and after["wal"] != before["wal"]
        record = (vault_dir / RECORD).read_bytes()
        note(opened, i)
        written.add(i)
        assert (vault_dir / RECORD).read_bytes() == record  # the write began no run
        assert not opened.tidy_journal()  # a short journal is left as it is
    finally:
        opened.lock()
    opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)  # no journal problem
    try:
        assert opened.integrity_ok()
        assert {int(p.split("/")[1]) for p in load_drafts(opened, "note/")} == written
    finally:
        opened.lock()


def test_a_locked_vault_has_nothing_to_tidy(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    opened.lock()
    assert not opened.tidy_journal()
