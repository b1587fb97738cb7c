"""The county's registers: which client a mobile-payment card, a service voucher or a
reference the county gave a provider (an order or contract number) belongs to.

Loaded from a CSV the county keeps (`hbdesk-server money register KIND FILE`), columns
    ref;client_id;decision_id;valid_from;valid_to   (the last three may be empty)
A card may pass to another client: its entry then carries the days it is valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.engine import Connection

from hbdesk.server import db
from hbdesk.server.money import checks, csvfiles, tables
from hbdesk.server.money.shape import FileRefused, Problem
from hbdesk.server.scope import now_utc

KINDS = ("card", "voucher", "reference")
COLUMNS = ("ref", "client_id")
OPTIONAL = ("decision_id", "valid_from", "valid_to")


@dataclass(frozen=True)
class Entry:
    kind: str
    ref: str
    client_id: str
    decision_id: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def add(engine: Engine, kind: str, pairs: Iterable[tuple[str, str]]) -> int:
    """Register refs for clients (no period, no decision); the number added."""
    return _store(
        engine, kind, [Entry(kind, ref, client, None, None, None) for ref, client in pairs]
    )


def load(engine: Engine, kind: str, path: Path) -> tuple[int, list[Problem]]:
    """A register file: its rows replace the register's entries of the same refs."""
    if kind not in KINDS:
        raise FileRefused("kind", f"a register is one of {', '.join(KINDS)}")
    csvfiles.inspect(path)
    entries, problems = [], []
    for line, row in csvfiles.rows(path, COLUMNS, OPTIONAL):
        try:
            if row is None:
                raise checks.Bad("bad_row", "the row does not have one value for each column")
            entries.append(_entry(kind, row))
        except checks.Bad as bad:
            problems.append(Problem(f"line {line}, {bad.field}".rstrip(", "), bad.code, bad.text))
    return _store(engine, kind, entries), problems


def _entry(kind: str, row: dict[str, str]) -> Entry:
    far = dt.date(2999, 12, 31)  # a register's period may lie ahead
    days = [
        checks.iso_day(row[name], name, far) if row.get(name, "").strip() else None
        for name in ("valid_from", "valid_to")
    ]
    decision = row.get("decision_id", "").strip()
    return Entry(
        kind,
        checks.identifier(row["ref"], "ref", most=100),
        checks.identifier(row["client_id"], "client_id"),
        checks.identifier(decision, "decision_id") if decision else None,
        days[0],
        days[1],
    )


def _store(engine: Engine, kind: str, entries: Sequence[Entry]) -> int:
    now = now_utc()
    reg = tables.register
    with db.write_tx(engine) as conn:
        for start in range(0, len(entries), 500):
            chunk = entries[start : start + 500]
            conn.execute(
                delete(reg).where(reg.c.kind == kind, reg.c.ref.in_([e.ref for e in chunk]))
            )
            conn.execute(
                insert(reg),
                [
                    {
                        "kind": kind,
                        "ref": e.ref,
                        "client_id": e.client_id,
                        "decision_id": e.decision_id,
                        "valid_from": e.valid_from,
                        "valid_to": e.valid_to,
                        "added_at": now,
                    }
                    for e in chunk
                ],
            )
    return len(entries)


def lookup(conn: Connection, kind: str, refs: Iterable[str]) -> dict[str, Entry]:
    """The register's entries for these refs."""
    reg, wanted, found = tables.register, sorted(set(refs)), {}
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            select(reg).where(reg.c.kind == kind, reg.c.ref.in_(wanted[start : start + 500]))
        )
        for r in rows:
            found[r.ref] = Entry(kind, r.ref, r.client_id, r.decision_id, r.valid_from, r.valid_to)
    return found
