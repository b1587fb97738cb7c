"""Reading the server's stored records for the report (SQLAlchemy Core, SQLite and PostgreSQL).

The server keeps every synced record as its current fields in `field_state` (one row per
entity, record and field, the value as JSON text). The report reads only the fields it
needs, never a name, identity code, address, birth date or record text: the loaders below
name their fields explicitly, and nothing else leaves the database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from hbdesk.sync.server import db

DELETED = "_deleted"
Record = dict[str, Any]

# The only fields the report ever reads, per synced table. Record text, names, identity
# codes, addresses and birth dates are deliberately absent.
FIELDS: dict[str, tuple[str, ...]] = {
    "clients": ("unit", "stage", "created_at", "closed_on"),
    "contacts": ("contacted_on",),
    "closings": ("closed_on", "reason"),
    "decisions": ("kind", "outcome", "granted_sum", "chain_id", "valid_from", "valid_to",
                  "decided_on", "service_area"),
    "spending_entries": ("chain_id", "method", "spent_on", "amount", "category",
                         "recorded_at", "reverses_id"),
    "invoice_confirmations": ("entry_id", "confirmed_on", "verdict"),
    "self_assessments": ("answered_on", "created_at"),
    "self_assessment_answers": ("assessment_id", "item_id", "value"),
    "goal_progress": ("goal_lineage_id", "assessed_on", "score"),
    "budgets": ("status",),
    "budget_lines": ("budget_id", "source", "category", "service_area", "goal_lineage_id"),
    "plan_entries": ("section", "lineage_id"),
    "feedback": ("period", "unit", "felt_heard", "budget_follow_ease", "goals_reached",
                 "given_by", "text"),
}


def _value(raw: str | None) -> Any:
    if raw is None:
        return None
    first = raw[:1]
    if first == '"':
        if "\\" not in raw:
            return raw[1:-1]
        return json.loads(raw)
    if first.isdigit() or first == "-":
        return int(raw) if raw.lstrip("-").isdigit() else json.loads(raw)
    return json.loads(raw)


@dataclass
class Table:
    """One synced table's live records: entity_id -> fields, and each record's client."""

    records: dict[str, Record]
    client_of: dict[str, str | None]

    def rows(self) -> Iterator[tuple[str, str | None, Record]]:
        for entity_id, rec in self.records.items():
            yield entity_id, self.client_of[entity_id], rec


def load(conn: Connection, entity: str, clients: set[str] | None = None) -> Table:
    """The live records of one table (deleted ones left out), only the report's fields.

    `clients`: keep only records of these clients (None: all; the anonymous feedback has
    no client at all)."""
    fs = db.field_state
    names = [*FIELDS[entity], DELETED]
    query = select(fs.c.entity_id, fs.c.client_id, fs.c.field, fs.c.value).where(
        fs.c.entity == entity, fs.c.field.in_(names))
    records: dict[str, Record] = {}
    client_of: dict[str, str | None] = {}
    deleted: set[str] = set()
    result = conn.execution_options(yield_per=20_000).execute(query)
    for entity_id, client_id, name, raw in result:
        if clients is not None and client_id not in clients:
            continue
        if name == DELETED:
            if _value(raw):
                deleted.add(entity_id)
            continue
        rec = records.get(entity_id)
        if rec is None:
            rec = records[entity_id] = {}
            client_of[entity_id] = client_id
        rec[name] = _value(raw)
    for entity_id in deleted:
        records.pop(entity_id, None)
        client_of.pop(entity_id, None)
    return Table(records, client_of)


def to_date(value: Any) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    if len(text) > 10:  # an instant: its UTC day
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC).date()
    return dt.date.fromisoformat(text)


def to_money(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else Decimal("0.00")


@dataclass(frozen=True)
class QItem:
    domain: str


@dataclass(frozen=True)
class Questionnaire:
    """The county's questionnaire as reference data: item ids → domains, titles, scale."""

    code: str
    version: int
    scale_min: int
    scale_max: int
    domains: tuple[tuple[str, dict[str, str]], ...]  # (code, {fi, sv, en}) in order
    items: dict[str, str]  # item id -> domain code


def questionnaires(conn: Connection) -> list[Questionnaire]:
    """Every version of reference kind "questionnaire" (content shape: see report/README)."""
    ref = db.reference_data
    rows = conn.execute(select(ref.c.content).where(ref.c.kind == "questionnaire")
                        .order_by(ref.c.version)).scalars().all()
    found: dict[tuple[str, int], Questionnaire] = {}
    for raw in rows:
        content = json.loads(raw)
        for q in _questionnaire_list(content):
            found[(q.code, q.version)] = q
    return list(found.values())


def _questionnaire_list(content: dict[str, Any]) -> Iterable[Questionnaire]:
    for q in content.get("questionnaires", [content] if "domains" in content else []):
        domains = []
        items: dict[str, str] = {}
        for d in q.get("domains", []):
            domains.append((str(d["code"]), {lang: str(d.get(f"title_{lang}") or d["code"])
                                             for lang in ("fi", "sv", "en")}))
            for item in d.get("items", []):
                items[str(item["id"])] = str(d["code"])
        yield Questionnaire(str(q["code"]), int(q.get("version", 1)),
                            int(q.get("scale_min", 0)), int(q.get("scale_max", 10)),
                            tuple(domains), items)
