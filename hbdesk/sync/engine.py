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
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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
from hbdesk.protocol import schema
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
            report.pending_left = int(s.scalar(COUNT_IN_STATE, {"b_state": "pending"}) or 0)
            if report.clean:
                _set_state(s, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
        return report

    # --- push -------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        while True:
            with self._sessions() as s:
                rows = s.scalars(_BATCH, {"b_state": "pending", "b_limit": self._batch}).all()
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
        """Mark the batch's ops sent or failed and raise the field versions the server
        reports: a few statements for the whole batch, not a query per op and field."""
        by_op = {op.op_id: op for op in ops}
        # Found by their local sequence, not their op id: the batch's ops sit together at the
        # end of that index, wherever their ids fall in the op id index (which grows with the
        # history and is cold after an unlock; ops made before UUIDv7 ids have random ones).
        known = {
            op_id
            for op_id, seq in s.execute(_BY_LOCAL_SEQ, {"b_seqs": [op.local_seq for op in ops]})
            if op_id in by_op and by_op[op_id].local_seq == seq
        }
        sent: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        versions: dict[tuple[str, str, str], int] = {}
        for result in results:
            op = by_op.get(result.op_id)
            if op is None or result.op_id not in known:
                continue
            if result.status == "rejected":
                error = (result.reason or "rejected")[:100]
                failed.append({"b_seq_local": op.local_seq, "b_error": error, "b_state": "failed"})
                report.failed[op.op_id] = error
                continue
            sent.append(
                {"b_seq_local": op.local_seq, "b_seq": result.server_seq, "b_state": "sent"}
            )
            if result.status == "stored":
                report.sent += 1
            else:
                report.duplicates += 1
            if op.entity in _APPEND_ONLY:
                continue  # written once and never changed: its versions are never needed
            for name, version in result.versions.items():
                key = (op.entity, op.entity_id, name)
                versions[key] = max(version, versions.get(key, version))
        if sent:
            s.execute(_MARK_SENT, sent)
        if failed:
            s.execute(_MARK_FAILED, failed)
        _raise_versions(s, versions)

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
        """Apply the changes; those that could not be, with the reason.

        The whole set first, in one savepoint with the field versions read and written at
        once. Only when that fails is each change applied on its own savepoint (so one bad
        change never holds up the rest), and a record that came before the one it refers to
        (child first, or across pages) is tried again while anything more applies.
        """
        refused = [(c, c.refusal) for c in changes if c.refusal]
        todo = [c for c in changes if not c.refusal]
        if not todo:
            return refused
        try:
            with s.begin_nested():
                state = _PageState.load(s, self._tables, todo)
                for change in todo:
                    self._apply_fields(s, change, pending, report, state)
                state.flush(s)
            return refused
        except Exception as exc:
            if not pull_failures.cannot_apply(exc):
                raise
        failed = [(c, r) for c in todo if (r := self._try(s, c, pending, report))]
        while failed:
            still = [(c, r) for c, _ in failed if (r := self._try(s, c, pending, report))]
            if len(still) == len(failed):
                break
            failed = still
        return refused + failed

    def _try(
        self, s: Session, change: Change, pending: set[tuple[str, str, str]], report: SyncReport
    ) -> str | None:
        """Apply one change in a savepoint of its own; why it could not be, or None."""
        if change.refusal:
            return change.refusal
        try:
            with s.begin_nested():
                state = _PageState.load(s, self._tables, [change])
                self._apply_fields(s, change, pending, report, state)
                state.flush(s)
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
        rows = s.execute(_NOT_SENT, {"b_sent": "sent"}).all()
        for entity, entity_id, fields, kind in rows:
            names = [DELETED] if kind == "delete" else list(json.loads(fields or "{}"))
            found.update((entity, entity_id, n) for n in names)
        return found

    def _apply_fields(
        self,
        s: Session,
        change: Change,
        pending: set[tuple[str, str, str]],
        report: SyncReport,
        state: _PageState,
    ) -> None:
        entity, entity_id = change.entity, change.entity_id
        table = self._tables.get(entity)
        if table is None or entity in LOCAL_ONLY_TABLES:
            report.skipped_entities.add(entity)  # unknown here (newer app) or never synced
            return
        if entity in _APPEND_ONLY:  # written once, never changed: taken when not here yet
            if not state.exists(table, entity_id):
                taken = {
                    n: from_json(table.c[n], v)
                    for n, (v, _) in change.fields.items()
                    if n in table.c
                }
                state.write_row(s, table, entity_id, taken, False)
            return
        if state.version(entity, entity_id, DELETED) is not None and DELETED not in change.fields:
            return  # the record was deleted since: nothing of it comes back
        values: dict[str, Any] = {}
        deleted = False
        for name, (value, version) in change.fields.items():
            if (entity, entity_id, name) in pending:
                continue  # the person's unsent edit stays; the server will see the conflict
            current = state.version(entity, entity_id, name)
            if current is not None and (
                current > version or (current == version and not change.equal_too)
            ):
                continue
            state.set_version(entity, entity_id, name, version)
            if name == DELETED:
                deleted = bool(value)
            elif name in table.c:
                values[name] = from_json(table.c[name], value)
        state.write_row(s, table, entity_id, values, deleted)

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


# Issued decisions, spending, confirmations, the access log…: a record is written once and
# never changed (triggers refuse it), so the laptop keeps no field versions for it.
_APPEND_ONLY = frozenset(name for name, e in schema.ENTITIES.items() if e.append_only)
_OUTBOX = cast(Table, OutboxOp.__table__)
_VERSIONS = cast(Table, FieldVersion.__table__)
# The statements of a sync hold placeholders only, their values given at each execution:
# so they are compiled once per process, not again after every unlock (store/shapes.py).
COUNT_IN_STATE = (
    select(func.count()).select_from(OutboxOp).where(OutboxOp.state == bindparam("b_state"))
)
_BATCH = (
    select(OutboxOp)
    .where(OutboxOp.state == bindparam("b_state"))
    .order_by(OutboxOp.local_seq)
    .limit(bindparam("b_limit"))
)
_BY_LOCAL_SEQ = select(_OUTBOX.c.op_id, _OUTBOX.c.local_seq).where(
    _OUTBOX.c.local_seq.in_(bindparam("b_seqs", expanding=True))
)
# "Not sent" as two ranges, so that the index on state is used: the sent ops are most of
# the outbox and grow with the history.
_NOT_SENT = select(OutboxOp.entity, OutboxOp.entity_id, OutboxOp.fields, OutboxOp.kind).where(
    or_(OutboxOp.state < bindparam("b_sent"), OutboxOp.state > bindparam("b_sent"))
)
_VERSIONS_OF = select(_VERSIONS.c.entity_id, _VERSIONS.c.field, _VERSIONS.c.version).where(
    _VERSIONS.c.entity == bindparam("b_entity"),
    _VERSIONS.c.entity_id.in_(bindparam("b_ids", expanding=True)),
)
# By local sequence (see _take_results), for ops `known` to hold that sequence.
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.local_seq == bindparam("b_seq_local"))
    .values(state=bindparam("b_state"), error=None, server_seq=bindparam("b_seq"))
)
_MARK_FAILED = (
    update(_OUTBOX)
    .where(_OUTBOX.c.local_seq == bindparam("b_seq_local"))
    .values(state=bindparam("b_state"), error=bindparam("b_error"))
)


