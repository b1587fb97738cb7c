"""The vault on real files: encryption at rest, passphrases, locking, permissions, hostile text."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from hbdesk.models.client import Client
from hbdesk.models.errors import DomainError
from hbdesk.services.drafts import load_drafts, save_draft
from hbdesk.store import (
    KdfParams,
    OpenVault,
    TooManyAttempts,
    Vault,
    VaultExists,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
    keys,
)
from hbdesk.store.keys import KeyFile
from hbdesk.store.throttle import UnlockThrottle
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.zygote import run_python

CANARY_NAME = "Kanarialintu"
CANARY_HETU = "010190-900P"
CANARY_NOTE = "Salainen muistiinpano KANARIA-7731"


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def vault_files(folder: Path) -> dict[str, str]:
    """The vault's own bytes: everything but the record of wrong attempts."""
    return {name: sha for name, sha in digest(folder).items() if name != "hbdesk.attempts"}


def add_canary(vault: OpenVault) -> None:
    with vault.session() as s:
        s.add(Client(first_name="Kaisa", last_name=CANARY_NAME, identity_code=CANARY_HETU))
    save_draft(vault, "visit/notes", CANARY_NOTE * 50)


def test_created_vault_reopens_with_its_data(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    add_canary(opened)
    opened.lock()
    again = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    with again.session() as s:
        assert s.scalars(select(Client.last_name)).all() == [CANARY_NAME]
    assert load_drafts(again)["visit/notes"].startswith(CANARY_NOTE)
    assert again.integrity_ok()
    again.lock()


CANARY_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams
    from hbdesk.models.client import Client
    from hbdesk.services.drafts import save_draft
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    v = Vault(Path(sys.argv[1]), kdf=kdf).create("kolme iloista kissaa tanssii")
    for i in range(300):  # enough to spill pages into the WAL and the page cache
        with v.session() as s:
            s.add(Client(first_name=f"Kaisa{i}", last_name="Kanarialintu",
                         identity_code="010190-900P" if i == 0 else None))
    save_draft(v, "visit/notes", "Salainen muistiinpano KANARIA-7731" * 50)
    # Leave the WAL in place: grep it while the vault is still open.
    import subprocess
    out = subprocess.run(["grep", "-rac", "-e", "Kanarialintu", "-e", "KANARIA-7731",
                          "-e", "010190-900P", sys.argv[1], sys.argv[2]],
                         capture_output=True, text=True)
    print("OPEN-GREP:" + out.stdout.replace("\\n", "|"))
    v.lock()
""")


def test_canary_is_nowhere_on_disk(tmp_path: Path) -> None:
    """A known name, identity code and note never appear in the vault files or the temp folder."""
    folder, tmp = tmp_path / "vault", tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    run = subprocess.run(
        [sys.executable, "-c", CANARY_SCRIPT, str(folder), str(tmp)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    open_hits = run.stdout.split("OPEN-GREP:")[1].strip().strip("|").split("|")
    # While open: the -wal and -shm exist and hold no plaintext.
    assert any(h.endswith("hbdesk.db-wal:0") for h in open_hits), open_hits
    assert all(h.endswith(":0") for h in open_hits), open_hits
    names = {p.name for p in folder.iterdir()}
    assert "hbdesk.db" in names and "hbdesk.key" in names
    for path in [*folder.iterdir(), *tmp.rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            for canary in (b"Kanarialintu", b"KANARIA-7731", b"010190-900P", b"Kaisa"):
                assert canary not in data, f"{canary!r} found in {path.name}"


def test_files_are_private(vault: OpenVault, vault_dir: Path) -> None:
    add_canary(vault)
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    files = [p for p in vault_dir.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"hbdesk.db", "hbdesk.key", "hbdesk.db-wal"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_wrong_passphrase_opens_nothing_and_changes_nothing(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    before = vault_files(vault_dir)
    vault = Vault(vault_dir, kdf=FAST_KDF)
    with pytest.raises(WrongPassphrase) as err:
        vault.open("kolme iloista kissaa tanssi")  # one letter off
    assert err.value.failures == 1
    assert vault_files(vault_dir) == before
    assert json.loads((vault_dir / "hbdesk.attempts").read_text())["failures"] == 1
    assert vault.exists()  # a failed unlock never turns into "create a new vault"
    with pytest.raises(VaultExists):
        vault.create("a brand new passphrase here")
    assert vault_files(vault_dir) == before


def test_repeated_failures_slow_down_further_attempts(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    now = [1000.0]
    vault = Vault(vault_dir, kdf=FAST_KDF, throttle=UnlockThrottle(clock=lambda: now[0]))
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.open("not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        vault.open("not the passphrase at all")  # third failure: now a delay starts
    with pytest.raises(TooManyAttempts) as err:
        vault.open(PASSPHRASE)  # even the right one waits
    assert err.value.wait_seconds == pytest.approx(2.0)
    now[0] += 2.1
    with pytest.raises(WrongPassphrase):
        vault.open("still not the passphrase")
    with pytest.raises(TooManyAttempts) as err:
        vault.open(PASSPHRASE)
    assert err.value.wait_seconds == pytest.approx(4.0)  # the delay grows
    now[0] += 4.1
    vault.open(PASSPHRASE).lock()
    assert vault.throttle.failures == 0


def test_passphrase_change_keeps_data_and_only_new_opens(vault: OpenVault, vault_dir: Path) -> None:
    add_canary(vault)
    db_before = hashlib.sha256((vault_dir / "hbdesk.db").read_bytes()).hexdigest()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong old passphrase", "uusi pitkä salalause 2026")
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "short")
    vault.change_passphrase(PASSPHRASE, "uusi pitkä salalause 2026")
    # The data key is re-wrapped, not changed: the database is not rewritten.
    assert hashlib.sha256((vault_dir / "hbdesk.db").read_bytes()).hexdigest() == db_before
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    again = Vault(vault_dir, kdf=FAST_KDF).open("uusi pitkä salalause 2026")
    with again.session() as s:
        assert s.scalars(select(Client.identity_code)).all() == [CANARY_HETU]
    again.lock()


def test_passphrase_is_normalised(vault_dir: Path) -> None:
    """ä typed as one code point or as a + combining diaeresis is the same passphrase."""
    Vault(vault_dir, kdf=FAST_KDF).create("kesä on lyhyt mutta kaunis").lock()
    Vault(vault_dir, kdf=FAST_KDF).open("kesa\u0308 on lyhyt mutta kaunis").lock()


def test_lock_drops_the_key_and_refuses_work(vault: OpenVault) -> None:
    key = vault._key
    vault.lock()
    assert vault.locked and not any(key)
    with pytest.raises(VaultLocked), vault.session():
        pass
    vault.lock()  # idempotent


def test_weaker_kdf_is_raised_on_next_unlock(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    stronger = KdfParams(memory_kib=32 * 1024, iterations=3, lanes=2)
    Vault(vault_dir, kdf=stronger).open(PASSPHRASE).lock()
    header = KeyFile.from_bytes((vault_dir / "hbdesk.key").read_bytes())
    assert header.kdf == stronger
    Vault(vault_dir, kdf=stronger).open(PASSPHRASE).lock()


def test_kdf_floor_is_enforced() -> None:
    with pytest.raises(ValueError):
        Vault(Path("/nonexistent"), kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))


@pytest.mark.parametrize(
    "text",
    [
        "Robert'); DROP TABLE clients;--",
        "null\x00byte keeps going",
        "\u202eright-to-left override",
        "<b>not bold</b><script>alert(1)</script>",
        "ä" * 200_000,
    ],
)
def test_hostile_text_is_stored_verbatim(vault: OpenVault, text: str) -> None:
    save_draft(vault, "hostile", text)
    assert load_drafts(vault, "hostile") == {"hostile": text}


def test_oversize_draft_is_refused(vault: OpenVault) -> None:
    with pytest.raises(DomainError, match="draft_too_long"):
        save_draft(vault, "huge", "x" * 10_000_001)
    assert load_drafts(vault, "huge") == {}


FAIL_IN_A_PROCESS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams, WrongPassphrase, TooManyAttempts
    from hbdesk.store.throttle import UnlockThrottle
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    folder, now = Path(sys.argv[1]), float(sys.argv[3])
    # The vault's own record of attempts, read at a wall-clock time the test sets.
    vault = Vault(folder, kdf=kdf, throttle=UnlockThrottle(folder / "hbdesk.attempts", lambda: now))
    for _ in range(int(sys.argv[2])):
        try:
            vault.open("not the passphrase at all")
        except WrongPassphrase as exc:
            print(exc.failures, flush=True)
        except TooManyAttempts as exc:
            print("wait", exc.wait_seconds, flush=True)
            break
""")
NOW = 1_900_000_000.0


