"""A guard against a reference-counting bug in PySide6 6.12 on CPython 3.11.

With PySide6 6.12.0 every call from Python of a Qt method returning void drops one reference
to None, and every signal emission one to True. CPython 3.11 aborts the process when such a
count reaches zero ("Fatal Python error: none_dealloc"): here after about 5,000 calls, i.e.
minutes of use. CPython 3.12+ makes None, True and False immortal; on 3.11 the same is done
here by giving them a reference count no run can exhaust. PySide6 6.11.3 does not have the
bug: once the version range excludes 6.12.0 (or Python >= 3.12 is required) this goes.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48
_applied = False


def needs_guard(pyside_version: str) -> bool:
    major_minor = tuple(int(part) for part in pyside_version.split(".")[:2])
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and major_minor >= (6, 12)
    )


def protect_singletons() -> bool:
    """Apply the guard once, where it is needed; True when it was applied."""
    global _applied
    import PySide6

    if _applied or not needs_guard(PySide6.__version__):
        return _applied
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True
