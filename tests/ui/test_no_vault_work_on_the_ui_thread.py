"""The window never waits for the vault: no session is opened on the UI thread.

The store's guard (hbdesk.store.threads) is switched on, so any vault session opened on the
UI thread raises. The real app goes through unlock, the visit notes' autosave, opening a
client, the enrolment dialog, locking and unlocking again; all of it must still work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from hbdesk.services.clients import NewContact, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.drafts import load_drafts
from hbdesk.store import Vault
from hbdesk.store import threads as ui_thread
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock


@contextlib.contextmanager
def guard() -> Iterator[None]:
    before = ui_thread.switch_guard(True)
    try:
        yield
    finally:
        ui_thread.switch_guard(before)


def test_the_guard_refuses_a_session_on_the_ui_thread_only(vault) -> None:
    ui_thread.mark_ui_thread()
    with guard():
        _refused_here_opened_elsewhere(vault)


def _refused_here_opened_elsewhere(vault) -> None:
    with pytest.raises(ui_thread.VaultOnUiThread), vault.session():
        pass
    opened: list[bool] = []

    def elsewhere() -> None:
        with vault.session():
            opened.append(True)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert opened == [True]
    with ui_thread.allowed_here(), vault.session():  # a test's own reads
        pass


def test_unlock_notes_client_enrolment_and_lock_keep_the_vault_off_the_ui_thread(
    qtbot, make_shell, vault_dir
) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    client_id = register_contact(
        opened,
        Actor(user_id="aino.a", role="key_worker", device_id="laptop-1"),
        NewContact(
            first_name="Testi",
            last_name="Säie",
            contacted_on=dt.date(2026, 11, 20),
            channel="phone",
            described_needs="Apua arkeen.",
        ),
    ).value.id
    opened.lock()
    with guard():
        _the_app_from_unlock_to_lock(qtbot, make_shell(vault_dir), vault_dir, client_id)


def _the_app_from_unlock_to_lock(qtbot, shell, vault_dir, client_id: str) -> None:
    unlock(qtbot, shell)
    window = shell.main_window
    assert "1" in window.summary.text()  # counted off the UI thread, during the unlock
    qtbot.waitUntil(lambda: shell.sync.view is not None, timeout=10_000)

    window.notes.setFocus()
    with qtbot.waitSignal(window.notes.draft_saved, timeout=10_000):
        qtbot.keyClicks(window.notes, "Soita ensi viikolla")
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.workspace.name_label.text() == "Testi Säie", timeout=10_000)

    shell._on_enrolment_requested()  # Sync → Connect this laptop to the server…
    assert window.ctx.runner.wait_idle()
    from hbdesk.ui.enrolment_dialog import EnrolmentDialog

    (enrol,) = [d for d in window.findChildren(EnrolmentDialog)]
    assert enrol.state_label.text() == "Not enrolled."
    enrol.reject()

    qtbot.keyClicks(window.notes, "Sovi kaynti")  # the open client's own visit notes
    window.lock_button.click()
    assert shell.open_vault is None
    with ui_thread.allowed_here():
        reopened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
        try:
            drafts = load_drafts(reopened)
        finally:
            reopened.lock()
    assert drafts["shell/visit-notes"] == "Soita ensi viikolla"
    assert drafts[f"client/{client_id}/visit-notes"] == "Sovi kaynti"  # saved before the lock

    unlock(qtbot, shell)  # back on the client, with its notes
    qtbot.waitUntil(lambda: shell.main_window.notes.toPlainText() == "Sovi kaynti", timeout=10_000)
