"""Admission: how many requests of this process work on the database at once, and a quick
503 for a request that would wait too long for its turn.

A laptop waits for an answer at most its timeout (30 s in the app). Rather than keep it
queued past that, the server says at once that it is busy (503, `Retry-After`: its
estimate of the wait, whole seconds); the laptop waits that long, jittered and growing,
and tries again (hbdesk.sync.client). The estimate is the requests waiting ahead divided by
the slots, times the recent average time a request holds a slot.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

MAX_RETRY_AFTER = 60


class Busy(Exception):
    """Answer 503: come back after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"busy, retry after {retry_after} s")
        self.retry_after = retry_after


class Gate:
    """At most `slots` requests at once; a newcomer that would wait over `max_wait` s is Busy."""

    def __init__(self, slots: int, max_wait: float) -> None:
        self.slots = max(1, slots)
        self.max_wait = max_wait
        self._free = asyncio.Semaphore(self.slots)
        self._waiting = 0
        self._average = 0.1  # seconds a request holds a slot; learnt as requests finish

    def estimate(self) -> float:
        """Seconds a request arriving now would wait for a slot."""
        if not self._free.locked():
            return 0.0
        return (self._waiting + 1) * self._average / self.slots

    def retry_after(self) -> int:
        return max(1, min(MAX_RETRY_AFTER, math.ceil(max(self.estimate(), self._average))))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self._enter()
        start = time.monotonic()
        try:
            yield
        finally:
            self._free.release()
            self._average = 0.8 * self._average + 0.2 * (time.monotonic() - start)

    async def _enter(self) -> None:
        if not self._free.locked():
            await self._free.acquire()  # free: taken at once, no suspension
            return
        if self.estimate() > self.max_wait:
            raise Busy(self.retry_after())
        self._waiting += 1
        try:
            await asyncio.wait_for(self._free.acquire(), self.max_wait)
        except TimeoutError:
            raise Busy(self.retry_after()) from None
        finally:
            self._waiting -= 1
