"""Opening a client: where they are in the process, what is next, and the sums (logged view)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models.client import Client
from hbdesk.models.plan import Disagreement, Plan
from hbdesk.models.progress import NextStep, next_step
from hbdesk.services.budget import budget_view, latest_budget
from hbdesk.services.caseload import (
    MoneyState,
    chains_by_client,
    facts_by_chain,
    money_state,
    next_follow_ups,
)
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, transaction
from hbdesk.services.process_facts import process_facts
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class Overview:
    client: Client
    stage: str
    next_step: NextStep
    plan_version: int | None
    plan_status: str | None
    budget_total: str | None  # the newest budget's computed total, as "1234.00"
    decisions: int
    money: MoneyState | None
    next_follow_up_on: dt.date | None
    disagreements: int
    trusted_person_ok: bool


def _count(session: Session, model: Any, client_id: str) -> int:
    stmt = select(func.count()).select_from(model).where(model.client_id == client_id)
    return int(session.scalar(stmt) or 0)


def client_overview(
    vault: OpenVault, actor: Actor, client_id: str, today: dt.date | None = None
) -> Overview:
    """The client's place in the process, the next step and the money, in one read."""
    day = today or dt.date.today()
    with transaction(vault, actor) as tx:
        s = tx.session
        client = get_client(s, client_id)
        plan = s.scalar(
            select(Plan).where(Plan.client_id == client_id).order_by(Plan.version.desc()).limit(1)
        )
        budget = latest_budget(s, client_id)
        chains = chains_by_client(s, [client_id]).get(client_id, [])
        money = money_state(chains, facts_by_chain(s, [client_id]), day)
        follow = next_follow_ups(s, [client_id]).get(client_id)
        facts = process_facts(s, [client], {client_id: money}, {client_id: follow})[client_id]
        total = str(budget_view(s, budget).total) if budget else None
        records = [ref(client)] + ([ref(plan)] if plan else []) + ([ref(budget)] if budget else [])
        tx.viewed(client_id, records)
        result = Overview(
            client,
            client.stage,
            next_step(facts, day),
            plan.version if plan else None,
            plan.status if plan else None,
            total,
            sum(len(c) for c in chains),
            money,
            follow,
            _count(s, Disagreement, client_id),
            facts.trusted_person_ok,
        )
    return result
