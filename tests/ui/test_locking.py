"""Locking: idle time and Ctrl+L save the drafts, close every window, drop the key; the text
typed before is back after unlock. The privacy blank hides the screen without locking."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from hbdesk.services.drafts import load_drafts
from hbdesk.settings import Settings
from hbdesk.ui.main_window import VISIT_NOTES_PLACE
from hbdesk.ui.privacy import PrivacyBlank
from tests.ui.conftest import unlock

NOTES = "Asiakas toivoo kuntosalikorttia; seuraava käynti tiistaina."  # non-ASCII: set, not typed


def test_idle_time_locks_and_the_notes_come_back(qtbot, make_shell, existing_vault, clock):
    shell = make_shell(existing_vault, settings=Settings(idle_lock_minutes=5))
    unlock(qtbot, shell)
    window = shell.main_window
    window.notes.setPlainText(NOTES)  # not yet autosaved: the lock must save it
    opened = shell.open_vault
    assert window.notes.is_dirty()

    clock.advance(4 * 60)
    shell.idle.check_now()
    assert shell.open_vault is opened  # 4 minutes: still open

    clock.advance(61)
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.idle.check_now()
    assert opened.locked  # the key is gone, connections closed
    assert shell.open_vault is None and shell.main_window is None
    assert not window.isVisible()
    assert shell.lock_window.isVisible() and shell.lock_window.mode == "unlock"
    assert "5 min" in shell.lock_window.unlock_page.message.text()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.lock_window]

    unlock(qtbot, shell)
    assert shell.main_window is not window
    assert shell.main_window.notes.toPlainText() == NOTES


def test_input_keeps_the_vault_open(qtbot, make_shell, existing_vault, clock):
    shell = make_shell(existing_vault, settings=Settings(idle_lock_minutes=1))
    unlock(qtbot, shell)
    clock.advance(50)
    qtbot.keyClick(shell.main_window.notes, Qt.Key.Key_A)  # input resets the idle time
    clock.advance(50)
    shell.idle.check_now()
    assert shell.open_vault is not None
    clock.advance(11)
    shell.idle.check_now()
    assert shell.open_vault is None


def test_ctrl_l_locks(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    opened = shell.open_vault
    shell.main_window.notes.setPlainText("kesken jäänyt lause")
    shell.main_window.activateWindow()
    with qtbot.waitSignal(shell.locked, timeout=5000):
        qtbot.keyClick(shell.main_window.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened.locked
    assert shell.main_window is None
    unlock(qtbot, shell)
    assert shell.main_window.notes.toPlainText() == "kesken jäänyt lause"


def test_text_copied_from_hbdesk_is_cleared_on_lock(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    window = shell.main_window
    with qtbot.waitActive(window):
        window.activateWindow()
    window.notes.setPlainText(NOTES)
    window.notes.selectAll()
    window.notes.copy()
    clipboard = QApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == NOTES, timeout=3000)
    shell.lock()
    assert clipboard.text() == ""


def test_locking_closes_dialogs(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    dialog = QDialog(shell.main_window)
    dialog.setWindowTitle("a dialog with client data")
    dialog.show()
    loose = QDialog()  # a dialog without a parent window is closed too
    qtbot.addWidget(loose)
    loose.show()
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.main_window.lock_button.click()
    assert not loose.isVisible()
    assert loose.result() == QDialog.DialogCode.Rejected
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.lock_window]


def test_the_drafts_are_in_the_vault_after_the_lock(qtbot, make_shell, existing_vault):
    from hbdesk.store import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    shell.main_window.notes.setPlainText(NOTES)
    shell.lock()
    opened = Vault(existing_vault, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        assert load_drafts(opened) == {VISIT_NOTES_PLACE: NOTES}
    finally:
        opened.lock()


def test_privacy_blank_hides_without_locking(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    window = shell.main_window
    window.notes.setPlainText(NOTES)
    window.activateWindow()
    qtbot.keyClick(
        window.notes,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shell.blanked
    assert not window.isVisible()
    blanks = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacyBlank) and w.isVisible()
    ]
    assert blanks
    assert shell.open_vault is not None and not shell.open_vault.locked
    qtbot.keyClick(blanks[0], Qt.Key.Key_Space)  # any key returns
    assert not shell.blanked
    assert window.isVisible() and window.notes.toPlainText() == NOTES


def test_idle_lock_while_blank_ends_on_the_lock_screen(qtbot, make_shell, existing_vault, clock):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    shell.blank()
    clock.advance(10 * 60)
    shell.idle.check_now()
    assert shell.open_vault is None and not shell.blanked
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.lock_window]


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        (
            "fi",
            "hbdesk lukittui, kun sitä ei ollut käytetty 1 minuuttiin. "
            "Kirjoittamasi teksti on tallennettu.",
            "hbdesk lukittui, kun sitä ei ollut käytetty 5 minuuttiin. "
            "Kirjoittamasi teksti on tallennettu.",
        ),
        (
            "sv",
            "hbdesk låste sig efter 1 minut utan användning. Det du skrev har sparats.",
            "hbdesk låste sig efter 5 minuter utan användning. Det du skrev har sparats.",
        ),
        (
            "en",
            "hbdesk locked itself after 1 min without use. What you typed has been saved.",
            "hbdesk locked itself after 5 min without use. What you typed has been saved.",
        ),
    ],
)
def test_the_idle_lock_says_its_minutes_in_the_languages_own_plural(
    qtbot, qapp, make_shell, existing_vault, clock, lang, one, five
):
    from hbdesk.ui import translations

    installed = translations.install(qapp, lang)
    try:
        for minutes, words in ((1, one), (5, five)):
            shell = make_shell(existing_vault, settings=Settings(idle_lock_minutes=minutes))
            unlock(qtbot, shell)
            clock.advance(minutes * 60 + 1)
            with qtbot.waitSignal(shell.locked, timeout=5000):
                shell.idle.check_now()
            assert shell.lock_window.unlock_page.message.text() == words
    finally:
        translations.uninstall(qapp, installed)


def test_the_unlocked_app_is_out_of_the_collectors_way_until_the_lock(
    qtbot, make_shell, existing_vault
):
    """The objects the app is made of at unlock are frozen (a full garbage collection does not
    walk them: no 0.1-0.2 s pause while pages open); at the lock they are collectable again,
    so the closed window's cycles are freed."""
    shell = make_shell(existing_vault)
    before = gc.get_freeze_count()  # (the test run sets its own survivors aside too)
    unlock(qtbot, shell)
    window = shell.main_window
    assert gc.get_freeze_count() > before
    # The window and its caseload are among them (the collector's generations hold neither).
    walked = {id(o) for o in gc.get_objects()}
    assert id(window) not in walked and id(window.caseload.model) not in walked
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.lock()
    assert gc.get_freeze_count() == 0
    assert not window.isVisible()


def test_the_locked_desktop_reaches_no_engine(qtbot, make_shell, existing_vault):
    """What the desktop keeps past the lock (its sync controller holds the locked vault until
    the next unlock) reaches no engine: an engine keeps what it compiled, values included (a
    client's id in a WHERE, the words searched), until it is collected."""
    import types

    from sqlalchemy import Engine

    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.lock()
    gc.collect()

    seen: set[int] = set()
    stack: list[object] = [shell]
    reached = set()
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (type, types.ModuleType, types.FunctionType)):
            continue
        seen.add(id(obj))
        reached.add(type(obj).__name__)
        assert not isinstance(obj, Engine)
        stack.extend(gc.get_referents(obj))
    assert "OpenVault" in reached  # the locked vault is still held: the walk went into it
