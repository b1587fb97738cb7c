"""While someone works, the idle watcher looks at a handful of events, not at every event of
every widget: opening a client by a click (thousands of events) costs it nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt

from hbdesk.ui.idle import IdleWatcher
from tests.ui.conftest import unlock


def _count_what_the_watcher_sees(monkeypatch) -> list[QEvent.Type]:
    """The type of every event that reaches the idle watcher's filter, from now on."""
    seen: list[QEvent.Type] = []
    looked = IdleWatcher.eventFilter

    def counting(self, watched, event):  # type: ignore[no-untyped-def]
        seen.append(event.type())
        return looked(self, watched, event)

    monkeypatch.setattr(IdleWatcher, "eventFilter", counting)
    return seen


def _unlocked(qtbot, make_shell, folder):  # type: ignore[no-untyped-def]
    """The shell on a copy of the demo vault, unlocked, its window idle."""
    shell = make_shell(folder)
    unlock(qtbot, shell)
    window = shell.main_window
    assert window.ctx.runner.wait_idle()
    return shell, window


def test_a_client_opened_by_a_click_passes_few_events_through_the_watcher(
    qtbot, make_shell, demo_copy, clock, monkeypatch
):
    seen = _count_what_the_watcher_sees(monkeypatch)
    shell, window = _unlocked(qtbot, make_shell, demo_copy)
    table = window.caseload.table
    rect = table.visualRect(window.caseload.model.index(2, 0))
    clock.advance(30)
    seen.clear()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ctx.runner.wait_idle()
    assert window.workspace.client_id is not None  # the client opened
    assert shell.idle.idle_for() == 0  # the click was noticed
    assert len(seen) < 50, len(seen)  # before: every event of the open (thousands)


def test_a_client_opened_without_input_passes_few_events_through_the_watcher(
    qtbot, make_shell, demo_copy, clock, monkeypatch
):
    """Opened with no click (brought back after unlocking, or by the program): the watcher
    is listening, but the page built for the client (thousands of events, none of them
    input: no event is handled while it is built) is not shown to it, and it notices the
    next input as before."""
    seen = _count_what_the_watcher_sees(monkeypatch)
    shell, window = _unlocked(qtbot, make_shell, demo_copy)
    client = window.caseload.model._all[2].client_id
    clock.advance(30)
    shell.idle.check_now()  # listening for the first input again
    seen.clear()
    window.open_client(client)
    assert window.ctx.runner.wait_idle()
    assert window.workspace.current_page().client_id == client  # the page was built
    assert len(seen) < 1300, len(seen)  # before: every event of the page's making (2,276)
    assert shell.idle.idle_for() == 30  # nothing of it counted as input
    qtbot.keyClick(window.workspace.path, Qt.Key.Key_Down)
    assert shell.idle.idle_for() == 0  # the watcher still sees input
