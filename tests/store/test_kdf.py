"""Argon2id through libargon2 (hbdesk.store.keys.argon2id) gives the key cryptography's
Argon2id gave: every key file written before opens with the same passphrase (issue 15 moved
the derivation to libargon2, which computes the lanes on as many threads as there are cores).
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hbdesk.store import KdfParams, keys

SALT = bytes.fromhex("8c1f0d0e6a4b2c3d4e5f60718293a4b5")


def reference(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The implementation that wrote the key files until now."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


@pytest.mark.parametrize(
    ("passphrase", "params"),
    [
        ("kolme iloista kissaa tanssii", KdfParams(memory_kib=8 * 1024, iterations=2, lanes=1)),
        ("Åke söi pölyä ja ärjyi", KdfParams(memory_kib=8 * 1024, iterations=3, lanes=4)),
        ("", KdfParams(memory_kib=4 * 1024, iterations=2, lanes=2)),
        ("ä" * 300, KdfParams(memory_kib=4 * 1024, iterations=1, lanes=8)),
    ],
)
def test_the_key_is_the_one_cryptography_derived(passphrase: str, params: KdfParams) -> None:
    secret = keys.normalise_passphrase(passphrase)
    assert bytes(keys.argon2id(secret, SALT, params)) == reference(secret, SALT, params)


def test_the_key_does_not_depend_on_how_many_cores_compute_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    params = KdfParams(memory_kib=8 * 1024, iterations=2, lanes=4)
    secret = keys.normalise_passphrase("kolme iloista kissaa tanssii")
    derived = set()
    for cores in (1, 2, 3, 4, 16):
        monkeypatch.setattr(keys, "_cores", lambda cores=cores: cores)
        derived.add(bytes(keys.argon2id(secret, SALT, params)))
    assert derived == {reference(secret, SALT, params)}


def test_a_passphrase_typed_in_either_unicode_form_gives_one_key() -> None:
    params = KdfParams(memory_kib=4 * 1024, iterations=1, lanes=1)
    composed = keys.argon2id(keys.normalise_passphrase("p\u00e4iv\u00e4"), SALT, params)
    decomposed = keys.argon2id(keys.normalise_passphrase("pa\u0308iva\u0308"), SALT, params)
    assert composed == decomposed


def test_parameters_libargon2_refuses_raise_instead_of_giving_a_key() -> None:
    with pytest.raises(ValueError, match="libargon2: Salt is too short"):
        keys.argon2id(b"x", b"short", KdfParams(memory_kib=4 * 1024, iterations=1, lanes=1))


def test_libargon2_wipes_its_memory_when_done() -> None:
    """The 128 MiB are computed from the passphrase: libargon2 overwrites them before it frees
    them (nothing of them left in freed memory) when this flag of the library as built is on."""
    import ctypes

    from _argon2_cffi_bindings import _ffi

    flag = ctypes.c_int.in_dll(ctypes.CDLL(_ffi.__file__), "FLAG_clear_internal_memory")
    assert flag.value == 1
