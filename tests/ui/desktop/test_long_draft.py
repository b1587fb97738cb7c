"""A draft over the limit (1,000,000 characters) is refused in words, and does not stop every
other draft from being saved when the vault locks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hbdesk.services.drafts import MAX_DRAFT_CHARS
from hbdesk.ui.stages import PAGES
from hbdesk.ui.stages.needs import NeedsPage
from tests.ui.conftest import unlock
from tests.ui.desktop.conftest import a_client, settle

NEED = "Tarve: apua kauppakäynteihin kahdesti viikossa."


def _needs_page(window, client_id: str) -> NeedsPage:
    window.open_client(client_id)
    settle(window)
    window.workspace.show_step(PAGES.index(NeedsPage))
    settle(window)
    page = window.workspace.current_page()
    assert isinstance(page, NeedsPage)
    return page


def test_an_over_long_note_is_refused_in_words_and_the_rest_is_saved_on_lock(
    qtbot, make_shell, demo_copy
):
    shell = make_shell(demo_copy)
    unlock(qtbot, shell)
    window = shell.main_window
    client_id = a_client(shell.open_vault, "assessment").client_id
    page = _needs_page(window, client_id)
    page.needs.setPlainText(NEED)  # typed, not yet saved
    notes = window.notes
    notes.setFocus()
    line = "Muistiinpano käynniltä.\n"
    notes.setPlainText(line * (MAX_DRAFT_CHARS // len(line) + 1))

    assert not notes.save_now()  # the autosave
    said = window.statusBar().currentMessage()
    assert "too long" in said and "unexpected" not in said.lower(), said
    assert "Something unexpected" not in said

    with qtbot.waitSignal(shell.locked, timeout=5000):
        qtbot.keyClick(notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    told = shell.lock_window.unlock_page.message.text()
    assert "too long" in told, told

    unlock(qtbot, shell)
    page = _needs_page(shell.main_window, client_id)
    assert page.needs.toPlainText() == NEED  # every other draft was saved on lock
