"""Damaged, foreign, truncated, misplaced files: a distinct clear error, bytes left as they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from hbdesk.models.client import Client
from hbdesk.store import NotAVault, Vault, VaultDamaged, VaultError, VaultMissing, VaultUnreadable
from tests.conftest import FAST_KDF, PASSPHRASE, copy_vault
from tests.zygote import run_python


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir")
        for p in sorted(folder.iterdir())
    }


@pytest.fixture(scope="module")
def closed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked vault with 200 clients written one commit each, made once for the module."""
    folder = tmp_path_factory.mktemp("damage") / "vault"
    opened = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    for i in range(200):
        with opened.session() as s:
            s.add(Client(first_name=f"Testi{i}", last_name="Henkilö"))
    opened.lock()
    return folder


@pytest.fixture
def closed_vault(closed_template: Path, vault_dir: Path) -> Path:
    """This test's own copy of the module's closed vault, to damage."""
    return copy_vault(closed_template, vault_dir)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


def replace_with_dir(path: Path) -> None:
    path.unlink()
    path.mkdir()


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size or 8192))


CASES: list[tuple[str, Callable[[Path], None], type[VaultError], dict[str, str]]] = [
    (
        "key file empty",
        lambda d: truncate(d / "hbdesk.key", 0),
        VaultDamaged,
        {"part": "key_file", "reason": "empty"},
    ),
    (
        "key file cut short",
        lambda d: truncate(d / "hbdesk.key", 120),
        VaultDamaged,
        {"part": "key_file", "reason": "truncated"},
    ),
    (
        "key file flipped byte",
        lambda d: flip_byte(d / "hbdesk.key", 200),
        VaultDamaged,
        {"part": "key_file"},
    ),
    ("key file random", lambda d: random_bytes(d / "hbdesk.key"), NotAVault, {"reason": "foreign"}),
    (
        "key file is a folder",
        lambda d: replace_with_dir(d / "hbdesk.key"),
        VaultUnreadable,
        {"reason": "is_directory"},
    ),
    (
        "key file missing",
        lambda d: (d / "hbdesk.key").unlink(),
        VaultDamaged,
        {"part": "key_file", "reason": "missing_part"},
    ),
    (
        "database empty",
        lambda d: truncate(d / "hbdesk.db", 0),
        VaultDamaged,
        {"part": "database", "reason": "empty"},
    ),
    (
        "database cut short",
        lambda d: truncate(d / "hbdesk.db", 4096 * 3 + 100),
        VaultDamaged,
        {"part": "database", "reason": "truncated"},
    ),
    (
        "database first page flipped",
        lambda d: flip_byte(d / "hbdesk.db", 1000),
        VaultDamaged,
        {"part": "database"},
    ),
    ("database random", lambda d: random_bytes(d / "hbdesk.db"), NotAVault, {"reason": "foreign"}),
    (
        "database is a folder",
        lambda d: replace_with_dir(d / "hbdesk.db"),
        VaultUnreadable,
        {"reason": "is_directory"},
    ),
    (
        "database missing",
        lambda d: (d / "hbdesk.db").unlink(),
        VaultDamaged,
        {"part": "database", "reason": "missing_part"},
    ),
]


