"""The encrypted local store: files, keys, SQLCipher, migrations. Nothing above it says "pragma".

`Vault` and `OpenVault` (hbdesk.store.vault, with SQLAlchemy and the models) load when first
asked for: unlocking derives the key (hbdesk.store.unwrap) while they load.
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in ("OpenVault", "Vault"):
        from hbdesk.store import vault

        return getattr(vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
