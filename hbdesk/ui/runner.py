"""The one place that runs service calls off the UI thread and broadcasts what they changed.

After Anki's CollectionOp: a service or use case returns an `Outcome` (value + `Changes`);
the runner hands the value to the caller and emits `changed`, so every view refreshes only
when its data was touched — sync included. Progress is announced only for calls that last
over half a second; long calls (`start`) report their steps and can be cancelled.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from hbdesk.ui import domain_messages
from hbdesk.ui.background import run_in_background

if TYPE_CHECKING:
    from hbdesk.app.progress import Progress
    from hbdesk.app.store import OpenVault

# A call waiting for its screen to run: its work, and its success and failure deliveries.
_Queued = tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 500
# Idle this long after its last call, the runner lets the vault copy a long journal in
# (OpenVault.tidy_journal): the next write then waits for no checkpoint.
TIDY_AFTER_MS = 300


class _StepRelay(QObject):
    """Carries a long call's steps from its worker thread to the UI thread (queued)."""

    stepped = Signal(str)

    def __init__(self, on_step: Callable[[str], None]) -> None:
        super().__init__()
        self._on_step = on_step
        self.stepped.connect(self._deliver)

    @Slot(str)
    def _deliver(self, step: str) -> None:
        self._on_step(step)


class Running:
    """A long call on its way: `cancel()` asks it to stop at its next safe point."""

    def __init__(self, progress: Progress, relay: _StepRelay | None) -> None:
        self.progress = progress
        self._relay = relay  # kept alive as long as the call

    def cancel(self) -> None:
        self.progress.cancel()


