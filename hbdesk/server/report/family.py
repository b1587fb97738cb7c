"""A report is protected together with the reports it could be subtracted from.

Published reports form a family: the whole county's, each unit's (the units' clients and
feedback make the county's), a team's. The county's figure minus one unit's is the rest of
the county, so the county minus every other unit is the small unit's hidden figure. Every
report is therefore cut from one computation of the county and all its units, protected
together: for each figure that adds up (a count, a sum of euros) the units' figures and the
rest (clients or feedback of no unit) are the parts of a group whose total is the county's.
When a unit's figure is hidden, the county's gives way first (`prefer_total`): the units'
own figures stay as their reports show them, whichever report is run first.

Each unit's report is protected first as if alone; its figures are then fixed (`public`):
the county's figures are hidden around them, and a county figure that is just the sum of
the units' shown figures is public too (hiding it would protect nothing).

A team's clients are a part of the county: its report is protected with the rest of the
county as the other part, and the county's figure taken as published (a team never hides
the county's; its own figure gives way).

Free text goes the same way: the county shows only texts its units show.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from hbdesk.server import db, feedback
from hbdesk.server.report import data
from hbdesk.server.report.compute import Computed, Report, Selection, compute
from hbdesk.server.report.suppress import Cell, Group, protect

Place = tuple[str, ...]


def units(conn: Connection) -> list[str]:
    """Every unit named by a client record or a feedback."""
    rr = db.report_records
    named = conn.execute(
        select(rr.c.f1).distinct().where(rr.c.entity == "clients", rr.c.f1.is_not(None))
    ).scalars()
    found = {str(json.loads(raw)) for raw in named}
    found |= set(conn.execute(select(feedback.feedback.c.unit).distinct()).scalars())
    return sorted(found)


def _places(computed: Computed) -> dict[Place, Cell]:
    """The figures that add up across units, by where they stand (table, row, column)."""
    out: dict[Place, Cell] = {}
    for table in computed.report.tables:
        for row in table.rows:
            name = json.dumps(row[0].value, sort_keys=True, ensure_ascii=False)
            for i, cell in enumerate(row[1:]):
                out[(table.key, name, str(i))] = cell
    out.update({("derived", name): cell for name, cell in computed.derived.items()})
    return {k: c for k, c in out.items() if c.additive and c.kind in ("count", "eur")}


def _rest(whole: Cell, parts: list[Cell]) -> Cell | None:
    """What the whole holds beyond the parts (anyone can subtract), if anything."""
    value = whole.value - sum((p.value for p in parts), type(whole.value)(0))
    people = whole.people - sum(p.people for p in parts)
    return Cell(value, people, whole.kind) if value or people else None


def family_groups(whole: Computed, members: list[Computed], prefer_total: bool) -> list[Group]:
    """One group per figure that adds up: the members' figures (and the rest) make the
    whole's. With `prefer_total` the whole's figure is hidden first; without, it is taken
    as published (never hidden)."""
    by_member = [_places(m) for m in members]
    groups = []
    for place, total in _places(whole).items():
        parts = [found[place] for found in by_member if place in found]
        rest = _rest(total, parts)
        if rest is None and prefer_total and not any(p.hidden for p in parts):
            total.public = True  # the sum of the units' published figures: known anyway
        groups.append(
            Group(
                [*parts, *([rest] if rest else [])],
                total if prefer_total else None,
                prefer_total=prefer_total,
                categories=False,
            )
        )
    return groups


def _alone(conn: Connection, sel: Selection, source: data.Source | None = None) -> Computed:
    """A report protected on its own (a unit's report is exactly that, see the module doc)."""
    computed = compute(conn, sel, source=source)
    protect(computed.cells, computed.groups)
    return computed


def protected(conn: Connection, sel: Selection) -> Report:
    """The report of `sel`, protected with its family (see the module doc)."""
    if sel.unit is not None and not sel.team:
        return _alone(conn, sel).report  # the county never changes a unit's figures
    source = data.Source(conn, shared=True)  # the county and its parts read the data once
    county = compute(conn, Selection(sel.date_from, sel.date_to), source=source)
    if sel.team:
        team = compute(conn, sel, source=source)
        protect(team.cells, [*team.groups, *family_groups(county, [team], prefer_total=False)])
        return team.report
    members = [
        _alone(conn, Selection(sel.date_from, sel.date_to, unit=u), source) for u in units(conn)
    ]
    for member in members:
        for cell in member.cells:
            cell.public = not cell.hidden
    protect(county.cells, [*county.groups, *family_groups(county, members, prefer_total=True)])
    county.report.feedback_texts = _texts([m.report for m in members], county.report)
    return county.report


def _texts(members: list[Report], county: Report) -> list[str] | None:
    """The county's free text: only what the units' own reports show."""
    if county.feedback_texts is None:
        return None
    shown: list[Any] = [t for m in members if m.feedback_texts for t in m.feedback_texts]
    return sorted(shown) if any(m.feedback_texts is not None for m in members) else None
