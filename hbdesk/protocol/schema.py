"""The one registry of syncable entities, generated from the models; both ends check ops by it.

Every table of `hbdesk.models.registry.metadata` that sync carries (not the laptop-only
tables, not the reference data that flows down on its own) is an `Entity`: its fields, each
field's kind (money, quantity, date, instant, bool, int, text with its maximum length, code
list, id), whether it may be null, its range where the models know one (money, quantities,
and integer columns with `info={"range": (low, high)}`), and whether the records are
append-only (`__append_only__`). A new column appears here by itself; a column type without
a kind stops the import, so nobody forgets to decide how it travels.

`check_op` says why an op must not be stored (the server) or applied (a laptop pulling it),
as "code" or "code:field" with the codes of `messages`; None when it is sound. Values are
checked in their wire form (docs/SYNC-CONTRACT.md): money "45.00", quantities "2.5", dates
"YYYY-MM-DD", instants ISO-8601 with an offset, code lists as JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import BigInteger, Boolean, Column, Date, Integer, MetaData, String, Table

from hbdesk.models import registry
from hbdesk.models.base import Base, Money, UTCDateTime
from hbdesk.models.outbox import LOCAL_ONLY_TABLES, REFERENCE_TABLES
from hbdesk.models.types import CodeList, Quantity
from hbdesk.models.values import MAX_AMOUNT, MAX_QUANTITY
from hbdesk.protocol import messages as p

DELETED = "_deleted"  # the pseudo-field of a deletion (never a column)
INT32 = (-(2**31), 2**31 - 1)  # INTEGER on PostgreSQL; the laptop's SQLite holds it too
INT64 = (-(2**63), 2**63 - 1)


class Kind(StrEnum):
    MONEY = "money"
    QUANTITY = "quantity"
    DATE = "date"
    INSTANT = "instant"
    BOOL = "bool"
    INT = "int"
    TEXT = "text"
    CODES = "codes"
    ID = "id"


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    nullable: bool
    max_length: int | None = None  # text, id, code list (characters)
    low: Decimal | int | None = None
    high: Decimal | int | None = None
    places: int | None = None  # decimals of money and quantities


@dataclass(frozen=True)
class Entity:
    name: str
    key: str  # the field holding the record's id (= the op's entity_id)
    fields: Mapping[str, Field]
    append_only: bool
    of_client: bool  # has a client_id field (= the op's client_id)
    # Each field's check made once (`checker`): an op is judged field by field without
    # looking its kind up again (a money import judges a hundred thousand of them).
    checks: Mapping[str, Callable[[Any], str | None]] = field(
        default_factory=dict, compare=False, repr=False
    )


def _field(column: Column[Any]) -> Field:
    """A column's kind, from its type (base.py, types.py, SQLAlchemy's own)."""
    kind, null = column.type, bool(column.nullable)
    if isinstance(kind, Money):
        return Field(column.name, Kind.MONEY, null, None, -MAX_AMOUNT, MAX_AMOUNT, kind.places)
    if isinstance(kind, Quantity):
        return Field(column.name, Kind.QUANTITY, null, None, Decimal(0), MAX_QUANTITY, kind.places)
    if isinstance(kind, UTCDateTime):
        return Field(column.name, Kind.INSTANT, null)
    if isinstance(kind, Date):
        return Field(column.name, Kind.DATE, null)
    if isinstance(kind, CodeList):
        return Field(column.name, Kind.CODES, null, p.MAX_TEXT_VALUE)
    if isinstance(kind, Boolean):
        return Field(column.name, Kind.BOOL, null)
    if isinstance(kind, Integer):
        low, high = column.info.get("range", INT64 if isinstance(kind, BigInteger) else INT32)
        return Field(column.name, Kind.INT, null, None, low, high)
    if isinstance(kind, String):
        most = min(kind.length or p.MAX_TEXT_VALUE, p.MAX_TEXT_VALUE)
        is_id = column.primary_key or bool(column.foreign_keys)
        return Field(column.name, Kind.ID if is_id else Kind.TEXT, null, most)
    raise TypeError(f"{column.table.name}.{column.name}: no sync kind for {kind!r}")


def build(metadata: MetaData) -> dict[str, Entity]:
    """Every syncable table of `metadata` as an Entity."""
    append_only = {
        cast(Table, mapper.local_table).name: bool(getattr(mapper.class_, "__append_only__", False))
        for mapper in Base.registry.mappers
    }
    entities: dict[str, Entity] = {}
    for table in metadata.sorted_tables:
        if table.name in LOCAL_ONLY_TABLES or table.name in REFERENCE_TABLES:
            continue
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            raise TypeError(f"{table.name}: a synced record has one id column")
        fields = {c.name: _field(c) for c in table.columns}
        entities[table.name] = Entity(
            name=table.name,
            key=keys[0].name,
            fields=fields,
            append_only=append_only.get(table.name, False),
            of_client="client_id" in table.c,
            checks={name: checker(spec) for name, spec in fields.items()},
        )
    return entities


_DECIMAL = re.compile(r"-?[0-9]{1,15}(?:\.([0-9]+))?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INSTANT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def _within(spec: Field, number: Decimal | int) -> str | None:
    too_low = spec.low is not None and number < spec.low
    too_high = spec.high is not None and number > spec.high
    return p.REJECT_OUT_OF_RANGE if too_low or too_high else None


def _number(spec: Field, value: str) -> str | None:
    match = _DECIMAL.fullmatch(value)
    if match is None or len(match.group(1) or "") > (spec.places or 0):
        return p.REJECT_INVALID_VALUE
    return _within(spec, Decimal(value))


def _date(value: str) -> str | None:
    if _DATE.fullmatch(value) is None:
        return p.REJECT_INVALID_VALUE
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return p.REJECT_INVALID_VALUE
    return None


def _instant(value: str) -> str | None:
    if _INSTANT.fullmatch(value) is None:
        return p.REJECT_INVALID_VALUE
    try:
        dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return p.REJECT_INVALID_VALUE
    return None


def _codes(value: str) -> str | None:
    try:
        codes = json.loads(value)
    except ValueError:
        return p.REJECT_INVALID_VALUE
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        return p.REJECT_INVALID_VALUE
    return p.REJECT_NUL_BYTE if any("\x00" in c for c in codes) else None


def _text(spec: Field, value: str) -> str | None:
    if "\x00" in value:
        return p.REJECT_NUL_BYTE
    if spec.max_length is not None and len(value) > spec.max_length:
        return p.REJECT_TOO_LONG
    if spec.kind is Kind.ID and _ID.fullmatch(value) is None:
        return p.REJECT_INVALID_VALUE
    return None


_BY_STRING = {
    Kind.MONEY: _number,
    Kind.QUANTITY: _number,
    Kind.DATE: lambda _spec, v: _date(v),
    Kind.INSTANT: lambda _spec, v: _instant(v),
    Kind.CODES: lambda spec, v: _text(spec, v) or _codes(v),
    Kind.TEXT: _text,
    Kind.ID: _text,
}


def check_value(spec: Field, value: Any) -> str | None:
    """Why `value` cannot be this field's (a code), or None."""
    if value is None:
        return None if spec.nullable else p.REJECT_MISSING_VALUE
    if spec.kind is Kind.BOOL:
        return None if isinstance(value, bool) else p.REJECT_WRONG_TYPE
    if spec.kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return p.REJECT_WRONG_TYPE
        return _within(spec, value)
    if not isinstance(value, str):
        return p.REJECT_WRONG_TYPE
    return _BY_STRING[spec.kind](spec, value)


