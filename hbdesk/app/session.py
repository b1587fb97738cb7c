"""Unlocking as one use case: open the vault, then read what the desktop needs at once
(stored drafts, the client count, this laptop's device id) in the same background call,
so nothing is read from the vault on the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from hbdesk.services import caseload, drafts
from hbdesk.store import OpenVault, Vault
from hbdesk.store.unwrap import Unwrapped
from hbdesk.sync import app_identity

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unlocked:
    vault: OpenVault
    drafts: dict[str, str]
    client_count: int | None  # None when it could not be counted (shown as "open")
    device_id: str | None  # the enrolled device id; None before enrolment


def unlock(vault: Vault, passphrase: str, *, accept_journal_problem: bool = False) -> Unlocked:
    """Open the vault with the passphrase and read what the desktop starts with."""
    if accept_journal_problem:
        return opened(vault.open(passphrase, accept_journal_problem=True))
    return opened(vault.open(passphrase))


def open_unwrapped(
    vault: Vault, found: Unwrapped, passphrase: str, *, accept_journal_problem: bool = False
) -> Unlocked:
    """Unlocking after `unlock_key.unwrap` found the data key (with `vault`'s throttle)."""
    return opened(
        vault.open_unwrapped(found, passphrase, accept_journal_problem=accept_journal_problem)
    )


def create(vault: Vault, passphrase: str) -> Unlocked:
    """Make a new vault and open it."""
    return opened(vault.create(passphrase))


def opened(vault: OpenVault) -> Unlocked:
    """The reads right after unlock; a vault whose drafts cannot be read is locked again."""
    try:
        stored = drafts.load_drafts(vault)
        device = app_identity.device_id(vault)
    except BaseException:
        vault.lock()
        raise
    try:
        count: int | None = caseload.count_clients(vault)
    except Exception as exc:
        log.error("clients not counted: %s", type(exc).__name__)
        count = None
    return Unlocked(vault, stored, count, device)
