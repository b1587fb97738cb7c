"""The app's folders on this computer (platformdirs), each created private (0700) on first use.

Tests move them with the XDG_* variables (Linux) so nothing touches the real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hbdesk"
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) so that only the owner can enter it."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def data_dir() -> Path:
    """Vaults live here."""
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """settings.json lives here."""
    return private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    return private_dir(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    return private_dir(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def default_vault_dir() -> Path:
    """The caseworker's own vault (the folder itself is made by the vault on creation)."""
    return data_dir() / "vault"


def demo_vault_dir() -> Path:
    """The demo vault, apart from the real one."""
    return data_dir() / "demo-vault"
