"""DraftTextEdit: what is typed is saved to the vault about a second later, and comes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.drafts import DraftKeeper

PLACE = "client/test/plan/needs"


def test_typing_is_autosaved_after_a_pause(qtbot, vault):
    keeper = DraftKeeper()
    keeper.attach(vault)
    editor = DraftTextEdit(PLACE, keeper, delay_ms=50)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, "kotikaynti")
    assert editor.is_dirty()
    assert load_drafts(vault) == {}  # not at every keystroke
    with qtbot.waitSignal(editor.draft_saved, timeout=3000):
        pass
    assert load_drafts(vault) == {PLACE: "kotikaynti"}
    assert not editor.is_dirty()


def test_a_new_editor_gets_the_stored_draft(qtbot, vault):
    save_draft(vault, PLACE, "Tavoite: lähteä ulos kerran viikossa.")
    keeper = DraftKeeper()
    keeper.attach(vault)
    editor = DraftTextEdit(PLACE, keeper)
    qtbot.addWidget(editor)
    assert editor.toPlainText() == "Tavoite: lähteä ulos kerran viikossa."
    assert not editor.is_dirty()  # loading is not a change


def test_leaving_the_field_saves_at_once(qtbot, vault):
    keeper = DraftKeeper()
    keeper.attach(vault)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    editor = DraftTextEdit(PLACE, keeper, host, delay_ms=60_000)
    other = QLineEdit(host)
    layout.addWidget(editor)
    layout.addWidget(other)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText("heti talteen")
    other.setFocus()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=3000)
    assert load_drafts(vault) == {PLACE: "heti talteen"}


def test_save_all_is_one_call_for_every_dirty_editor(qtbot, vault):
    keeper = DraftKeeper()
    keeper.attach(vault)
    first = DraftTextEdit("a", keeper, delay_ms=60_000)
    second = DraftTextEdit("b", keeper, delay_ms=60_000)
    for editor in (first, second):
        qtbot.addWidget(editor)
    first.setPlainText("yksi")
    second.setPlainText("kaksi")
    assert keeper.save_all()
    assert load_drafts(vault) == {"a": "yksi", "b": "kaksi"}
    assert not first.is_dirty() and not second.is_dirty()


def test_nothing_is_saved_while_locked(qtbot, vault):
    keeper = DraftKeeper()
    keeper.attach(vault)
    editor = DraftTextEdit(PLACE, keeper, delay_ms=60_000)
    qtbot.addWidget(editor)
    vault.lock()
    editor.setPlainText("ei minnekään")
    assert not editor.save_now()
    assert editor.is_dirty()  # the text stays in the editor
    qtbot.keyClick(editor, Qt.Key.Key_X)  # and typing goes on without an error
