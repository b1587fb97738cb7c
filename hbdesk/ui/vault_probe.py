"""Is there a vault in a folder? Answered without loading the store (the lock screen is first).

The names match hbdesk.store.vault.KEY_FILE and DB_FILE (a test keeps them equal). The
answer only picks the first page: creating still goes through Vault.create, which refuses
to write over anything.
"""

from __future__ import annotations

from pathlib import Path

KEY_FILE = "hbdesk.key"
DB_FILE = "hbdesk.db"


def vault_present(folder: Path) -> bool:
    """True when any part of a vault is there, or when that cannot be told (fail closed)."""
    try:
        key, db = folder / KEY_FILE, folder / DB_FILE
        return key.exists() or key.is_symlink() or db.exists() or db.is_symlink()
    except OSError:
        return True
