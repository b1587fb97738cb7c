"""Reading the server's stored records for the report (SQLAlchemy Core, SQLite and PostgreSQL).

The report reads the server's own copy of the synced records (`report_records`, see
`projection`): one row per live record with only the fields `projection.FIELDS` names,
never a name, identity code, address, birth date or record text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from json.scanner import make_scanner
from typing import Any

from sqlalchemy import Integer, Select, case, cast, func, literal, select
from sqlalchemy.engine import Connection

from hbdesk.server import clock, db, projection

Record = dict[str, Any]


@dataclass
class Table:
    """One synced table's live records: entity_id -> fields, and each record's client."""

    records: dict[str, Record]
    client_of: dict[str, str | None]

    def rows(self) -> Iterator[tuple[str, str | None, Record]]:
        for entity_id, rec in self.records.items():
            yield entity_id, self.client_of[entity_id], rec


def load(
    conn: Connection, entity: str, clients: set[str] | None = None, among: Among | None = None
) -> Table:
    """The live records of one table (deleted ones are not in the report's copy), only the
    report's fields, one row per record (`projection`).

    `clients`: keep only records of these clients (None: all). `among`: narrows the records
    in SQL first (a superset)."""
    rr = db.report_records
    query = select(rr.c.entity_id, rr.c.client_id, rr.c.fields).where(rr.c.entity == entity)
    query = among.narrow(query) if among is not None else query
    records: dict[str, Record] = {}
    client_of: dict[str, str | None] = {}
    loads = _json_object
    for entity_id, client_id, fields in conn.execution_options(yield_per=20_000).execute(query):
        if clients is not None and client_id not in clients:
            continue
        records[entity_id] = loads(fields)
        client_of[entity_id] = client_id
    return Table(records, client_of)


_SCAN = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed: a context


def _json_object(text: str) -> Any:
    """`json.loads` for the report's own stored JSON (written by `json.dumps`): the C scanner
    straight away, without `loads`' checks and whitespace matching around it (a county's
    report reads about a million records). Anything else goes through `json.loads`."""
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        return json.loads(text)  # raises the usual error
    return value if end == len(text) else json.loads(text)


def _json_string(text: str) -> str:
    """A stored JSON string's value; its quotes just dropped when nothing in it is escaped."""
    if len(text) > 1 and text[0] == text[-1] == '"' and "\\" not in text:
        return text[1:-1]
    return str(json.loads(text))


@dataclass(frozen=True)
class Among:
    """Which clients' records to read, as SQL: a superset of the report's clients (those of
    the unit and team), to narrow every read before the exact choice in Python."""

    unit: str | None = None
    team_clients: Select[Any] | None = None

    def narrow(self, query: Select[Any]) -> Select[Any]:
        """The query over `report_records` kept to these clients' records."""
        rr = db.report_records
        if self.unit is not None:
            query = query.where(
                rr.c.client_id.in_(
                    select(rr.c.entity_id).where(
                        rr.c.entity == "clients", rr.c.f1 == db.canonical(self.unit)
                    )
                )
            )
        if self.team_clients is not None:
            query = query.where(rr.c.client_id.in_(self.team_clients))
        return query


@dataclass
class DomainSums:
    """Per self-assessment: (sum, count) of its answered values per domain; and the
    number of answered values whose item is in no known questionnaire."""

    sums: dict[str, dict[str, tuple[int, int]]]  # assessment id -> domain -> (sum, count)
    unmapped: int
    client_of: dict[str, str] = field(default_factory=dict)  # assessment id -> client
    unmapped_by_client: dict[str, int] = field(default_factory=dict)


