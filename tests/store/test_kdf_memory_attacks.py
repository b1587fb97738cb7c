"""Attacks on Argon2id's working memory (hbdesk.store.kdf_memory): another platform's mmap,
an interrupt inside the allocator or during the wipe."""

from __future__ import annotations

import mmap
from typing import Any

import pytest

from hbdesk.store import KdfParams, kdf_memory, keys
from tests.store.test_kdf import reference
from tests.store.test_kdf_attacks import SALT, SECRET, FakeLib
from tests.store.test_kdf_memory import (
    MEMORY_KIB,
    fail_keeping_memory,
    mappings_of,
    still_mapped,
)


class WindowsMmap:
    """The mmap module as Windows has it: no MAP_* flags, no madvise advice, and
    `mmap(fileno, length, tagname=None, access=ACCESS_DEFAULT, offset=0)`."""

    ACCESS_DEFAULT = mmap.ACCESS_DEFAULT

    @staticmethod
    def mmap(
        fileno: int,
        length: int,
        tagname: str | None = None,
        access: int = mmap.ACCESS_DEFAULT,
        offset: int = 0,
    ) -> mmap.mmap:
        assert fileno == -1 and tagname is None  # anonymous, not shared by name
        return mmap.mmap(fileno, length, access=access, offset=offset)


def test_windows_mmap_still_derives_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows laptops are a target (packaging/README.md); its mmap has no `flags`."""
    params = KdfParams(MEMORY_KIB, 2, 2)
    monkeypatch.setattr(kdf_memory, "mmap", WindowsMmap)
    assert bytes(keys.argon2id(SECRET, SALT, params)) == reference(SECRET, SALT, params)
    assert mappings_of(params.memory_kib * 1024) == []


class Interrupting:
    def __iter__(self) -> Any:
        raise KeyboardInterrupt


def test_an_interrupt_in_the_allocator_stays_an_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the allocator runs is not "Argon2id's memory could not be prepared"."""
    monkeypatch.setattr(kdf_memory, "_ADVICE", Interrupting())
    with pytest.raises(KeyboardInterrupt):
        keys.argon2id(SECRET, SALT, KdfParams(MEMORY_KIB, 2, 2))
    assert mappings_of(MEMORY_KIB * 1024) == []


class InterruptedWipe:
    """kdf_memory's cffi, with an interrupt arriving during the first wipe's second chunk."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = 0

    def memmove(self, *args: Any) -> None:
        self.calls += 1
        if self.calls == 2:
            raise KeyboardInterrupt
        self.real.memmove(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_an_interrupt_during_the_wipe_still_unmaps(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a failed call kept (as after ARGON2_THREAD_FAIL) is unmapped even when the wipe
    is interrupted; not left mapped in the traceback's frames."""
    params = KdfParams(MEMORY_KIB, 2, 4)
    size = params.memory_kib * 1024
    kept: list[int] = []

    monkeypatch.setattr(
        keys, "lib", FakeLib(lambda context, kind: fail_keeping_memory(context, size, kept))
    )
    monkeypatch.setattr(keys, "_cores", lambda: 2)
    monkeypatch.setattr(kdf_memory, "ffi", InterruptedWipe(kdf_memory.ffi))
    with pytest.raises(KeyboardInterrupt) as err:
        keys.argon2id(SECRET, SALT, params)
    assert err.value.__traceback__ is not None  # the frames are still alive here
    assert kept and not still_mapped(kept[0], size), "the kept memory stayed mapped"
