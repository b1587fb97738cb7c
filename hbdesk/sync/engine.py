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

from sqlalchemy import Table, delete, select, text
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
from hbdesk.sync.client import SyncClient

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
        for result in results:
            op = by_op.get(result.op_id)
            row = s.get(OutboxOp, result.op_id)
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
                _raise_version(s, op.entity, op.entity_id, name, version)

    def retry_failed(self) -> int:
        """Put failed ops back in line (after a person fixed the cause)."""
        with self._sessions() as s:
            rows = s.scalars(select(OutboxOp).where(OutboxOp.state == "failed")).all()
            for row in rows:
                row.state, row.error = "pending", None
            return len(rows)

    # --- pull -------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        while True:
            with self._sessions() as s:
                cursor = int(_get_state(s, CURSOR) or 0)
            page = self._client.pull(cursor, self._page)
            with self._sessions() as s:
                # Rows may arrive child-first within a page; checked at commit instead.
                s.execute(text("PRAGMA defer_foreign_keys = ON"))
                self._apply_page(s, page, report)
                _set_state(s, CURSOR, str(max(page.next_cursor, cursor)))
            if not page.has_more:
                return

    def _apply_page(self, s: Session, page: p.PullPage, report: SyncReport) -> None:
        pending = self._pending_fields(s)
        snapshots = sorted(page.snapshots, key=lambda r: self._order.get(r.entity, 1 << 30))
        for snap in snapshots:
            self._apply_fields(
                s,
                snap.entity,
                snap.entity_id,
                {n: (f.value, f.version) for n, f in snap.fields.items()},
                pending,
                report,
            )
        for sop in page.ops:
            fields = {
                name: (True if name == DELETED else sop.op.fields.get(name), version)
                for name, version in sop.applied.items()
            }
            self._apply_fields(s, sop.op.entity, sop.op.entity_id, fields, pending, report)
            report.pulled_ops += 1
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
        row.server_value = json.dumps(c.current_value, ensure_ascii=False)
        row.local_value = json.dumps(c.proposed_value, ensure_ascii=False)
        row.ops = json.dumps([c.current_op_id, c.proposed_op_id])
        row.authors = json.dumps([c.current_author, c.proposed_author])
        row.times = json.dumps(
            [c.current_time.isoformat() if c.current_time else None, c.proposed_time.isoformat()]
        )
        if c.state == "resolved" and row.state != "resolved":
            row.state, row.resolved_by = "resolved", c.resolved_by_op
            row.resolved_at = dt.datetime.now(dt.UTC)
        elif c.state == "open":
            row.state = "open"
            # Everyone shows the stored value; the other one lives in the conflict. At an
            # equal version too: this laptop's own losing edit may sit on that version.
            self._apply_fields(
                s,
                c.entity,
                c.entity_id,
                {c.field: (c.current_value, c.current_version)},
                pending,
                report,
                equal_too=True,
            )

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


# --- helpers ------------------------------------------------------------------------------


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


def _raise_version(s: Session, entity: str, entity_id: str, name: str, version: int) -> None:
    row = s.get(FieldVersion, (entity, entity_id, name))
    if row is None:
        s.add(FieldVersion(entity=entity, entity_id=entity_id, field=name, version=version))
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
