"""The report's own copy of synced records: one row per live record, only the report's fields.

`field_state` keeps one row per entity, record and field (about five million rows for
10,000 clients over three years); putting a record's fields side by side at report time is
what made the outcomes report slow. `report_records` keeps each live record of the tables
the report reads as one row, written in the same transaction as the push that changed it
(`put`), so it is never out of step with `field_state` (and `appended_records`, where
append-only records are kept one row each):

    entity, entity_id, client_id,
    f1, f2, f3   the record's first three report fields as canonical JSON text (for SQL:
                 the self-assessment answers are summed in the database by these),
    fields       a JSON object of all its report fields (names as in FIELDS).

A deleted record leaves it. Only the fields named in FIELDS are ever copied: never a name,
identity code, address, birth date or record text. When FIELDS changes (a new server
version), `ensure` rebuilds the whole copy from the stored records once, before the next
report.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import Engine, and_, case, delete, func, insert, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from hbdesk.server import db

DELETED = db.DELETED

# The only fields the report (and the catalogue's benefit figures) ever read, per synced
# table. Record text, names, identity codes, addresses and birth dates are deliberately
# absent; a provider is a business, not a person.
FIELDS: dict[str, tuple[str, ...]] = {
    "clients": ("unit", "stage", "created_at", "closed_on"),
    "contacts": ("contacted_on",),
    "closings": ("closed_on", "reason"),
    "decisions": (
        "kind",
        "outcome",
        "granted_sum",
        "chain_id",
        "valid_from",
        "valid_to",
        "decided_on",
        "service_area",
        "budget_id",
    ),
    "spending_entries": (
        "chain_id",
        "method",
        "spent_on",
        "amount",
        "category",
        "recorded_at",
        "reverses_id",
        "provider",
    ),
    "invoice_confirmations": ("entry_id", "confirmed_on", "verdict"),
    "self_assessments": ("answered_on", "created_at"),
    "self_assessment_answers": ("assessment_id", "item_id", "value"),
    "goal_progress": ("goal_lineage_id", "assessed_on", "score"),
    "budgets": ("status",),
    "budget_lines": (
        "budget_id",
        "source",
        "category",
        "service_area",
        "goal_lineage_id",
        "catalogue_code",
        "provider",
    ),
    "plan_entries": ("section", "lineage_id"),
    # Anonymous feedback is not a synced table: the report reads it from `feedback`.
}

# Which FIELDS the copy was made with: a change rebuilds it.
DIGEST = hashlib.sha256(json.dumps(FIELDS, sort_keys=True).encode()).hexdigest()[:16]
MARKER = "report_records_fields"


canonical = db.canonical


def _is_deleted(value: Any) -> bool:
    return value not in (None, False, 0)


_ROW_COLUMNS = ("entity", "entity_id", "client_id", "f1", "f2", "f3", "fields")


def _row(
    entity: str, entity_id: str, client_id: str | None, values: Mapping[str, Any]
) -> dict[str, Any]:
    return dict(zip(_ROW_COLUMNS, _row_values(entity, entity_id, client_id, values), strict=True))


def _row_values(
    entity: str, entity_id: str, client_id: str | None, values: Mapping[str, Any]
) -> tuple[Any, ...]:
    """A record's report row in _ROW_COLUMNS' order (a batch's thousands: no dict each)."""
    names = FIELDS[entity]
    kept = {name: v for name in names if (v := values.get(name)) is not None}
    n1, n2, n3 = _first3(names)
    f1 = None if (v := kept.get(n1)) is None else canonical(v)
    f2 = None if (v := kept.get(n2)) is None else canonical(v)
    f3 = None if (v := kept.get(n3)) is None else canonical(v)
    return (entity, entity_id, client_id, f1, f2, f3, canonical(kept))


@functools.lru_cache(maxsize=64)
def _first3(names: tuple[str, ...]) -> tuple[str, str, str]:
    """The names of f1..f3 (padded with a name no record has)."""
    padded = (*names, "\x00", "\x00", "\x00")
    return padded[0], padded[1], padded[2]


_UPSERTS: dict[str, Any] = {}  # per database dialect, made once


_COLUMNS = {
    "entity": "text",
    "entity_id": "text",
    "client_id": "text",
    "f1": "text",
    "f2": "text",
    "f3": "text",
    "fields": "text",
}


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    dialect = conn.dialect.name
    if dialect == "postgresql":  # one statement, whatever the number of rows
        db.pg_insert(conn, db.report_records, _COLUMNS, rows, update=tuple(_COLUMNS)[2:])
        return
    stmt = _UPSERTS.get(dialect)
    if stmt is None:
        if dialect == "postgresql":
            stmt = postgresql.insert(db.report_records)
        elif dialect == "sqlite":
            stmt = sqlite.insert(db.report_records)
        else:  # pragma: no cover - the server runs on these two only
            raise RuntimeError(f"unsupported database: {dialect}")
        stmt = _UPSERTS[dialect] = stmt.on_conflict_do_update(
            index_elements=["entity", "entity_id"],
            set_={c: stmt.excluded[c] for c in ("client_id", "f1", "f2", "f3", "fields")},
        )
    conn.execute(stmt, rows)


def put(
    conn: Connection,
    entity: str,
    entity_id: str,
    client_id: str | None,
    current: Mapping[str, Any],
    applied: Mapping[str, Any],
) -> None:
    """The record's report row after a push applied `applied` ({field: new value}, a
    deletion as `_deleted: True`) on top of `current` (its stored `field_state` rows by
    field). Nothing to do for tables the report does not read, or when none of the report's
    fields changed; as in `rebuild`, a record without any report field has no row."""
    change = change_of(entity, entity_id, client_id, current, applied)
    if change is not None:
        write_changes(conn, {(entity, entity_id): change})


Change = tuple[str, "dict[str, Any] | None"]  # ("upsert", row) or ("delete", None)


def change_of(
    entity: str,
    entity_id: str,
    client_id: str | None,
    current: Mapping[str, Any],
    applied: Mapping[str, Any],
) -> Change | None:
    """What `put` would write, to be written later with others (`write_changes`); the
    last change of a record is its outcome."""
    names = FIELDS.get(entity)
    if names is None or not (DELETED in applied or any(n in applied for n in names)):
        return None
    if _is_deleted(applied.get(DELETED)):
        return ("delete", None)
    values = {
        n: json.loads(current[n].value)
        for n in names
        if n in current and current[n].value is not None
    }
    values.update((n, applied[n]) for n in names if n in applied)
    return ("upsert", _row(entity, entity_id, client_id, values))


def write_changes(conn: Connection, changes: Mapping[tuple[str, str], Change]) -> None:
    """Write the report rows of many records at once (one statement for each kind)."""
    table = db.report_records
    gone = sorted(key for key, (kind, _row) in changes.items() if kind == "delete")
    for entity, entity_id in gone:
        conn.execute(delete(table).where(table.c.entity == entity, table.c.entity_id == entity_id))
    rows = [row for _key, (kind, row) in sorted(changes.items()) if kind == "upsert" and row]
    if rows:
        _upsert(conn, rows)


def put_new(
    conn: Connection, records: list[tuple[str, str, str | None, Mapping[str, Any]]]
) -> None:
    """The report rows of new records (entity, id, client, fields), in one statement: `put`
    for a batch that only adds records (none of them has a row yet)."""
    rows = [
        _row_values(e, i, c, f) for e, i, c, f in records if any(n in f for n in FIELDS.get(e, ()))
    ]
    db.insert_rows(conn, db.report_records, _ROW_COLUMNS, rows)


def rebuild(conn: Connection, batch: int = 20_000) -> int:
    """The whole copy anew from `field_state` (a new server version, or a server that had
    records before the copy existed). Returns the number of records copied."""
    conn.execute(delete(db.report_records))
    copied = _insert_batched(conn, _from_field_state(conn), batch)
    copied += _insert_batched(conn, _from_appended(conn, batch), batch)
    _set_marker(conn, DIGEST)
    return copied


def _insert_batched(conn: Connection, rows: Iterable[dict[str, Any]], batch: int) -> int:
    """Insert report rows `batch` at a time; the number inserted."""
    copied = 0
    for chunk in _chunks(rows, batch):
        conn.execute(insert(db.report_records), chunk)
        copied += len(chunk)
    return copied


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _from_field_state(conn: Connection) -> Iterator[dict[str, Any]]:
    """The report rows of records kept field by field, deleted ones left out."""
    fs = db.field_state
    for entity, names in FIELDS.items():
        wanted = [*names, DELETED]
        pivot = [func.max(case((fs.c.field == n, fs.c.value))) for n in wanted]
        query = (
            select(fs.c.entity_id, func.max(fs.c.client_id), *pivot)
            .where(fs.c.entity == entity, fs.c.field.in_(wanted))
            .group_by(fs.c.entity_id)
        )
        for entity_id, client_id, *raws in conn.execute(query).all():
            values = {
                n: json.loads(raw) for n, raw in zip(wanted, raws, strict=True) if raw is not None
            }
            if not _is_deleted(values.get(DELETED)):
                yield _row(entity, entity_id, client_id, values)


def _from_appended(conn: Connection, batch: int) -> Iterator[dict[str, Any]]:
    """The report rows of the append-only records kept one row each (never deleted)."""
    ap = db.appended
    query = select(ap.c.entity, ap.c.entity_id, ap.c.client_id, ap.c.fields).where(
        ap.c.entity.in_(sorted(FIELDS))
    )
    for entity, entity_id, client_id, stored in conn.execute(
        query.execution_options(yield_per=batch)
    ):
        values = json.loads(stored)
        if any(n in values for n in FIELDS[entity]):
            yield _row(entity, entity_id, client_id, values)


def _set_marker(conn: Connection, value: str) -> None:
    meta = db.server_meta
    conn.execute(delete(meta).where(meta.c.key == MARKER))
    conn.execute(insert(meta).values(key=MARKER, value=value))


def current(conn: Connection) -> bool:
    """Whether the copy was made with the FIELDS of this server version, and is not plainly
    missing (empty while records with report fields exist: a database that had its marker
    before its records, as an older version set it on every new database)."""
    meta = db.server_meta
    if conn.execute(select(meta.c.value).where(meta.c.key == MARKER)).scalar() != DIGEST:
        return False
    if conn.execute(select(db.report_records.c.entity).limit(1)).first() is not None:
        return True
    fs, ap = db.field_state, db.appended
    reported = or_(*(and_(fs.c.entity == e, fs.c.field.in_(names)) for e, names in FIELDS.items()))
    if conn.execute(select(fs.c.entity).where(reported).limit(1)).first() is not None:
        return False
    # An append-only record of a reported table (nearly always with a report field)
    appended = select(ap.c.entity).where(ap.c.entity.in_(sorted(FIELDS))).limit(1)
    return conn.execute(appended).first() is None


def ensure(engine: Engine) -> int | None:
    """Rebuild the copy if it was made with other FIELDS (or never); the number of records
    copied, or None when it was current. A new, empty server marks its copy current with its
    first push (`mark_new`), so records pushed from then on are in it."""
    with db.read_tx(engine) as conn:
        if current(conn):
            return None
    with db.write_tx(engine) as conn:
        if current(conn):  # another report rebuilt it meanwhile
            return None
        return rebuild(conn)


def mark_new(conn: Connection) -> None:
    """Before a push stores records: on a server without any records yet the copy starts
    now, record by record (`put`), so it is current. Never on a server that already holds
    records: they may have been written past the copy (an older version, a bulk load), and
    the first report rebuilds it (`ensure`). Called in the push's own transaction."""
    meta = db.server_meta
    if conn.execute(select(meta.c.key).where(meta.c.key == MARKER)).first() is not None:
        return
    if conn.execute(select(db.field_state.c.entity).limit(1)).first() is not None:
        return
    if conn.execute(select(db.appended.c.entity).limit(1)).first() is not None:
        return
    if (
        conn.dialect.name == "postgresql"
        and not conn.execute(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": MARK_LOCK_KEY}
        ).scalar()
    ):
        return  # another push marks this new server now: never queue behind it for this
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(meta).values(key=MARKER, value=DIGEST).on_conflict_do_nothing())


MARK_LOCK_KEY = 0x6862_6D6B  # "hbmk": one push at a time marks a new server's copy
