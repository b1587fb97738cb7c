"""What a long use case says while it runs, and how a person asks it to stop (thread-safe).

The runner makes one `Progress` per long call and hands it to the use case as `progress=`;
the use case calls `step("sending")` at each stage and `check()` where stopping is safe
(between transactions, never inside one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The person stopped the work; everything committed so far stays, nothing is half done."""

    code = "cancelled"


class Progress:
    def __init__(self, on_step: Callable[[str], None] | None = None) -> None:
        self._on_step = on_step
        self._stop = threading.Event()

    def step(self, code: str) -> None:
        """Announce the next stage (a stable code the UI words); stops here when asked."""
        self.check()
        if self._on_step is not None:
            self._on_step(code)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled when the person asked to stop."""
        if self._stop.is_set():
            raise Cancelled("cancelled")
