"""The adversary against anonymous feedback: every row of the server's database and of every
laptop's vault, and every trick that could tie a feedback to the client who gave it.

A feedback is found wherever its text appears ("sightings"). For each sighting the adversary
collects clues, each pointing at a client (weight 1) or at a laptop's caseworker's clients
(the weight shared among them):
- the row itself names a client or a device;
- order: the nearest row of the same table by rowid, PostgreSQL's ctid and xmin, or any
  sequence column, that names a client;
- PostgreSQL transaction ids across tables: the nearest row by xmin that names a client;
- time: the row's instants (a UUIDv7 id's first 48 bits are one: hbdesk/models/ids.py)
  against every instant of a row that names a client;
- rank: the k-th feedback (by rowid, ctid, xmin or sequence) against the k-th client seen.
What a laptop's own vault says about a feedback still waiting there (that one of its own
clients gave it) is where the feedback was typed, so clues from a laptop's device id are
not counted; everything else is.

The adversary's score is the probability it puts on the true client, summed over the
feedbacks; chance is what a guess among the unit's clients gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from hbdesk.models.ids import millisecond_of, short_id

ORDER_COLUMNS = ("_rowid", "_ctid", "_xmin", "seq", "local_seq", "server_seq", "log_id")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


@dataclass
class Rows:
    source: str  # "server" or a laptop's name
    table: str
    rows: list[dict[str, Any]]


@dataclass
class Clues:
    weights: Counter[str] = field(default_factory=Counter)
    found: list[str] = field(default_factory=list)  # what pointed where, for the message

    def client(self, client_id: Any, why: str, weight: float = 1.0) -> None:
        if isinstance(client_id, str) and client_id:
            self.weights[client_id] += weight  # type: ignore[assignment]
            self.found.append(f"{why} -> {short_id(client_id)}")

    def clients(self, ids: Iterable[str], why: str) -> None:
        ids = sorted(set(ids))
        for client_id in ids:
            self.weights[client_id] += 1 / len(ids)  # type: ignore[assignment]
        if ids:
            self.found.append(f"{why} -> {len(ids)} clients")


def dump(conn: Connection, source: str) -> list[Rows]:
    """Every row of every table, with the rowid (SQLite) or ctid and xmin (PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        names = conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).scalars()
        return [Rows(source, name, _postgres_rows(conn, name)) for name in sorted(names)]
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    return [Rows(source, name, _sqlite_rows(conn, name)) for name in sorted(names)]


def _sqlite_rows(conn: Connection, name: str) -> list[dict[str, Any]]:
    try:
        result = conn.exec_driver_sql(f'SELECT rowid AS _rowid, * FROM "{name}"')  # noqa: S608
    except Exception:  # a table WITHOUT ROWID
        conn.rollback()
        result = conn.exec_driver_sql(f'SELECT * FROM "{name}"')  # noqa: S608
    return [dict(r) for r in result.mappings()]


def _postgres_rows(conn: Connection, name: str) -> list[dict[str, Any]]:
    result = conn.exec_driver_sql(
        f'SELECT ctid::text AS _ctid, xmin::text AS _xmin, * FROM "{name}"'  # noqa: S608
    )
    rows = []
    for r in result.mappings():
        row = dict(r)
        page, item = row["_ctid"].strip("()").split(",")
        row["_ctid"] = int(page) * 100_000 + int(item)
        row["_xmin"] = int(row["_xmin"])
        rows.append(row)
    return rows


def _instant(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    ms = millisecond_of(value) if isinstance(value, str) else None  # a record id's time
    if ms is not None:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms)
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


def _contains(row: dict[str, Any], needle: str) -> bool:
    return any(isinstance(v, str) and needle in v for v in row.values())


