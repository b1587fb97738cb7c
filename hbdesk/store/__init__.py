"""The encrypted local store: files, keys, SQLCipher, migrations. Nothing above it says "pragma"."""

from hbdesk.store.errors import (
    NotAVault,
    TooManyAttempts,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultUnreadable,
    VaultWriteFailed,
    WeakPassphrase,
    WrongPassphrase,
)
from hbdesk.store.keys import DEFAULT_KDF, KdfParams
from hbdesk.store.vault import OpenVault, Vault

__all__ = [
    "DEFAULT_KDF",
    "KdfParams",
    "NotAVault",
    "OpenVault",
    "TooManyAttempts",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "VaultUnreadable",
    "VaultWriteFailed",
    "WeakPassphrase",
    "WrongPassphrase",
]
