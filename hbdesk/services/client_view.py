"""What the client sees in the client's view: their own plan, budget, balance and spending.

One read, one transaction, one access-log entry: everything comes from this client's rows
only (nothing of the caseload, no other client's names), so the view built on it cannot show
another client. The client's identity code is left out: the client knows it, a bystander
need not see it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.plan import Plan, PlanConfirmation
from hbdesk.models.vocab import PlanSection
from hbdesk.services.budget import BudgetView, budget_view, latest_budget
from hbdesk.services.catalogue_benefit import Benefit, benefits_in
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, transaction
from hbdesk.services.decisions_query import chains_of
from hbdesk.services.plan import disagreements_of, entries_of
from hbdesk.services.spending_view import BudgetState, chain_state
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class ClientEntry:
    """One narrative entry of the plan as the client reads it, with the client's objections."""

    section: str
    text: str
    author: str
    written_at: dt.datetime
    disagreements: tuple[tuple[str, str, dt.datetime], ...] = ()  # (author, text, when)


@dataclass(frozen=True)
class ClientPlan:
    version: int
    status: str  # draft | agreed
    agreed_on: dt.date | None
    next_follow_up_on: dt.date | None
    entries: dict[str, list[ClientEntry]] = field(default_factory=dict)  # by section, in order
    # The latest read-together confirmation of any version: (version, method, when).
    confirmed: tuple[int, str, dt.datetime] | None = None


@dataclass(frozen=True)
class ClientViewData:
    client_id: str
    first_name: str
    last_name: str
    key_worker_name: str | None
    plan: ClientPlan | None
    budget: BudgetView | None
    money: list[BudgetState]
    as_of: dt.date
    # What is known of a budget line's catalogue item (used by at least five), by line id.
    benefits: dict[str, Benefit] = field(default_factory=dict)
    language: str = "fi"  # the client's own: the view speaks it, whatever the worker's is


def _plan(session: Session, client_id: str) -> tuple[ClientPlan | None, list[str]]:
    plan = session.scalar(
        select(Plan).where(Plan.client_id == client_id).order_by(Plan.version.desc()).limit(1)
    )
    if plan is None:
        return None, []
    entries = entries_of(session, plan.id)
    # A disagreement stays with the entry across versions (linked to any of its lineage).
    objections = disagreements_of(session, entries)
    by_section: dict[str, list[ClientEntry]] = {s.value: [] for s in PlanSection}
    for e in entries:
        by_section.setdefault(e.section, []).append(
            ClientEntry(
                e.section,
                e.text,
                e.author,
                e.updated_at or e.created_at,
                tuple((d.author, d.text, d.recorded_at) for d in objections.get(e.id, ())),
            )
        )
    refs = [ref(plan), *(ref(e) for e in entries)]
    confirmed = None
    found = session.execute(
        select(Plan.version, PlanConfirmation.method, PlanConfirmation.confirmed_at)
        .join(Plan, Plan.id == PlanConfirmation.plan_id)
        .where(PlanConfirmation.client_id == client_id)
        .order_by(PlanConfirmation.confirmed_at.desc())
        .limit(1)
    ).first()
    if found is not None:
        confirmed = (int(found[0]), str(found[1]), found[2])
    return ClientPlan(
        plan.version, plan.status, plan.agreed_on, plan.next_follow_up_on, by_section, confirmed
    ), refs


def client_view(
    vault: OpenVault, actor: Actor, client_id: str, as_of: dt.date | None = None
) -> ClientViewData:
    """Everything the client's view shows, read for this one client (logged as a view)."""
    day = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        plan, refs = _plan(tx.session, client_id)
        budget = latest_budget(tx.session, client_id)
        view = budget_view(tx.session, budget) if budget is not None else None
        if view is not None:
            refs += [ref(view.budget), *(ref(line) for line in view.lines)]
        money = [chain_state(tx.session, c, day) for c in chains_of(tx.session, client_id)]
        refs += [ref(s.decision) for s in money] + [ref(r.entry) for s in money for r in s.rows]
        tx.viewed(client_id, refs)
        known = benefits_in(tx.session) if view is not None else {}
        benefits = {
            line.id: known[line.catalogue_code]
            for line in (view.lines if view else [])
            if line.catalogue_code and line.catalogue_code in known
        }
        return ClientViewData(
            client.id,
            client.first_name,
            client.last_name,
            client.key_worker_name,
            plan,
            view,
            money,
            day,
            benefits,
            client.language,
        )
