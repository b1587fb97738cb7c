"""A revoked laptop: everything of the county's clients leaves this computer.

The vault (database, journals, key, drafts inside it), the app's own folders (cache, logs,
the runtime folder) and every document or data export hbdesk itself wrote elsewhere (listed
in the vault with a digest of its bytes; a file the person since replaced stays).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hbdesk import paths
from hbdesk.services import exports
from hbdesk.store import OpenVault
from hbdesk.store import wipe as wiping
from hbdesk.sync import app_identity
from hbdesk.sync.client import SyncError

log = logging.getLogger(__name__)

REVOKED = "device_revoked"


def default_folders() -> list[Path]:
    """The app's folders that may hold leftovers: cache, logs, the runtime folder."""
    return [paths.cache_dir(), paths.log_dir(), app_identity.runtime_dir()]


@dataclass(frozen=True)
class Wiped:
    left: list[Path] = field(default_factory=list)  # what could not be removed


class Revoked(SyncError):
    """The server revoked this laptop; the wipe is done (`wiped` says what was left)."""

    def __init__(self, wiped: Wiped) -> None:
        super().__init__(REVOKED)
        self.wiped = wiped


def wipe_revoked(vault: OpenVault, folders: Callable[[], list[Path]] = default_folders) -> Wiped:
    """List the exports (the vault still open), lock the vault, then remove it all."""
    try:
        written = [(f.path, f.sha256) for f in exports.written_files(vault)]
    except Exception as exc:  # a vault that cannot be read is still wiped
        log.error("exports not listed before the wipe: %s", type(exc).__name__)
        written = []
    folder = vault.vault.folder
    vault.lock()  # every connection closed before the files go
    wiping.wipe_vault(folder)
    left = wiping.wipe_folders(folders())
    left += wiping.wipe_written(written)
    if left:
        log.warning("the wipe left %d items", len(left))
    return Wiped(left)
