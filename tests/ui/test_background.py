"""Background calls: the work runs off the UI thread, its outcome comes back on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from hbdesk.ui import background
from hbdesk.ui.background import run_in_background, wait_for_all


def test_the_result_comes_back_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def on_success(result: object) -> None:
        seen["result"], seen["callback_thread"] = result, threading.get_ident()

    call = run_in_background(work, on_success, lambda exc: None)
    qtbot.waitUntil(lambda: call.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["work_thread"] != ui_thread
    assert seen["callback_thread"] == ui_thread


def test_an_exception_is_handed_over_not_lost(qtbot):
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError("disk on fire")

    call = run_in_background(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: call.done, timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], OSError)


def test_a_call_nobody_keeps_is_released_after_it_ends(qtbot):
    results: list[object] = []
    run_in_background(lambda: "done", results.append, lambda exc: None)  # reference dropped
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: not background._running, timeout=5000)
    wait_for_all()
    QApplication.processEvents()