def fail_in_a_process(vault_dir: Path, times: int, at: float) -> list[str]:
    return run_python(FAIL_IN_A_PROCESS, vault_dir, times, at, check=True).stdout.split()


def vault_at(vault_dir: Path, now: float) -> Vault:
    """The vault as a freshly started app sees it, at wall-clock time `now`."""
    throttle = UnlockThrottle(vault_dir / "hbdesk.attempts", lambda: now)
    return Vault(vault_dir, kdf=FAST_KDF, throttle=throttle)


def test_the_wait_after_wrong_passphrases_survives_a_restart(vault_dir: Path) -> None:
    """Issue 18/15: the back-off lived in memory; restarting the app reset it."""
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    vault_bytes = vault_files(vault_dir)
    assert fail_in_a_process(vault_dir, 3, NOW) == ["1", "2", "3"]
    assert fail_in_a_process(vault_dir, 1, NOW + 1) == ["wait", "1.0"]  # a new process waits
    with pytest.raises(TooManyAttempts) as err:
        vault_at(vault_dir, NOW + 1).open(PASSPHRASE)  # even the right one, after a restart
    assert err.value.wait_seconds == pytest.approx(1.0)
    assert fail_in_a_process(vault_dir, 1, NOW + 2.5) == ["4"]  # the wait is over, and grows
    with pytest.raises(TooManyAttempts) as err:
        vault_at(vault_dir, NOW + 2.5).open(PASSPHRASE)
    assert err.value.wait_seconds == pytest.approx(4.0)
    vault_at(vault_dir, NOW + 7).open(PASSPHRASE).lock()
    assert fail_in_a_process(vault_dir, 1, NOW + 8) == ["1"]  # success started the count again
    assert vault_files(vault_dir) == vault_bytes


