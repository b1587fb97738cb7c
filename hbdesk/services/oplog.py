"""Collects every changed record of a service transaction and writes its outbox ops.

Session events see each flush: inserted records with all their columns, updated records
with the columns that changed, deleted records. A new record can also skip the unit of work
(`insert_new`: one INSERT now, collected the same way). Append-only records (issued
decisions, spending, confirmations, the access log) refuse updates and deletes for every
session.

The ops themselves and the device's counter are written with plain INSERT/UPSERT statements,
not ORM objects: each statement and each flush costs (with SQLCipher's memory security every
statement locks and wipes its memory), and these rows are never read back in the transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ScalarSelect, Table, bindparam, event, func, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapper, Session, UOWTransaction

from hbdesk.models.base import utcnow
from hbdesk.models.codec import to_json
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id
from hbdesk.models.outbox import (
    LOCAL_ONLY_TABLES,
    REFERENCE_TABLES,
    FieldVersion,
    OutboxOp,
    SyncState,
)
from hbdesk.models.vocab import Action

_KEY = "hbdesk_oplog"
SEQ_KEY = "local_seq"
_SEQ_CACHE = "hbdesk_last_local_seq"


@dataclass
class Collected:
    """One record's change within the transaction (merged over every flush)."""

    entity: str
    entity_id: str
    client_id: str | None
    obj: Any
    inserted: bool = False
    deleted: bool = False
    fields: set[str] = field(default_factory=set)
    resolves_conflict: str | None = None

    @property
    def append_only(self) -> bool:
        return bool(getattr(type(self.obj), "__append_only__", False))

    @property
    def ref(self) -> str:
        return f"{self.entity}:{self.entity_id}"


def start(session: Session) -> None:
    """Begin collecting this session's changes (services call it; sync's sessions do not)."""
    session.info[_KEY] = {}


def suspend(session: Session) -> Any:
    """Set the current collection aside (a savepoint collects its own)."""
    return session.info.pop(_KEY, None)


def resume(session: Session, saved: Any) -> None:
    session.info.pop(_KEY, None)
    if saved is not None:
        session.info[_KEY] = saved


def collected(session: Session) -> dict[tuple[str, str], Collected]:
    return dict(session.info.get(_KEY, {}))


def _mapper(obj: Any) -> Mapper[Any]:
    mapper: Mapper[Any] = inspect(type(obj))
    return mapper


def _table(obj: Any) -> str:
    return str(cast(Table, _mapper(obj).local_table).name)


def _entity_id(obj: Any) -> str:
    keys = _mapper(obj).primary_key_from_instance(obj)
    return ":".join(str(k) for k in keys)


def _client_id(obj: Any, table: str) -> str | None:
    if table == "clients":
        return str(obj.id)
    value = getattr(obj, "client_id", None)
    return str(value) if value is not None else None


def _column_keys(obj: Any) -> list[str]:
    return [prop.key for prop in _mapper(obj).column_attrs]


def _changed_keys(obj: Any) -> set[str]:
    state = inspect(obj)
    return {key for key in _column_keys(obj) if state.attrs[key].history.has_changes()}


@event.listens_for(Session, "before_flush")
def _refuse_edits_of_append_only(session: Session, ctx: UOWTransaction, _: Any) -> None:
    for obj in session.dirty:
        if getattr(type(obj), "__append_only__", False) and _changed_keys(obj):
            raise DomainError("append_only", _table(obj))
    for obj in session.deleted:
        if getattr(type(obj), "__append_only__", False):
            raise DomainError("append_only", _table(obj))


@event.listens_for(Session, "after_flush")
def _collect(session: Session, ctx: UOWTransaction) -> None:
    store: dict[tuple[str, str], Collected] | None = session.info.get(_KEY)
    if store is None:
        return
    for kind, objs in (("new", session.new), ("dirty", session.dirty), ("gone", session.deleted)):
        for obj in objs:
            table = _table(obj)
            if table in LOCAL_ONLY_TABLES:
                continue
            fields = set(_column_keys(obj)) if kind == "new" else _changed_keys(obj)
            if kind == "dirty" and not fields:
                continue
            key = (table, _entity_id(obj))
            item = store.setdefault(key, Collected(table, key[1], _client_id(obj, table), obj))
            item.inserted |= kind == "new"
            item.deleted |= kind == "gone"
            item.fields |= fields


def track_new(session: Session, obj: Any) -> None:
    """Collect a new record that is not flushed yet (its id and fields are already set)."""
    store: dict[tuple[str, str], Collected] | None = session.info.get(_KEY)
    if store is None:
        return
    table = _table(obj)
    key = (table, _entity_id(obj))
    store[key] = Collected(
        table, key[1], _client_id(obj, table), obj, inserted=True, fields=set(_column_keys(obj))
    )


def insert_new(session: Session, obj: Any) -> None:
    """Write a new record now, with one INSERT and no unit of work, and collect it as a flush
    would (every column, as an insert). Column defaults are applied to `obj` first, as a
    flush applies them; `obj` stays outside the session (the caller keeps its values)."""
    mapper = _mapper(obj)
    table = cast(Table, mapper.local_table)
    values: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        column = table.c[prop.columns[0].key]
        value = getattr(obj, prop.key)
        if value is None and column.default is not None:
            default = column.default
            value = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
            setattr(obj, prop.key, value)
        values[column.key] = value
    session.connection().execute(table.insert(), values)
    track_new(session, obj)


