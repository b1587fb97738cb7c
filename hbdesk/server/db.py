"""The server's own tables (SQLAlchemy Core), engines for SQLite and PostgreSQL, and how
writers share them.

One global sequence (`feed.seq`) orders everything a device pulls: stored ops, conflicts,
scope changes and reference data. A device's cursor is the last sequence it applied, so the
order must be gap-safe: once a reader sees sequence S, no transaction may still commit a
number below S — else the cursor passes it and that change never reaches the device.

How writers go side by side and the order stays gap-safe:

- A push locks only what it touches: on PostgreSQL a transaction-level advisory lock per
  client of its ops (taken in one global order, so two pushes never deadlock on them) and a
  shared lock on ADMIN_LOCK_KEY. Pushes for different clients therefore run at once; two
  pushes for one client queue, which is the per-client order field versions need. The
  scope checks a push makes (who may hold the client) read what administration writes;
  administration (`write_tx`) takes ADMIN_LOCK_KEY exclusively, so it runs alone.
- A push does all its work (judging ops, field versions, conflicts, the report's copy)
  without a sequence number. Only at its end, under SEQ_LOCK_KEY (`number_rows`), does it
  draw its numbers from the sequence and insert its feed and ops rows; it holds that lock
  until its commit. So numbers are drawn in commit order: a writer draws only after the
  previous holder's commit became visible (PostgreSQL makes a commit visible before it
  releases the transaction's locks), and every lower number belongs to a transaction that
  has ended. A reader that sees S (`pull` reads max(seq) first, then only rows at or below
  it) therefore sees every committed number below S; numbers of rolled-back transactions
  are holes that never fill, which a cursor may pass harmlessly. The serialized part is a
  few multi-row inserts and the commit, not the push.
- Administration draws numbers while it holds ADMIN_LOCK_KEY exclusively: no push is in
  flight then, so its numbers are in commit order too.
- SQLite has one writer at a time (`BEGIN IMMEDIATE`, and one in-process writer lock so
  that pushes queue in order instead of polling): numbers are in commit order trivially.
- Readers never lock: PostgreSQL reads committed rows; SQLite in WAL mode reads a snapshot
  beside the writer. Several server processes on one PostgreSQL share these locks, the
  sequence and the nonce table, so they keep one order with nothing lost or doubled.

A writer that would wait longer than the server's `max_wait` for a lock (`lock_timeout` on
PostgreSQL, the busy timeout and writer lock on SQLite) gives up with `Busy`, which the API
answers with 503 and Retry-After rather than keep a laptop waiting past its timeout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from hbdesk.models.base import UTCDateTime

metadata = MetaData()

DELETED = "_deleted"  # the pseudo-field a delete op sets


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(value: Any) -> str:
    """A value as the server stores and compares it (`field_state.value`, reference data)."""
    if isinstance(value, str):  # most values: the same text as json.dumps, made faster
        return quote_text(value)
    if value is None:
        return "null"
    return _CANONICAL.encode(value)  # one encoder: json.dumps makes one per call (per field)


quote_text = json.encoder.encode_basestring  # json.dumps(str, ensure_ascii=False) without options


Id = String(64)
SeqType = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER pks

caseworkers = Table(
    "caseworkers",
    metadata,
    Column("caseworker_id", Id, primary_key=True),
    Column("status", String(16), nullable=False, default="active"),  # active | disabled
    Column("created_at", UTCDateTime, nullable=False),
)

teams = Table("teams", metadata, Column("team_id", Id, primary_key=True))

team_members = Table(
    "team_members",
    metadata,
    Column("team_id", Id, primary_key=True),
    Column("caseworker_id", Id, primary_key=True),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", Id, primary_key=True),
    Column("caseworker_id", Id, nullable=False, index=True),
    Column("cert_pem", Text, nullable=False),
    Column("serial", String(64), nullable=False),
    Column("not_before", UTCDateTime, nullable=False),
    Column("not_after", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False, default="active"),  # active | revoked
    Column("enrolled_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("last_seen_at", UTCDateTime),
)

clients = Table(
    "clients",
    metadata,
    Column("client_id", Id, primary_key=True),
    Column("caseworker_id", Id, index=True),
    Column("closed_at", UTCDateTime),
)

client_teams = Table(  # the client's consent that a team may hold their data
    "client_teams",
    metadata,
    Column("client_id", Id, primary_key=True),
    Column("team_id", Id, primary_key=True),
)

feed = Table(
    "feed",
    metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # op | conflict | scope | reference
    Column("client_id", Id),
    Column("ref", String(100), nullable=False),  # op_id, conflict_id, client_id, kind:version
    Column("down", Boolean, nullable=False, default=True),  # False: flows up only (logs)
    Column("before", Text),  # scope: caseworkers who held the client before (JSON list)
    Column("after", Text),  # scope: ... and after
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_feed_client_seq", feed.c.client_id, feed.c.seq)
# What every device reads besides its clients' rows: scope changes and reference data,
# few among many ops (a pull finds them without walking every op after its cursor).
_SHARED = feed.c.kind.in_(("scope", "reference"))
Index("ix_feed_shared_seq", feed.c.seq, postgresql_where=_SHARED, sqlite_where=_SHARED)

ops = Table(
    "ops",
    metadata,
    Column("op_id", Id, primary_key=True),
    Column("seq", SeqType, nullable=False, unique=True),
    Column("device_id", Id, nullable=False),
    # No index: nothing reads ops by client (a pull finds them through the feed), and a
    # money import adds 100,000 ops to it (RETIRED_INDEXES).
    Column("client_id", Id),
    Column("entity", String(64), nullable=False),
    Column("entity_id", Id, nullable=False),
    Column("body", Text, nullable=False),  # the op as received (canonical JSON)
    Column("digest", String(64), nullable=False),  # sha-256 of body: a reused op_id is caught
    Column("applied", Text, nullable=False),  # JSON: {field: new version} that became current
    Column("received_at", UTCDateTime, nullable=False),
)

field_state = Table(
    "field_state",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", Id, primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("client_id", Id, index=True),
    Column("value", Text),  # JSON value
    Column("version", Integer, nullable=False),
    Column("op_id", Id, nullable=False),
    # Who set it, and the version that device based it on: its next edit of the same
    # field, made before it heard back, carries the same base and is not a conflict.
    Column("device_id", Id),
    Column("chain_base", Integer),
)

# An append-only record (its model's `__append_only__`) as one row: written once by its one
# op and never changed, deleted or in conflict, so each of its fields would sit in
# `field_state` at version 1 forever, a row (and index entries) per field. A money import
# writes 100,000 entries a month. Read through `hbdesk.server.stored` with `field_state`:
# records that an older server kept there field by field stay there and are read alike.
appended = Table(
    "appended_records",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", Id, primary_key=True),
    Column("client_id", Id),
    Column("fields", Text, nullable=False),  # canonical JSON object {field: value}
    Column("op_id", Id, nullable=False),
    Column("device_id", Id),
)
Index("ix_appended_records_client", appended.c.client_id, appended.c.entity)

# The report's own copy of synced records, one row per live record (see projection.py):
# written with the push that changes the record; rebuilt when the report's fields change.
report_records = Table(
    "report_records",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", Id, primary_key=True),
    Column("client_id", Id),
    Column("f1", Text),
    Column("f2", Text),
    Column("f3", Text),
    Column("fields", Text, nullable=False),  # JSON object: the report's fields only
    sqlite_with_rowid=False,  # stored in key order: a table's records are read together
)

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("conflict_id", Id, primary_key=True),
    Column("client_id", Id, index=True),
    Column("entity", String(64), nullable=False),
    Column("entity_id", Id, nullable=False),
    Column("field", String(64), nullable=False),
    Column("state", String(16), nullable=False),  # open | resolved
    Column("current_value", Text),
    Column("current_version", Integer, nullable=False),
    Column("current_op_id", Id),
    Column("proposed_value", Text),
    Column("proposed_op_id", Id, nullable=False),
    Column("resolved_by_op", Id),
    Column("created_at", UTCDateTime, nullable=False),
)

nonces = Table(
    "nonces",
    metadata,
    Column("device_id", Id, primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False, index=True),
)

reference_data = Table(
    "reference_data",
    metadata,
    Column("kind", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("content", Text, nullable=False),
    Column("loaded_at", UTCDateTime, nullable=False),
)

# Who did what on the server's administration side (e.g. ran the outcomes report), and
# when. Never figures or client data: the action and its parameters only. New tables reach
# an existing database through create_schema (create_all adds missing tables).
admin_log = Table(
    "admin_log",
    metadata,
    Column("log_id", SeqType, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("actor", String(200), nullable=False),
    Column("action", String(64), nullable=False),
    Column("details", Text, nullable=False),  # JSON
)


def insert_rows(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Many rows straight to the driver (no per-row work in SQLAlchemy): for bulk writes of
    rows already in their stored form (`stored_instant` for instants)."""
    if not rows:
        return
    if not set(columns) <= set(table.c.keys()):
        raise ValueError("not columns of the table")  # every name in the SQL is the schema's
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([mark] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)  # noqa: S608


