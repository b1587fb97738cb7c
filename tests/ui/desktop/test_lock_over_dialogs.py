"""The lock works from anywhere: Ctrl+L, Ctrl+Shift+B, the lock button and the idle lock reach
past the window-modal dialogs the app opens (documents, the client's log)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from hbdesk.settings import Settings
from hbdesk.ui.privacy import PrivacyBlank
from tests.ui.conftest import unlock
from tests.ui.desktop.conftest import a_client, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DIALOGS = ("open_documents", "open_client_log")


def _dialog_open(qtbot, shell, opener: str) -> QDialog:
    """Unlock, open a client and the dialog exactly as the app does (menu action → open())."""
    unlock(qtbot, shell)
    window = shell.main_window
    window.open_client(a_client(shell.open_vault, "in_use").client_id)
    settle(window)
    dialog = getattr(window, opener)()
    qtbot.waitExposed(dialog)
    settle(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # as the app opens it
    assert QApplication.activeModalWidget() is dialog
    return dialog


def _key_target(dialog: QDialog):
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.window() is dialog else dialog


def _only_the_lock_window_shows(shell) -> bool:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [shell.lock_window]


@pytest.mark.parametrize("opener", DIALOGS)
def test_ctrl_l_locks_over_a_window_modal_dialog(qtbot, make_shell, demo_copy, opener):
    shell = make_shell(demo_copy)
    dialog = _dialog_open(qtbot, shell, opener)
    opened = shell.open_vault
    with qtbot.waitSignal(shell.locked, timeout=5000):
        qtbot.keyClick(_key_target(dialog), Qt.Key.Key_L, CTRL)
    assert opened.locked
    assert _only_the_lock_window_shows(shell)


@pytest.mark.parametrize("opener", DIALOGS)
def test_ctrl_shift_b_blanks_over_a_window_modal_dialog(qtbot, make_shell, demo_copy, opener):
    shell = make_shell(demo_copy)
    dialog = _dialog_open(qtbot, shell, opener)
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.waitUntil(lambda: shell.blanked, timeout=3000)
    assert not dialog.isVisible() and not shell.main_window.isVisible()
    assert shell.open_vault is not None  # blanking is not locking
    blank = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacyBlank))
    qtbot.keyClick(blank, Qt.Key.Key_Space)  # back: the dialog as it was, still in front
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal


@pytest.mark.parametrize("opener", DIALOGS)
def test_the_lock_button_locks_over_a_window_modal_dialog(qtbot, make_shell, demo_copy, opener):
    shell = make_shell(demo_copy)
    dialog = _dialog_open(qtbot, shell, opener)
    button = dialog.lock_button  # the main window's own button is blocked by the dialog
    assert button.isVisible() and button.isEnabled()
    with qtbot.waitSignal(shell.locked, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _only_the_lock_window_shows(shell)


@pytest.mark.parametrize("opener", DIALOGS)
def test_the_idle_lock_reaches_past_a_window_modal_dialog(
    qtbot, make_shell, demo_copy, clock, opener
):
    shell = make_shell(demo_copy, settings=Settings(idle_lock_minutes=5))
    _dialog_open(qtbot, shell, opener)
    clock.advance(5 * 60 + 1)
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.idle.check_now()
    assert shell.open_vault is None
    assert _only_the_lock_window_shows(shell)
