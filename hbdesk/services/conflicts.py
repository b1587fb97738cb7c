"""Conflicts sync found (one field, two values): shown to a person, settled by their choice.

Never last-write-wins: the person picks the value (this laptop's, the server's, or a new
one), and the op that writes it names the conflict it settles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.base import Base, utcnow
from hbdesk.models.codec import JsonValue, from_json, to_json
from hbdesk.models.errors import DomainError, NotFound
from hbdesk.models.outbox import Conflict
from hbdesk.models.registry import metadata
from hbdesk.services import oplog
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class ConflictView:
    """One conflict in plain data: which field of which record, both values, who and when."""

    id: str
    client_id: str | None
    entity: str
    entity_id: str
    field: str
    local_value: JsonValue
    server_value: JsonValue
    authors: list[str | None]
    times: list[str | None]
    state: str


def _view(row: Conflict) -> ConflictView:
    return ConflictView(
        row.id,
        row.client_id,
        row.entity,
        row.entity_id,
        row.field,
        json.loads(row.local_value or "null"),
        json.loads(row.server_value or "null"),
        json.loads(row.authors or "[]"),
        json.loads(row.times or "[]"),
        row.state,
    )


def list_conflicts(
    vault: OpenVault, actor: Actor, client_id: str | None = None, *, open_only: bool = True
) -> list[ConflictView]:
    """Conflicts (of one client, or all) for a person to settle."""
    with transaction(vault, actor, purpose="conflict_resolution") as tx:
        q = select(Conflict)
        if client_id is not None:
            q = q.where(Conflict.client_id == client_id)
        if open_only:
            q = q.where(Conflict.state == "open")
        rows = list(tx.session.scalars(q.order_by(Conflict.created_at)))
        for cid in sorted({r.client_id for r in rows if r.client_id}):
            tx.viewed(cid, [f"{r.entity}:{r.entity_id}" for r in rows if r.client_id == cid])
    return [_view(r) for r in rows]


def resolve_conflict(
    vault: OpenVault, actor: Actor, conflict_id: str, *, choice: str, value: Any = None
) -> Outcome[ConflictView]:
    """Settle a conflict with "local", "server" or "other" (then `value`, in column type)."""
    if choice not in ("local", "server", "other"):
        raise DomainError("invalid_choice", "choice")
    with transaction(vault, actor, purpose="conflict_resolution") as tx:
        row = tx.session.get(Conflict, conflict_id)
        if row is None:
            raise NotFound("conflicts", "conflict_id")
        if row.state != "open":
            raise DomainError("conflict_resolved", "conflict_id")
        table = metadata.tables.get(row.entity)
        if table is None or row.field not in table.c:
            raise DomainError("not_found", "field")
        column = table.c[row.field]
        if choice == "other":
            chosen = value
            to_json(column, chosen)  # refuses a value the column cannot hold
        else:
            raw = row.local_value if choice == "local" else row.server_value
            chosen = from_json(column, json.loads(raw or "null"))
        record = _record(tx.session, row)
        setattr(record, row.field, chosen)
        tx.session.flush()
        oplog.force_field(tx.session, record, row.field, row.id)
        row.state, row.resolved_by, row.resolved_at = "resolved", actor.user_id, utcnow()
    return tx.outcome(_view(row))


def _record(session: Session, row: Conflict) -> Any:
    """The local record the conflict is about."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == row.entity:  # type: ignore[attr-defined]
            record = session.get(mapper.class_, row.entity_id)
            if record is None:
                raise DomainError("not_found", "entity_id")
            return record
    raise DomainError("not_found", "entity")
