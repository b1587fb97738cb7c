"""Oma HB's own tables on the server (beside the synced records, never sent to a laptop).

- `omahb_people`: one row per person who has logged in, keyed by a keyed hash of their
  identity code (the session cookie carries only that key), with the code and the name
  the identity provider gave; `generation` rises with "log out everywhere" (a session of
  an older generation is over).
- `omahb_access_log`: every page of Oma HB a person opened and everything they did there,
  for the client whose data it was (the client's own access log). Append-only.
- `omahb_receipts`: receipt files, encrypted (AES-256-GCM) before they reach the database.
  Append-only.
- `omahb_used_forms`: the one-time form tokens already used (a replayed form is refused).

Append-only is kept by triggers in the database, not only by this code.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Engine,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)

from hbdesk.models.base import UTCDateTime
from hbdesk.server import db

Id = db.Id

people = Table(
    "omahb_people",
    db.metadata,
    Column("person_key", String(64), primary_key=True),  # HMAC-SHA256 of the identity code
    Column("identity_code", String(11), nullable=False),  # canonical (models.identity)
    Column("name", String(200), nullable=False),  # as the identity provider gave it
    Column("generation", Integer, nullable=False, default=1),
    Column("updated_at", UTCDateTime, nullable=False),
)

access_log = Table(
    "omahb_access_log",
    db.metadata,
    Column("log_id", db.SeqType, primary_key=True, autoincrement=True),
    Column("client_id", Id, nullable=False, index=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", String(32), nullable=False),  # Author: client | authorised_person
    Column("actor_name", String(200), nullable=False),
    Column("mandate_id", Id),
    Column("action", String(16), nullable=False),  # vocab.Action: view | create | change
    Column("page", String(32), nullable=False),  # which page, or which thing was done
    Column("records", Text, nullable=False),  # JSON list of "table:id"
)

receipts = Table(
    "omahb_receipts",
    db.metadata,
    Column("receipt_id", Id, primary_key=True),  # = the receipt report's id
    Column("client_id", Id, nullable=False, index=True),
    Column("entry_id", Id, nullable=False),
    Column("purchased_on", Date),  # the date the client gave for the purchase
    Column("media_type", String(64), nullable=False),  # as found from the content
    Column("size", Integer, nullable=False),  # bytes after cleaning, before encryption
    Column("sha256", String(64), nullable=False),  # of the cleaned file
    Column("nonce", LargeBinary(12), nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("uploaded_at", UTCDateTime, nullable=False),
)

used_forms = Table(
    "omahb_used_forms",
    db.metadata,
    Column("form_nonce", String(64), primary_key=True),
    Column("used_at", UTCDateTime, nullable=False, index=True),
)

# Finding a person's own record and their mandates by identity code, without a scan.
identity_index = Index(
    "ix_field_state_identity",
    db.field_state.c.value,
    db.field_state.c.entity,
    sqlite_where=text("field IN ('identity_code', 'person_identity_code')"),
    postgresql_where=text("field IN ('identity_code', 'person_identity_code')"),
)

APPEND_ONLY = (access_log.name, receipts.name)


def finish_schema(engine: Engine) -> None:
    """What `create_all` does not do for an existing database: the index and the triggers."""
    with db.write_tx(engine) as conn:
        identity_index.create(conn, checkfirst=True)
        for table in APPEND_ONLY:
            if engine.dialect.name == "postgresql":
                _pg_trigger(conn, table)
            else:
                for event in ("UPDATE", "DELETE"):
                    conn.exec_driver_sql(
                        f"CREATE TRIGGER IF NOT EXISTS {table}_no_{event.lower()} "
                        f"BEFORE {event} ON {table} "
                        "BEGIN SELECT RAISE(ABORT, 'append-only'); END"
                    )


def _pg_trigger(conn: object, table: str) -> None:
    run = conn.exec_driver_sql  # type: ignore[attr-defined]
    run(
        "CREATE OR REPLACE FUNCTION omahb_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'append-only'; END $$"
    )
    run(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    run(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION omahb_append_only()"
    )