@pytest.mark.parametrize(
    ("damage", "expected", "attrs"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_damage_gives_a_clear_error_and_touches_nothing(
    closed_vault: Path,
    damage: Callable[[Path], None],
    expected: type[VaultError],
    attrs: dict[str, str],
) -> None:
    damage(closed_vault)
    before = snapshot(closed_vault)
    vault = Vault(closed_vault, kdf=FAST_KDF)
    with pytest.raises(expected) as err:
        vault.open(PASSPHRASE)
    for name, value in attrs.items():
        assert getattr(err.value, name) == value
    assert err.value.code  # the UI words every error by its code
    assert snapshot(closed_vault) == before
    assert vault.exists()  # never mistaken for "no vault yet"


def test_a_flipped_byte_deep_in_the_database_is_reported_as_damage(closed_vault: Path) -> None:
    size = (closed_vault / "hbdesk.db").stat().st_size
    flip_byte(closed_vault / "hbdesk.db", size - 2000)  # inside the last page's content
    before = snapshot(closed_vault)
    opened = Vault(closed_vault, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        assert not opened.integrity_ok()
        failures = 0
        # Read every table and every index of clients: one of them holds the damaged page.
        for sql in (
            "SELECT * FROM clients",
            "SELECT id FROM clients ORDER BY id",
            "SELECT identity_code FROM clients ORDER BY identity_code",
            "SELECT * FROM drafts",
            "SELECT * FROM vault_meta",
        ):
            try:
                with opened.session() as s:
                    s.execute(text(sql)).all()
            except VaultDamaged:
                failures += 1
        assert failures >= 1  # reading the damaged page says "damaged", not a traceback
    finally:
        opened.lock()
    assert snapshot(closed_vault) == before


def test_database_of_another_vault_is_refused(closed_vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    Vault(other, kdf=FAST_KDF).create(PASSPHRASE).lock()
    shutil.copy(other / "hbdesk.db", closed_vault / "hbdesk.db")
    before = snapshot(closed_vault)
    with pytest.raises(NotAVault) as err:
        Vault(closed_vault, kdf=FAST_KDF).open(PASSPHRASE)
    assert err.value.reason == "foreign"
    assert snapshot(closed_vault) == before


def test_no_vault_at_all_is_missing_not_damaged(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "nothing-here", kdf=FAST_KDF)
    assert not vault.exists()
    with pytest.raises(VaultMissing):
        vault.open(PASSPHRASE)


def test_every_single_flipped_byte_in_the_key_file_is_damage(closed_vault: Path) -> None:
    """Issue 18/14: a flip in a field's name or in "format" was called "not a vault"."""
    key_path = closed_vault / "hbdesk.key"
    genuine = key_path.read_bytes()
    wrong: dict[int, str] = {}
    for offset in range(len(genuine)):
        for bit in (0x01, 0x08):
            damaged = bytearray(genuine)
            damaged[offset] ^= bit
            key_path.write_bytes(bytes(damaged))
            try:
                Vault(closed_vault, kdf=FAST_KDF).open(PASSPHRASE).lock()
                wrong[offset] = "opened"
            except VaultDamaged as exc:
                if exc.part != "key_file":
                    wrong[offset] = f"damaged {exc.part}"
            except VaultError as exc:
                wrong[offset] = type(exc).__name__
    key_path.write_bytes(genuine)
    assert wrong == {}, {genuine[o : o + 12]: why for o, why in list(wrong.items())[:10]}


def make_vault_needing_an_upgrade(folder: Path) -> None:
    """A vault at revision 0003 whose notes fill the last pages of the database."""
    opened = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE, schema="0003")
    with opened.session() as s:
        s.execute(
            text(
                "INSERT INTO clients (id, first_name, last_name, created_at)"
                " VALUES ('c-1', 'Aino', 'Esimerkki', '2024-05-01 08:00:00')"
            )
        )
        for i in range(300):
            s.execute(
                text(
                    "INSERT INTO notes (id, client_id, author, text, created_at) VALUES"
                    " (:id, 'c-1', 'client', :text, '2024-05-01 08:05:00')"
                ),
                {"id": f"n-{i}", "text": "x" * 500},
            )
    opened.lock()


UPGRADE_IN_A_PROCESS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hbdesk.store import Vault, KdfParams, VaultError
    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
    try:
        Vault(Path(sys.argv[1]), kdf=kdf).open(sys.argv[2]).lock()
        print("opened")
    except VaultError as exc:
        print(exc.code, getattr(exc, "part", ""))
    # The process then ends as the app would, without anything else.
""")


def test_damage_found_while_upgrading_is_damage_at_every_open(vault_dir: Path) -> None:
    """Issue 18/14: a raw DatabaseError escaped, and the next start blamed the journal."""
    make_vault_needing_an_upgrade(vault_dir)
    flip_byte(vault_dir / "hbdesk.db", (vault_dir / "hbdesk.db").stat().st_size - 2000)
    before = snapshot(vault_dir)
    first = run_python(UPGRADE_IN_A_PROCESS, vault_dir, PASSPHRASE)
    assert first.stdout.split() == ["vault_damaged", "database"], first.stdout + first.stderr
    for _ in range(2):
        with pytest.raises(VaultDamaged) as err:
            Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
        assert err.value.part == "database"
        assert snapshot(vault_dir) == before
