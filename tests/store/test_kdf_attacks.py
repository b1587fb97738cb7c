"""Attacks on the vault's Argon2id through libargon2 (issue 15; hbdesk.store.keys.argon2id).

What a user would notice: a vault made before opens now and one made now opens with the old
code (the key is bit-identical, for any key file the format accepts); a passphrase never
stays in freed memory; the UI thread runs while Argon2id does; and a machine short of memory
or threads gets a failure that says so, or the vault open, never a lock-out.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hbdesk.store import KdfParams, keys
from tests.conftest import FAST_KDF, PASSPHRASE, copy_vault, template_vault
from tests.store.test_kdf import reference  # cryptography's, which made the key files
from tests.zygote import run_python

SALT = bytes.fromhex("5a17c0de00112233445566778899aabb")
# The format's floor (KdfParams.check): every key file ever written has at least this.
FLOOR = keys.MIN_MEMORY_KIB


def real_derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """keys.derive_kek without the test suite's memo (conftest): every call derives."""
    return keys.argon2id(keys.normalise_passphrase(passphrase), salt, params)


# --- 1. the same key as before, for every key file the format accepts --------------------


@pytest.mark.parametrize(
    ("passphrase", "params"),
    [
        # memory not a multiple of 4 × lanes: both must round down to the same segments
        ("kolme iloista kissaa tanssii", KdfParams(FLOOR + 7, 2, 3)),
        ("Åke söi pölyä", KdfParams(FLOOR + 1, 3, 5)),
        # many lanes, more than any machine's cores here
        ("pa\u0308iva\u0308 on pitka\u0308", KdfParams(FLOOR, 2, 16)),
        # a NUL, a control character, an emoji and a combining mark inside the passphrase
        ("nul\x00tab\tkissa\U0001f408e\u0301", KdfParams(FLOOR, 2, 1)),
        # a very long passphrase (a pasted text), and an empty one
        ("ä" * 50_000, KdfParams(FLOOR, 2, 2)),
        ("", KdfParams(FLOOR, 2, 4)),
    ],
)
def test_key_files_of_any_accepted_shape_give_the_old_key(
    passphrase: str, params: KdfParams
) -> None:
    params.check()  # a key file may carry these
    secret = keys.normalise_passphrase(passphrase)
    assert bytes(real_derive_kek(passphrase, SALT, params)) == reference(secret, SALT, params)


def test_a_vault_wrapped_by_the_old_code_opens_with_the_new_and_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    params = KdfParams(FLOOR, 2, 4)
    data_key = keys.new_data_key()
    typed_then, typed_now = "Pa\u0308iva\u0308 kissa 2026", "P\u00e4iv\u00e4 kissa 2026"

    def old_argon2id(secret: bytes, salt: bytes, p: KdfParams) -> bytearray:
        return bytearray(reference(secret, salt, p))

    monkeypatch.setattr(keys, "derive_kek", real_derive_kek)
    with monkeypatch.context() as old:
        old.setattr(keys, "argon2id", old_argon2id)
        made_before = keys.wrap(data_key, typed_then, params, vault_id="v", db_salt=bytes(16))
    assert keys.unwrap(made_before, typed_now) == data_key

    made_now = keys.wrap(data_key, typed_now, params, vault_id="v", db_salt=bytes(16))
    with monkeypatch.context() as old:
        old.setattr(keys, "argon2id", old_argon2id)
        assert keys.unwrap(made_now, typed_then) == data_key


