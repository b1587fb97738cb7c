"""Notices when nobody has touched keyboard or mouse for a while (the idle lock).

The time comes from a monotonic clock that also counts suspended time where the system has
one (Linux CLOCK_BOOTTIME), so a laptop closed for an hour is idle for an hour.

An application-wide event filter sees every event of every widget (thousands for one client
opened), each a call into Python. The watcher needs only the first input after each look
at the clock: its filter takes itself away at that input and is put back at the next look,
so while someone works it sees a handful of events, and dialogs (modal ones too) count like
any window.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def idle_clock() -> float:
    """Seconds on a clock that never goes back and keeps running through suspend."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class IdleWatcher(QObject):
    """Watches input application-wide while running; `timed_out` fires once per idle period.

    The time of the first input after each check is kept (never a later one), so the lock
    comes at most one check interval early, never late."""

    timed_out = Signal()

    def __init__(
        self,
        idle_seconds: float,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = idle_clock,
        check_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        # Look often enough that the lock comes at most a few seconds late.
        self._timer.setInterval(check_ms or int(min(max(idle_seconds / 10, 0.05), 5.0) * 1000))
        self._timer.timeout.connect(self.check_now)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._last_input = self._clock()
        self._timer.start()
        self._listen(True)

    def stop(self) -> None:
        self._timer.stop()
        self._listen(False)

    def idle_for(self) -> float:
        return self._clock() - self._last_input

    def check_now(self) -> None:
        if not self.running:
            return
        if self.idle_for() >= self.idle_seconds:
            self.stop()
            self.timed_out.emit()
            return
        self._listen(True)  # listen again for the next input

    def _listen(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)  # once only, however often it is called
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = self._clock()
            self._listen(False)  # enough until the next check
        return False
