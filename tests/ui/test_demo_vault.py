"""--demo: the demo vault is made on first use, its passphrase is shown, and it has clients."""

from __future__ import annotations

from hbdesk.services.caseload import count_clients
from hbdesk.ui.demo_vault import DEMO_PASSPHRASE
from tests.ui.conftest import unlock


def test_the_demo_vault_is_made_filled_and_opened_with_its_passphrase(qtbot, make_shell, tmp_path):
    folder = tmp_path / "demo-vault"
    shell = make_shell(folder, demo=True)
    page = shell.lock_window.unlock_page
    assert shell.lock_window.mode == "unlock"  # the demo never shows the create page
    assert page.hint.isVisible() and DEMO_PASSPHRASE in page.hint.text()
    assert shell.busy and not page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not shell.busy, timeout=30_000)
    assert (folder / "hbdesk.key").exists()
    assert page.unlock_button.isEnabled()
    assert shell.open_vault is None  # made and locked again: the user unlocks as usual

    unlock(qtbot, shell, DEMO_PASSPHRASE)
    clients = count_clients(shell.open_vault)
    assert clients >= 30  # the demo caseload, not a token sample
    assert str(clients) in shell.main_window.summary.text()


def test_a_second_start_reuses_the_demo_vault(qtbot, make_shell, tmp_path):
    folder = tmp_path / "demo-vault"
    first = make_shell(folder, demo=True)
    qtbot.waitUntil(lambda: not first.busy, timeout=30_000)
    key_before = (folder / "hbdesk.key").read_bytes()
    second = make_shell(folder, demo=True)
    assert not second.busy  # nothing to make
    assert (folder / "hbdesk.key").read_bytes() == key_before
