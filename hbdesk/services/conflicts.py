"""Conflicts sync found (one field, two values): shown to a person, settled by their choice.

Never last-write-wins, and money never settled by anyone but a person: the person picks the
value ("local": this laptop's own, "server": the other laptop's, or a new one), and the op
that writes it names the conflict it settles. Until then the record's money is unsettled
(`unsettled_money`): screens mark it and documents refuse it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models.base import Base, Money, utcnow
from hbdesk.models.client import Client
from hbdesk.models.codec import JsonValue, from_json, to_json
from hbdesk.models.errors import DomainError, NotFound
from hbdesk.models.outbox import Conflict, OutboxOp
from hbdesk.models.registry import metadata
from hbdesk.models.types import Quantity
from hbdesk.models.values import parse_money, parse_quantity
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
    authors: list[str | None]  # [the other side's, the local side's]
    times: list[str | None]  # ISO instants, in the same order
    state: str
    kind: str = "text"  # "money" | "quantity" | "date" | "number" | "text": how to read a value
    mine: bool = False  # the local value was written on this laptop
    client_name: str | None = None
    record_label: str | None = None  # what names the record for a person (a line's description)

    @property
    def money(self) -> bool:
        """A value that prices something: never settled automatically, never shown as settled."""
        return self.kind in ("money", "quantity")


# Columns that name a record for a person, tried in this order.
_LABELS = ("description", "name", "title", "full_name", "text")


def _kind(entity: str, field: str) -> str:
    table = metadata.tables.get(entity)
    column = table.c.get(field) if table is not None else None
    if column is None:
        return "text"
    if isinstance(column.type, Money):
        return "money"
    if isinstance(column.type, Quantity):
        return "quantity"
    name = type(column.type).__name__
    return {"Date": "date", "Integer": "number"}.get(name, "text")


def _view(row: Conflict, session: Session | None = None) -> ConflictView:
    mine, client_name, label = False, None, None
    if session is not None:
        ops = json.loads(row.ops or "[]")
        mine = len(ops) == 2 and ops[1] is not None and session.get(OutboxOp, ops[1]) is not None
        client = session.get(Client, row.client_id) if row.client_id else None
        client_name = client.full_name if client is not None else None
        label = _label(session, row)
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
        _kind(row.entity, row.field),
        mine,
        client_name,
        label,
    )


def _label(session: Session, row: Conflict) -> str | None:
    try:
        record = _record(session, row)
    except DomainError:
        return None
    for name in _LABELS:
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            return value.strip()[:120]
    return None


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
        return [_view(r, tx.session) for r in rows]


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
            chosen = _parse_other(column, value, row.field)
            to_json(column, chosen)  # refuses a value the column cannot hold
        else:
            raw = row.local_value if choice == "local" else row.server_value
            chosen = from_json(column, json.loads(raw or "null"))
        record = _record(tx.session, row)
        setattr(record, row.field, chosen)
        tx.session.flush()
        oplog.force_field(tx.session, record, row.field, row.id)
        row.state, row.resolved_by, row.resolved_at = "resolved", actor.user_id, utcnow()
        view = _view(row, tx.session)
    return tx.outcome(view)


def _parse_other(column: Any, value: Any, field: str) -> Any:
    """A value the person wrote: money and quantities read as the budget reads them."""
    if isinstance(column.type, Money):
        return parse_money(value, field, allow_zero=True)
    if isinstance(column.type, Quantity):
        return parse_quantity(value, field)
    kind = _kind(str(column.table.name), str(column.name))
    if kind == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise DomainError("not_a_date", field) from None
    if kind == "number" and isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            raise DomainError("not_a_number", field) from None
    return value


def _record(session: Session, row: Conflict) -> Any:
    """The local record the conflict is about."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == row.entity:  # type: ignore[attr-defined]
            record = session.get(mapper.class_, row.entity_id)
            if record is None:
                raise DomainError("not_found", "entity_id")
            return record
    raise DomainError("not_found", "entity")


def count_open(vault: OpenVault) -> int:
    """How many conflicts wait for a person (no client data: a number only)."""
    with vault.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(Conflict).where(Conflict.state == "open"))
            or 0
        )


def unsettled_money(session: Session, entity: str, ids: list[str]) -> dict[str, frozenset[str]]:
    """Per record id, the money fields (prices, quantities) in an open conflict."""
    if not ids:
        return {}
    found: dict[str, set[str]] = {}
    rows = session.execute(
        select(Conflict.entity_id, Conflict.field).where(
            Conflict.entity == entity, Conflict.state == "open", Conflict.entity_id.in_(ids)
        )
    )
    for entity_id, name in rows:
        if _kind(entity, name) in ("money", "quantity"):
            found.setdefault(entity_id, set()).add(name)
    return {k: frozenset(v) for k, v in found.items()}
