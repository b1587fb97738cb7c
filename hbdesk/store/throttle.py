"""A growing delay after wrong passphrases, kept beside the vault so a restart does not reset it.

The record (`hbdesk.attempts`) holds only a count and a time: nothing secret. Nothing
secret can protect it either (no key exists before the passphrase is right), so it is made
tamper-evident the one way that needs no secret: a record that is missing where the key
file says there is one (key file format 2, bound into AES-GCM's associated data), or that
cannot be read, counts as the longest wait there is. Deleting or garbling it is therefore
never better than waiting. Writing an old or hand-made record resets the count; that only
matters to someone at this keyboard, since anyone who can write the vault's folder can copy
it and guess offline, where only Argon2id's cost stands in the way (SECURITY.md).

Times are wall-clock seconds (a restart loses the monotonic clock). A clock set back
restarts the current wait from now, once; it never makes a wait longer than the longest.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from pathlib import Path

from hbdesk.store.errors import TooManyAttempts
from hbdesk.store.files import atomic_write

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0
# A record that should be there and is not, or cannot be read: the longest wait.
UNTRUSTED_FAILURES = FREE_ATTEMPTS + 6


class UnlockThrottle:
    """Counts wrong passphrases; with a `path` the count survives the process."""

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self.failures = 0
        self._last = 0.0  # when the last wrong passphrase was given

    def delay_after(self, failures: int) -> float:
        """Seconds to wait after `failures` consecutive wrong passphrases: 0, 0, 2, 4, 8 … 60."""
        if failures <= FREE_ATTEMPTS:
            return 0.0
        return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)

    def check(self, *, record_expected: bool = False) -> None:
        """Raise TooManyAttempts while the wait after the last wrong passphrase lasts."""
        self._load(record_expected)
        now = self._clock()
        if now < self._last:  # the clock went back: the wait starts again from now
            self._last = now
            self._save()
        wait = self.delay_after(self.failures) - (now - self._last)
        if wait > 0:
            raise TooManyAttempts(wait)

    def failed(self) -> int:
        self._load(record_expected=False)
        self.failures += 1
        self._last = self._clock()
        self._save()
        return self.failures

    def succeeded(self) -> None:
        """The right passphrase: the count starts again (the record is written if needed)."""
        stored = self._read()
        self.failures = 0
        self._last = 0.0
        if self.path is not None and (stored is None or stored[0] != 0):
            self._save()

    def _load(self, record_expected: bool) -> None:
        if self.path is None:
            return
        stored = self._read()
        if stored is not None:
            self.failures, self._last = stored
        elif record_expected or self.path.exists():
            # Missing where the key file promises it, or unreadable: as long a wait as there is.
            self.failures, self._last = UNTRUSTED_FAILURES, self._clock()
            self._save()
        else:
            self.failures, self._last = 0, 0.0  # a vault from before the record existed

    def _read(self) -> tuple[int, float] | None:
        if self.path is None:
            return None
        try:
            body = json.loads(self.path.read_bytes())
            failures, last = body["failures"], body["last_failure"]
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if type(failures) is not int or failures < 0 or not isinstance(last, int | float):
            return None
        if not math.isfinite(last):
            return None
        return failures, float(last)

    def _save(self) -> None:
        if self.path is None:
            return
        body = {"failures": self.failures, "last_failure": self._last}
        try:
            atomic_write(self.path, json.dumps(body).encode() + b"\n")
        except OSError:  # e.g. a full disk: this process still counts, in memory
            log.warning("the record of wrong attempts could not be written")
