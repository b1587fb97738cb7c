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
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, case, func, select
from sqlalchemy.engine import Connection

from hbdesk.sync.server import admin, db

MIN_USERS = 5
KIND = "outcomes"
DELETED = "_deleted"
GRANTED = ("granted", "partly_granted")

# The only fields read, per synced table (codes, links, amounts; never text about a person).
FIELDS: dict[str, tuple[str, ...]] = {
    "budgets": ("status",),
    "budget_lines": ("budget_id", "catalogue_code", "category", "provider", "goal_lineage_id"),
    "decisions": ("budget_id", "chain_id", "outcome", "kind"),
    "spending_entries": ("chain_id", "category", "provider", "amount"),
    "plan_entries": ("section", "lineage_id"),
    "goal_progress": ("goal_lineage_id", "assessed_on", "score"),
}

Rows = list[tuple[str, str | None, dict[str, Any]]]  # entity id, client id, fields


def _records(conn: Connection, entity: str) -> Rows:
    """Live records of a table (deleted ones left out), only the fields named above."""
    fs = db.field_state
    names = [*FIELDS[entity], DELETED]
    pivot = [func.max(case((fs.c.field == name, fs.c.value))) for name in names]
    query = (select(fs.c.entity_id, func.max(fs.c.client_id), *pivot)
             .where(fs.c.entity == entity, fs.c.field.in_(names)).group_by(fs.c.entity_id))
    rows: Rows = []
    for entity_id, client_id, *raws in conn.execute(query):
        values = [json.loads(raw) if raw is not None else None for raw in raws]
        if values[-1]:
            continue
        rows.append((entity_id, client_id, dict(zip(names[:-1], values[:-1], strict=True))))
    return rows


def _same(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


@dataclass
class _Use:
    """One client's use of one item: the goals it served."""

    goals: set[str] = field(default_factory=set)
    all_goals: bool = False  # a line linked to no goal


def _spent(conn: Connection) -> dict[tuple[str, str, str], Decimal]:
    """Net spending per (chain, category, provider)."""
    spent: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for _, _, rec in _records(conn, "spending_entries"):
        key = (str(rec.get("chain_id")), _same(rec.get("category")), _same(rec.get("provider")))
        spent[key] += Decimal(str(rec.get("amount") or "0"))
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
    for progress_id, _, rec in _records(conn, "goal_progress"):
        goal, score = str(rec.get("goal_lineage_id") or ""), rec.get("score")
        if not goal or score is None:
            continue
        key = (str(rec.get("assessed_on") or ""), progress_id, int(score))
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
        found.append({"code": code, "users": len(by_client), "assessed": assessed,
                      "reached": reached})
    return found


def publish_benefit(engine: Engine, today: dt.date | None = None) -> int:
    """Compute the figures and store them in the "outcomes" reference data (other keys
    kept); returns the reference version (unchanged content: the same version)."""
    with db.read_tx(engine) as conn:
        benefit = compute_benefit(conn)
        ref = db.reference_data
        raw = conn.execute(select(ref.c.content).where(ref.c.kind == KIND)
                           .order_by(ref.c.version.desc()).limit(1)).scalar()
    content: dict[str, Any] = json.loads(raw) if raw else {}
    content["benefit"] = benefit
    content["computed_on"] = (today or dt.date.today()).isoformat()
    return admin.load_reference(engine, KIND, content)
