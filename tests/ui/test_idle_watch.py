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


def test_input_in_an_event_loop_run_inside_quiet_work_still_counts(qtbot, clock):
    """Work that handles no event hides its events from the watcher; should it open a dialog
    (an event loop) after all, input in it counts."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QLineEdit

    from hbdesk.ui.idle import IdleWatcher, no_input_meanwhile

    watcher = IdleWatcher(60, clock=clock)
    watcher.start()
    field = QLineEdit()
    qtbot.addWidget(field)
    try:
        clock.advance(30)
        with no_input_meanwhile():
            field.setText("built, not typed")  # the program's own events: not input
            assert watcher.idle_for() == 30
            loop = QEventLoop()

            def typed() -> None:
                qtbot.keyClick(field, Qt.Key.Key_A)
                loop.quit()

            QTimer.singleShot(0, typed)
            loop.exec()  # a dialog's loop inside the work: the key comes through it
        assert watcher.idle_for() == 0
        clock.advance(10)
        watcher.check_now()  # listening again after the block, as before
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert watcher.idle_for() == 0
    finally:
        watcher.stop()
