"""Compiled SQL that outlives a lock: only statements that hold no value.

SQLAlchemy compiles each shape of statement once per engine and keeps the result in the
engine's cache. The vault makes a new engine at every unlock, so without more the first of
each statement after an unlock compiles again (a day's sync ran 16 compiles, 6-9 ms).

A compiled statement keeps the statement it was made from, values included
(`compiled.binds`, `compiled.statement`): kept past a lock, a client's id or name in a
WHERE would outlive the key. So an engine's cache (`Cache`, its `compiled_cache`) keeps for
the whole process only a statement whose every bound value is a placeholder, given at
execution (`bindparam("x")`, `session.get`'s primary key); any other stays in the engine's
own part and goes with the engine at the lock. Code that should be quick after an unlock
writes its statements with placeholders (e.g. `hbdesk/sync/engine.py`).
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy.util import LRUCache, symbol

# What an INSERT's or UPDATE's column parameter holds until its execution gives the value.
_REQUIRED = symbol("REQUIRED")

SIZE = 500  # entries in each part: SQLAlchemy's own default (query_cache_size)

_shared: dict[str, LRUCache[Any, Any]] = {}
_shared_lock = threading.Lock()


def shared(module_name: str) -> LRUCache[Any, Any]:
    """The process's shapes for the engines over one driver (its dialect's state, e.g. the
    SQLite version it found, is the same for all of them)."""
    with _shared_lock:
        found = _shared.get(module_name)
        if found is None:
            found = _shared[module_name] = LRUCache(SIZE)
        return found


class Cache:
    """An engine's compiled statements: its own part, then the process's shapes.

    SQLAlchemy asks `get(key)` and sets `cache[key] = compiled`; the key's first item is the
    engine's dialect, left out in the shared part (the others describe the statement)."""

    def __init__(self, module_name: str) -> None:
        self._own: LRUCache[Any, Any] = LRUCache(SIZE)
        self._shared = shared(module_name)

    def get(self, key: Any, default: Any = None) -> Any:
        found = self._own.get(key)
        if found is None:
            found = self._shared.get(key[1:])
        return default if found is None else found

    def __setitem__(self, key: Any, compiled: Any) -> None:
        if holds_no_value(compiled):
            self._shared[key[1:]] = compiled
        else:
            self._own[key] = compiled

    def __len__(self) -> int:
        return len(self._own)


def holds_no_value(compiled: Any) -> bool:
    """True when every value of the statement compiled is a placeholder: no value and no
    callable (a lazy load's callable reads its parent row).

    The statement's values are its cache key's parameters: SQLAlchemy swaps exactly these
    when another statement of the same shape uses the compiled form. Any other parameter
    the compiler adds is part of the shape (SQLite's `OFFSET 0` after a `LIMIT`)."""
    key = getattr(compiled, "cache_key", None)
    if key is None or key.params:
        return False
    return all(b.value in (None, _REQUIRED) and b.callable is None for b in key.bindparams)