def rows_in(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    key: str,
    values: Iterable[Any],
    **equal: Any,
) -> list[Any]:
    """The rows whose `key` is one of `values` (and each column of `equal` equals its
    value), straight from the driver: a batch's lookups of thousands of ids cost no
    per-value work in SQLAlchemy. Values as the driver returns them (no type processing:
    for columns of plain text and numbers)."""
    if not {*columns, key, *equal} <= set(table.c.keys()):
        raise ValueError("not columns of the table")  # every name in the SQL is the schema's
    wanted = list(dict.fromkeys(values))
    names = ", ".join(f'"{c}"' for c in columns)
    postgres = conn.dialect.name == "postgresql"
    mark = "%s" if postgres else "?"
    also = "".join(f' AND "{c}" = {mark}' for c in equal)
    found: list[Any] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        among = f"= ANY({mark})" if postgres else f"IN ({', '.join([mark] * len(chunk))})"
        sql = f'SELECT {names} FROM {table.name} WHERE "{key}" {among}{also}'  # noqa: S608
        params = (chunk, *equal.values()) if postgres else (*chunk, *equal.values())
        found.extend(conn.exec_driver_sql(sql, params))
    return found


_IN_CHUNK = 2500  # values per statement (SQLite allows 32,766 parameters)


BULK_CACHE_KIB = 32 * 1024


def bulk_cache(conn: Connection) -> None:
    """SQLite: a page cache of BULK_CACHE_KIB for this connection (2 MB by default), for
    a bulk write — a money import's chunk inserts thousands of rows into indexes keyed at
    random (op id, entry id): with the default cache its dirty pages spilled to the WAL
    mid-transaction and were read back again and again (25,000 mobile rows on a 120 MB
    database: 6.6 → 5.3 s CPU). The connection keeps it (bounded: pages, not rows); a
    no-op on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")


def stored_instant(conn: Connection, instant: Any) -> Any:
    """An aware instant as a UTCDateTime column holds it, for `insert_rows`."""
    naive = instant.astimezone(dt.UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if conn.dialect.name == "sqlite" else naive


def stored_day(conn: Connection, day: Any) -> Any:
    """A date as a Date column holds it, for `insert_rows`."""
    return day.isoformat() if conn.dialect.name == "sqlite" else day


def normalize_url(url: str) -> str:
    """A --db value as an SQLAlchemy URL: a file path means SQLite; postgresql:// → psycopg 3."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return "sqlite:///" + str(Path(url).expanduser().resolve())


def make_engine(url: str, lock_wait: float = 30.0, connections: int = 10) -> Engine:
    """An engine; `lock_wait`: how long SQLite waits for another process's writer and a
    request for a pooled connection; `connections`: the pool's steady size."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": lock_wait, "check_same_thread": False})
        _sqlite_setup(engine, lock_wait)
    else:
        engine = create_engine(
            url,
            pool_size=connections,
            max_overflow=connections,
            pool_timeout=lock_wait,
            # No ping before each use (a round trip per request): a connection PostgreSQL
            # dropped fails once, the pool is renewed, and the API answers that request
            # with 503 so the laptop asks again (app.py).
            pool_pre_ping=False,
        )
    return engine


def _sqlite_setup(engine: Engine, lock_wait: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(lock_wait * 1000)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("hb_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# Indexes an older server made that no query reads: each cost every write a random page
# (a money import's transaction of 2,500 entries rewrote ~1,300 pages of each). Dropped from
# existing databases by create_schema; the rows are untouched.
RETIRED_INDEXES = ("ix_ops_client_id", "ix_money_items_client")


def create_schema(engine: Engine) -> None:
    from hbdesk.server import feedback
    from hbdesk.server.money import tables as _money_tables  # noqa: F401 - its tables
    from hbdesk.server.omahb import tables as omahb_tables

    # The report's copy is not marked current here: a push does it on an empty server
    # (projection.mark_new); records written any other way are copied by a rebuild.
    metadata.create_all(engine)
    for table in metadata.sorted_tables:  # indexes added to tables that existed before
        for index in table.indexes:
            index.create(engine, checkfirst=True)
    with write_tx(engine) as conn:
        for name in RETIRED_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        # Feedback once synced as ops leaves the op feed (it is not history of a client but
        # anonymous answers, moved to their own table): the one deletion of stored ops there
        # is, made with the triggers off inside this one transaction, back on at its end.
        if feedback.old_ops_left(conn):
            _allow_changes(conn, ("ops",))
            feedback.move_old_ops(conn)
        _refuse_changes(conn, APPEND_ONLY)
    omahb_tables.finish_schema(engine)  # Oma HB's index and append-only triggers


# Stored ops, append-only records and the admin log are history: the database itself
# refuses to change them.
APPEND_ONLY = ("ops", "appended_records", "admin_log")
_PG_REFUSE = """CREATE OR REPLACE FUNCTION hb_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
MESSAGE = 'append_only: ' || TG_TABLE_NAME; END $$"""


def _allow_changes(conn: Connection, tables: tuple[str, ...]) -> None:
    """Take the append-only triggers of `tables` away (in the caller's transaction, which
    makes them again with `_refuse_changes` before it commits)."""
    for table in tables:
        if conn.dialect.name == "postgresql":
            for name in (f"{table}_no_change", f"{table}_no_truncate"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        else:
            for event in ("update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_{event}")


def _refuse_changes(conn: Connection, tables: tuple[str, ...]) -> None:
    """Triggers that refuse UPDATE and DELETE (PostgreSQL: TRUNCATE too); made once."""
    if conn.dialect.name != "postgresql":
        for table in tables:
            for event in ("UPDATE", "DELETE"):
                conn.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS {table}_no_{event.lower()} BEFORE {event} "
                    f"ON {table} BEGIN SELECT RAISE(ABORT, 'append_only: {table}'); END"
                )
        return
    conn.exec_driver_sql(_PG_REFUSE)
    have = set(conn.exec_driver_sql("SELECT tgname FROM pg_trigger").scalars())
    for table in tables:
        for name, when, each in (
            (f"{table}_no_change", "UPDATE OR DELETE", "ROW"),
            (f"{table}_no_truncate", "TRUNCATE", "STATEMENT"),
        ):
            if name not in have:
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {name} BEFORE {when} ON {table} "
                    f"FOR EACH {each} EXECUTE FUNCTION hb_append_only()"
                )


ADMIN_LOCK_KEY = 0x6862_6473  # "hbds": administration exclusive, pushes shared
SEQ_LOCK_KEY = 0x6862_7371  # "hbsq": drawing sequence numbers, held until commit
CLIENT_LOCK_SPACE = 0x6862  # the first key of a client's advisory lock (two-key form)


class Busy(Exception):
    """The database is taken longer than the server may keep a laptop waiting."""


_SQLITE_WRITERS: dict[int, threading.Lock] = {}  # one writer lock per SQLite engine


def _sqlite_writer(engine: Engine) -> threading.Lock:
    return _SQLITE_WRITERS.setdefault(id(engine), threading.Lock())


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """One administration transaction: alone, no push beside it (see the module doc)."""
    with (
        _sqlite_turn(engine, None),
        engine.connect().execution_options(hb_write=True) as conn,
        conn.begin(),
    ):
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADMIN_LOCK_KEY})
        yield conn


@contextmanager
def side_tx(engine: Engine, max_wait: float = 30.0) -> Iterator[Connection]:
    """A small write that touches no client's records and no order (Oma HB's sessions and
    log, anonymous feedback): beside pushes, never alone like administration."""
    with push_tx(engine, (), max_wait) as conn:
        yield conn


@contextmanager
def push_tx(engine: Engine, clients: Iterable[str], max_wait: float) -> Iterator[Connection]:
    """One push (or a small write beside pushes, `clients` empty): beside pushes for other
    clients; gives up with Busy after `max_wait` seconds."""
    with (
        _sqlite_turn(engine, max_wait),
        engine.connect().execution_options(hb_write=True) as conn,
        conn.begin(),
    ):
        if engine.dialect.name == "postgresql":
            conn.execute(*_push_locks(clients, max_wait))
        yield conn


def _push_locks(clients: Iterable[str], max_wait: float) -> tuple[Any, dict[str, int]]:
    """One statement (one round trip): the lock timeout, the shared administration lock,
    then the clients' locks in one global order (left to right)."""
    params = {
        "ms": max(1, int(max_wait * 1000)),
        "admin": ADMIN_LOCK_KEY,
        "space": CLIENT_LOCK_SPACE,
    }
    calls = [
        "set_config('lock_timeout', CAST(:ms AS text), true)",
        "pg_advisory_xact_lock_shared(CAST(:admin AS bigint))",
    ]
    for n, key in enumerate(sorted({client_lock(c) for c in clients})):
        params[f"k{n}"] = key
        calls.append(f"pg_advisory_xact_lock(CAST(:space AS integer), CAST(:k{n} AS integer))")
    return text("SELECT " + ", ".join(calls)), params


