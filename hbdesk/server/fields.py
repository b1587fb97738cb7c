"""Field versions during one push: read once, applied in memory op by op, written once.

A day's work is a few hundred ops; reading and writing each field as its op is judged
cost a database round trip per statement — thousands per push, each one slower the busier
the machine. A push's `Fields` reads every record its ops touch with one query per table,
lets each op see what the ops before it in the same batch did (exactly as if written), and
at the end writes what changed: one statement for new fields, one for changed ones, and the
report's copy (projection.py) likewise. Conflicts, rare, are written when they open.

The rules (store.py's module doc): an upsert whose base version equals the current version
bumps it; the same laptop editing a field again before it heard back builds on its own
edit; the same value agrees; anything else opens a conflict that keeps both values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from hbdesk.protocol import messages as p
from hbdesk.server import db, projection, stored
from hbdesk.server.scope import new_id_text, now_utc

DELETED = db.DELETED
canonical = db.canonical
_FS = db.field_state


@dataclass
class FieldState:
    value: str | None  # canonical JSON
    version: int
    op_id: str
    client_id: str | None
    device_id: str | None
    chain_base: int | None
    stored: bool = True  # a row in the database already (False: new in this batch)


Record = dict[str, FieldState]


class Fields:
    """The fields of the records one push touches, as the push changes them."""

    def __init__(self, conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
        self.conn = conn
        self.records: dict[tuple[str, str], Record] = {key: {} for key in keys}
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in self.records:
            by_entity.setdefault(entity, []).append(entity_id)
        for entity, ids in sorted(by_entity.items()):
            ids.sort()
            rows = db.rows_in(conn, _FS, _FIELD_COLUMNS, "entity_id", ids, entity=entity)
            for r in rows:
                self.records[(entity, r.entity_id)][r.field] = FieldState(
                    r.value, r.version, r.op_id, r.client_id, r.device_id, r.chain_base
                )
            self._read_appended(entity, ids)
        self._changed: set[tuple[str, str, str]] = set()
        self._appended: list[tuple[Any, ...]] = []  # new append-only records (stored.py)
        self._report: dict[tuple[str, str], tuple[str, dict[str, Any] | None]] = {}

    def _read_appended(self, entity: str, ids: list[str]) -> None:
        """Append-only records, kept as one row each: every field at version 1, set by the
        record's one op (its base 0)."""
        columns = ("entity_id", "client_id", "fields", "op_id", "device_id")
        for r in db.rows_in(self.conn, db.appended, columns, "entity_id", ids, entity=entity):
            self.records[(entity, r.entity_id)] = {
                name: FieldState(canonical(value), 1, r.op_id, r.client_id, r.device_id, 0)
                for name, value in json.loads(r.fields).items()
            }

    def record(self, entity: str, entity_id: str) -> Record:
        return self.records.setdefault((entity, entity_id), {})

    def apply(self, op: p.Op) -> tuple[dict[str, int], dict[str, int], list[str]]:
        """Apply what the bases allow. Returns (applied, agreed, opened conflict ids)."""
        current = self.record(op.entity, op.entity_id)
        applied: dict[str, int] = {}
        agreed: dict[str, int] = {}
        opened: list[str] = []
        if op.kind == "append" and not current:  # a new append-only record: one row
            return self._append(op, current), {}, []
        for name, (value, base) in _changes(op, current).items():
            row = current.get(name)
            version = row.version if row is not None else 0
            chained = row is not None and row.device_id == op.device_id and base == row.chain_base
            # `chained`: the same laptop edited the field again before it heard back; its own
            # earlier edit is what this one builds on, not a rival — no conflict with itself.
            if op.kind == "append" or base == version or chained:
                current[name] = FieldState(
                    canonical(value),
                    version + 1,
                    op.op_id,
                    op.client_id,
                    op.device_id,
                    base,
                    stored=row is not None and row.stored,
                )
                self._changed.add((op.entity, op.entity_id, name))
                applied[name] = version + 1
            elif row is not None and canonical(json.loads(row.value or "null")) == canonical(value):
                agreed[name] = version
            else:
                opened.append(open_conflict(self.conn, op, name, row, value))
        if applied:
            self._project(op, current, applied)
        return applied, agreed, opened

    def _append(self, op: p.Op, current: Record) -> dict[str, int]:
        """A new append-only record: every field at version 1, written as one row."""
        for name, value in op.fields.items():
            current[name] = FieldState(
                canonical(value), 1, op.op_id, op.client_id, op.device_id, 0, stored=True
            )  # `stored`: never a field_state row to insert (the record is one row, below)
        self._appended.append(
            (op.entity, op.entity_id, op.client_id, canonical(op.fields), op.op_id, op.device_id)
        )
        applied = dict.fromkeys(op.fields, 1)
        if applied:
            self._project(op, current, applied)
        return applied

    def _project(self, op: p.Op, current: Record, applied: dict[str, int]) -> None:
        values = {name: True if op.kind == "delete" else op.fields[name] for name in applied}
        change = projection.change_of(op.entity, op.entity_id, op.client_id, current, values)
        if change is not None:
            self._report[(op.entity, op.entity_id)] = change

    def write(self) -> None:
        """Write every changed field, the new append-only records, and the report's copy
        of the changed records."""
        stored.put_appended(self.conn, sorted(self._appended))
        rows = []
        for entity, entity_id, name in sorted(self._changed):
            f = self.records[(entity, entity_id)][name]
            rows.append(
                {
                    "entity": entity,
                    "entity_id": entity_id,
                    "field": name,
                    "value": f.value,
                    "version": f.version,
                    "op_id": f.op_id,
                    "client_id": f.client_id,
                    "device_id": f.device_id,
                    "chain_base": f.chain_base,
                    "stored": f.stored,
                }
            )
        if self.conn.dialect.name == "postgresql":
            # New fields are inserted, never upserted: a field another push added meanwhile
            # (a record id used by two clients) fails this push, which is then judged again.
            db.pg_insert(self.conn, _FS, _FIELD_TYPES, [r for r in rows if not r["stored"]])
            db.pg_update(self.conn, _FS, _FIELD_TYPES, [r for r in rows if r["stored"]])
        else:
            inserts = [_bound(r) for r in rows if not r["stored"]]
            updates = [_bound(r) for r in rows if r["stored"]]
            if inserts:
                self.conn.execute(_INSERT_FIELD, inserts)
            if updates:
                self.conn.execute(_UPDATE_FIELD, updates)
        projection.write_changes(self.conn, self._report)