# Parameters at and past the limits of the format's integers and of libargon2. Each is tried
# in a child process whose address space cannot hold even the floor's 19 MiB: a parameter set
# an implementation accepts fails with MemoryError at once, one it refuses with ValueError or
# OverflowError, and nothing is computed.
LIMITS = [
    (FLOOR, 2, 1),
    (2**32 - 1, 2, 1),  # libargon2's and a u32's largest memory
    (2**32, 2, 1),  # past a u32: nobody could have made it
    (FLOOR, 2**32 - 1, 1),
    (FLOOR, 2**32, 1),
    (8 * (2**24 - 1), 2, 2**24 - 1),  # the most lanes libargon2 and RFC 9106 allow
    (8 * 2**24, 2, 2**24),  # one lane more: cryptography takes it, libargon2 does not
    (FLOOR, 2, FLOOR // 8),  # as many lanes as the memory allows
    (FLOOR, 2, FLOOR // 8 + 1),  # one more: too little memory for the lanes
]

_CLASSIFY = r"""
import json, resource, sys
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hbdesk.store import KdfParams, keys

def classify(derive):
    try:
        derive()
    except MemoryError:
        return "accepted"
    except (ValueError, OverflowError) as exc:
        return "refused"
    return "computed"

cases = json.loads(sys.argv[1])
for line in open("/proc/self/status"):
    if line.startswith("VmSize:"):
        size = int(line.split()[1]) * 1024
room = size + 4 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (room, resource.getrlimit(resource.RLIMIT_AS)[1]))
out = []
for m, t, p in cases:
    params = KdfParams(m, t, p)
    old = classify(lambda: Argon2id(
        salt=b"s" * 16, length=32, iterations=t, lanes=p, memory_cost=m).derive(b"pw"))
    new = classify(lambda: keys.argon2id(b"pw", b"s" * 16, params))
    out.append([old, new])
print(json.dumps(out))
"""


def test_the_format_accepts_exactly_what_argon2id_takes() -> None:
    """KdfParams.check, which every key file read passes through, lets through what libargon2
    takes (RFC 9106's ranges) and refuses the rest; what it lets through, cryptography took
    the same way. A key file beyond them is damaged, not an unexpected error (below)."""
    allowed = []
    for case in LIMITS:
        try:
            KdfParams(*case).check()
        except ValueError:
            allowed.append(False)
        else:
            allowed.append(True)
    done = run_python(_CLASSIFY, json.dumps(LIMITS), check=True, timeout=60)
    verdicts = json.loads(done.stdout)
    assert {"accepted", "refused"} <= {old for old, _ in verdicts}  # the probe tells them apart
    for case, ok, (old, new) in zip(LIMITS, allowed, verdicts, strict=True):
        assert (new != "refused") == ok, (case, ok, new)
        if ok:
            assert old == new, (case, old, new)


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 2**32), ("iterations", 2**32), ("lanes", 2**24), ("lanes", FLOOR)],
)
def test_a_key_file_asking_what_argon2id_cannot_take_is_damaged(
    vault_dir: Path, field: str, value: int
) -> None:
    """Its checksum made right (anyone can: it tells damage from a wrong passphrase, it is no
    seal): the lock screen says the key file is damaged, as for any other broken key file,
    and counts no wrong attempt."""
    from hbdesk.store import Vault, VaultDamaged

    folder = copy_vault(template_vault(), vault_dir)
    path = folder / "hbdesk.key"
    body = json.loads(path.read_bytes())
    body.pop("checksum")
    body["kdf"][field] = value
    body["checksum"] = keys.hashlib.sha256(keys._canonical(body)).hexdigest()
    path.write_bytes(json.dumps(body, indent=1).encode() + b"\n")
    vault = Vault(folder, kdf=FAST_KDF)
    with pytest.raises(VaultDamaged) as damaged:
        vault.open(PASSPHRASE)
    assert damaged.value.part == "key_file"
    assert vault.throttle.failures == 0


# --- 2. secrets: the C buffers wiped on every path; the GIL released ---------------------


class RecordingFfi:
    """keys.ffi, remembering every buffer keys.argon2id makes (kept alive to be read after)."""

    def __init__(self) -> None:
        self.real = keys.ffi
        self.made: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def new(self, ctype: str, init: Any = None) -> Any:
        made = self.real.new(ctype, init)
        self.made.append((ctype, made))
        return made

    def byte_buffers(self) -> list[bytes]:
        return [bytes(self.real.buffer(b)) for ctype, b in self.made if ctype == "uint8_t[]"]


class FakeLib:
    """keys.lib with its argon2_ctx replaced by `ctx(context, type)`; all else the real one."""

    def __init__(self, ctx: Any) -> None:
        self.real = keys.lib
        self.argon2_ctx = ctx

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


SECRET = b"kolme iloista kissaa tanssii"


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingFfi]:
    recording = RecordingFfi()
    monkeypatch.setattr(keys, "ffi", recording)
    yield recording


def assert_wiped(recording: RecordingFfi, salt: bytes = SALT) -> None:
    buffers = recording.byte_buffers()
    assert len(buffers) >= 2  # the passphrase's and the key's at least
    assert any(SECRET in buf for buf in buffers) is False
    for buf in buffers:
        if buf.rstrip(b"\0") != salt:  # the salt is no secret
            assert buf == bytes(len(buf)), "a passphrase or key buffer was not wiped"


def test_buffers_are_wiped_after_a_derivation(recorded: RecordingFfi) -> None:
    key = keys.argon2id(SECRET, SALT, KdfParams(8 * 1024, 1, 2))
    assert bytes(key) == reference(SECRET, SALT, KdfParams(8 * 1024, 1, 2))
    assert_wiped(recorded)


def test_buffers_are_wiped_when_libargon2_refuses(recorded: RecordingFfi) -> None:
    with pytest.raises(ValueError, match="Salt is too short"):
        keys.argon2id(SECRET, b"short", KdfParams(8 * 1024, 1, 1))
    assert_wiped(recorded, salt=b"short")