def client_lock(client_id: str) -> int:
    """A client's lock key: a stable signed 32-bit hash (a collision only queues more)."""
    digest = hashlib.sha256(client_id.encode()).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def remember_nonce(conn: Connection, device_id: str, nonce: str, now: Any) -> bool:
    """A push's nonce, kept in the push's own transaction; False when seen before."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = (
        dialect.insert(nonces)
        .values(device_id=device_id, nonce=nonce, seen_at=now)
        .on_conflict_do_nothing()
        .returning(nonces.c.nonce)
    )
    return conn.execute(stmt).first() is not None


def number_rows(
    conn: Connection, feed_rows: list[dict[str, Any]], ops_rows: list[tuple[int, dict[str, Any]]]
) -> list[int]:
    """The end of a push: give its feed rows their sequence numbers, in their order, and
    write them and its ops rows (`(index of its feed row, ops row)`), under SEQ_LOCK_KEY
    held until commit. Returns the numbers in feed row order.

    On PostgreSQL this is two short statements (the lock and the numbers; then both tables'
    rows as arrays): the part of a push that runs one at a time is kept small."""
    if conn.dialect.name != "postgresql":  # SQLite: the one writer already
        seqs = [int(x) for x in conn.execute(_INSERT_FEED_ROWS, feed_rows).scalars().all()]
        conn.execute(insert(ops), [{**row, "seq": seqs[i]} for i, row in ops_rows])
        return seqs
    # Binary parameters straight to the driver: arrays of a day's op bodies are sent as
    # they are, not escaped element by element while the lock is held.
    drawn = conn.exec_driver_sql(_DRAW_NUMBERS, (SEQ_LOCK_KEY, len(feed_rows))).scalars()
    seqs = sorted(int(x) for x in drawn)
    ops_list = [row for _, row in ops_rows]
    conn.exec_driver_sql(
        _INSERT_NUMBERED,
        (
            seqs,
            *([r[c] for r in feed_rows] for c in _FEED_COLUMNS),
            [_naive(r["created_at"]) for r in feed_rows],
            [seqs[i] for i, _ in ops_rows],
            *([r[c] for r in ops_list] for c in _OPS_COLUMNS),
            [_naive(r["received_at"]) for r in ops_list],
        ),
    )
    return seqs


def pg_insert(
    conn: Connection,
    table: Table,
    columns: dict[str, str],
    rows: list[dict[str, Any]],
    update: tuple[str, ...] | None = None,
) -> None:
    """PostgreSQL: many rows in one statement, each column as one array (binary).
    `columns`: {name: SQL type}. A key already there raises IntegrityError, unless `update`
    names the columns to set instead (an upsert)."""
    if rows:
        _into(table, {**columns, **dict.fromkeys(update or (), "")})  # the names are checked
        keys = ", ".join(c.name for c in table.primary_key.columns)
        sets = ", ".join(f"{c} = excluded.{c}" for c in update or ())
        conflict = f" ON CONFLICT ({keys}) DO UPDATE SET {sets}" if update else ""
        into, arrays = _into(table, columns), _arrays(columns)
        sql = f"INSERT INTO {into} SELECT * FROM unnest({arrays})"  # noqa: S608 - schema names
        _execute_arrays(conn, sql + conflict, columns, rows)


def pg_update(
    conn: Connection, table: Table, columns: dict[str, str], rows: list[dict[str, Any]]
) -> None:
    """PostgreSQL: set the non-key `columns` of many rows, found by their primary key."""
    if rows:
        _into(table, columns)  # the names are checked
        keys = [c.name for c in table.primary_key.columns]
        sets = ", ".join(f"{c} = u.{c}" for c in columns if c not in keys)
        match = " AND ".join(f"t.{k} = u.{k}" for k in keys)
        source = f"unnest({_arrays(columns)}) AS u({', '.join(columns)})"
        sql = f"UPDATE {table.name} AS t SET {sets} FROM {source} WHERE {match}"  # noqa: S608
        _execute_arrays(conn, sql, columns, rows)


def _into(table: Table, columns: dict[str, str]) -> str:
    if not set(columns) <= set(table.c.keys()):
        raise ValueError("not columns of the table")  # so every name in SQL is the schema's
    return f"{table.name} ({', '.join(columns)})"


def _arrays(columns: dict[str, str]) -> str:
    return ", ".join(f"%b::{kind}[]" for kind in columns.values())


def _execute_arrays(
    conn: Connection, sql: str, columns: dict[str, str], rows: list[dict[str, Any]]
) -> None:
    conn.exec_driver_sql(sql, tuple([row[name] for row in rows] for name in columns))


def _naive(instant: dt.datetime) -> dt.datetime:
    """As UTCDateTime stores it: UTC without an offset."""
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


_INSERT_FEED_ROWS = insert(feed).returning(feed.c.seq, sort_by_parameter_order=True)
_DRAW_NUMBERS = (
    "WITH held AS MATERIALIZED (SELECT pg_advisory_xact_lock(%b::bigint))"
    " SELECT nextval(pg_get_serial_sequence('feed', 'seq'))"
    " FROM held, generate_series(1, %b::integer)"
)  # a number is drawn only for a row joined with `held`: after the lock is granted
_FEED_COLUMNS = ("kind", "client_id", "ref", "down", "before", "after")
_OPS_COLUMNS = (
    "op_id",
    "device_id",
    "client_id",
    "entity",
    "entity_id",
    "body",
    "digest",
    "applied",
)
_INSERT_NUMBERED = (
    "WITH f AS (INSERT INTO feed (seq, kind, client_id, ref, down, before, after, created_at)"
    " SELECT * FROM unnest(%b::bigint[], %b::text[], %b::text[], %b::text[], %b::boolean[],"
    " %b::text[], %b::text[], %b::timestamp[]))"
    " INSERT INTO ops (seq, op_id, device_id, client_id, entity, entity_id, body, digest,"
    " applied, received_at)"
    " SELECT * FROM unnest(%b::bigint[], %b::text[], %b::text[], %b::text[], %b::text[],"
    " %b::text[], %b::text[], %b::text[], %b::text[], %b::timestamp[])"
)


@contextmanager
def _sqlite_turn(engine: Engine, max_wait: float | None) -> Iterator[None]:
    """SQLite: this process's writers one at a time, in order (None: wait as long as it takes)."""
    if engine.dialect.name != "sqlite":
        yield
        return
    lock = _sqlite_writer(engine)
    if not lock.acquire(timeout=-1 if max_wait is None else max_wait):
        raise Busy
    try:
        yield
    finally:
        lock.release()


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def reads(engine: Engine) -> Iterator[Connection]:
    """Reads that need no snapshot across statements (each statement sees what is committed
    when it starts — PostgreSQL's READ COMMITTED does no more inside a transaction): on
    PostgreSQL without BEGIN and COMMIT, two round trips fewer; on SQLite one snapshot."""
    if engine.dialect.name != "postgresql":
        with read_tx(engine) as conn:
            yield conn
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        yield conn
