"""The store's names the UI may use: it imports nothing of hbdesk.store itself."""

from __future__ import annotations

from hbdesk.store import KdfParams, OpenVault, TooManyAttempts, Vault, VaultLocked
from hbdesk.store.threads import VaultOnUiThread, mark_ui_thread

__all__ = [
    "KdfParams",
    "OpenVault",
    "TooManyAttempts",
    "Vault",
    "VaultLocked",
    "VaultOnUiThread",
    "mark_ui_thread",
]
