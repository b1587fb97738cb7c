"""A vault that exists but does not open: the reason in words, no create offered, bytes kept."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.store.test_vault_journal import foreign, missing, newer_journal, older_journal
from tests.ui.conftest import folder_digest, try_unlock


def truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size or 8192))


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def replace_with_dir(path: Path) -> None:
    path.unlink()
    path.mkdir()


def newer_format(folder: Path) -> None:
    """A key file as a later hbdesk might write it (format version 99, the same checksum)."""
    path = folder / "hbdesk.key"
    body = json.loads(path.read_text())
    body.pop("checksum")
    body["version"] = 99
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_text(json.dumps(body))


CASES: list[tuple[str, Callable[[Path], None], str, str]] = [
    (
        "database cut short",
        lambda d: truncate(d / "hbdesk.db", 4096 * 2 + 100),
        "vault_damaged",
        "database file has been cut short",
    ),
    (
        "database empty",
        lambda d: truncate(d / "hbdesk.db", 0),
        "vault_damaged",
        "database file is empty",
    ),
    (
        "database first page flipped",
        lambda d: flip_byte(d / "hbdesk.db", 1000),
        "vault_damaged",
        "database file is damaged",
    ),
    (
        "database random",
        lambda d: random_bytes(d / "hbdesk.db"),
        "not_a_vault",
        "not an hbdesk vault",
    ),
    (
        "database missing",
        lambda d: (d / "hbdesk.db").unlink(),
        "vault_damaged",
        "database file is missing",
    ),
    (
        "database is a folder",
        lambda d: replace_with_dir(d / "hbdesk.db"),
        "vault_unreadable",
        "A folder stands where",
    ),
    (
        "key file cut short",
        lambda d: truncate(d / "hbdesk.key", 120),
        "vault_damaged",
        "key file has been cut short",
    ),
    (
        "key file flipped byte",
        lambda d: flip_byte(d / "hbdesk.key", 200),
        "vault_damaged",
        "checksum does not match",
    ),
    (
        "key file random",
        lambda d: random_bytes(d / "hbdesk.key"),
        "not_a_vault",
        "not an hbdesk vault",
    ),
    (
        "key file missing",
        lambda d: (d / "hbdesk.key").unlink(),
        "vault_damaged",
        "key file is missing",
    ),
    ("made by a newer hbdesk", newer_format, "not_a_vault", "newer version of hbdesk"),
]


@pytest.mark.parametrize(
    ("damage", "code", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_damaged_vault_is_explained_and_left_alone(
    qtbot, make_shell, existing_vault, damage, code, words
):
    damage(existing_vault)
    before = folder_digest(existing_vault)
    shell = make_shell(existing_vault)
    assert shell.lock_window.mode == "unlock"  # never the create page over a vault

    assert try_unlock(qtbot, shell, PASSPHRASE) == code
    page = shell.lock_window.unlock_page
    text = page.message.text()
    assert words in text
    assert "Traceback" not in text and "Error" not in text
    assert shell.lock_window.mode == "unlock"
    assert not shell.lock_window.create_page.isVisible()
    assert shell.main_window is None and shell.open_vault is None
    if code == "vault_damaged":
        assert "IT support" in text and "sync server" in text
    assert folder_digest(existing_vault) == before


def test_an_interrupted_session_without_its_journal_can_be_opened_after_a_choice(
    qtbot, make_shell, vault_dir, tmp_path
):
    """The store reports a lost journal; the user decides (store option), nothing before."""
    missing(vault_dir, tmp_path)  # a session killed mid-commit, its journal then gone
    before = folder_digest(vault_dir)
    shell = make_shell(vault_dir)
    assert try_unlock(qtbot, shell, PASSPHRASE) == "vault_damaged"
    page = shell.lock_window.unlock_page
    assert "not closed properly" in page.message.text()
    assert page.open_anyway_button.isVisible()
    assert folder_digest(vault_dir) == before
    with qtbot.waitSignal(shell.unlocked, timeout=20_000):
        page.open_anyway_button.click()
    assert shell.main_window is not None and shell.main_window.isVisible()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (older_journal, "older than its database"),
        (newer_journal, "older copy"),
        (foreign, "does not belong to this vault"),
    ],
    ids=["older journal", "older database", "foreign journal"],
)
def test_a_journal_that_does_not_fit_is_explained_and_set_aside_only_by_choice(
    qtbot, make_shell, vault_dir, tmp_path, make, words
):
    make(vault_dir, tmp_path)
    wal = (vault_dir / "hbdesk.db-wal").read_bytes()
    before = folder_digest(vault_dir)
    shell = make_shell(vault_dir)
    assert try_unlock(qtbot, shell, PASSPHRASE) == "vault_damaged"
    page = shell.lock_window.unlock_page
    text = page.message.text()
    assert words in text and "set aside" in text and "nothing is changed" in text
    assert "Traceback" not in text
    assert page.open_anyway_button.isVisible()
    assert folder_digest(vault_dir) == before
    with qtbot.waitSignal(shell.unlocked, timeout=20_000):
        page.open_anyway_button.click()
    kept = list(vault_dir.glob("hbdesk.db-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal
