"""Argon2id's working memory (hbdesk.store.kdf_memory): huge pages, kept out of core dumps and
forked children, wiped and given back on every path, and the same key as without it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from hbdesk.store import KdfParams, kdf_memory, keys
from tests.store.test_kdf import reference
from tests.store.test_kdf_attacks import SALT, SECRET, FakeLib

MIB = 1024 * 1024
# Each test's working memory has a size of its own: the suite's vaults derive with 19 MiB
# (FAST_KDF), and a derivation another test left running in a pool thread of this worker
# would otherwise be taken for the one under test (seen once in CI). A multiple of 16 KiB:
# libargon2 keeps it as it is with up to 4 lanes.
MEMORY_KIB = keys.MIN_MEMORY_KIB + 48


def mappings_of(size: int) -> list[dict[str, str]]:
    """This process's mappings of exactly `size` bytes, each as /proc/self/smaps tells it."""
    found: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if "-" in head[0] and not head[0].endswith(":"):
            start, end = (int(x, 16) for x in head[0].split("-"))
            current = {} if end - start == size else None
            if current is not None:
                found.append(current)
        elif current is not None and head[0].endswith(":"):
            current[head[0][:-1]] = " ".join(head[1:])
    return found


def thp_offered() -> bool:
    try:
        setting = Path("/sys/kernel/mm/transparent_hugepage/enabled").read_text()
    except OSError:
        return False
    return "[never]" not in setting


def thp_faults() -> int:
    """Huge-page faults the kernel has tried, given or fallen back from (all processes)."""
    counts = dict(line.split() for line in Path("/proc/vmstat").read_text().splitlines())
    return int(counts.get("thp_fault_alloc", 0)) + int(counts.get("thp_fault_fallback", 0))


def test_the_working_memory_is_huge_pages_kept_out_of_dumps_and_forks() -> None:
    """Read from /proc while a derivation runs in another thread (Argon2id releases the GIL)."""
    # ~0.3 s here: long enough to look at it. 64 MiB + 8 KiB: no size glibc gives its arenas
    params = KdfParams(64 * 1024 + 8, 12, 2)
    size = params.memory_kib * 1024
    seen: list[dict[str, str]] = []
    worker = threading.Thread(target=lambda: keys.argon2id(SECRET, SALT, params))
    assert mappings_of(size) == []
    before = thp_faults()
    worker.start()
    while worker.is_alive() and not seen:
        seen = [m for m in mappings_of(size) if int(m["Rss"].split()[0]) > 16 * 1024]
    worker.join()
    assert len(seen) == 1, "no mapping of the working memory seen while Argon2id ran"
    flags = seen[0]["VmFlags"].split()
    assert {"hg", "dd", "dc"} <= set(flags), flags  # MADV_HUGEPAGE, DONTDUMP, DONTFORK
    if thp_offered():  # the kernel gave huge pages, or tried and found none free
        tried = thp_faults() - before
        assert int(seen[0]["AnonHugePages"].split()[0]) > 0 or tried > 0, seen[0]
    assert mappings_of(size) == [], "the working memory outlived the derivation"


def test_the_same_key_with_and_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    params = KdfParams(MEMORY_KIB, 2, 4)
    with_it = bytes(keys.argon2id(SECRET, SALT, params))
    monkeypatch.setattr(kdf_memory, "_made", (kdf_memory.ffi.NULL, kdf_memory.ffi.NULL))
    assert bytes(keys.argon2id(SECRET, SALT, params)) == with_it == reference(SECRET, SALT, params)


class NoCallbacks:
    """kdf_memory's cffi, on a system that forbids writable and executable memory."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def callback(self, *args: Any, **kwargs: Any) -> Any:
        raise MemoryError("Cannot allocate write+execute memory for ffi.callback()")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_without_callbacks_libargon2_uses_malloc(monkeypatch: pytest.MonkeyPatch) -> None:
    params = KdfParams(MEMORY_KIB, 2, 2)
    monkeypatch.setattr(kdf_memory, "ffi", NoCallbacks(kdf_memory.ffi))
    monkeypatch.setattr(kdf_memory, "_made", None)
    assert bytes(keys.argon2id(SECRET, SALT, params)) == reference(SECRET, SALT, params)
    assert mappings_of(params.memory_kib * 1024) == []


def fail_keeping_memory(context: Any, size: int, kept: list[int]) -> int:
    """libargon2 after a lane thread failed to start, as `keys.lib.argon2_ctx` (under
    FakeLib): `size` bytes taken through the context's allocator and filled as a derivation
    would, then ARGON2_THREAD_FAIL without giving them back. Their address goes to `kept`."""
    memory = kdf_memory.ffi.new("uint8_t **")
    context.allocate_cbk(memory, size)
    kept.append(int(kdf_memory.ffi.cast("uintptr_t", memory[0])))
    kdf_memory.ffi.memmove(memory[0], b"\x5a" * size, size)
    return int(keys.lib.real.ARGON2_THREAD_FAIL)


def still_mapped(address: int, size: int) -> bool:
    """Is the mapping the allocator made at `address`, `size` bytes, still in this process?
    Asked of that mapping, not of any of its size: another one of the same size (seen once
    in CI: 19,504 kB, most of it resident, in the worker that ran the interrupt test; whose,
    not found) says nothing about it."""
    for line in Path("/proc/self/maps").read_text().splitlines():
        start, end = (int(x, 16) for x in line.split()[0].split("-"))
        if start == address and end - start == size:
            return True
    return False


def test_what_a_failed_call_kept_is_wiped_before_it_is_given_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """libargon2 keeps its memory, unwiped, after a lane thread failed to start. Played here:
    the first call takes its memory through the allocator, fills it as a derivation would,
    and returns ARGON2_THREAD_FAIL without giving it back."""
    params = KdfParams(MEMORY_KIB, 2, 4)
    size = params.memory_kib * 1024
    calls: list[int] = []
    given_back: list[bytes] = []
    kept: list[int] = []

    def ctx(context: Any, kind: Any) -> int:
        calls.append(int(context.threads))
        if len(calls) > 1:
            return int(keys.lib.real.argon2_ctx(context, kind))
        return fail_keeping_memory(context, size, kept)

    real_unmap = kdf_memory._unmap

    def unmap(area: Any, view: Any) -> None:
        given_back.append(bytes(set(area[:])))
        real_unmap(area, view)

    monkeypatch.setattr(keys, "lib", FakeLib(ctx))
    monkeypatch.setattr(keys, "_cores", lambda: 2)
    monkeypatch.setattr(kdf_memory, "_unmap", unmap)
    assert bytes(keys.argon2id(SECRET, SALT, params)) == reference(SECRET, SALT, params)
    assert calls == [2, 1]
    assert given_back[0] == b"\x00", "the failed call's memory was given back unwiped"
    assert set(given_back[1:]) == {b"\x00"}  # libargon2 wiped the retry's before freeing it
    assert len(given_back) == 2 and not still_mapped(kept[0], size)


def test_a_fault_in_the_allocator_is_not_called_no_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a real shortage is "not enough free memory" on the lock screen; a fault is raised."""
    monkeypatch.setattr(kdf_memory, "_ADVICE", ("not an advice",))
    with pytest.raises(RuntimeError, match="memory could not be prepared") as err:
        keys.argon2id(SECRET, SALT, KdfParams(MEMORY_KIB, 2, 2))
    assert isinstance(err.value.__cause__, TypeError)
    assert mappings_of(MEMORY_KIB * 1024) == []
