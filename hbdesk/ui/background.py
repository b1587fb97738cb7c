"""Run slow work (unlock, create, later sync and PDFs) off the UI thread.

The work function runs in a QThreadPool thread and must not touch widgets; its result or
exception comes back to the UI thread as a queued signal and is handed to the callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from hbdesk.ui.idle import no_input_meanwhile

# Calls still running: they must outlive the caller's local variables.
_running: set[BackgroundCall] = set()


class BackgroundCall(QObject):
    """One call of `work` in the pool; `finished` fires in the UI thread when it is over."""

    finished = Signal()
    _result_ready = Signal(object)
    _error_raised = Signal(object)

    def __init__(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self.done = False
        # Emitted from the pool thread, received by this object (UI thread): queued.
        self._result_ready.connect(self._deliver_result)
        self._error_raised.connect(self._deliver_error)

    def run_in_pool(self) -> None:
        """The part that runs in the pool thread."""
        try:
            result = self._work()
        except BaseException as exc:  # handed to the UI thread, never lost
            self._error_raised.emit(exc)
            return
        self._result_ready.emit(result)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        try:
            with no_input_meanwhile():  # a screen filled with the result: events, no input
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        try:
            with no_input_meanwhile():
                self._on_failure(exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()
        # Let go of this object only after its own signal delivery is over: dropping the last
        # reference here would delete the QObject while Qt is still inside it.
        QTimer.singleShot(0, lambda: _running.discard(self))


class _Runnable(QRunnable):
    def __init__(self, call: BackgroundCall) -> None:
        super().__init__()
        self._call = call

    def run(self) -> None:
        self._call.run_in_pool()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> BackgroundCall:
    """Start `work()` in the pool; `on_success(result)` or `on_failure(exc)` follow in the UI."""
    call = BackgroundCall(work, on_success, on_failure)
    _running.add(call)
    (pool or QThreadPool.globalInstance()).start(_Runnable(call))
    return call


def wait_for_all(pool: QThreadPool | None = None, msecs: int = 30_000) -> bool:
    """Let running calls end (at quit), so no thread outlives the vault it uses."""
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)
