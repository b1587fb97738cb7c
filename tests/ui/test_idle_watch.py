"""The idle lock notices input anywhere, a modal dialog included, without a Python call for
every event of every widget: activity postpones the lock, idleness still brings it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hbdesk.settings import Settings
from tests.ui.conftest import unlock


def test_typing_in_a_modal_dialog_postpones_the_lock_and_idleness_brings_it(
    qtbot, make_shell, existing_vault, clock
):
    shell = make_shell(existing_vault, settings=Settings(idle_lock_minutes=1))
    unlock(qtbot, shell)
    window = shell.main_window
    window.new_client()  # the app's own dialog, opened the way the app opens it
    dialog = window.new_client_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    for _ in range(4):  # someone typing in the dialog, a key every 50 s, for 200 s
        clock.advance(50)
        shell.idle.check_now()
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_A)
    clock.advance(50)
    shell.idle.check_now()
    assert shell.open_vault is not None  # 250 s of use with a one-minute limit: still open
    clock.advance(11)
    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.idle.check_now()  # 61 s without input
    assert shell.open_vault is None and not dialog.isVisible()


def test_the_mouse_counts_as_activity_too(qtbot, make_shell, existing_vault, clock):
    shell = make_shell(existing_vault, settings=Settings(idle_lock_minutes=1))
    unlock(qtbot, shell)
    for _ in range(3):
        clock.advance(55)
        shell.idle.check_now()
        qtbot.mouseMove(shell.main_window.notes, shell.main_window.notes.rect().center())
        qtbot.mouseClick(shell.main_window.notes, Qt.MouseButton.LeftButton)
    clock.advance(55)
    shell.idle.check_now()
    assert shell.open_vault is not None