def checker(spec: Field) -> Callable[[Any], str | None]:
    """`check_value` for one field, its kind decided once: the same codes for every value."""
    null = None if spec.nullable else p.REJECT_MISSING_VALUE
    if spec.kind in (Kind.TEXT, Kind.ID):
        most = spec.max_length
        pattern = _ID.fullmatch if spec.kind is Kind.ID else None

        def text(value: Any) -> str | None:
            if value.__class__ is not str:  # None, a wrong type, a str subclass: the long way
                return null if value is None else check_value(spec, value)
            if "\x00" in value:
                return p.REJECT_NUL_BYTE
            if most is not None and len(value) > most:
                return p.REJECT_TOO_LONG
            if pattern is not None and pattern(value) is None:
                return p.REJECT_INVALID_VALUE
            return None

        return _remembered(text) if pattern is not None else text
    by = _BY_STRING.get(spec.kind)
    if by is None:
        return lambda value: check_value(spec, value)

    def by_string(value: Any) -> str | None:
        if value.__class__ is not str:
            return null if value is None else check_value(spec, value)
        return by(spec, value)

    return _remembered(by_string)


_REMEMBERED = 4096  # verdicts kept per field (ids, days, amounts of a batch repeat)
_SHORT = 64  # only short values are kept: the memory stays a few hundred kB per field


