"""Every earlier schema opens in today's hbdesk with its data intact; the chain stays linear."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from hbdesk.store import NotAVault, Vault, migrate
from tests.conftest import FAST_KDF, PASSPHRASE

FIRST = "0001"


def revisions_oldest_first() -> list[str]:
    return [rev.revision for rev in reversed(list(migrate.script().walk_revisions()))]


def test_the_chain_is_linear_with_one_head() -> None:
    revisions = revisions_oldest_first()
    assert revisions[0] == FIRST
    assert migrate.head_revision() == revisions[-1]
    assert revisions[-1] == migrate.HEAD  # the unlock's quick check that nothing is to do
    for rev in migrate.script().walk_revisions():
        assert not rev.is_merge_point and not rev.is_branch_point


def make_vault_at(vault_dir: Path, revision: str) -> None:
    """A vault as the first release made it, with data in it, then upgraded to `revision`."""
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE, schema=FIRST)
    with opened.session() as s:
        s.execute(
            text(
                "INSERT INTO clients"
                " (id, first_name, last_name, identity_code, created_at)"
                " VALUES ('c-1', 'Aino', 'Esimerkki', '150585-9509',"
                " '2024-05-01 08:00:00')"
            )
        )
        s.execute(
            text(
                "INSERT INTO notes (id, client_id, author, text, created_at) VALUES"
                " ('n-1', 'c-1', 'client', 'Haluan käydä uimassa.', '2024-05-01 08:05:00')"
            )
        )
        s.execute(
            text(
                "INSERT INTO drafts (place, text, updated_at)"
                " VALUES ('visit/notes', 'kesken jäänyt teksti', '2024-05-01 08:06:00')"
            )
        )
    opened.migrate(revision)
    assert migrate.current_revision(opened.engine) == revision
    opened.lock()


@pytest.mark.parametrize("made_at", revisions_oldest_first())
def test_a_vault_made_at_any_revision_opens_with_its_data(vault_dir: Path, made_at: str) -> None:
    make_vault_at(vault_dir, made_at)
    reopened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)  # upgrades to head on unlock
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        with reopened.session() as s:
            names = s.execute(text("SELECT first_name, last_name FROM clients")).all()
            drafts = s.execute(text("SELECT text FROM drafts")).scalars().all()
        assert [tuple(n) for n in names] == [("Aino", "Esimerkki")]
        assert drafts == ["kesken jäänyt teksti"]
        assert reopened.integrity_ok()
    finally:
        reopened.lock()


def test_a_vault_from_a_newer_hbdesk_is_refused_untouched(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    with opened.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    opened.lock()
    before = (vault_dir / "hbdesk.db").read_bytes()
    with pytest.raises(NotAVault) as err:
        Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    assert err.value.reason == "newer_format"
    assert (vault_dir / "hbdesk.db").read_bytes() == before


def test_a_vault_at_the_head_opens_without_loading_alembic(vault_dir: Path) -> None:
    """Unlocking a vault already at the head reads its revision and runs no script."""
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    code = (
        "import sys\n"
        "from hbdesk.store import Vault, migrate\n"
        "from tests.conftest import FAST_KDF, PASSPHRASE\n"
        f"opened = Vault({str(vault_dir)!r}, kdf=FAST_KDF).open(PASSPHRASE)\n"
        "print(migrate.stored_revision(opened.engine), 'alembic' in sys.modules)\n"
        "opened.lock()\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [migrate.HEAD, "False"]
