"""--demo: the demo vault is made on first use, its passphrase is shown, and it has clients."""

from __future__ import annotations

from hbdesk.services.caseload import count_clients
from hbdesk.ui.demo_vault import DEMO_PASSPHRASE
from tests.ui.conftest import unlock


def test_the_demo_vault_is_made_filled_opened_and_found_again_on_a_second_start(
    qtbot, make_shell, tmp_path
):
    folder = tmp_path / "demo-vault"
    shell = make_shell(folder, demo=True)
    page = shell.lock_window.unlock_page
    assert shell.lock_window.mode == "unlock"  # the demo never shows the create page
    assert page.hint.isVisible() and DEMO_PASSPHRASE in page.hint.text()
    assert shell.busy and not page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not shell.busy, timeout=180_000)  # a safety net only
    assert (folder / "hbdesk.key").exists()
    assert page.unlock_button.isEnabled()
    assert shell.open_vault is None  # made and locked again: the user unlocks as usual

    unlock(qtbot, shell, DEMO_PASSPHRASE)
    clients = count_clients(shell.open_vault)
    assert clients >= 30  # the demo caseload, not a token sample
    assert str(clients) in shell.main_window.summary.text()

    # A second start finds the demo vault made and makes nothing (one test: making the demo
    # vault with the real key derivation and forty clients is the long part of both).
    key_before = (folder / "hbdesk.key").read_bytes()
    shell.lock()
    qtbot.waitUntil(lambda: shell.open_vault is None, timeout=30_000)
    second = make_shell(folder, demo=True)
    assert not second.busy  # nothing to make
    assert second.lock_window.mode == "unlock"
    assert (folder / "hbdesk.key").read_bytes() == key_before
