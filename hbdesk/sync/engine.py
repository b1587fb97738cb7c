"""The laptop's sync engine: send the vault's outbox, apply what the server sends down.

Push: pending outbox ops go up in batches in local order. Stored and duplicate ops are
marked sent with their server sequence and the field versions the server reports;
rejected ones stay in the outbox as failed with the reason (shown, retryable). Network
calls never happen inside a vault transaction.

Pull: pages after the cursor are applied generically — by table and column names, with
the domain's JSON↔column codec — and the cursor moves in the same transaction as the
applied rows, so it never passes a change that was not stored. A field with an unsent
local edit is left as the person wrote it (their op will meet the server's value as a
conflict, never silently overwritten). Clients that left this device's scope are removed
only once none of their ops waits to be sent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hbdesk.models import registry
from hbdesk.models.codec import from_json
from hbdesk.models.outbox import (
    LOCAL_ONLY_TABLES,
    Conflict,
    FieldVersion,
    OutboxOp,
    SyncState,
)
from hbdesk.protocol import messages as p
from hbdesk.store.append_only import removing_client
from hbdesk.sync import pull_failures
from hbdesk.sync.client import SyncClient
from hbdesk.sync.pull_failures import Change

log = logging.getLogger(__name__)

SessionFactory = Callable[[], AbstractContextManager[Session]]
DELETED = "_deleted"
CURSOR = "cursor"
LEAVING = "leaving_clients"


@dataclass
class SyncReport:
    """What one sync did; "clean" only when nothing is left to send and the pull ended."""

    sent: int = 0
    duplicates: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # op_id -> reason
    pulled_ops: int = 0
    conflicts: int = 0
    removed_clients: list[str] = field(default_factory=list)
    reference: list[str] = field(default_factory=list)
    skipped_entities: set[str] = field(default_factory=set)
    not_applied: dict[str, str] = field(default_factory=dict)  # "entity:id" -> reason
    reapplied: int = 0  # changes that could not be applied before, applied now
    pending_left: int = 0

    @property
    def clean(self) -> bool:
        return not self.failed and self.pending_left == 0


class SyncEngine:
    def __init__(
        self,
        sessions: SessionFactory,
        client: SyncClient,
        batch_size: int = 200,
        page_size: int = p.DEFAULT_PULL_LIMIT,
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._batch = min(batch_size, p.MAX_OPS_PER_BATCH)
        self._page = page_size
        self._tables: dict[str, Table] = {t.name: t for t in registry.metadata.sorted_tables}
        self._order = {t.name: i for i, t in enumerate(registry.metadata.sorted_tables)}

    def sync(self) -> SyncReport:
        """Push everything pending, then pull until the server has no more."""
        report = SyncReport()
        self.push(report)
        self.pull(report)
        with self._sessions() as s:
            report.pending_left = len(
                s.scalars(select(OutboxOp.op_id).where(OutboxOp.state == "pending")).all()
            )
            if report.clean:
                _set_state(s, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
        return report

    # --- push -------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        while True:
            with self._sessions() as s:
                rows = s.scalars(
                    select(OutboxOp)
                    .where(OutboxOp.state == "pending")
                    .order_by(OutboxOp.local_seq)
                    .limit(self._batch)
                ).all()
                ops = [_op_of(row) for row in rows]
            if not ops:
                return
            answer = self._client.push(ops)
            with self._sessions() as s:
                self._take_results(s, ops, answer.results, report)
                self._remove_leaving(s, report)

    def _take_results(
        self, s: Session, ops: list[p.Op], results: list[p.OpResult], report: SyncReport
    ) -> None:
        by_op = {op.op_id: op for op in ops}
        rows = _outbox_rows(s, list(by_op))
        known = _known_versions(s, ops)
        for result in results:
            op = by_op.get(result.op_id)
            row = rows.get(result.op_id)
            if op is None or row is None:
                continue
            if result.status == "rejected":
                row.state, row.error = "failed", (result.reason or "rejected")[:100]
                report.failed[op.op_id] = row.error
                continue
            row.state, row.error, row.server_seq = "sent", None, result.server_seq
            if result.status == "stored":
                report.sent += 1
            else:
                report.duplicates += 1
            for name, version in result.versions.items():
                _raise_version(s, known, (op.entity, op.entity_id, name), version)

    def retry_failed(self) -> int:
        """Put failed ops back in line (after a person fixed the cause)."""
        with self._sessions() as s:
            rows = s.scalars(select(OutboxOp).where(OutboxOp.state == "failed")).all()
            for row in rows:
                row.state, row.error = "pending", None
            return len(rows)

    # --- pull -------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        """Pull to the end; a change this laptop cannot apply is kept aside, never a wedge."""
        while True:
            with self._sessions() as s:
                cursor = int(_get_state(s, CURSOR) or 0)
            page = self._client.pull(cursor, self._page)
            with self._sessions() as s:
                self._apply_page(s, page, report)
                _set_state(s, CURSOR, str(max(page.next_cursor, cursor)))
            if not page.has_more:
                break
        with self._sessions() as s:
            self._retry_kept(s, report)

    def _apply_page(self, s: Session, page: p.PullPage, report: SyncReport) -> None:
        pending = self._pending_fields(s)
        snapshots = sorted(page.snapshots, key=lambda r: self._order.get(r.entity, 1 << 30))
        changes = [
            Change.of_values(
                snap.entity,
                snap.entity_id,
                snap.client_id,
                {n: (f.value, f.version) for n, f in snap.fields.items()},
            )
            for snap in snapshots
        ]
        changes += [Change.of_op(sop) for sop in page.ops if sop.applied]
        report.pulled_ops += len(page.ops)
        for change, reason in self._apply_changes(s, changes, pending, report):
            self._keep(s, change, reason, report)
        for conflict in page.conflicts:
            self._store_conflict(s, conflict, pending, report)
        for ref in page.reference:
            _set_state(
                s,
                f"reference:{ref.kind}",
                json.dumps({"version": ref.version, "content": ref.content}, ensure_ascii=False),
            )
            report.reference.append(ref.kind)
        if page.removed_clients:
            leaving = set(json.loads(_get_state(s, LEAVING) or "[]"))
            leaving.update(page.removed_clients)
            _set_state(s, LEAVING, json.dumps(sorted(leaving)))
            s.flush()
            self._remove_leaving(s, report)

    def _apply_changes(
        self,
        s: Session,
        changes: list[Change],
        pending: set[tuple[str, str, str]],
        report: SyncReport,
    ) -> list[tuple[Change, str]]:
        """Apply each change on its own; those that failed, with the reason.

        A record may come before the one it refers to (child first, or across pages):
        what failed is tried again while anything more applies.
        """
        failed = [(c, r) for c in changes if (r := self._try(s, c, pending, report))]
        while failed:
            still = [(c, r) for c, _ in failed if (r := self._try(s, c, pending, report))]
            if len(still) == len(failed):
                break
            failed = still
        return failed

    def _try(
        self, s: Session, change: Change, pending: set[tuple[str, str, str]], report: SyncReport
    ) -> str | None:
        """Apply one change in a savepoint; why it could not be, or None."""
        if change.refusal:
            return change.refusal
        gone = s.get(FieldVersion, (change.entity, change.entity_id, DELETED))
        if gone is not None and DELETED not in change.fields:
            return None  # the record was deleted since: nothing of it comes back
        try:
            with s.begin_nested():
                self._apply_fields(
                    s,
                    change.entity,
                    change.entity_id,
                    change.fields,
                    pending,
                    report,
                    change.equal_too,
                )
        except Exception as exc:
            if not pull_failures.cannot_apply(exc):
                raise
            log.warning("a pulled change to %s kept aside: %s", change.entity, type(exc).__name__)
            return p.APPLY_FAILED
        return None

    def _keep(self, s: Session, change: Change, reason: str, report: SyncReport) -> None:
        pull_failures.keep(s, change, reason)
        report.not_applied[f"{change.entity}:{change.entity_id}"] = reason

    def _retry_kept(self, s: Session, report: SyncReport) -> None:
        """Try again what earlier pulls kept aside (the record it needed may be here now)."""
        rows, changes = [], []
        for row in pull_failures.kept(s):
            try:
                changes.append(Change.of_row(row))
            except ValueError:  # kept by another app version in a form this one cannot read
                row.reason = p.APPLY_FAILED
                continue
            rows.append(row)
        if not rows:
            return
        failed = {
            id(c): r for c, r in self._apply_changes(s, changes, self._pending_fields(s), report)
        }
        for row, change in zip(rows, changes, strict=True):
            reason = failed.get(id(change))
            if reason is None:
                s.delete(row)
                report.reapplied += 1
                report.not_applied.pop(f"{row.entity}:{row.entity_id}", None)
            else:
                row.reason = reason[:100]

    def _pending_fields(self, s: Session) -> set[tuple[str, str, str]]:
        """(entity, entity_id, field) with a local edit not yet stored on the server."""
        found: set[tuple[str, str, str]] = set()
        rows = s.execute(
            select(OutboxOp.entity, OutboxOp.entity_id, OutboxOp.fields, OutboxOp.kind).where(
                OutboxOp.state != "sent"
            )
        ).all()
        for entity, entity_id, fields, kind in rows:
            names = [DELETED] if kind == "delete" else list(json.loads(fields or "{}"))
            found.update((entity, entity_id, n) for n in names)
        return found

    def _apply_fields(
        self,
        s: Session,
        entity: str,
        entity_id: str,
        fields: dict[str, tuple[Any, int]],
        pending: set[tuple[str, str, str]],
        report: SyncReport,
        equal_too: bool = False,
    ) -> None:
        table = self._tables.get(entity)
        if table is None or entity in LOCAL_ONLY_TABLES:
            report.skipped_entities.add(entity)  # unknown here (newer app) or never synced
            return
        values: dict[str, Any] = {}
        deleted = False
        for name, (value, version) in fields.items():
            if (entity, entity_id, name) in pending:
                continue  # the person's unsent edit stays; the server will see the conflict
            current = s.get(FieldVersion, (entity, entity_id, name))
            if current is not None and (
                current.version > version or (current.version == version and not equal_too)
            ):
                continue
            if current is None:
                s.add(FieldVersion(entity=entity, entity_id=entity_id, field=name, version=version))
            else:
                current.version = version
            if name == DELETED:
                deleted = bool(value)
            elif name in table.c:
                values[name] = from_json(table.c[name], value)
        _write_row(s, table, entity_id, values, deleted)

    def _store_conflict(
        self,
        s: Session,
        c: p.ConflictRecord,
        pending: set[tuple[str, str, str]],
        report: SyncReport,
    ) -> None:
        row = s.get(Conflict, c.conflict_id)
        if row is None:
            row = Conflict(id=c.conflict_id, created_at=dt.datetime.now(dt.UTC))
            s.add(row)
            report.conflicts += 1
        row.client_id, row.entity, row.entity_id, row.field = (
            c.client_id,
            c.entity,
            c.entity_id,
            c.field,
        )
        _store_sides(s, row, c)
        if c.state == "resolved" and row.state != "resolved":
            row.state, row.resolved_by = "resolved", c.resolved_by_op
            row.resolved_at = dt.datetime.now(dt.UTC)
        elif c.state == "open":
            row.state = "open"
            # Everyone shows the stored value; the other one lives in the conflict. At an
            # equal version too: this laptop's own losing edit may sit on that version.
            change = Change.of_values(
                c.entity,
                c.entity_id,
                c.client_id,
                {c.field: (c.current_value, c.current_version)},
                equal_too=True,
            )
            reason = self._try(s, change, pending, report)
            if reason:
                self._keep(s, change, reason, report)

    def _remove_leaving(self, s: Session, report: SyncReport) -> None:
        leaving = json.loads(_get_state(s, LEAVING) or "[]")
        if not leaving:
            return
        kept = []
        for client_id in leaving:
            unsent = s.scalars(
                select(OutboxOp.op_id)
                .where(OutboxOp.client_id == client_id, OutboxOp.state != "sent")
                .limit(1)
            ).first()
            if unsent is not None:
                kept.append(client_id)  # its last changes go first
                continue
            self._remove_client(s, client_id)
            report.removed_clients.append(client_id)
        _set_state(s, LEAVING, json.dumps(kept))

    def _remove_client(self, s: Session, client_id: str) -> None:
        with removing_client(s, client_id):  # the only way past the append-only triggers
            for table in reversed(registry.metadata.sorted_tables):
                if table.name in LOCAL_ONLY_TABLES:
                    continue
                pk = list(table.primary_key.columns)
                if "client_id" in table.c and len(pk) == 1:
                    ids = s.execute(select(pk[0]).where(table.c.client_id == client_id)).scalars()
                    _forget_versions(s, table.name, [str(i) for i in ids])
                    s.execute(delete(table).where(table.c.client_id == client_id))
            clients = self._tables.get("clients")
            if clients is not None:
                _forget_versions(s, "clients", [client_id])
                s.execute(delete(clients).where(clients.c.id == client_id))
        s.execute(delete(OutboxOp).where(OutboxOp.client_id == client_id))
        s.execute(delete(Conflict).where(Conflict.client_id == client_id))
        pull_failures.forget_client(s, client_id)


# --- helpers ------------------------------------------------------------------------------


def _store_sides(s: Session, row: Conflict, c: p.ConflictRecord) -> None:
    """The local side is this laptop's own value, on the laptop whose value won as well as on the
    one whose value waits; on a laptop that wrote neither, the value it shows (the stored
    one). `ops`, `authors` and `times` list the other side first, the local side second."""
    current = (c.current_value, c.current_op_id, c.current_author, c.current_time)
    proposed = (c.proposed_value, c.proposed_op_id, c.proposed_author, c.proposed_time)
    known = json.loads(row.ops) if row.ops else []
    if len(known) == 2 and c.proposed_op_id in known:
        proposed_is_local = known[1] == c.proposed_op_id  # as first stored: sides never swap
    else:
        proposed_is_local = s.get(OutboxOp, c.proposed_op_id) is not None
    other, local = (current, proposed) if proposed_is_local else (proposed, current)
    row.server_value = json.dumps(other[0], ensure_ascii=False)
    row.local_value = json.dumps(local[0], ensure_ascii=False)
    row.ops = json.dumps([other[1], local[1]])
    row.authors = json.dumps([other[2], local[2]])
    row.times = json.dumps([t.isoformat() if t else None for t in (other[3], local[3])])


def _op_of(row: OutboxOp) -> p.Op:
    return p.Op(
        op_id=row.op_id,
        device_id=row.device_id,
        client_id=row.client_id,
        entity=row.entity,
        entity_id=row.entity_id,
        kind=row.kind,  # type: ignore[arg-type]
        fields=json.loads(row.fields or "{}"),
        base_versions=json.loads(row.base_versions) if row.base_versions else None,
        author=row.author,
        author_role=row.author_role,
        local_time=row.local_time,
        local_seq=row.local_seq,
        resolves_conflict=row.resolves_conflict,
    )


def _write_row(
    s: Session, table: Table, entity_id: str, values: dict[str, Any], deleted: bool
) -> None:
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        return  # records synced by op have one id column
    key = pk[0]
    if deleted:
        _unless_append_only(s, delete(table).where(key == entity_id))
        return
    if not values:
        return
    exists = s.execute(select(key).where(key == entity_id)).first() is not None
    if exists:
        _unless_append_only(s, table.update().where(key == entity_id).values(**values))
    else:
        s.execute(table.insert().values(**{key.name: entity_id, **values}))


def _unless_append_only(s: Session, statement: Any) -> None:
    """Change a row unless the vault refuses it (an issued record): then it stays as issued."""
    try:
        with s.begin_nested():
            s.execute(statement)
    except IntegrityError as exc:
        if "append_only" not in str(exc.orig):
            raise
        log.warning("a pulled change of an append-only record was not applied")


def _outbox_rows(s: Session, op_ids: list[str]) -> dict[str, OutboxOp]:
    """The outbox rows of a pushed batch, read in one query per 500 (not one per op)."""
    rows: dict[str, OutboxOp] = {}
    for chunk in _chunks(op_ids, 500):
        for row in s.scalars(select(OutboxOp).where(OutboxOp.op_id.in_(chunk))):
            rows[row.op_id] = row
    return rows


VersionKey = tuple[str, str, str]  # (entity, entity_id, field)


def _known_versions(s: Session, ops: list[p.Op]) -> dict[VersionKey, FieldVersion]:
    """The stored field versions of the records a batch touched, read in one query per
    entity and 500 records (not one per field)."""
    ids: dict[str, set[str]] = {}
    for op in ops:
        ids.setdefault(op.entity, set()).add(op.entity_id)
    known: dict[VersionKey, FieldVersion] = {}
    for entity, entity_ids in ids.items():
        for chunk in _chunks(sorted(entity_ids), 500):
            query = select(FieldVersion).where(
                FieldVersion.entity == entity, FieldVersion.entity_id.in_(chunk)
            )
            for row in s.scalars(query):
                known[(row.entity, row.entity_id, row.field)] = row
    return known


def _raise_version(
    s: Session, known: dict[VersionKey, FieldVersion], key: VersionKey, version: int
) -> None:
    row = known.get(key)
    if row is None:
        entity, entity_id, name = key
        known[key] = FieldVersion(entity=entity, entity_id=entity_id, field=name, version=version)
        s.add(known[key])
    elif row.version < version:
        row.version = version


def _forget_versions(s: Session, entity: str, ids: list[str]) -> None:
    for chunk in _chunks(ids, 500):
        s.execute(
            delete(FieldVersion).where(
                FieldVersion.entity == entity, FieldVersion.entity_id.in_(chunk)
            )
        )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _get_state(s: Session, key: str) -> str | None:
    row = s.get(SyncState, key)
    return row.value if row is not None else None


def _set_state(s: Session, key: str, value: str) -> None:
    row = s.get(SyncState, key)
    if row is None:
        s.add(SyncState(key=key, value=value))
    else:
        row.value = value
