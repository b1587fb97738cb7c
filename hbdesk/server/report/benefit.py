"""What is known of a catalogue item's benefit, given back to clients (issue 8), anonymised.

Per catalogue item code, across every client on the server:
- users: clients who had a decided budget line with the item and actually used it —
  spending in the line's category with the line's provider, in a decision chain that
  granted that budget (spending names no budget line, so this is the closest the records
  tell);
- assessed: of those, clients with a goal attainment (−2…+2) on a goal the line served
  (a line linked to no goal serves all the client's goals);
- reached: of those, clients whose served goals all stood at 0 or more at their latest
  assessment (follow-up or closing).
Only items with at least five users are listed; of the others nothing at all is said.
No client id, name or record text leaves this module: only codes and counts.

Published as reference data of kind "outcomes" (it syncs down to every laptop), merged
into the content there: {"benefit": [{"code", "users", "assessed", "reached"}, ...],
"computed_on": "YYYY-MM-DD", ...other keys kept}.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Engine, Numeric, cast, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from hbdesk.server import admin, clock, db, projection
from hbdesk.server.report import data

MIN_USERS = 5
KIND = "outcomes"
GRANTED = ("granted", "partly_granted")


def _records(conn: Connection, entity: str) -> Iterator[tuple[str, str | None, data.Record]]:
    """Live records of a table from the report's copy (`projection`: only codes, links,
    amounts and days; never text about a person)."""
    return data.load(conn, entity).rows()


def _same(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


@dataclass
class _Use:
    """One client's use of one item: the goals it served."""

    goals: set[str] = field(default_factory=set)
    all_goals: bool = False  # a line linked to no goal


def _json_field(conn: Connection, name: str) -> ColumnElement[Any]:
    """One field of the report copy's JSON object, as text, in SQL."""
    fields = db.report_records.c.fields
    if conn.dialect.name == "postgresql":
        text: ColumnElement[Any] = cast(fields, JSON)[name].as_string()
        return text
    return func.json_extract(fields, f"$.{name}")  # SQLite: text as stored, no quotes


def _spent(conn: Connection) -> dict[tuple[str, str, str], Decimal]:
    """Net spending per (chain, category, provider): summed in SQL in cents (the entries are
    many, the sums few), the names then matched loosely here."""
    chain, category, provider = (_json_field(conn, n) for n in ("chain_id", "category", "provider"))
    cents = func.round(cast(_json_field(conn, "amount"), Numeric(14, 2)) * 100)
    query = (
        select(chain, category, provider, func.sum(cents))
        .where(db.report_records.c.entity == "spending_entries")
        .group_by(chain, category, provider)
    )
    spent: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for chain_id, cat, prov, total in conn.execute(query):
        spent[(str(chain_id), _same(cat), _same(prov))] += Decimal(int(total or 0)) / 100
    return spent


def _uses(conn: Connection) -> dict[str, dict[str, _Use]]:
    """code → client → use, for lines of decided budgets that were spent on."""
    decided = {bid for bid, _, rec in _records(conn, "budgets") if rec.get("status") == "decided"}
    chains: dict[str, set[str]] = defaultdict(set)  # budget id → granting decision chains
    for decision_id, _, rec in _records(conn, "decisions"):
        if rec.get("outcome") in GRANTED and rec.get("kind") != "ending" and rec.get("budget_id"):
            chains[str(rec["budget_id"])].add(str(rec.get("chain_id") or decision_id))
    spent = _spent(conn)
    uses: dict[str, dict[str, _Use]] = defaultdict(dict)
    for _, client_id, rec in _records(conn, "budget_lines"):
        code, budget_id = rec.get("catalogue_code"), str(rec.get("budget_id"))
        if not code or not client_id or budget_id not in decided:
            continue
        what = (_same(rec.get("category")), _same(rec.get("provider")))
        if not any(spent.get((chain, *what), Decimal(0)) > 0 for chain in chains[budget_id]):
            continue
        use = uses[str(code)].setdefault(client_id, _Use())
        if rec.get("goal_lineage_id"):
            use.goals.add(str(rec["goal_lineage_id"]))
        else:
            use.all_goals = True
    return uses


def _latest_scores(conn: Connection) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Each goal's latest attainment; and each client's goals (lineage ids)."""
    latest: dict[str, tuple[str, str, int]] = {}
    rr = db.report_records
    assert projection.FIELDS["goal_progress"][:3] == ("goal_lineage_id", "assessed_on", "score")
    # f1, f2, f3 are those three as JSON text: read side by side, no whole record decoded
    query = select(rr.c.entity_id, rr.c.f1, rr.c.f2, rr.c.f3).where(
        rr.c.entity == "goal_progress", rr.c.f1.is_not(None), rr.c.f3.is_not(None)
    )
    for progress_id, raw_goal, raw_day, raw_score in conn.execute(query):
        goal, score = json.loads(raw_goal), json.loads(raw_score)
        if not goal or score is None:
            continue
        key = (str(json.loads(raw_day) if raw_day else ""), progress_id, int(score))
        goal = str(goal)
        if goal not in latest or key > latest[goal]:
            latest[goal] = key
    goals_of: dict[str, set[str]] = defaultdict(set)
    for _, client_id, rec in _records(conn, "plan_entries"):
        if client_id and rec.get("section") == "goal" and rec.get("lineage_id"):
            goals_of[client_id].add(str(rec["lineage_id"]))
    return {goal: key[2] for goal, key in latest.items()}, goals_of


def compute_benefit(conn: Connection) -> list[dict[str, Any]]:
    """Per catalogue code used by at least five clients: users, assessed and reached."""
    uses = _uses(conn)
    scores, goals_of = _latest_scores(conn)
    found = []
    for code in sorted(uses):
        by_client = uses[code]
        if len(by_client) < MIN_USERS:
            continue
        assessed = reached = 0
        for client_id, use in by_client.items():
            goals = use.goals | (goals_of[client_id] if use.all_goals else set())
            known = [scores[g] for g in goals if g in scores]
            if known:
                assessed += 1
                reached += all(score >= 0 for score in known)
        found.append(
            {"code": code, "users": len(by_client), "assessed": assessed, "reached": reached}
        )
    return found


def benefit_content(
    conn: Connection, previous: dict[str, Any], today: dt.date | None = None
) -> dict[str, Any]:
    """The "benefit" and "computed_on" keys of the "outcomes" reference data: the day is
    kept when the figures have not changed (no new version for the laptops to pull)."""
    figures = compute_benefit(conn)
    if previous.get("benefit") == figures and previous.get("computed_on"):
        return {"benefit": figures, "computed_on": previous["computed_on"]}
    return {"benefit": figures, "computed_on": (today or clock.today()).isoformat()}


def latest_content(conn: Connection) -> dict[str, Any]:
    """The content of the newest stored "outcomes" version ({} when there is none)."""
    ref = db.reference_data
    raw = conn.execute(
        select(ref.c.content).where(ref.c.kind == KIND).order_by(ref.c.version.desc()).limit(1)
    ).scalar()
    content = json.loads(raw) if raw else {}
    return content if isinstance(content, dict) else {}


def publish_benefit(engine: Engine, today: dt.date | None = None) -> int:
    """Compute the figures and store them in the "outcomes" reference data (other keys
    kept); returns the reference version (unchanged figures: the same version). Running the
    report (`giveback.publish`) does this too."""
    projection.ensure(engine)
    with db.read_tx(engine) as conn:
        content = latest_content(conn)
        content.update(benefit_content(conn, content, today))
    return admin.load_reference(engine, KIND, content)