def _remembered(check: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
    """`check` answering a short text it has judged before from memory: a verdict is a
    function of the value alone (ids, days, instants and amounts are parsed, never looked
    up), so it is the same verdict. A money import's ops repeat their clients', decisions'
    and days' values thousands of times."""
    known: dict[str, str | None] = {}

    def remembered(value: Any) -> str | None:
        if value.__class__ is not str or len(value) > _SHORT:
            return check(value)
        if value in known:
            return known[value]
        verdict = check(value)
        if len(known) < _REMEMBERED:
            known[value] = verdict
        return verdict

    return remembered


def entity_refusal(name: str) -> str | None:
    """Why records of `name` never travel as ops, or None for a syncable entity."""
    if name in LOCAL_ONLY_TABLES:
        return p.REJECT_LOCAL_ONLY
    if name in REFERENCE_TABLES:
        return p.REJECT_REFERENCE_READ_ONLY
    return None if name in ENTITIES else p.REJECT_UNKNOWN_ENTITY


def check_fields(entity: Entity, fields: Mapping[str, Any]) -> str | None:
    """The first field (by name) that is unknown or holds a value it cannot: "code:field"."""
    checks = entity.checks
    for name, value in fields.items():  # most ops are sound: the first by name is looked
        check = checks.get(name)  # for only when one is not
        if (name != DELETED) if check is None else (check(value) is not None):
            break
    else:
        return None
    for name in sorted(fields):
        if name == DELETED:
            continue
        spec = entity.fields.get(name)
        code = p.REJECT_UNKNOWN_FIELD if spec is None else check_value(spec, fields[name])
        if code:
            return f"{code}:{name}"
    return None


def _ids(entity: Entity, op: p.OpValues) -> str | None:
    if op.fields.get(entity.key, op.entity_id) != op.entity_id:
        return f"{p.REJECT_ID_MISMATCH}:{entity.key}"
    if entity.of_client and (
        op.client_id is None or op.fields.get("client_id", op.client_id) != op.client_id
    ):
        return f"{p.REJECT_ID_MISMATCH}:client_id"
    return None


def _kind(entity: Entity, op: p.OpValues) -> str | None:
    if entity.append_only and op.kind != "append":
        return p.REJECT_APPEND_ONLY
    if not entity.append_only and op.kind == "append":
        return p.REJECT_WRONG_KIND
    return None


ENTITIES: Mapping[str, Entity] = build(registry.metadata)


def check_op(op: p.OpValues) -> str | None:
    """Why `op` must not be stored or applied ("code" or "code:field"), or None."""
    for name in ("author", "author_role"):
        if "\x00" in getattr(op, name):
            return f"{p.REJECT_NUL_BYTE}:{name}"
    refused = entity_refusal(op.entity)
    if refused:
        return refused
    entity = ENTITIES[op.entity]
    return _kind(entity, op) or check_fields(entity, op.fields) or _ids(entity, op)
