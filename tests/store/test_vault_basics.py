"""The vault on real files: encryption at rest, passphrases, locking, permissions, hostile text."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import textwrap
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
)
from hbdesk.store.keys import KeyFile
from hbdesk.store.throttle import UnlockThrottle
from tests.conftest import FAST_KDF, PASSPHRASE

CANARY_NAME = "Kanarialintu"
CANARY_HETU = "010190-900P"
CANARY_NOTE = "Salainen muistiinpano KANARIA-7731"


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


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
    before = digest(vault_dir)
    vault = Vault(vault_dir, kdf=FAST_KDF)
    with pytest.raises(WrongPassphrase) as err:
        vault.open("kolme iloista kissaa tanssi")  # one letter off
    assert err.value.failures == 1
    assert digest(vault_dir) == before
    assert vault.exists()  # a failed unlock never turns into "create a new vault"
    with pytest.raises(VaultExists):
        vault.create("a brand new passphrase here")
    assert digest(vault_dir) == before


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
