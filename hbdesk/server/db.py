"""The server's own tables (SQLAlchemy Core) and engines for SQLite and PostgreSQL.

One global sequence (`feed.seq`) orders everything a device pulls: stored ops, conflicts,
scope changes and reference data. Writers take one lock for the whole push (SQLite:
`BEGIN IMMEDIATE`; PostgreSQL: a transaction-level advisory lock), so sequence numbers
become visible in commit order and a reader's highest visible sequence never has an
uncommitted number below it: the cursor can never jump over a change not yet stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
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
    text,
)
from sqlalchemy.engine import Connection

from hbdesk.models.base import UTCDateTime

metadata = MetaData()

DELETED = "_deleted"  # the pseudo-field a delete op sets


def canonical(value: Any) -> str:
    """A value as the server stores and compares it (`field_state.value`, reference data)."""
    if isinstance(value, str):  # most values: the same text as json.dumps, made faster
        return _QUOTED(value)
    if value is None:
        return "null"
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_QUOTED = json.encoder.encode_basestring  # json.dumps(str, ensure_ascii=False) without options


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

ops = Table(
    "ops",
    metadata,
    Column("op_id", Id, primary_key=True),
    Column("seq", SeqType, nullable=False, unique=True),
    Column("device_id", Id, nullable=False),
    Column("client_id", Id, index=True),
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


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_setup(engine)
    else:
        engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    return engine


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("hb_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_schema(engine: Engine) -> None:
    from hbdesk.server import feedback
    from hbdesk.server.money import tables  # noqa: F401 - the money side's tables

    # The report's copy is not marked current here: a push does it on an empty server
    # (projection.mark_new); records written any other way are copied by a rebuild.
    metadata.create_all(engine)
    with write_tx(engine) as conn:
        feedback.move_old_ops(conn)  # feedback once synced as ops leaves the op feed


PUSH_LOCK_KEY = 0x6862_6473  # "hbds": the one advisory lock all writers of the feed take


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """One serialized write transaction (see the module doc for why serialized)."""
    with engine.connect().execution_options(hb_write=True) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK_KEY})
        yield conn


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn
