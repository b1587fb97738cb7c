"""Column values to and from the JSON of sync ops (docs/SYNC-CONTRACT.md), by column type.

Money "45.00", quantities "2.5", dates "YYYY-MM-DD", instants ISO-8601 UTC, code lists as
their JSON text; bool, int, str and null as themselves. Sync applies pulled ops with
`from_json` and the table's columns.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, Integer
from sqlalchemy.sql.schema import Table

from hbdesk.models.base import Money, UTCDateTime
from hbdesk.models.types import CodeList, Quantity, normalize
from hbdesk.models.values import money_str

JsonValue = str | int | bool | None


def to_json(column: ColumnElement[Any], value: Any) -> JsonValue:
    """A column's Python value as the op's JSON value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return money_str(value)
    if isinstance(kind, Quantity):
        return format(normalize(Decimal(value)), "f")
    if isinstance(kind, UTCDateTime):
        return str(value.astimezone(dt.UTC).isoformat())
    if isinstance(kind, Date):
        return str(value.isoformat())
    if isinstance(kind, CodeList):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return str(value)


def from_json(column: ColumnElement[Any], value: JsonValue) -> Any:
    """An op's JSON value as the column's Python value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money | Quantity):
        return Decimal(str(value))
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(kind, CodeList):
        return [str(v) for v in json.loads(str(value))]
    return value


def row_to_json(table: Table, values: dict[str, Any]) -> dict[str, JsonValue]:
    """Several columns of one table at once."""
    return {name: to_json(table.c[name], val) for name, val in values.items()}


def row_from_json(table: Table, fields: dict[str, JsonValue]) -> dict[str, Any]:
    return {name: from_json(table.c[name], val) for name, val in fields.items()}
