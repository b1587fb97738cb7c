"""Unlocking in two halves: the key is derived before SQLAlchemy, the models or Alembic load,
so the desktop can load them while Argon2id runs (issue 15)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hbdesk.store import Vault, WrongPassphrase
from hbdesk.store.unwrap import throttle_for, unwrap
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _printed_by_fresh_python(code: str) -> list[str]:
    """What `code` prints, run in a new interpreter: nothing imported before it (not the
    zygote of tests/zygote.py, which has the store loaded already)."""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_key_is_derived_with_nothing_of_the_database_loaded(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    code = (
        "import sys\n"
        "from hbdesk.app.unlock_key import throttle_for, unwrap\n"
        f"found = unwrap({str(vault_dir)!r}, {PASSPHRASE!r}, throttle_for({str(vault_dir)!r}))\n"
        "print(len(found.data_key), *(m in sys.modules for m in"
        " ('sqlalchemy', 'alembic', 'hbdesk.models', 'hbdesk.store.vault')))\n"
    )
    assert _printed_by_fresh_python(code) == ["32", "False", "False", "False", "False"]


def test_argon2id_starts_before_cryptography_has_loaded(vault_dir: Path) -> None:
    """A passphrase typed at once waits for what `unlock_key` imports before Argon2id can
    start: AES-GCM, needed only once the key is derived, is not part of it."""
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    code = (
        "import sys\n"
        "from hbdesk.app.unlock_key import throttle_for, unwrap\n"
        "from hbdesk.store import keys\n"
        "real = keys.argon2id\n"
        "def argon2id(*args):\n"
        "    print('cryptography' in sys.modules)\n"
        "    return real(*args)\n"
        "keys.argon2id = argon2id\n"
        f"found = unwrap({str(vault_dir)!r}, {PASSPHRASE!r}, throttle_for({str(vault_dir)!r}))\n"
        "print(len(found.data_key))\n"
    )
    assert _printed_by_fresh_python(code) == ["False", "32"]


def test_the_two_halves_open_the_vault_and_count_a_wrong_passphrase(vault_dir: Path) -> None:
    Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE).lock()
    throttle = throttle_for(vault_dir)
    with pytest.raises(WrongPassphrase) as wrong:
        unwrap(vault_dir, "not the passphrase at all", throttle)
    assert wrong.value.failures == 1
    vault = Vault(vault_dir, kdf=FAST_KDF, throttle=throttle)
    opened = vault.open_unwrapped(unwrap(vault_dir, PASSPHRASE, throttle), PASSPHRASE)
    try:
        assert opened.integrity_ok()
        assert throttle.failures == 0  # a right passphrase clears the count
    finally:
        opened.lock()