def answer_sums(
    conn: Connection, items: dict[str, str], clients: set[str] | None, among: Among | None = None
) -> DomainSums:
    """The self-assessment answers summed per assessment and domain in SQL (the answers are
    by far the most numerous records): in the report's copy an answer's assessment, item
    and value are its columns f1, f2, f3; the item is mapped to its domain, unanswered
    items left out."""
    rr = db.report_records
    assert projection.FIELDS["self_assessment_answers"] == ("assessment_id", "item_id", "value")
    domain = (
        case({db.canonical(item): dom for item, dom in items.items()}, value=rr.c.f2)
        if items
        else literal(None)
    ).label("domain")
    query = (
        select(rr.c.f1, rr.c.client_id, domain, func.sum(cast(rr.c.f3, Integer)), func.count())
        .where(rr.c.entity == "self_assessment_answers", rr.c.f3.is_not(None))
        .group_by(rr.c.f1, rr.c.client_id, domain)
    )
    query = among.narrow(query) if among is not None else query
    sums: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    client_of: dict[str, str] = {}
    unmapped: dict[str, int] = defaultdict(int)
    for raw_assessment, client_id, dom, total, n in conn.execute(query):
        if (clients is not None and client_id not in clients) or raw_assessment is None:
            continue
        if dom is None:
            unmapped[client_id] += n
            continue
        assessment = _json_string(raw_assessment)
        sums[assessment][dom] = (int(total), int(n))
        client_of[assessment] = client_id
    return DomainSums(dict(sums), sum(unmapped.values()), client_of, dict(unmapped))


class Source:
    """Where a report reads its records: straight from the database, narrowed in SQL; or,
    with `shared`, every record read once and each report's clients picked in Python (the
    county and all its units computed together read the data once, not twice)."""

    def __init__(self, conn: Connection, shared: bool = False) -> None:
        self.conn = conn
        self.shared = shared
        self._tables: dict[str, Table] = {}
        self._sums: dict[tuple[tuple[str, str], ...], DomainSums] = {}

    def load(
        self, entity: str, clients: set[str] | None = None, among: Among | None = None
    ) -> Table:
        """As `load`: the live records of one table (of `clients`, if given)."""
        if not self.shared:
            return load(self.conn, entity, clients, among)
        if entity not in self._tables:
            self._tables[entity] = load(self.conn, entity)
        every = self._tables[entity]
        if clients is None:
            return every
        kept: dict[str, str | None] = {k: c for k, c in every.client_of.items() if c in clients}
        return Table({k: every.records[k] for k in kept}, kept)

    def answer_sums(
        self, items: dict[str, str], clients: set[str], among: Among | None
    ) -> DomainSums:
        """As `answer_sums`."""
        if not self.shared:
            return answer_sums(self.conn, items, clients, among)
        key = tuple(sorted(items.items()))
        if key not in self._sums:
            self._sums[key] = answer_sums(self.conn, items, None)
        every = self._sums[key]
        return DomainSums(
            {a: d for a, d in every.sums.items() if every.client_of[a] in clients},
            sum(n for c, n in every.unmapped_by_client.items() if c in clients),
        )


def to_date(value: Any) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    day = _DAYS.get(text)
    if day is not None:
        return day
    if len(text) > 10:  # an instant: its day in Helsinki, as every day of the server's
        return dt.datetime.fromisoformat(text).astimezone(clock.HELSINKI).date()
    day = dt.date.fromisoformat(text)
    if len(_DAYS) < 50_000:  # days repeat (a few years of them); instants do not
        _DAYS[text] = day
    return day


_DAYS: dict[str, dt.date] = {}


def to_money(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else Decimal("0.00")


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
    rows = (
        conn.execute(
            select(ref.c.content).where(ref.c.kind == "questionnaire").order_by(ref.c.version)
        )
        .scalars()
        .all()
    )
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
            domains.append(
                (
                    str(d["code"]),
                    {lang: str(d.get(f"title_{lang}") or d["code"]) for lang in ("fi", "sv", "en")},
                )
            )
            for item in d.get("items", []):
                items[str(item["id"])] = str(d["code"])
        yield Questionnaire(
            str(q["code"]),
            int(q.get("version", 1)),
            int(q.get("scale_min", 0)),
            int(q.get("scale_max", 10)),
            tuple(domains),
            items,
        )
