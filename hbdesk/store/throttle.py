"""A growing delay after wrong passphrases (the Argon2id cost already slows offline guessing)."""

from __future__ import annotations

import time
from collections.abc import Callable

from hbdesk.store.errors import TooManyAttempts

FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0


class UnlockThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._not_before = 0.0

    def delay_after(self, failures: int) -> float:
        """Seconds to wait after `failures` consecutive wrong passphrases: 0, 0, 2, 4, 8 … 60."""
        if failures <= FREE_ATTEMPTS:
            return 0.0
        return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)

    def check(self) -> None:
        wait = self._not_before - self._clock()
        if wait > 0:
            raise TooManyAttempts(wait)

    def failed(self) -> int:
        self.failures += 1
        self._not_before = self._clock() + self.delay_after(self.failures)
        return self.failures

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0