class ServiceRunner(QObject):
    changed = Signal(object)  # Changes, after every successful call whose result is an Outcome
    busy_changed = Signal(bool)  # True only when a call has lasted > 0.5 s

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        message_parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._running = 0
        self._busy = False
        self._stopped = False
        self.message_parent = message_parent
        self.last_message = ""  # the last error shown in a message box (tests read it)
        self._boxes: set[QMessageBox] = set()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._on_busy_timer)
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(TIDY_AFTER_MS)
        self._tidy_timer.timeout.connect(self._on_idle)
        self._tidying = False
        self._screen: list[_Queued] | None = None
        self.vault: OpenVault | None = None  # screens' vault; the desktop sets it at unlock
        from hbdesk.app.store import mark_ui_thread

        mark_ui_thread()  # the runner is made on the UI thread; vault work never runs there

    @property
    def running(self) -> int:
        return self._running

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run fn(*args, **kwargs) off the UI thread; the value goes to on_done, errors to
        on_error (or a worded message box). An Outcome's changes are broadcast by `changed`.

        Any exception reaches on_error when it is given; without it, domain and vault errors
        are worded by domain_messages and anything else is logged and worded as unexpected.
        """
        if self._stopped:
            return
        self._running += 1
        if self._running == 1:
            self._busy_timer.start()

        def work() -> Any:
            return fn(*args, **kwargs)

        def success(result: Any) -> None:
            self._call_over()
            if self._stopped:
                return
            from hbdesk.services.context import Outcome

            if isinstance(result, Outcome):
                value = result.value
                with self.screen():  # every view's reload after one change: one screen
                    self.changed.emit(result.changes)
            else:
                value = result
            if on_done is not None:
                on_done(value)

        def failure(exc: BaseException) -> None:
            self._call_over()
            if self._stopped:
                return
            if getattr(exc, "code", None) is None:
                log.error("unexpected error in %s", getattr(fn, "__name__", "a call"), exc_info=exc)
            if on_error is not None:
                on_error(exc)
            else:
                self.show_error(exc)

        if self._screen is not None:  # one screen: run with the others of it (see screen())
            self._screen.append((work, success, failure))
            return
        run_in_background(work, success, failure, self._pool)

    @contextlib.contextmanager
    def screen(self, vault: OpenVault | None = None) -> Iterator[None]:
        """The calls made in this block fill one screen: they run together in one worker
        job, reading in one transaction, and what they read of a client is one access-log
        entry, not one per call (hbdesk.services.context.screen). Each call's callbacks are
        called as usual, in order; a call that fails undoes only itself. Without a vault
        (here or `self.vault`) the calls run each on its own, as outside the block."""
        vault = vault or self.vault
        if self._screen is not None or vault is None or self._stopped:
            yield  # inside another screen: the calls join it
            return
        self._screen = []
        try:
            yield
        finally:
            group, self._screen = self._screen, None
            if group:
                self._run_screen(vault, group)

    def _run_screen(self, vault: OpenVault, group: list[_Queued]) -> None:
        def work() -> list[tuple[bool, Any]]:
            from hbdesk.services.context import screen

            outcomes: list[tuple[bool, Any]] = []
            with screen(vault):
                for call_work, _, _ in group:
                    try:
                        outcomes.append((True, call_work()))
                    except Exception as exc:  # this call only: it undid itself
                        outcomes.append((False, exc))
            return outcomes

        def delivered(outcomes: list[tuple[bool, Any]]) -> None:
            for (ok, value), (_, success, failure) in zip(outcomes, group, strict=True):
                (success if ok else failure)(value)

        def failed(exc: BaseException) -> None:  # the screen itself did not commit: none shows
            for _, _, failure in group:
                failure(exc)

        run_in_background(work, delivered, failed, self._pool)

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_step: Callable[[str], None] | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Running:
        """A long call: like `call`, with `progress=` handed to fn; its steps reach on_step
        in the UI thread, and the returned handle cancels it."""
        from hbdesk.app.progress import Progress

        relay = _StepRelay(on_step) if on_step is not None else None
        progress = Progress(relay.stepped.emit if relay is not None else None)
        running = Running(progress, relay)

        def over(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                running._relay = None
                if callback is not None:
                    callback(value)

            return deliver

        self.call(
            fn,
            *args,
            progress=progress,
            on_done=over(on_done),
            on_error=over(on_error) if on_error is not None else None,
            **kwargs,
        )
        return running

    def show_error(self, exc: BaseException) -> None:
        """A message box in the user's words; never a traceback. Not blocking: a lock closes it."""
        parent = self.message_parent
        if parent is not None and not shiboken6.isValid(parent):
            parent = None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ServiceRunner", "hbdesk"),
            domain_messages.describe(exc),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.last_message = box.text()
        self._boxes.add(box)  # a box without a parent lives as long as we hold it
        box.finished.connect(lambda _result: self._boxes.discard(box))
        box.open()

    def stop(self) -> None:
        """On lock: results still on their way are dropped; no new calls start."""
        self._stopped = True
        self._busy_timer.stop()
        self._tidy_timer.stop()
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until no call is running (for tests)."""
        clock = QElapsedTimer()
        clock.start()
        while self._running and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            (self._pool or QThreadPool.globalInstance()).waitForDone(5)
        QCoreApplication.processEvents()
        return self._running == 0

    def _call_over(self) -> None:
        self._running -= 1
        if self._running == 0:
            self._busy_timer.stop()
            if self._busy:
                self._busy = False
                self.busy_changed.emit(False)
            if self.vault is not None and not self._stopped:
                self._tidy_timer.start()

    def _on_idle(self) -> None:
        """Still idle: the vault's housekeeping, off the UI thread (no progress, no message)."""
        vault = self.vault
        if self._running or self._stopped or self._tidying or vault is None:
            return
        self._tidying = True

        def over(_: object) -> None:
            self._tidying = False

        def failed(exc: BaseException) -> None:
            self._tidying = False
            log.warning("the vault's journal could not be tidied: %s", type(exc).__name__)

        run_in_background(vault.tidy_journal, over, failed, self._pool)

    def _on_busy_timer(self) -> None:
        if self._running and not self._busy and not self._stopped:
            self._busy = True
            self.busy_changed.emit(True)


def run_and_wait(fn: Callable[..., Any], *args: Any) -> Any:
    """Run fn in a worker thread and wait for it: only where the UI must not go on before
    the work is done (saving drafts before the key is dropped). Errors are raised here."""
    result: list[Any] = []
    error: list[BaseException] = []

    def work() -> None:
        try:
            result.append(fn(*args))
        except BaseException as exc:  # handed to the caller
            error.append(exc)

    worker = threading.Thread(target=work, name="hbdesk-wait", daemon=True)
    worker.start()
    worker.join()
    if error:
        raise error[0]
    return result[0]
