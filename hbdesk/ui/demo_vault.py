"""The demo vault (`hbdesk --demo`): made on first use with a published passphrase and sample data.

Runs in a background thread: it must not touch widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hbdesk.app.store import KdfParams, OpenVault

# Shown on the demo vault's lock screen (and in the README); never used for a real vault.
DEMO_PASSPHRASE = "demo-passphrase-2026"  # noqa: S105


def create_demo_vault(folder: Path, kdf: KdfParams | None = None) -> None:
    """Create the demo vault, fill it, and lock it again (the user unlocks it as usual)."""
    from hbdesk.app.store import Vault

    vault = Vault(folder) if kdf is None else Vault(folder, kdf=kdf)
    opened = vault.create(DEMO_PASSPHRASE)
    try:
        populate(opened)
    finally:
        opened.lock()


def populate(vault: OpenVault) -> None:
    """The demo caseload: ~40 synthetic clients over every stage, a catalogue, a year of use."""
    from hbdesk.services.demo import populate_demo

    populate_demo(vault)
