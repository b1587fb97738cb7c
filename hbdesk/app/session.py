"""Unlocking as one use case: open the vault, then read what the desktop needs at once
(stored drafts, the client count, this laptop's device id, the caseload) in the same
background call, so nothing is read from the vault on the UI thread.

Those reads are plain SQL (hbdesk.app.first_screen): unlocking loads neither SQLAlchemy's
ORM nor the models, which load after the caseload is shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from hbdesk.app import first_screen
from hbdesk.services.caseload_rows import CaseloadRow
from hbdesk.store import OpenVault, Vault
from hbdesk.store.unwrap import Unwrapped

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unlocked:
    vault: OpenVault
    drafts: dict[str, str]
    client_count: int | None  # None when it could not be counted (shown as "open")
    device_id: str | None  # the enrolled device id; None before enrolment
    # The caseload as services.caseload.caseload shows it with no filter, read at unlock;
    # None when it could not be read (the desktop then asks the service).
    caseload: list[CaseloadRow] | None = None


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
        with vault.reading() as db:
            stored = first_screen.drafts(db)
            device = first_screen.device_id(db)
            count, rows = _caseload(db)
    except BaseException:
        vault.lock()
        raise
    return Unlocked(vault, stored, count, device, rows)


def _caseload(db: Any) -> tuple[int | None, list[CaseloadRow] | None]:
    try:
        count: int | None = first_screen.client_count(db)
    except Exception as exc:
        log.error("clients not counted: %s", type(exc).__name__)
        return None, None
    try:
        return count, first_screen.caseload(db, dt.date.today())
    except Exception as exc:
        log.error("caseload not read at unlock: %s", type(exc).__name__)
        return count, None
