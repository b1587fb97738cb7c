"""Two workarounds for PySide6: a guard against a reference-counting bug in PySide6 6.12 on
CPython 3.11, and a quicker answer to a question PySide asks of every module imported.

The guard:

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


def ask_sources_quickly() -> bool:
    """PySide 6 asks of every module imported after it whether its source mentions "PySide6"
    (PYSIDE-2029: modules that may use `from __feature__ import ...`), through
    `inspect.getsource`: each file read, split into lines and kept in linecache, ~0.17 ms a
    module. That is ~85 modules (14 ms) before the lock screen shows, ~180 before the
    caseload does and ~600 in a session. The same question asked of the file's bytes costs
    a fraction of it; modules without a source file get PySide's own answer. True when
    applied (once; not at all if PySide no longer has the function)."""
    import PySide6  # noqa: F401  (its import loads the feature module)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "hbdesk_quick", False):
        return False

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    uses_pyside.hbdesk_quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
