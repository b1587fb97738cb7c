"""One sync of the app's vault, and the honest status the UI shows (no Qt).

"Synced" only when nothing waits in the outbox, nothing failed, and the last pull ended
cleanly. The app's own facts (last attempt, last error code) are `sync_state` rows, a
local-only table.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from hbdesk.models.outbox import OutboxOp, SyncState
from hbdesk.protocol import messages as p
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity, feedback_channel, pull_failures
from hbdesk.sync.client import SyncClient, SyncError
from hbdesk.sync.engine import COUNT_IN_STATE, SyncEngine, SyncReport

LAST_SYNC = "last_sync_at"  # written by the engine after a clean sync
LAST_ATTEMPT = "app:last_attempt_at"
LAST_ERROR = "app:last_error"  # a stable code, "" after a clean sync
PULL_CLEAN = "app:last_pull_clean"  # "1" when the last pull reached the end
UNEXPECTED = "unexpected"  # the last error when a sync failed in a way nobody foresaw

log = logging.getLogger(__name__)

# Placeholders only: compiled once per process, not after every unlock (store/shapes.py).
_IN_STATE = (
    select(OutboxOp).where(OutboxOp.state == bindparam("b_state")).order_by(OutboxOp.local_seq)
)


@dataclass(frozen=True)
class FailedItem:
    op_id: str
    entity: str
    reason: str  # the server's stable reason code


@dataclass(frozen=True)
class SyncStatus:
    unsent: int
    failed: list[FailedItem] = field(default_factory=list)
    last_sync_at: dt.datetime | None = None
    last_error: str | None = None
    pull_clean: bool = False
    not_applied: list[FailedItem] = field(default_factory=list)  # pulled, kept aside

    @property
    def synced(self) -> bool:
        return (
            self.unsent == 0
            and not self.failed
            and not self.not_applied
            and self.pull_clean
            and not self.last_error
        )


def _state(s: Session, key: str) -> str | None:
    row = s.get(SyncState, key)
    return row.value if row is not None else None


def _put(s: Session, key: str, value: str) -> None:
    s.merge(SyncState(key=key, value=value))


def status(vault: OpenVault) -> SyncStatus:
    with vault.session() as s:
        unsent = s.scalar(COUNT_IN_STATE, {"b_state": "pending"}) or 0
        failed = [
            FailedItem(r.op_id, r.entity, r.error or "rejected")
            for r in s.scalars(_IN_STATE, {"b_state": "failed"})
        ]
        last = _state(s, LAST_SYNC)
        error = _state(s, LAST_ERROR) or None
        clean = _state(s, PULL_CLEAN) == "1"
        not_applied = [FailedItem(r.op_id or "", r.entity, r.reason) for r in pull_failures.kept(s)]
    when = dt.datetime.fromisoformat(last) if last else None
    return SyncStatus(int(unsent), failed, when, error, clean, not_applied)


def record_failure(vault: OpenVault, code: str) -> None:
    with vault.session() as s:
        _put(s, LAST_ERROR, code)
        _put(s, PULL_CLEAN, "0")


def run(
    vault: OpenVault,
    server_url: str,
    *,
    timeout: float = 30.0,
    progress: Callable[[str], None] | None = None,
    on_page: Callable[[p.PullPage], None] | None = None,
    today: dt.date | None = None,
) -> SyncReport:
    """Push the outbox, send the feedback whose month has ended by `today` (its own channel),
    then pull to the end. Raises SyncError / IdentityError with a code.

    `on_page` sees each pulled page before it is applied (what the pull touches; raising
    there stops the sync between pages, with everything applied so far kept). `progress`
    hears each step, and "server_busy" while a busy server is asked again."""
    tell = progress or (lambda _step: None)
    step = ["connecting"]

    def say(name: str) -> None:
        step[0] = name
        tell(name)

    def on_state(state: str) -> None:  # the transport's: "server_busy", then "resumed"
        tell("server_busy" if state == "server_busy" else step[0])

    with vault.session() as s:
        _put(s, LAST_ATTEMPT, dt.datetime.now(dt.UTC).isoformat())
    say("connecting")
    try:
        client = app_identity.open_client(vault, server_url, timeout=timeout, on_state=on_state)
    except app_identity.IdentityError as exc:
        record_failure(vault, exc.code)
        raise
    report = SyncReport()
    try:
        with client:
            engine = SyncEngine(vault.session, _watched(client, on_page))
            client.hello()  # the device's status first: revoked or disabled stops here
            say("sending")
            engine.push(report)
            feedback_channel.send(vault, client, today)
            say("receiving")
            with vault.session() as s:
                _put(s, PULL_CLEAN, "0")
            engine.pull(report)
    except SyncError as exc:
        if vault.locked:
            raise
        record_failure(vault, exc.code)
        raise
    except Exception as exc:  # a fault nobody foresaw: recorded all the same, then raised
        if not vault.locked:
            log.error("sync failed unexpectedly: %s", type(exc).__name__)
            record_failure(vault, UNEXPECTED)
        raise
    with vault.session() as s:
        report.pending_left = int(s.scalar(COUNT_IN_STATE, {"b_state": "pending"}) or 0)
        _put(s, PULL_CLEAN, "1")
        _put(s, LAST_ERROR, "")
        if report.clean:
            _put(s, LAST_SYNC, dt.datetime.now(dt.UTC).isoformat())
    return report


class _WatchedClient:
    """The sync client with every pulled page shown to `on_page` first."""

    def __init__(self, client: SyncClient, on_page: Callable[[p.PullPage], None]) -> None:
        self._client = client
        self._on_page = on_page

    def push(self, ops: list[p.Op]) -> p.PushResult:
        return self._client.push(ops)

    def pull(self, cursor: int, limit: int) -> p.PullPage:
        page = self._client.pull(cursor, limit)
        self._on_page(page)
        return page


def _watched(client: SyncClient, on_page: Callable[[p.PullPage], None] | None) -> SyncClient:
    return client if on_page is None else cast(SyncClient, _WatchedClient(client, on_page))
