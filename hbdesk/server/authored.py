"""Changes the server itself makes for a source other than a laptop: the client in Oma HB,
the person they authorised, or the county's money systems (e-invoices, mobile payments).

They travel exactly like a laptop's changes: each is an op, checked by the registry
(`hbdesk.protocol.schema`), stored through the same push path (`store.push`), given its
place in the feed, and pulled by every laptop holding the client. A field changed on a
laptop and here from the same base becomes a conflict for a person, never last-write-wins.

A source names itself (`device_id` "server:…", never a laptop's id) and its author; it may
touch only a client the server knows and has not closed. Which client is the source's own
business (Oma HB: the logged-in person's own record or a valid mandate; money: a matched
reference) — checked before calling `write`. Idempotent: a change with a `key` (an
issuer's own id, a form's one-time token) gets an op id derived from it, so the same change
sent twice is stored once and answered "duplicate".
"""

from __future__ import annotations

import datetime as dt
import functools
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from hbdesk.protocol import messages as p
from hbdesk.server import db, store
from hbdesk.server.ids import name_uuid
from hbdesk.server.scope import now_utc

# One namespace for op ids derived from a source's own keys (uuid5: stable, not guessable
# back into the key without the key).
_NAMESPACE = uuid.UUID("6a1f3c52-3b1e-4d8e-9a57-2f1d0c9b7e41")


@dataclass(frozen=True)
class Source:
    """Who makes the change: `device_id` "server:<system>"; `author` as people will read it."""

    device_id: str  # e.g. "server:oma-hb", "server:money"
    author: str  # e.g. "client", "authorised:…", "e-lasku: Avustajapalvelut Oy"
    author_role: str  # e.g. "client", "authorised_person", "source_system"

    def __post_init__(self) -> None:
        if not self.device_id.startswith("server:"):
            raise ValueError("a server source's device id starts with 'server:'")


@dataclass(frozen=True)
class Change:
    """One record's change: a new append-only record, or fields of an existing record."""

    client_id: str
    entity: str
    entity_id: str
    fields: Mapping[str, p.JsonValue]
    kind: Literal["append", "upsert"] = "append"
    key: str | None = None  # the source's own id for this change: makes a retry harmless
    extra: dict[str, str] = field(default_factory=dict)  # not sent: the caller's own notes


@functools.lru_cache(maxsize=8192)  # a money import asks for each key's id twice
def op_id_for(source: Source, key: str) -> str:
    """The op id a keyed change always gets (the same key from the same source: one op)."""
    return name_uuid(_NAMESPACE, f"{source.device_id}\x1f{key}")


def write(engine: Engine, source: Source, changes: Iterable[Change]) -> list[p.OpResult]:
    """Store the changes as ops of `source`; one result per change, in order.

    New append-only records only (a money import's entries) are stored many at once."""
    changes = list(changes)
    appending = bool(changes) and all(c.kind == "append" for c in changes)
    with db.read_tx(engine) as conn:  # let go before the write takes a connection of its own
        if appending:
            appends = _appends(conn, source, changes)
        else:
            ops = _ops(conn, source, changes)
    if appending:
        return store.push_appends(engine, _caller(source), appends)
    return store.push(engine, _caller(source), ops, frozenset())


def write_in(conn: Connection, source: Source, changes: Iterable[Change]) -> list[store.Judged]:
    """As `write`, inside the caller's administration transaction (`db.write_tx`), so that
    what the caller writes beside (a money import's notes of its items) commits with it.
    Each change's verdict in order (status, reason, seq)."""
    changes = list(changes)
    if changes and all(c.kind == "append" for c in changes):
        return store.append_new(conn, _caller(source), _appends(conn, source, changes))
    return store.push_in(conn, _caller(source), _ops(conn, source, changes))


def _caller(source: Source) -> store.Caller:
    return store.Caller(source.device_id, caseworker_id=None)


def _ops(conn: Connection, source: Source, changes: list[Change]) -> list[p.Op]:
    stored = _stored_ops(conn, [op_id_for(source, c.key) for c in changes if c.key])
    now = now_utc()  # the moment the batch is written: each op's label for people
    return [_op(conn, source, change, i, stored, now) for i, change in enumerate(changes)]


def _appends(conn: Connection, source: Source, changes: list[Change]) -> list[store.Appended]:
    """`_ops` of new append-only records, each made as `store.NewAppend` when its values
    are plainly what `p.Op` takes (every one a money import makes), else by the model."""
    stored = _stored_ops(conn, [op_id_for(source, c.key) for c in changes if c.key])
    now = now_utc()
    seq = time.time_ns() // 1000  # as `_op`: the moment, and the change's place in the batch
    made: list[store.Appended] = []
    for index, change in enumerate(changes):
        op_id = op_id_for(source, change.key) if change.key else str(uuid.uuid4())
        again = stored.get(op_id) if change.key else None
        op = None
        if again is None or not _same_change(again, change):
            op = store.new_append(
                op_id,
                source.device_id,
                change.client_id,
                change.entity,
                change.entity_id,
                dict(change.fields),
                source.author,
                source.author_role,
                now,
                seq + index,
            )
        made.append(op or _op(conn, source, change, index, stored, now, op_id))
    return made


def _op(
    conn: Connection,
    source: Source,
    change: Change,
    index: int,
    stored_ops: Mapping[str, p.Op],
    now: dt.datetime,
    op_id: str | None = None,
) -> p.Op:
    if op_id is None:
        op_id = op_id_for(source, change.key) if change.key else str(uuid.uuid4())
    if change.key:
        stored = stored_ops.get(op_id)
        if stored is not None and _same_change(stored, change):
            return stored  # sent again: the very op stored before ("duplicate")
    bases = None
    if change.kind == "upsert":
        bases = _current_versions(conn, change.entity, change.entity_id, change.fields)
    return p.Op(
        op_id=op_id,
        device_id=source.device_id,
        client_id=change.client_id,
        entity=change.entity,
        entity_id=change.entity_id,
        kind=change.kind,
        fields=dict(change.fields),
        base_versions=bases,
        author=source.author,
        author_role=source.author_role,
        local_time=now,
        # A source has no outbox: its order among its own ops is the moment it wrote them.
        local_seq=time.time_ns() // 1000 + index,
    )


def _stored_ops(conn: Connection, op_ids: list[str]) -> dict[str, p.Op]:
    """The ops stored under these ids (a keyed change sent before), read at once."""
    rows = db.rows_in(conn, db.ops, ("op_id", "body"), "op_id", op_ids)
    return {r.op_id: p.Op.model_validate_json(r.body) for r in rows}


def _same_change(op: p.Op, change: Change) -> bool:
    return (op.client_id, op.entity, op.entity_id, op.kind, op.fields) == (
        change.client_id,
        change.entity,
        change.entity_id,
        change.kind,
        dict(change.fields),
    )


def _current_versions(
    conn: Connection, entity: str, entity_id: str, fields: Mapping[str, object]
) -> dict[str, int]:
    """The server's current version of each field: a source's edit is based on what the
    server holds (a laptop's unsent rival edit then meets it as a conflict)."""
    fs = db.field_state
    rows = conn.execute(
        select(fs.c.field, fs.c.version).where(
            fs.c.entity == entity, fs.c.entity_id == entity_id, fs.c.field.in_(list(fields))
        )
    ).all()
    known = {r.field: int(r.version) for r in rows}
    return {name: known.get(name, 0) for name in fields}
