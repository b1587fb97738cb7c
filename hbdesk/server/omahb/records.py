"""A client's synced records as the models' own objects, read from the server's field state.

Every synced record of a client sits in `field_state`, one row per field with its JSON
value, or (append-only) in `appended_records`, one row per record; both are read alike
through `stored`. Here they become instances of the laptop's models (never added to a
session), with values decoded by the same codec sync uses, so the models' rules (balance,
pace, totals) run on them unchanged. Deleted records are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from hbdesk.models import registry
from hbdesk.models.base import Base
from hbdesk.models.codec import from_json
from hbdesk.server import db, stored

M = TypeVar("M", bound=Base)

_MODELS: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}
_TABLES: dict[str, Table] = {t.name: t for t in registry.metadata.sorted_tables}


class Records:
    """One client's records of the asked kinds: `of(Model)` gives them as model objects."""

    def __init__(self, client_id: str, rows: dict[str, dict[str, dict[str, Any]]]) -> None:
        self.client_id = client_id
        self._rows = rows  # entity → entity id → decoded fields
        self._objects: dict[str, list[Any]] = {}

    def of(self, model: type[M]) -> list[M]:
        name = model.__tablename__
        if name not in self._objects:
            self._objects[name] = [model(**fields) for fields in self._rows.get(name, {}).values()]
        return self._objects[name]

    def get(self, model: type[M], record_id: str) -> M | None:
        return next((r for r in self.of(model) if getattr(r, "id", None) == record_id), None)


def load(conn: Connection, client_id: str, models: Iterable[type[Base]]) -> Records:
    """The client's live records of these models (one query)."""
    names = [m.__tablename__ for m in models]
    rows = [
        (entity, entity_id, field, decoded)
        for (entity, entity_id), record in stored.records(
            conn, entities=names, client_ids=[client_id]
        ).items()
        for field, decoded in record.values.items()
    ]
    found: dict[str, dict[str, dict[str, Any]]] = {}
    deleted: set[tuple[str, str]] = set()
    for entity, entity_id, field, decoded in rows:
        if field == db.DELETED:
            if decoded:
                deleted.add((entity, entity_id))
            continue
        column = _TABLES[entity].c.get(field)
        if column is None:  # a field this server's models do not know (a newer laptop)
            continue
        found.setdefault(entity, {}).setdefault(entity_id, {})[field] = from_json(column, decoded)
    for entity, entity_id in deleted:
        found.get(entity, {}).pop(entity_id, None)
    return Records(client_id, found)


def model_of(entity: str) -> type[Base] | None:
    return _MODELS.get(entity)
