"""Argon2id's working memory (128 MiB as shipped), which hbdesk hands to libargon2.

Without an allocator libargon2 takes its memory from malloc, in 4 KiB pages. Argon2id reads
1 KiB blocks from all over that memory, so nearly every read misses the processor's address
cache (the TLB), and every page is a fault to zero it first. Ours maps the memory anonymously
and asks the kernel for huge pages (2 MiB, `MADV_HUGEPAGE`): the same derivation with the
shipped parameters in 2 threads took 0.16-0.23 s here instead of 0.20-0.27 s with malloc, and
~17 % less CPU (4 runs of 10-30 alternating derivations each, medians; the same key). The
memory is also kept out of core dumps (`MADV_DONTDUMP`) and out of a child forked meanwhile
(`MADV_DONTFORK`).

libargon2 wipes the memory before it hands it back (its FLAG_clear_internal_memory, checked
by a test). After a lane thread failed to start, libargon2 returns without wiping or handing
it back: `working_memory` wipes and unmaps what a call kept, so the retry in one thread finds
the room again and nothing of the passphrase's derivation stays behind.

libargon2 allocates and frees in the thread that called it, so each thread keeps its own
mappings (on Windows an unnamed mapping: its mmap takes no flags). Where the kernel has no
such advice (not Linux), it is simply not given; where cffi cannot make the two callbacks (a
system that forbids writable and executable memory), libargon2 uses malloc as before.
"""

from __future__ import annotations

import contextlib
import mmap
import threading
from collections.abc import Iterator
from typing import Any

from _argon2_cffi_bindings import ffi

_ADVICE = tuple(
    getattr(mmap, name)
    for name in ("MADV_HUGEPAGE", "MADV_DONTDUMP", "MADV_DONTFORK")
    if hasattr(mmap, name)
)
_ZEROS = bytes(1 << 20)

_held = threading.local()  # `areas`: {address: (mapping, its cffi view)}; `error`
_made: tuple[Any, Any] | None = None


def _areas() -> dict[int, tuple[mmap.mmap, Any]]:
    areas: dict[int, tuple[mmap.mmap, Any]] | None = getattr(_held, "areas", None)
    if areas is None:
        areas = _held.areas = {}
    return areas


def _allocate(memory: Any, size: int) -> int:
    memory[0] = ffi.NULL  # libargon2 reads a NULL as "no memory" if anything below fails
    if hasattr(mmap, "MAP_ANONYMOUS"):
        area = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    else:  # Windows: no flags; an unnamed mapping is the process's own
        area = mmap.mmap(-1, size)
    try:
        for advice in _ADVICE:
            with contextlib.suppress(OSError):  # a kernel without transparent huge pages
                area.madvise(advice)
        view = ffi.from_buffer("uint8_t[]", area)
    except BaseException:
        area.close()  # nothing written to it yet; not left to the exception's traceback
        raise
    _areas()[int(ffi.cast("uintptr_t", view))] = (area, view)
    memory[0] = view
    return 0


def _free(memory: Any, size: int) -> None:
    found = _areas().pop(int(ffi.cast("uintptr_t", memory)), None)
    if found is not None:
        _unmap(*found)


def _unmap(area: mmap.mmap, view: Any) -> None:
    ffi.release(view)
    area.close()


def _failed(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """cffi's handler for an exception inside a callback (libargon2 then sees no memory)."""
    _held.error = exc


def _callbacks() -> tuple[Any, Any]:
    global _made
    if _made is None:
        try:
            _made = (
                ffi.callback("allocate_fptr", _allocate, error=-1, onerror=_failed),
                ffi.callback("deallocate_fptr", _free, onerror=_failed),
            )
        except MemoryError:  # no writable+executable memory for callbacks here: malloc
            _made = (ffi.NULL, ffi.NULL)
    return _made


@contextlib.contextmanager
def working_memory() -> Iterator[tuple[Any, Any]]:
    """The (allocate, free) callbacks for one `argon2_ctx` call in this thread. On leaving,
    whatever that call did not hand back is wiped and unmapped; an exception other than "no
    memory" inside the allocator is raised as RuntimeError (libargon2 itself reports no
    memory), an interrupt (KeyboardInterrupt, SystemExit) as it came."""
    _held.error = None
    try:
        yield _callbacks()
    finally:
        areas = _areas()
        while areas:
            _address, (area, view) = areas.popitem()
            try:  # unmapped even if an interrupt cuts the wipe short
                size = len(area)
                for start in range(0, size, len(_ZEROS)):
                    ffi.memmove(view + start, _ZEROS, min(len(_ZEROS), size - start))
            finally:
                _unmap(area, view)
    error, _held.error = _held.error, None
    if error is not None and not isinstance(error, Exception):
        raise error  # KeyboardInterrupt, SystemExit: as they came
    if error is not None and not isinstance(error, (OSError, MemoryError, OverflowError)):
        raise RuntimeError("Argon2id's memory could not be prepared") from error