def test_buffers_are_wiped_when_memory_runs_out_or_the_call_is_interrupted(
    recorded: RecordingFfi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libargon2 wipes the passphrase only after allocating: on this error it is still there
    monkeypatch.setattr(
        keys, "lib", FakeLib(lambda ctx, t: keys.lib.real.ARGON2_MEMORY_ALLOCATION_ERROR)
    )
    with pytest.raises(MemoryError):
        keys.argon2id(SECRET, SALT, KdfParams(8 * 1024, 1, 1))
    assert_wiped(recorded)

    def interrupted(ctx: Any, t: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(keys, "lib", FakeLib(interrupted))
    with pytest.raises(KeyboardInterrupt):
        keys.argon2id(SECRET, SALT, KdfParams(8 * 1024, 1, 1))
    assert_wiped(recorded)


@pytest.mark.parametrize("failing", range(4))
def test_buffers_are_wiped_whichever_allocation_fails(
    recorded: RecordingFfi, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    """Any of keys.argon2id's cffi allocations (the buffers, the context) may find no memory."""
    real_new = recorded.new

    def new(ctype: str, init: Any = None) -> Any:
        if len(recorded.made) == failing:
            raise MemoryError
        return real_new(ctype, init)

    monkeypatch.setattr(recorded, "new", new)
    with pytest.raises(MemoryError):
        keys.argon2id(SECRET, SALT, KdfParams(8 * 1024, 1, 1))
    for buf in recorded.byte_buffers():
        assert SECRET not in buf


@pytest.mark.parametrize(
    "params",
    [KdfParams(2**32, 2, 1), KdfParams(FLOOR, 2**32, 1), KdfParams(2**35, 2, 2**32)],
    ids=["memory", "iterations", "lanes"],
)
def test_buffers_are_wiped_when_the_key_file_asks_for_more_than_libargon2_takes(
    recorded: RecordingFfi, params: KdfParams
) -> None:
    """argon2id takes its parameters from any caller (KdfParams.check keeps such numbers out
    of key files): the passphrase is in a C buffer by the time they are found too large."""
    with pytest.raises(ValueError):
        params.check()
    with pytest.raises((OverflowError, ValueError)):
        keys.argon2id(SECRET, SALT, params)
    assert_wiped(recorded)


def test_other_python_threads_run_while_argon2id_computes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The UI thread must run during the unlock's Argon2id (shell._while_deriving). With a
    switch interval of 5 s, 50 times the derivation, a thread holding the GIL is not made to give
    it up: the main thread can see `inside` true only if libargon2 runs without the GIL."""
    inside = threading.Event()
    started = threading.Event()

    def ctx(context: Any, kind: Any) -> int:
        inside.set()
        started.set()
        try:
            return int(keys.lib.real.argon2_ctx(context, kind))
        finally:
            inside.clear()

    monkeypatch.setattr(keys, "lib", FakeLib(ctx))
    seen_inside: list[bool] = []
    # 64 MiB in one lane: long enough (~0.1 s) for the main thread to be scheduled
    worker = threading.Thread(
        target=keys.argon2id, args=(SECRET, SALT, KdfParams(64 * 1024, 1, 1)), daemon=True
    )
    interval = sys.getswitchinterval()
    sys.setswitchinterval(5.0)
    try:
        worker.start()
        assert started.wait(10)
        seen_inside.append(inside.is_set())
        worker.join(10)
    finally:
        sys.setswitchinterval(interval)
    assert not worker.is_alive()
    assert seen_inside == [True], "the main thread ran only after Argon2id finished"


# --- 3. a machine short of memory or of threads ------------------------------------------

_SHORT = r"""
import json, resource, sys
from hbdesk.store import KdfParams, keys

memory_kib, margin = int(sys.argv[1]), int(sys.argv[2])
statuses = []
real = keys.lib

class Lib:
    def __getattr__(self, name):
        return getattr(real, name)
    def argon2_ctx(self, context, kind):
        statuses.append(real.argon2_ctx(context, kind))
        return statuses[-1]

keys.lib = Lib()
params = KdfParams(memory_kib, 2, 4)
keys._cores = lambda: 2  # threads to create, whatever the machine
for line in open("/proc/self/status"):
    if line.startswith("VmSize:"):
        size = int(line.split()[1]) * 1024
room = size + memory_kib * 1024 + margin
resource.setrlimit(resource.RLIMIT_AS, (room, resource.getrlimit(resource.RLIMIT_AS)[1]))
try:
    result = keys.argon2id(b"pw", b"s" * 16, params).hex()
except BaseException as exc:
    result = type(exc).__name__ + ": " + str(exc)
names = {getattr(real, n): n for n in dir(real) if n.startswith("ARGON2_") and "_MAX" not in n
         and "_MIN" not in n and "FLAG" not in n and "VERSION" not in n}
print(json.dumps({"result": result, "statuses": [names.get(s, s) for s in statuses]}))
"""


def short_of(memory_kib: int, margin: int) -> dict[str, Any]:
    done = run_python(_SHORT, memory_kib, margin, check=True, timeout=60)
    return dict(json.loads(done.stdout))


def test_too_little_memory_is_a_memory_error() -> None:
    seen = short_of(32 * 1024, -16 * 1024 * 1024)
    assert seen["statuses"] == ["ARGON2_MEMORY_ALLOCATION_ERROR"]
    assert seen["result"].startswith("MemoryError")


def test_no_room_for_threads_is_never_called_refused_input() -> None:
    """The 32 MiB fit, the lane threads' stacks do not: libargon2 fails to start a thread.
    cryptography said MemoryError here; "Argon2id refused its input" (a ValueError) is
    untrue, as the same key file opens on a machine with room. libargon2 keeps the failed
    attempt's 32 MiB (it neither frees nor wipes them after a thread failure); hbdesk wipes
    and unmaps them (kdf_memory), so the retry in one thread finds the room and the key comes
    (with libargon2's own malloc, as before, it found none: MemoryError)."""
    expected = reference(b"pw", b"s" * 16, KdfParams(32 * 1024, 2, 4)).hex()
    seen = short_of(32 * 1024, 2 * 1024 * 1024)
    assert seen["statuses"][0] == "ARGON2_THREAD_FAIL"  # the case under test did happen
    assert seen["statuses"][1:] == ["ARGON2_OK"], seen
    assert seen["result"] == expected, seen


def test_a_thread_that_cannot_start_does_not_lock_the_user_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Threads can fail to start with memory to spare (a process or task limit). The key does
    not depend on the number of threads: one thread, which creates none, derives it. libargon2
    has wiped the passphrase's buffer by the time threads start (ARGON2_FLAG_CLEAR_PASSWORD)."""
    calls: list[int] = []

    def ctx(context: Any, kind: Any) -> int:
        calls.append(int(context.threads))
        status = int(keys.lib.real.argon2_ctx(context, kind))
        return keys.lib.real.ARGON2_THREAD_FAIL if len(calls) == 1 else status

    monkeypatch.setattr(keys, "lib", FakeLib(ctx))
    monkeypatch.setattr(keys, "_cores", lambda: 2)
    params = KdfParams(8 * 1024, 2, 4)
    assert bytes(keys.argon2id(SECRET, SALT, params)) == reference(SECRET, SALT, params)
    assert calls == [2, 1]


# --- 4. how many threads ------------------------------------------------------------------


def test_cores_without_sched_getaffinity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(keys.os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(keys.os, "cpu_count", lambda: None)
    assert keys._cores() == 1
    monkeypatch.setattr(keys.os, "cpu_count", lambda: 8)
    assert keys._cores() == 8


def test_cores_in_a_one_core_container(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys.os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert keys._cores() == 1


def test_threads_are_between_one_and_the_lanes(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[tuple[int, int, int]] = []

    def ctx(context: Any, kind: Any) -> int:
        threads.append(
            (int(context.lanes), int(context.threads), int(keys.lib.real.argon2_ctx(context, kind)))
        )
        return threads[-1][2]

    monkeypatch.setattr(keys, "lib", FakeLib(ctx))
    for cores in (1, 2, 3, 64):
        monkeypatch.setattr(keys, "_cores", lambda cores=cores: cores)
        for lanes in (1, 2, 4):
            keys.argon2id(SECRET, SALT, KdfParams(1024, 1, lanes))
    assert all(1 <= t <= lanes and status == 0 for lanes, t, status in threads), threads
    assert {t for _, t, _ in threads} == {1, 2, 3, 4}


def test_an_unlock_short_of_memory_changes_nothing_and_counts_no_wrong_attempt(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When Argon2id finds no memory: the files unchanged, the lock screen's words say so
    (tests/ui/test_unlock.py shows them). Not a wrong passphrase (no wait grows), not
    damage; the next attempt with memory opens the vault."""
    from hbdesk.store import Vault
    from hbdesk.ui.vault_messages import describe

    folder = copy_vault(template_vault(), vault_dir)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    def no_memory(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
        raise MemoryError("Argon2id could not allocate its memory")

    monkeypatch.setattr(keys, "derive_kek", real_derive_kek)  # past the suite's memo
    with monkeypatch.context() as short:
        short.setattr(keys, "argon2id", no_memory)
        vault = Vault(folder, kdf=FAST_KDF)
        with pytest.raises(MemoryError) as err:
            vault.open(PASSPHRASE)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    problem = describe(err.value)
    assert (problem.code, problem.passphrase_related) == ("out_of_memory", False)
    assert "not enough free memory" in problem.what and "try again" in problem.advice
    assert vault.throttle.failures == 0
    vault.open(PASSPHRASE).lock()
