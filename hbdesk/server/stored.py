"""A record's current fields as the server keeps them, wherever they are kept.

A record that changes (an upsert) keeps one `field_state` row per field, with its version
and who set it. An append-only record is written once by its one op and never changes: it
is one `appended_records` row holding all its fields (every version 1). Records an older
server stored field by field stay in `field_state` and are read from there, so every
reader asks here and sees both the same way: each record once, its fields decoded.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.engine import Connection

from hbdesk.server import db

_CHUNK = 500  # ids per query

_FS = db.field_state
_AP = db.appended


@dataclass
class Record:
    """One record's client and fields ({name: decoded value}; versions {name: version})."""

    client_id: str | None
    values: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)


Key = tuple[str, str]  # (entity, entity id)


def records(
    conn: Connection,
    *,
    entities: Collection[str] | None = None,
    client_ids: Collection[str] | None = None,
    fields: Collection[str] | None = None,
) -> dict[Key, Record]:
    """The records of these entities and clients (None: any), with only `fields` (None:
    all of them). Deleted records are included with their `_deleted` field."""
    found: dict[Key, Record] = {}
    chunks: list[list[str] | None] = [None]
    if client_ids is not None:
        ids = sorted(set(client_ids))
        chunks = [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]
    wanted = set(fields) if fields is not None else None
    for chunk in chunks:
        fs_where: list[ColumnElement[bool]] = []
        ap_where: list[ColumnElement[bool]] = []
        if entities is not None:
            fs_where.append(_FS.c.entity.in_(sorted(entities)))
            ap_where.append(_AP.c.entity.in_(sorted(entities)))
        if chunk is not None:
            fs_where.append(_FS.c.client_id.in_(chunk))
            ap_where.append(_AP.c.client_id.in_(chunk))
        if fields is not None:
            fs_where.append(_FS.c.field.in_(sorted(fields)))
        _field_rows(conn, fs_where, found)
        _appended_rows(conn, ap_where, wanted, found)
    return found


def _field_rows(
    conn: Connection, where: list[ColumnElement[bool]], found: dict[Key, Record]
) -> None:
    query = select(
        _FS.c.entity, _FS.c.entity_id, _FS.c.client_id, _FS.c.field, _FS.c.value, _FS.c.version
    ).where(*where)
    for entity, entity_id, client_id, name, value, version in conn.execute(query):
        record = found.get((entity, entity_id))
        if record is None:
            record = found[(entity, entity_id)] = Record(client_id)
        record.values[name] = json.loads(value) if value is not None else None
        record.versions[name] = int(version)


def _appended_rows(
    conn: Connection,
    where: list[ColumnElement[bool]],
    wanted: set[str] | None,
    found: dict[Key, Record],
) -> None:
    query = select(_AP.c.entity, _AP.c.entity_id, _AP.c.client_id, _AP.c.fields).where(*where)
    for entity, entity_id, client_id, text in conn.execute(query):
        values = json.loads(text)
        if wanted is not None:
            values = {k: v for k, v in values.items() if k in wanted}
        found[(entity, entity_id)] = Record(client_id, values, dict.fromkeys(values, 1))


APPENDED_COLUMNS = ("entity", "entity_id", "client_id", "fields", "op_id", "device_id")
_APPENDED_TYPES = dict.fromkeys(APPENDED_COLUMNS, "text")


def put_appended(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """New append-only records, as rows in APPENDED_COLUMNS' order (`fields` canonical
    JSON). A record already there raises IntegrityError (a push that lost a race)."""
    if conn.dialect.name == "postgresql":
        db.pg_insert(
            conn, _AP, _APPENDED_TYPES, [dict(zip(APPENDED_COLUMNS, r, strict=True)) for r in rows]
        )
    else:
        db.insert_rows(conn, _AP, APPENDED_COLUMNS, rows)