@dataclass
class World:
    """What the adversary holds: the dumps, and what it knows of devices and clients."""

    tables: list[Rows]
    device_clients: dict[str, set[str]]  # device id -> its caseworker's clients
    visit_order: list[str]  # clients in the order they first appear on the server

    def clues_for(self, needle: str) -> Clues:
        clues = Clues()
        for rows in self.tables:
            sightings = [r for r in rows.rows if _contains(r, needle)]
            for row in sightings:
                self._row_clues(rows, row, clues)
                self._order_clues(rows, row, clues)
                self._xmin_clues(rows, row, clues)
                self._time_clues(rows, row, clues)
        return clues

    def _row_clues(self, rows: Rows, row: dict[str, Any], clues: Clues) -> None:
        where = f"{rows.source}.{rows.table}"
        clues.client(row.get("client_id"), f"{where}.client_id", 3)
        device = row.get("device_id")
        if rows.source == "server" and device in self.device_clients:
            clues.clients(self.device_clients[device], f"{where}.device_id")

    def _order_clues(self, rows: Rows, row: dict[str, Any], clues: Clues) -> None:
        for column in ORDER_COLUMNS:
            mine = row.get(column)
            if not isinstance(mine, int):
                continue
            named = [
                r
                for r in rows.rows
                if r is not row and isinstance(r.get(column), int) and r.get("client_id")
            ]
            if named:
                nearest = min(named, key=lambda r: abs(r[column] - mine))
                clues.client(nearest["client_id"], f"{rows.source}.{rows.table}.{column}")

    def _xmin_clues(self, rows: Rows, row: dict[str, Any], clues: Clues) -> None:
        mine = row.get("_xmin")
        if not isinstance(mine, int):
            return
        named = [
            r
            for other in self.tables
            if other.source == rows.source
            for r in other.rows
            if r is not row and r.get("client_id") and isinstance(r.get("_xmin"), int)
        ]
        if named:
            nearest = min(named, key=lambda r: abs(r["_xmin"] - mine))
            clues.client(nearest["client_id"], f"{rows.source}.xmin across tables")

    def _time_clues(self, rows: Rows, row: dict[str, Any], clues: Clues) -> None:
        mine = [t for t in map(_instant, row.values()) if t is not None]
        if not mine:
            return
        best: tuple[float, str] | None = None
        for other in self.tables:
            if other.source != rows.source:
                continue
            for r in other.rows:
                if r is row or not r.get("client_id"):
                    continue
                for t in map(_instant, r.values()):
                    if t is None:
                        continue
                    gap = min(abs((t - m).total_seconds()) for m in mine)
                    if best is None or gap < best[0]:
                        best = (gap, r["client_id"])
        if best is not None:
            clues.client(best[1], f"{rows.source}.{rows.table} time")

    def rank_clues(self, needles: dict[str, str]) -> dict[str, Clues]:
        """The k-th feedback, by any order a table keeps, against the k-th client seen."""
        out: dict[str, Clues] = defaultdict(Clues)
        for rows in self.tables:
            seen = {
                needle: row for needle in needles for row in rows.rows if _contains(row, needle)
            }
            if len(seen) < 2:
                continue
            for column in ORDER_COLUMNS:
                values = [r.get(column) for r in seen.values()]
                if not all(isinstance(v, int) for v in values) or len(set(values)) < len(values):
                    continue  # rows that share a value (one transaction) have no order
                ranked = sorted(seen, key=lambda n: seen[n][column])
                if _random_key_order(ranked, seen):
                    continue  # the order of random ids says nothing
                clients = [c for c in self.visit_order if c in set(needles.values())]
                for needle, client_id in zip(ranked, clients, strict=False):
                    out[needle].client(client_id, f"{rows.source}.{rows.table} rank {column}")
        return out


def _random_key_order(ranked: list[str], seen: dict[str, dict[str, Any]]) -> bool:
    """Is this order just the order of one of the rows' random (UUID4) columns?"""
    some = next(iter(seen.values()))
    for name, value in some.items():
        is_uuid = isinstance(value, str) and UUID.match(value)
        if is_uuid and ranked == sorted(seen, key=lambda n: str(seen[n][name])):
            return True
    return False


def score(world: World, truth: dict[str, str], pool: set[str]) -> tuple[float, float, list[str]]:
    """(the adversary's expected correct links, chance's, what it found)."""
    ranks = world.rank_clues(truth)
    total, report = 0.0, []
    for needle, client_id in truth.items():
        clues = world.clues_for(needle)
        for key, weight in ranks.get(needle, Clues()).weights.items():
            clues.weights[key] += weight
        clues.found += ranks.get(needle, Clues()).found
        mass = sum(clues.weights.values())
        total += clues.weights[client_id] / mass if mass else 1 / len(pool)
        report += [f"{needle}: {f}" for f in clues.found]
    return total, len(truth) / len(pool), report
