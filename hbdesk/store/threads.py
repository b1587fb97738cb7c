"""Vault work never runs on the UI thread: a guard that tests (and developers) switch on.

The UI names its thread once at start (`mark_ui_thread`); with the guard on, opening a vault
session on that thread raises `VaultOnUiThread`. The store knows nothing of Qt: it only
compares `threading.get_ident()`. `HBDESK_UI_THREAD_GUARD=1` switches the guard on at start.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

GUARD_ENV = "HBDESK_UI_THREAD_GUARD"

_ui_thread: int | None = None
_on = os.environ.get(GUARD_ENV) == "1"
_here = threading.local()


class VaultOnUiThread(RuntimeError):
    """A vault session was opened on the UI thread (a programming error, never the user's)."""


def mark_ui_thread() -> None:
    """Name the calling thread as the UI thread (the UI calls this once, on its thread)."""
    global _ui_thread
    _ui_thread = threading.get_ident()


def switch_guard(on: bool) -> bool:
    """Switch the guard on or off; returns the previous setting."""
    global _on
    before, _on = _on, on
    return before


def guard_is_on() -> bool:
    return _on


@contextlib.contextmanager
def allowed_here() -> Iterator[None]:
    """Let this thread open sessions while the block runs (a test's own setup and checks)."""
    depth = getattr(_here, "depth", 0)
    _here.depth = depth + 1
    try:
        yield
    finally:
        _here.depth = depth


def check() -> None:
    """Raise VaultOnUiThread when the guard is on and this is the UI thread."""
    if (
        _on
        and _ui_thread is not None
        and threading.get_ident() == _ui_thread
        and not getattr(_here, "depth", 0)
    ):
        raise VaultOnUiThread("a vault session was opened on the UI thread")