def _upsert_versions(keep_higher: bool) -> Any:
    stmt = sqlite_insert(_VERSIONS)
    newer = stmt.excluded.version
    return stmt.on_conflict_do_update(
        index_elements=[_VERSIONS.c.entity, _VERSIONS.c.entity_id, _VERSIONS.c.field],
        set_={"version": func.max(_VERSIONS.c.version, newer) if keep_higher else newer},
    )


def _raise_versions(s: Session, versions: dict[tuple[str, str, str], int]) -> None:
    """Field versions the server reports: new ones added, older ones raised, in one go."""
    if versions:
        rows = [
            {"entity": e, "entity_id": i, "field": f, "version": v}
            for (e, i, f), v in versions.items()
        ]
        s.execute(_upsert_versions(keep_higher=True), rows)


class _PageState:
    """What applying a set of pulled changes needs to know of the vault, read at once: the
    field versions of the records they touch and which of those records exist. The versions
    taken are written together (`flush`)."""

    def __init__(self) -> None:
        self._versions: dict[tuple[str, str, str], int] = {}
        self._exists: set[tuple[str, str]] = set()
        self._taken: dict[tuple[str, str, str], int] = {}

    @classmethod
    def load(cls, s: Session, tables: dict[str, Table], changes: list[Change]) -> _PageState:
        state = cls()
        ids: dict[str, set[str]] = {}
        for change in changes:
            ids.setdefault(change.entity, set()).add(change.entity_id)
        for entity, wanted in ids.items():
            for chunk in _chunks(sorted(wanted), 500):
                state._load_rows(s, tables.get(entity), chunk)
                if entity in _APPEND_ONLY:
                    continue  # no versions needed (see _apply_fields)
                rows = s.execute(_VERSIONS_OF, {"b_entity": entity, "b_ids": chunk})
                for entity_id, name, version in rows:
                    state._versions[(entity, entity_id, name)] = version
        return state

    def _load_rows(self, s: Session, table: Table | None, ids: list[str]) -> None:
        if table is None or table.name in LOCAL_ONLY_TABLES:
            return
        pk = list(table.primary_key.columns)
        if len(pk) == 1:
            among = pk[0].in_(bindparam("b_ids", expanding=True))
            found = s.execute(select(pk[0]).where(among), {"b_ids": ids}).scalars()
            self._exists.update((table.name, str(i)) for i in found)

    def exists(self, table: Table, entity_id: str) -> bool:
        return (table.name, entity_id) in self._exists

    def version(self, entity: str, entity_id: str, name: str) -> int | None:
        return self._versions.get((entity, entity_id, name))

    def set_version(self, entity: str, entity_id: str, name: str, version: int) -> None:
        self._versions[(entity, entity_id, name)] = version
        self._taken[(entity, entity_id, name)] = version

    def flush(self, s: Session) -> None:
        if self._taken:
            rows = [
                {"entity": e, "entity_id": i, "field": f, "version": v}
                for (e, i, f), v in self._taken.items()
            ]
            s.execute(_upsert_versions(keep_higher=False), rows)
            self._taken = {}

    def write_row(
        self, s: Session, table: Table, entity_id: str, values: dict[str, Any], deleted: bool
    ) -> None:
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            return  # records synced by op have one id column
        key, here = pk[0], (table.name, entity_id)
        if deleted:
            if _unless_append_only(s, delete(table).where(key == entity_id)):
                self._exists.discard(here)
        elif not values:
            return
        elif here in self._exists:
            _unless_append_only(s, table.update().where(key == entity_id).values(**values))
        else:
            s.execute(table.insert().values(**{key.name: entity_id, **values}))
            self._exists.add(here)


def _unless_append_only(s: Session, statement: Any) -> bool:
    """Change a row unless the vault refuses it (an issued record): then it stays as issued.
    True when the change was made."""
    try:
        with s.begin_nested():
            s.execute(statement)
    except IntegrityError as exc:
        if "append_only" not in str(exc.orig):
            raise
        log.warning("a pulled change of an append-only record was not applied")
        return False
    return True


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
