"""The outcomes report given back to teams and workers (issue 8): the latest report of each
unit, sent down to every laptop as reference data of kind "outcomes".

Only the report's JSON goes (`output.to_json`): the same figures as the report's JSON file,
already protected (every figure resting on fewer than five people is the string "< 5", and so
is every figure from which one could be computed back). The free-text feedback is left out:
it is not a figure, and the app shows figures only. The content, merged into what the latest
stored version holds (other keys, such as "benefit", are kept):

    {"reports": [{"unit": {"kind": "unit" | "team" | "all", "name": str | null},
                  "period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"},
                  "made_at": "2027-01-05T10:00:00+00:00",
                  "report": <to_json output>}, ...]}

One entry per unit (kind and name): a new run for a unit replaces its previous entry,
whatever its period. Entries are ordered: the whole municipality, units, teams, by name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from hbdesk.protocol.messages import MAX_REFERENCE_BYTES
from hbdesk.server import admin, db
from hbdesk.server.db import canonical
from hbdesk.server.report import benefit
from hbdesk.server.report.compute import Report, Selection
from hbdesk.server.report.output import to_json

KIND = benefit.KIND  # the reference data the laptops pull
# What the app shows, when everything cannot go (the content must stay under the limit).
SHOWN_TABLES = ("people", "wellbeing", "goals", "feedback", "costs", "costs_use")
_KIND_ORDER = {"all": 0, "unit": 1, "team": 2}


def unit_of(selection: Selection) -> dict[str, Any]:
    if selection.team:
        return {"kind": "team", "name": selection.team}
    if selection.unit:
        return {"kind": "unit", "name": selection.unit}
    return {"kind": "all", "name": None}


def entry(selection: Selection, report: Report) -> dict[str, Any]:
    """The unit's entry: its period, when the report was made, and its protected figures."""
    figures = to_json(report)
    figures.pop("feedback_texts", None)  # free text stays in the report's own files
    return {
        "unit": unit_of(selection),
        "period": {"from": selection.date_from.isoformat(), "to": selection.date_to.isoformat()},
        "made_at": report.generated_at.isoformat(),
        "report": figures,
    }


def _same_unit(a: Any, b: dict[str, Any]) -> bool:
    return (
        isinstance(a, dict)
        and isinstance(a.get("unit"), dict)
        and a["unit"].get("kind") == b["kind"]
        and a["unit"].get("name") == b["name"]
    )


def _order(item: dict[str, Any]) -> tuple[int, str]:
    unit = item.get("unit") or {}
    return _KIND_ORDER.get(str(unit.get("kind")), 3), str(unit.get("name") or "")


def merged(content: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """`content` with the unit's entry replaced by `new` (other units and keys kept)."""
    out = dict(content)
    old = out.get("reports")
    reports = [r for r in old if not _same_unit(r, new["unit"])] if isinstance(old, list) else []
    reports.append(new)
    out["reports"] = sorted(reports, key=_order)
    return out


def _trimmed(report: dict[str, Any]) -> dict[str, Any]:
    return {
        **report,
        "tables": [
            t
            for t in report.get("tables", [])
            if isinstance(t, dict) and t.get("key") in SHOWN_TABLES
        ],
    }


def _fits(content: dict[str, Any]) -> bool:
    return len(canonical(content).encode()) <= MAX_REFERENCE_BYTES


def fitted(content: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Under the reference data limit: first only the tables the app shows, then the units
    whose report is oldest go (never the new one)."""
    if _fits(content):
        return content
    out = {
        **content,
        "reports": [{**r, "report": _trimmed(r.get("report") or {})} for r in content["reports"]],
    }
    while not _fits(out):
        others = [r for r in out["reports"] if not _same_unit(r, new["unit"])]
        if not others:
            raise admin.AdminError("reference_too_large")
        oldest = min(others, key=lambda r: str(r.get("made_at") or ""))
        out = {**out, "reports": [r for r in out["reports"] if r is not oldest]}
    return out


def publish(engine: Engine, selection: Selection, report: Report) -> int:
    """Store the unit's report as the newest "outcomes" reference data (sent down to every
    laptop by the pull feed); returns the reference version."""
    new = entry(selection, report)
    with db.read_tx(engine) as conn:  # the catalogue's benefit figures go down with it
        content = merged(benefit.latest_content(conn), new)
        content.update(benefit.benefit_content(conn, content))
    return admin.load_reference(engine, KIND, fitted(content, new))