def force_field(session: Session, obj: Any, name: str, conflict_id: str) -> None:
    """Send `name` of this record even if its value did not change (settling a conflict)."""
    store: dict[tuple[str, str], Collected] = session.info[_KEY]
    table = _table(obj)
    key = (table, _entity_id(obj))
    item = store.setdefault(key, Collected(table, key[1], _client_id(obj, table), obj))
    item.fields.add(name)
    item.resolves_conflict = conflict_id


def changes_by_client(items: dict[tuple[str, str], Collected]) -> dict[str, tuple[str, list[str]]]:
    """For the access log: per client, "create" (only new records) or "change", and the refs."""
    result: dict[str, tuple[str, list[str]]] = {}
    for item in items.values():
        if item.client_id is None or item.entity == "access_log":
            continue
        action, refs = result.get(item.client_id, (Action.CREATE.value, []))
        if not item.inserted or item.deleted:
            action = Action.CHANGE.value
        result[item.client_id] = (action, [*refs, item.ref])
    return result


# What `reserve_local_seqs` reads, as two columns another SELECT may carry: the counter, and
# the newest op still in the outbox. Built once, as every statement here (building one per
# call costs more than the SQL it sends).
SEQ_COLUMNS: tuple[ScalarSelect[Any], ScalarSelect[Any]] = (
    select(SyncState.value).where(SyncState.key == SEQ_KEY).scalar_subquery(),
    select(func.max(OutboxOp.local_seq)).scalar_subquery(),
)
_SEQS = select(*SEQ_COLUMNS)
_COUNTER = sqlite_insert(SyncState).values(key=SEQ_KEY, value=bindparam("counter"))
_SET_COUNTER = _COUNTER.on_conflict_do_update(
    index_elements=[SyncState.key], set_={"value": _COUNTER.excluded.value}
)
_INSERT_OPS = cast(Table, OutboxOp.__table__).insert()


def remember_seq(session: Session, counter: Any, newest_op: Any) -> None:
    """What `SEQ_COLUMNS` read, remembered for the transaction (no second read)."""
    session.info[_SEQ_CACHE] = max(int(counter) if counter is not None else 0, newest_op or 0)


def seq_known(session: Session) -> bool:
    return _SEQ_CACHE in session.info


def reserve_local_seqs(session: Session, count: int) -> int:
    """Reserve `count` numbers of the device's own strictly increasing counter; the first.

    The counter lives in sync_state, so it survives sent ops being pruned from the outbox;
    within a transaction it is remembered (a rolled-back savepoint only leaves a gap).
    """
    if not seq_known(session):
        remember_seq(session, *session.connection().execute(_SEQS).one())
    first = int(session.info[_SEQ_CACHE]) + 1
    last = first + count - 1
    session.info[_SEQ_CACHE] = last
    session.connection().execute(_SET_COUNTER, {"counter": str(last)})
    return first


def _known_versions(session: Session, item: Collected) -> dict[str, int]:
    with session.no_autoflush:
        rows = list(
            session.scalars(
                select(FieldVersion).where(
                    FieldVersion.entity == item.entity, FieldVersion.entity_id == item.entity_id
                )
            )
        )
    return {row.field: row.version for row in rows}


def _base_versions(session: Session, item: Collected) -> dict[str, int]:
    if item.inserted:
        return dict.fromkeys(sorted(item.fields), 0)
    known = _known_versions(session, item)
    return {name: known.get(name, 0) for name in sorted(item.fields)}


def _fields(item: Collected) -> dict[str, Any]:
    table = _mapper(item.obj).local_table
    return {name: to_json(table.c[name], getattr(item.obj, name)) for name in sorted(item.fields)}


def write_ops(session: Session, actor: Any, items: dict[tuple[str, str], Collected]) -> None:
    """One outbox op per changed record, in the order the changes were made."""
    now = utcnow()
    todo = [
        item
        for item in items.values()
        if not (item.inserted and item.deleted) and item.entity not in REFERENCE_TABLES
    ]
    if not todo:
        return
    seq = reserve_local_seqs(session, len(todo))
    rows = []
    for offset, item in enumerate(todo):
        bases: dict[str, int] | None
        if item.deleted:  # based on every field version known, so a rival edit is seen
            kind, fields, bases = "delete", {}, _known_versions(session, item)
        elif item.append_only:
            kind, fields, bases = "append", _fields(item), None
        else:
            kind, fields, bases = "upsert", _fields(item), _base_versions(session, item)
        rows.append(
            {
                "op_id": new_id(),
                "local_seq": seq + offset,
                "device_id": actor.device_id,
                "client_id": item.client_id,
                "entity": item.entity,
                "entity_id": item.entity_id,
                "kind": kind,
                "fields": json.dumps(fields, ensure_ascii=False),
                "base_versions": None if bases is None else json.dumps(bases),
                "author": actor.user_id,
                "author_role": actor.role,
                "local_time": now,
                "state": "pending",
                "resolves_conflict": item.resolves_conflict,
                "error": None,
                "server_seq": None,
            }
        )
    session.connection().execute(_INSERT_OPS, rows)
