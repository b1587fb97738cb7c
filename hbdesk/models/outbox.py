"""The sync change log on the laptop (docs/SYNC-CONTRACT.md): outbox, field versions, state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime
from hbdesk.models.ids import new_id

# Tables that are never sent as ops: sync's own state, the vault's facts, local drafts, and
# the anonymous feedback (it leaves through its own channel: an op would tie it to the
# device and to the client's ops around it).
LOCAL_ONLY_TABLES = frozenset(
    {
        "outbox",
        "field_versions",
        "sync_state",
        "conflicts",
        "vault_meta",
        "drafts",
        "exported_files",
        "alembic_version",
        "pull_failures",
        "feedback",
    }
)
# Reference data flows down from the county (the server refuses it from a laptop): changes
# made on the laptop (a local catalogue for the demo, the shipped questionnaire) stay local.
REFERENCE_TABLES = frozenset(
    {
        "catalogue_versions",
        "catalogue_items",
        "questionnaires",
        "questionnaire_domains",
        "questionnaire_items",
    }
)


class OutboxOp(Base):
    """One operation waiting to be sent (or sent): a changed record's fields and their bases."""

    __tablename__ = "outbox"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    local_seq: Mapped[int] = mapped_column(Integer, unique=True)
    device_id: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # upsert | delete | append
    fields: Mapped[str] = mapped_column(Text)  # JSON object
    base_versions: Mapped[str | None] = mapped_column(Text)  # JSON object; None for append
    author: Mapped[str] = mapped_column(String(64))
    author_role: Mapped[str] = mapped_column(String(32))
    local_time: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolves_conflict: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(8), default="pending", index=True)
    error: Mapped[str | None] = mapped_column(String(100))
    server_seq: Mapped[int | None] = mapped_column(Integer)


class FieldVersion(Base):
    """The version of a field as last stored on the server (0 = never)."""

    __tablename__ = "field_versions"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class SyncState(Base):
    """Key/value facts of sync: cursor, last_sync_at, lease, the next local sequence."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """Two values for one field: both kept until a person chooses (never last-write-wins)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str | None] = mapped_column(Text)  # JSON value
    server_value: Mapped[str | None] = mapped_column(Text)  # JSON value
    ops: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of op ids
    authors: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    times: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ISO instants
    state: Mapped[str] = mapped_column(String(8), default="open", index=True)
    created_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PullFailure(Base):
    """A pulled change this laptop could not apply: kept with its reason, shown, tried again.

    The pull moves on past it (it never wedges); each later sync tries it again, so a change
    from a newer app applies once this laptop is updated. Leaves with its client.
    """

    __tablename__ = "pull_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    op_id: Mapped[str | None] = mapped_column(String(64))  # None: a record of a snapshot
    client_id: Mapped[str | None] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(100))  # a stable code, e.g. invalid_value:unit_price
    change: Mapped[str] = mapped_column(Text)  # JSON: the fields and versions to apply
    failed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
