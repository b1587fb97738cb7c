"""The vault's key file: a random data key wrapped under an Argon2id key from the passphrase.

The key file (JSON) holds the format version, the KDF parameters and salt, the wrapped
data key and a checksum over all of it. The checksum tells damage apart from a wrong
passphrase: a flipped byte fails the checksum, a wrong passphrase fails only AES-GCM.
A file with most of the key file's field names is ours: one flipped byte anywhere in it is
damage, never "not a vault". Every later format keeps this checksum.

Format 2 promises a record of wrong attempts beside the vault (throttle.py). The version is
bound into AES-GCM's associated data: a key file edited back to format 1 (to make that
record look optional) unwraps with no passphrase at all. Format 1 files are rewritten as
format 2 at their next unlock.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from _argon2_cffi_bindings import ffi, lib

from hbdesk.store import kdf_memory
from hbdesk.store.errors import NotAVault, VaultDamaged, WrongPassphrase

FORMAT = "hbdesk-vault"
FORMAT_VERSION = 2
# From this format on the vault keeps a record of wrong attempts (throttle.py).
ATTEMPTS_RECORD_SINCE = 2
# Field names and values only a key file has. One flipped byte breaks at most two of them.
_MARKERS = (
    b'"hbdesk-vault"',
    b'"vault_id"',
    b'"argon2id"',
    b'"memory_kib"',
    b'"iterations"',
    b'"lanes"',
    b'"AES-256-GCM"',
    b'"ciphertext"',
    b'"nonce"',
    b'"db_salt"',
    b'"checksum"',
)
_OURS_FROM = 5
DATA_KEY_BYTES = 32
KEK_BYTES = 32  # the key-encryption key Argon2id derives (AES-256-GCM)
# OWASP's floor for Argon2id; nothing weaker is ever written or accepted.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
_MAX_U32 = 2**32 - 1
_MAX_LANES = 2**24 - 1


@dataclass(frozen=True, order=True)
class KdfParams:
    """Argon2id cost. Default: 128 MiB, t=4, p=4 (~0.4 s here; RFC 9106's floor is 64 MiB)."""

    memory_kib: int = 128 * 1024
    iterations: int = 4
    lanes: int = 4

    def check(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.lanes < 1:
            raise ValueError("Argon2id parameters below the allowed floor")
        # RFC 9106, 3.1: at most 2^32 - 1 KiB and passes, 2^24 - 1 lanes, 8 KiB a lane at
        # least. No Argon2id made a key file beyond them: such a file is damaged.
        if (
            self.memory_kib > _MAX_U32
            or self.iterations > _MAX_U32
            or self.lanes > _MAX_LANES
            or self.memory_kib < 8 * self.lanes
        ):
            raise ValueError("Argon2id parameters beyond what Argon2id takes")

    def weaker_than(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


DEFAULT_KDF = KdfParams()


@dataclass
class KeyFile:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    db_salt: bytes  # the first 16 bytes of the SQLCipher file: ties this key file to its database
    version: int = FORMAT_VERSION

    def aad(self) -> bytes:
        return _canonical(
            {
                "format": FORMAT,
                "version": self.version,
                "vault_id": self.vault_id,
                "kdf": asdict(self.kdf),
                "db_salt": _b64(self.db_salt),
            }
        )

    def to_bytes(self) -> bytes:
        body = self._body()  # "format" first: a cut-short file is still recognised as ours
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=1).encode() + b"\n"

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf), "salt": _b64(self.salt)},
            "wrap": {
                "alg": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
            "db_salt": _b64(self.db_salt),
        }

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        body = _parse(raw)
        checksum = body.pop("checksum", None)
        sound = checksum == hashlib.sha256(_canonical(body)).hexdigest()
        version = body.get("version")
        if sound and isinstance(version, int) and version > FORMAT_VERSION:
            raise NotAVault("the vault was made by a newer hbdesk", reason="newer_format")
        if not sound:
            raise VaultDamaged(
                "the key file does not match its checksum", part="key_file", reason="checksum"
            )
        try:
            return cls._from_body(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultDamaged(
                "the key file is incomplete", part="key_file", reason="checksum"
            ) from exc

    @classmethod
    def _from_body(cls, body: dict[str, Any]) -> KeyFile:
        kdf = body["kdf"]
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        params.check()
        version = body["version"]
        if not isinstance(version, int) or version < 1:
            raise ValueError("bad version")
        return cls(
            vault_id=str(body["vault_id"]),
            kdf=params,
            salt=_unb64(kdf["salt"]),
            nonce=_unb64(body["wrap"]["nonce"]),
            wrapped_key=_unb64(body["wrap"]["ciphertext"]),
            db_salt=_unb64(body["db_salt"]),
            version=version,
        )


def _parse(raw: bytes) -> dict[str, Any]:
    """The key file's JSON body; damage when it is ours but broken, NotAVault when it is not."""
    if not raw:
        raise VaultDamaged("the key file is empty", part="key_file", reason="empty")
    ours = sum(marker in raw for marker in _MARKERS) >= _OURS_FROM
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        body = None
    if isinstance(body, dict) and body.get("format") == FORMAT:
        return body
    cut_short = raw.lstrip().startswith(b"{") and not raw.rstrip().endswith(b"}")
    if body is None and cut_short and (ours or FORMAT.encode() in raw[:64]):
        raise VaultDamaged("the key file is cut short", part="key_file", reason="truncated")
    if ours:
        raise VaultDamaged("the key file is damaged", part="key_file", reason="checksum")
    raise NotAVault("not an hbdesk key file", reason="foreign")


def normalise_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on any keyboard gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    return argon2id(normalise_passphrase(passphrase), salt, params)


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id (RFC 9106, version 1.3) of `secret` through libargon2 (argon2-cffi-bindings).

    The key depends on the secret, salt and parameters only: not on the library, nor on how
    many threads compute it (tests check it against cryptography's Argon2id, which made the
    key files before). The lanes are computed by as many threads as there are cores for them
    (shipped parameters on 2 cores, medians: 0.30 s in 2 threads, 0.34 s in 4, and 0.37 s with
    cryptography's, which zeroes and wipes the 128 MiB in one thread). The working memory is
    hbdesk's (kdf_memory: huge pages); libargon2 wipes it when done, and what a failed call
    keeps (after a lane thread failed to start) is wiped and unmapped after the call. The C
    buffers of the passphrase and of the key are wiped here on every path.
    """
    out = ffi.new("uint8_t[]", KEK_BYTES)
    c_salt = ffi.new("uint8_t[]", salt)  # kept referenced: the context only points to it
    pwd = ffi.new("uint8_t[]", secret)  # last: nothing between it and the try can fail
    try:  # from here on the passphrase is in `pwd`: wiped whatever happens
        threads = min(params.lanes, _cores())
        status = _argon2_ctx(pwd, len(secret), out, c_salt, len(salt), params, threads)
        if status == lib.ARGON2_THREAD_FAIL and threads > 1:
            # The system would not start the lane threads (a task limit, no room for their
            # stacks). The key does not depend on the threads: one, which starts none, derives
            # it. libargon2 had wiped the passphrase (ARGON2_FLAG_CLEAR_PASSWORD): given again.
            # (libargon2 left the failed attempt's memory unwiped; kdf_memory has unmapped it.)
            ffi.memmove(pwd, secret, len(secret))
            status = _argon2_ctx(pwd, len(secret), out, c_salt, len(salt), params, 1)
        if status == lib.ARGON2_MEMORY_ALLOCATION_ERROR:
            raise MemoryError("Argon2id could not allocate its memory")
        if status != lib.ARGON2_OK:
            said = ffi.string(lib.argon2_error_message(status)).decode()
            raise ValueError(f"Argon2id refused its input (libargon2: {said})")
        return bytearray(ffi.buffer(out, KEK_BYTES))
    finally:
        ffi.memmove(out, bytes(KEK_BYTES), KEK_BYTES)
        ffi.memmove(pwd, bytes(len(secret)), len(secret))


def _argon2_ctx(
    pwd: Any, pwdlen: int, out: Any, salt: Any, saltlen: int, params: KdfParams, threads: int
) -> int:
    """libargon2's status for Argon2id into `out` (KEK_BYTES) with `threads` threads, its
    working memory from kdf_memory (huge pages; wiped and unmapped whatever happens)."""
    with kdf_memory.working_memory() as (allocate, free):
        context = ffi.new(
            "argon2_context *",
            {
                "out": out,
                "outlen": KEK_BYTES,
                "pwd": pwd,
                "pwdlen": pwdlen,
                "salt": salt,
                "saltlen": saltlen,
                "secret": ffi.NULL,
                "secretlen": 0,
                "ad": ffi.NULL,
                "adlen": 0,
                # past uint32_t: OverflowError, as cryptography (KdfParams.check keeps such
                # numbers out of key files; other callers may pass them)
                "t_cost": params.iterations,
                "m_cost": params.memory_kib,
                "lanes": params.lanes,
                "threads": threads,
                "version": lib.ARGON2_VERSION_NUMBER,
                "allocate_cbk": allocate,
                "free_cbk": free,
                "flags": lib.ARGON2_FLAG_CLEAR_PASSWORD,  # it overwrites `pwd` once read
            },
        )
        return int(lib.argon2_ctx(context, lib.Argon2_id))  # outside the GIL (cffi releases it)


def _cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def wrap(
    data_key: bytearray,
    passphrase: str,
    params: KdfParams,
    *,
    vault_id: str,
    db_salt: bytes,
    version: int = FORMAT_VERSION,
) -> KeyFile:
    """A key file wrapping `data_key`; `version` older than today's only in tests of upgrades."""
    params.check()
    key_file = KeyFile(
        vault_id=vault_id,
        kdf=params,
        salt=secrets.token_bytes(16),
        nonce=secrets.token_bytes(12),
        wrapped_key=b"",
        db_salt=db_salt,
        version=version,
    )
    kek = derive_kek(passphrase, key_file.salt, params)
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # see load_cipher

        key_file.wrapped_key = AESGCM(bytes(kek)).encrypt(
            key_file.nonce, bytes(data_key), key_file.aad()
        )
    finally:
        wipe(kek)
    return key_file


def unwrap(key_file: KeyFile, passphrase: str) -> bytearray:
    kek = derive_kek(passphrase, key_file.salt, key_file.kdf)
    try:
        from cryptography.exceptions import InvalidTag  # see load_cipher
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return bytearray(
                AESGCM(bytes(kek)).decrypt(key_file.nonce, key_file.wrapped_key, key_file.aad())
            )
        except InvalidTag:
            raise WrongPassphrase() from None
    finally:
        wipe(kek)


def load_cipher() -> None:
    """Import what wraps and unwraps the data key (cryptography's AES-GCM; `wrap` and
    `unwrap` import it where they use it). Not at this module's import: a passphrase typed at
    once waits for that import before Argon2id can start (~10 ms on the unlock's path); the
    desktop loads it while Argon2id runs."""
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401


def new_data_key() -> bytearray:
    return bytearray(os.urandom(DATA_KEY_BYTES))


def wipe(buf: bytearray) -> None:
    """Overwrite key material in place (best effort: Python may hold other copies)."""
    for i in range(len(buf)):
        buf[i] = 0


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
