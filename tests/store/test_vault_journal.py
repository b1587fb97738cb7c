"""The write-ahead journal: a lost one after a crash, and a stray one after a clean close."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.store import Vault, VaultDamaged
from tests.conftest import FAST_KDF, PASSPHRASE

CRASH = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams
    from hbdesk.services.drafts import save_draft
    v = Vault(Path(sys.argv[1]), kdf=KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1))
    o = v.open(sys.argv[2])
    save_draft(o, "visit/notes", "kirjoitettu juuri ennen kaatumista")
    os._exit(0)  # the process dies without closing the database
""")


def crash_after_a_commit(folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", CRASH, str(folder), PASSPHRASE],
        check=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
    )


def test_clean_lock_leaves_no_journal(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    save_draft(opened, "a", "b")
    assert (vault_dir / "hbdesk.db-wal").exists()
    opened.lock()
    assert not (vault_dir / "hbdesk.db-wal").exists()
    assert (vault_dir / "hbdesk.state").read_text().strip() == "clean"


def test_a_crash_is_recovered_from_the_journal(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    crash_after_a_commit(vault_dir)
    assert (vault_dir / "hbdesk.db-wal").stat().st_size > 0
    opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    assert load_drafts(opened) == {"visit/notes": "kirjoitettu juuri ennen kaatumista"}
    opened.lock()


def test_a_journal_lost_after_a_crash_is_reported_not_ignored(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    crash_after_a_commit(vault_dir)
    (vault_dir / "hbdesk.db-wal").unlink()
    (vault_dir / "hbdesk.db-shm").unlink(missing_ok=True)
    before = sorted(p.name for p in vault_dir.iterdir())
    with pytest.raises(VaultDamaged) as err:
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    assert (err.value.part, err.value.reason) == ("journal", "missing_part")
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    # The user was told the latest changes are gone and chose to open what is left.
    opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE, accept_journal_problem=True)
    assert load_drafts(opened) == {}
    opened.lock()


def test_a_stray_journal_after_a_clean_close_is_set_aside_not_applied(
    vault_dir: Path, tmp_path: Path
) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    crashed_copy = tmp_path / "copy"
    shutil.copytree(vault_dir, crashed_copy)
    crash_after_a_commit(crashed_copy)
    # A journal from another moment of the vault's life turns up beside a cleanly closed one.
    stray = (crashed_copy / "hbdesk.db-wal").read_bytes()
    (vault_dir / "hbdesk.db-wal").write_bytes(stray)
    with pytest.raises(VaultDamaged) as err:
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    assert (err.value.part, err.value.reason) == ("journal", "foreign")
    assert (vault_dir / "hbdesk.db-wal").read_bytes() == stray
    opened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE, accept_journal_problem=True)
    assert load_drafts(opened) == {}  # not applied
    opened.lock()
    kept = list(vault_dir.glob("hbdesk.db-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == stray  # kept, never deleted