def fail_until_the_longest_wait(vault_dir: Path) -> float:
    now, failures = NOW, 0
    while failures < 8:  # 0, 0, 2, 4, 8, 16, 32, 60 s
        try:
            vault_at(vault_dir, now).open("not the passphrase at all")
        except WrongPassphrase as exc:
            failures = exc.failures
        except TooManyAttempts as exc:
            now += exc.wait_seconds + 0.5
    return now


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p.unlink(),
        lambda p: p.write_text("{}"),
        lambda p: p.write_bytes(os.urandom(40)),
    ],
    ids=["deleted", "emptied", "garbage"],
)
def test_tampering_with_the_attempt_record_is_no_better_than_waiting(
    vault_dir: Path, tamper: Callable[[Path], None]
) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    now = fail_until_the_longest_wait(vault_dir)
    with pytest.raises(TooManyAttempts) as honest:
        vault_at(vault_dir, now).open(PASSPHRASE)
    assert honest.value.wait_seconds == pytest.approx(60.0)
    tamper(vault_dir / "hbdesk.attempts")
    with pytest.raises(TooManyAttempts) as tampered:
        vault_at(vault_dir, now).open(PASSPHRASE)
    assert tampered.value.wait_seconds >= honest.value.wait_seconds
    with pytest.raises(TooManyAttempts):
        vault_at(vault_dir, now + 30).open(PASSPHRASE)  # a restart does not start it over
    vault_at(vault_dir, now + 61).open(PASSPHRASE).lock()  # waiting is the way


def test_a_clock_set_back_restarts_the_wait_once_not_for_ever(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    now = fail_until_the_longest_wait(vault_dir)
    day_before = now - 86_400
    with pytest.raises(TooManyAttempts) as err:
        vault_at(vault_dir, day_before).open(PASSPHRASE)
    assert err.value.wait_seconds <= 60.0
    vault_at(vault_dir, day_before + 61).open(PASSPHRASE).lock()


def test_create_leaves_the_parent_folders_permissions_alone(tmp_path: Path) -> None:
    """Issue 18/16: create chmodded its parent folder to 0700."""
    parent = tmp_path / "shared"
    parent.mkdir()
    os.chmod(parent, 0o755)  # noqa: S103 (a shared folder, as an administrator may make)
    Vault(parent / "vault", kdf=FAST_KDF).create(PASSPHRASE).lock()
    assert stat.S_IMODE(parent.stat().st_mode) == 0o755
    assert stat.S_IMODE((parent / "vault").stat().st_mode) == 0o700


def test_a_vault_from_before_the_attempt_record_opens_at_once_and_gets_one(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    current = KeyFile.from_bytes((vault_dir / "hbdesk.key").read_bytes())
    old = keys.wrap(
        opened._key,
        PASSPHRASE,
        FAST_KDF,
        vault_id=current.vault_id,
        db_salt=current.db_salt,
        version=1,
    )
    opened.lock()
    (vault_dir / "hbdesk.key").write_bytes(old.to_bytes())
    (vault_dir / "hbdesk.attempts").unlink()  # format 1 made no such record
    Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE).lock()  # no wait
    assert KeyFile.from_bytes((vault_dir / "hbdesk.key").read_bytes()).version == 2
    assert json.loads((vault_dir / "hbdesk.attempts").read_text())["failures"] == 0


def test_a_key_file_edited_back_to_format_1_opens_with_no_passphrase(vault_dir: Path) -> None:
    """Making the attempt record look optional breaks the key file's binding."""
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    body = json.loads((vault_dir / "hbdesk.key").read_text())
    body.pop("checksum")
    body["version"] = 1
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    (vault_dir / "hbdesk.key").write_text(json.dumps(body))
    (vault_dir / "hbdesk.attempts").unlink()
    with pytest.raises(WrongPassphrase):
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
