"""Fixtures shared by every test: a real SQLCipher vault with a fast (test-only) KDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a screen in tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hbdesk.store import KdfParams, OpenVault, Vault

# OWASP's floor: fast enough for tests, still real Argon2id. Never used outside tests.
FAST_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
PASSPHRASE = "kolme iloista kissaa tanssii"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[OpenVault]:
    """A freshly created, unlocked vault at the newest schema."""
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    yield opened
    opened.lock()
