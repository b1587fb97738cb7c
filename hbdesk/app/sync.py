"""Sync as a use case: push, pull, take the pulled reference data into use, say what changed.

The UI runs `sync` through its one runner, like any service call; the `Changes` it returns
name the clients and kinds of record the pull touched, so the open views refresh themselves
(as Anki's main window resets its views after a sync). A revoked laptop is wiped here,
before the UI hears of it (`Revoked`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hbdesk.app import revocation
from hbdesk.app.progress import Progress
from hbdesk.models.errors import DomainError
from hbdesk.protocol import messages as p
from hbdesk.services import conflicts, reference
from hbdesk.services.context import Actor, Changes, Outcome
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity, app_sync
from hbdesk.sync.app_sync import SyncStatus as SyncStatus  # re-exported: the UI names it
from hbdesk.sync.client import SyncError
from hbdesk.sync.engine import SyncReport

log = logging.getLogger(__name__)

# The tables each kind of reference data fills when it is taken into use.
REFERENCE_KINDS = {
    "catalogue": frozenset({"catalogue_versions", "catalogue_items"}),
    "questionnaire": frozenset({"questionnaires", "questionnaire_domains", "questionnaire_items"}),
}


@dataclass(frozen=True)
class Taken:
    """A pulled set of reference data: taken into use, or refused (it has an error)."""

    kind: str  # "catalogue" | "questionnaire"
    in_use: bool


@dataclass(frozen=True)
class SyncDone:
    report: SyncReport
    reference: tuple[Taken, ...] = ()


@dataclass(frozen=True)
class Status:
    """What the sync panel shows: the honest sync state and the conflicts left to settle."""

    sync: SyncStatus
    conflicts: int = 0


def status(vault: OpenVault) -> Status:
    return Status(app_sync.status(vault), conflicts.count_open(vault))


@dataclass
class _Pulled:
    """What the pulled pages touch (seen before each page is applied)."""

    progress: Progress | None
    clients: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)

    def page(self, page: p.PullPage) -> None:
        if self.progress is not None:
            self.progress.check()  # between pages: what was applied stays
        for sop in page.ops:
            self._touch(sop.op.client_id, sop.op.entity)
        for snap in page.snapshots:
            self._touch(snap.client_id, snap.entity)
        for c in page.conflicts:
            self._touch(c.client_id, c.entity)
            self.kinds.add("conflicts")
        for client_id in page.removed_clients:
            self._touch(client_id, "clients")

    def _touch(self, client_id: str | None, kind: str) -> None:
        if client_id:
            self.clients.add(client_id)
        self.kinds.add(kind)

    def changes(self) -> Changes:
        return Changes(frozenset(self.clients), frozenset(self.kinds))


def sync(
    vault: OpenVault,
    server_url: str,
    actor: Actor | None = None,
    *,
    timeout: float = 30.0,
    progress: Progress | None = None,
    wipe_folders: Callable[[], list[Path]] = revocation.default_folders,
) -> Outcome[SyncDone]:
    """Push the outbox, pull to the end, take new reference data in; what changed.

    Raises SyncError (or IdentityError) with a code; `Revoked` after wiping this laptop.
    """
    pulled = _Pulled(progress)
    try:
        report = app_sync.run(
            vault,
            server_url,
            timeout=timeout,
            progress=progress.step if progress is not None else None,
            on_page=pulled.page,
        )
    except SyncError as exc:
        if exc.code == revocation.REVOKED and not vault.locked:
            raise revocation.Revoked(revocation.wipe_revoked(vault, wipe_folders)) from None
        raise
    taken: tuple[Taken, ...] = ()
    if actor is not None:
        device = app_identity.device_id(vault) or actor.device_id
        taken = take_reference(vault, dataclasses.replace(actor, device_id=device))
    changes = pulled.changes()
    for t in taken:
        if t.in_use:
            changes = changes | Changes(kinds=REFERENCE_KINDS[t.kind])
    return Outcome(SyncDone(report, taken), changes)


def take_reference(vault: OpenVault, actor: Actor) -> tuple[Taken, ...]:
    """Take newly pulled reference data into use; a set the vault cannot take is left as
    pulled and said plainly (the sync itself went through)."""
    found = []
    for kind, take in (
        ("catalogue", reference.take_pulled_catalogue),
        ("questionnaire", reference.take_pulled_questionnaire),
    ):
        try:
            version = take(vault, actor)
        except DomainError as exc:
            log.warning("pulled %s not taken: %s %s", kind, exc.code, exc.field)
            found.append(Taken(kind, in_use=False))
            continue
        except Exception as exc:  # keep the pulled set for the next try
            log.error("pulled %s not taken: %s", kind, type(exc).__name__)
            continue
        if version is not None:
            found.append(Taken(kind, in_use=True))
    return tuple(found)
