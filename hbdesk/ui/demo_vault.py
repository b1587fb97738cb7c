"""The demo vault (`hbdesk --demo`): made on first use with a published passphrase and sample data.

Runs in a background thread: it must not touch widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hbdesk.store import KdfParams, OpenVault

log = logging.getLogger(__name__)

# Shown on the demo vault's lock screen (and in the README); never used for a real vault.
DEMO_PASSPHRASE = "demo-passphrase-2026"  # noqa: S105

# Fictional people; identity codes from the test range (individual number 900–999).
_FALLBACK_CLIENTS = (
    ("Aino", "Esimerkki", "150385-9057"),
    ("Veikko", "Kokeilu", "020791-912U"),
    ("Selma", "Testinen", "271160-934W"),
)


def create_demo_vault(folder: Path, kdf: KdfParams | None = None) -> None:
    """Create the demo vault, fill it, and lock it again (the user unlocks it as usual)."""
    from hbdesk.store import Vault

    vault = Vault(folder) if kdf is None else Vault(folder, kdf=kdf)
    opened = vault.create(DEMO_PASSPHRASE)
    try:
        populate(opened)
    finally:
        opened.lock()


def populate(vault: OpenVault) -> None:
    """The demo service's sample data if it exists yet, else three sample clients."""
    try:
        from hbdesk.services.demo import populate_demo
    except ImportError:
        populate_demo = None
    if populate_demo is not None:
        populate_demo(vault)
        return
    log.info("hbdesk.services.demo not available; adding sample clients only")
    from hbdesk.models.client import Client

    with vault.session() as session:
        for first, last, code in _FALLBACK_CLIENTS:
            session.add(Client(first_name=first, last_name=last, identity_code=code))
