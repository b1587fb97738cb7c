"""First run: no vault yet, so the create page; weak or mismatched passphrases are refused."""

from __future__ import annotations

import stat

from hbdesk.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import UNLOCK_TIMEOUT_MS


def test_first_run_shows_the_create_page_and_makes_a_vault(qtbot, make_shell, vault_dir):
    shell = make_shell(vault_dir)
    assert shell.lock_window.isVisible()
    assert shell.lock_window.mode == "create"
    page = shell.lock_window.create_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    assert page.strength is not None and page.strength.acceptable
    assert page.meter.value() >= 3

    with qtbot.waitSignal(shell.unlocked, timeout=UNLOCK_TIMEOUT_MS):
        page.create_button.click()

    assert shell.main_window is not None and shell.main_window.isVisible()
    assert shell.main_window.windowTitle() == "hbdesk"
    assert not shell.lock_window.isVisible()
    assert shell.open_vault is not None and not shell.open_vault.locked
    assert "0" in shell.main_window.summary.text()
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    # The page forgets the passphrase once the vault is open.
    assert page.passphrase.text() == "" and page.repeat.text() == ""
    # The same passphrase opens it from disk.
    shell.open_vault.lock()
    Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE).lock()


def test_a_weak_passphrase_is_refused(qtbot, make_shell, vault_dir):
    shell = make_shell(vault_dir)
    page = shell.lock_window.create_page
    for weak in ("salasana123", "password1234", "aaaaaaaaaaaa", "short"):
        page.passphrase.setText(weak)
        page.repeat.setText(weak)
        assert page.strength is not None and not page.strength.acceptable
        page.create_button.click()
        assert page.message.isVisible()
        assert not shell.busy
    assert page.advice.text()  # zxcvbn's advice is shown
    assert not vault_dir.exists()
    assert shell.main_window is None


def test_mismatched_passphrases_are_refused(qtbot, make_shell, vault_dir):
    shell = make_shell(vault_dir)
    page = shell.lock_window.create_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    assert "not the same" in page.match.text()
    page.create_button.click()
    assert "not the same" in page.message.text()
    assert page.repeat.hasFocus() or not page.isActiveWindow()
    assert not vault_dir.exists()


def test_a_folder_with_other_files_is_not_used(qtbot, make_shell, vault_dir):
    vault_dir.mkdir()
    (vault_dir / "notes.txt").write_text("someone else's file")
    shell = make_shell(vault_dir)
    assert shell.lock_window.mode == "create"
    page = shell.lock_window.create_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.create_failed, timeout=UNLOCK_TIMEOUT_MS) as blocker:
        page.create_button.click()
    assert blocker.args == ["vault_exists"]
    assert "other files" in page.message.text()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["notes.txt"]
    assert shell.main_window is None
