"""Notices when nobody has touched keyboard or mouse for a while (the idle lock).

The time comes from a monotonic clock that also counts suspended time where the system has
one (Linux CLOCK_BOOTTIME), so a laptop closed for an hour is idle for an hour.

An application-wide event filter sees every event of every widget (thousands for one client
opened), each a call into Python. The watcher needs only the first input after each look
at the clock: its filter takes itself away at that input and is put back at the next look,
so while someone works it sees a handful of events, and dialogs (modal ones too) count like
any window.

Work the program does without the event loop (`no_input_meanwhile()`: building a client's
page, thousands of events) cannot be interrupted by input: no event from the keyboard or
the mouse is handled until it returns. The watchers do not look at its events.
"""

from __future__ import annotations

import contextlib
import time
import weakref
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
)

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


_watchers: weakref.WeakSet[IdleWatcher] = weakref.WeakSet()
_quiet = 0  # how deep in no_input_meanwhile() blocks
_blind = False  # the watchers' filters are off for a quiet block


@contextlib.contextmanager
def no_input_meanwhile() -> Iterator[None]:
    """Around work on the UI thread that handles no queued event: the watchers ignore its
    events and listen again after. Should an event loop run inside after all (a dialog's,
    processEvents), they listen again from then on: input could come."""
    global _quiet
    _quiet += 1
    dispatcher = QAbstractEventDispatcher.instance() if _quiet == 1 else None
    if dispatcher is not None:
        dispatcher.awake.connect(_see_again)
        dispatcher.aboutToBlock.connect(_see_again)
        _set_blind(True)
    try:
        yield
    finally:
        _quiet -= 1
        if dispatcher is not None:
            dispatcher.awake.disconnect(_see_again)
            dispatcher.aboutToBlock.disconnect(_see_again)
            _set_blind(False)


def _see_again() -> None:
    _set_blind(False)


def _set_blind(blind: bool) -> None:
    global _blind
    if blind == _blind:
        return
    _blind = blind
    for watcher in [w for w in list(_watchers) if shiboken6.isValid(w)]:
        watcher._filter(watcher._listening and not blind)


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
        self._listening = False  # wanting the next input (the filter is off in quiet work)
        _watchers.add(self)

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
        self._listening = on
        if not _blind:
            self._filter(on)

    def _filter(self, on: bool) -> None:
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