def _changes(op: p.Op, current: Record) -> dict[str, tuple[Any, int]]:
    """{field: (value, base version)} that the op asks for."""
    if op.kind == "append":
        return {name: (value, 0) for name, value in op.fields.items()}
    bases = op.base_versions or {}
    if op.kind == "delete":
        stale = any(
            name in current and current[name].version != base for name, base in bases.items()
        )
        now = current.get(DELETED)
        return {DELETED: (True, -1 if stale else (now.version if now is not None else 0))}
    return {name: (value, bases[name]) for name, value in op.fields.items()}


_FIELD_COLUMNS = (
    "entity_id",
    "field",
    "value",
    "version",
    "op_id",
    "client_id",
    "device_id",
    "chain_base",
)
_FIELD_TYPES = {
    "entity": "text",
    "entity_id": "text",
    "field": "text",
    "client_id": "text",
    "value": "text",
    "version": "integer",
    "op_id": "text",
    "device_id": "text",
    "chain_base": "integer",
}


def _bound(row: dict[str, Any]) -> dict[str, Any]:
    """A field row for _INSERT_FIELD / _UPDATE_FIELD (the key columns as b_ parameters)."""
    out = {k: v for k, v in row.items() if k not in ("entity", "entity_id", "field", "stored")}
    return {
        **out,
        "b_entity": row["entity"],
        "b_entity_id": row["entity_id"],
        "b_field": row["field"],
    }


_INSERT_FIELD = insert(_FS).values(
    entity=bindparam("b_entity"), entity_id=bindparam("b_entity_id"), field=bindparam("b_field")
)
_UPDATE_FIELD = update(_FS).where(
    _FS.c.entity == bindparam("b_entity"),
    _FS.c.entity_id == bindparam("b_entity_id"),
    _FS.c.field == bindparam("b_field"),
)


def open_conflict(conn: Connection, op: p.Op, name: str, row: FieldState | None, value: Any) -> str:
    conflict_id = new_id_text()
    conn.execute(
        insert(db.conflicts).values(
            conflict_id=conflict_id,
            client_id=op.client_id,
            entity=op.entity,
            entity_id=op.entity_id,
            field=name,
            state="open",
            current_value=row.value if row is not None else canonical(None),
            current_version=row.version if row is not None else 0,
            current_op_id=row.op_id if row is not None else None,
            proposed_value=canonical(value),
            proposed_op_id=op.op_id,
            created_at=now_utc(),
        )
    )
    return conflict_id


def conflict_matches(conn: Connection, op: p.Op) -> bool:
    row = conn.execute(
        select(db.conflicts).where(db.conflicts.c.conflict_id == op.resolves_conflict)
    ).first()
    return (
        row is not None
        and row.entity == op.entity
        and row.entity_id == op.entity_id
        and row.field in op.fields
    )


def settle(conn: Connection, op: p.Op, fields: Fields, feed: Callable[..., int]) -> None:
    """A person chose a value: the conflict is resolved once that value is current."""
    table = db.conflicts
    row = conn.execute(select(table).where(table.c.conflict_id == op.resolves_conflict)).one()
    current = fields.record(row.entity, row.entity_id).get(row.field)  # the op's own record
    if row.state == "open" and current is not None and current.op_id == op.op_id:
        conn.execute(
            update(table)
            .where(table.c.conflict_id == row.conflict_id)
            .values(state="resolved", resolved_by_op=op.op_id)
        )
        feed("conflict", row.client_id, row.conflict_id)
