"""What each Oma HB page shows, computed from one client's synced records with the models'
own rules — the same plan, balance, pace and spending states as the laptop's client's view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from hbdesk.models.balance import BudgetState, EntryFacts, SpendingRow, budget_state
from hbdesk.models.budget import Budget, BudgetLine, BudgetTotals, totals
from hbdesk.models.client import Client
from hbdesk.models.decision import Decision, chains_from
from hbdesk.models.followup import GoalProgress
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.models.mandate import Mandate
from hbdesk.models.plan import (
    Disagreement,
    Plan,
    PlanConfirmation,
    PlanEntry,
    disagreements_by_entry,
)
from hbdesk.models.vocab import EntryStatus, PaymentMethod, PlanSection
from hbdesk.server import db
from hbdesk.server.omahb import records
from hbdesk.server.omahb.records import Records

MONEY_MODELS = (Decision, SpendingEntry, InvoiceConfirmation, ReceiptReport)
PLAN_MODELS = (Plan, PlanEntry, Disagreement, PlanConfirmation, GoalProgress)
LINE_MODELS = (Budget, BudgetLine)
MANDATE_MODELS = (Mandate,)


# --- the plan ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    id: str
    section: str
    text: str
    author: str
    written_at: dt.datetime
    lineage_id: str
    disagreements: tuple[tuple[str, str, dt.datetime], ...] = ()  # (author, text, when)


@dataclass(frozen=True)
class PlanView:
    version: int
    agreed_on: dt.date | None
    next_follow_up_on: dt.date | None
    sections: dict[str, list[Entry]]
    confirmed: tuple[int, str, dt.datetime] | None  # (version, method, when)
    newer_draft: bool  # a newer version is being written with the worker

    @property
    def goals(self) -> list[Entry]:
        return self.sections.get(PlanSection.GOAL.value, [])


def plan_view(recs: Records) -> PlanView | None:
    """The newest agreed plan version (a draft is still being written: not shown)."""
    plans = sorted(recs.of(Plan), key=lambda p: p.version or 0)
    agreed = [p for p in plans if p.status == "agreed"]
    if not agreed:
        return None
    plan = agreed[-1]
    entries = sorted(
        (e for e in recs.of(PlanEntry) if e.plan_id == plan.id),
        key=lambda e: (e.section, e.position or 0),
    )
    lineage_of = {e.id: e.lineage_id for e in recs.of(PlanEntry)}
    objections = disagreements_by_entry(entries, lineage_of, recs.of(Disagreement))
    sections: dict[str, list[Entry]] = {s.value: [] for s in PlanSection}
    for e in entries:
        sections.setdefault(e.section, []).append(
            Entry(
                e.id,
                e.section,
                e.text or "",
                e.author or "",
                e.updated_at or e.created_at,
                e.lineage_id,
                tuple((d.author, d.text, d.recorded_at) for d in objections.get(e.id, ())),
            )
        )
    versions = {p.id: p.version for p in plans}
    confirmations = sorted(recs.of(PlanConfirmation), key=lambda c: c.confirmed_at)
    confirmed = None
    if confirmations:
        last = confirmations[-1]
        confirmed = (versions.get(last.plan_id, 0), last.method, last.confirmed_at)
    return PlanView(
        plan.version,
        plan.agreed_on,
        plan.next_follow_up_on,
        sections,
        confirmed,
        plans[-1].version != plan.version,
    )


# --- the money --------------------------------------------------------------------------


def facts(recs: Records, chain_id: str) -> list[EntryFacts]:
    """Every entry of a chain with its confirmation and receipts (as the laptop's ledger)."""
    entries = sorted(
        (e for e in recs.of(SpendingEntry) if e.chain_id == chain_id),
        key=lambda e: (e.spent_on, e.recorded_at),
    )
    confirmations: dict[str, InvoiceConfirmation] = {}
    for c in sorted(recs.of(InvoiceConfirmation), key=lambda c: c.confirmed_at, reverse=True):
        confirmations[c.entry_id] = c  # the earliest word counts (a later one is a rival)
    receipts: dict[str, list[ReceiptReport]] = {}
    for r in recs.of(ReceiptReport):
        receipts.setdefault(r.entry_id, []).append(r)
    return [EntryFacts(e, confirmations.get(e.id), tuple(receipts.get(e.id, ()))) for e in entries]


def money(recs: Records, today: dt.date) -> list[BudgetState]:
    """Each decision chain's balance, pace and spending as of today."""
    return [
        budget_state(chain, facts(recs, chain[0].chain_id), today)
        for chain in chains_from(recs.of(Decision))
    ]


def waiting_invoices(states: Iterable[BudgetState]) -> list[SpendingRow]:
    """Invoices the client has not yet confirmed or disputed (and nobody has corrected)."""
    return [
        row
        for state in states
        for row in state.rows
        if row.entry.method == PaymentMethod.INVOICE
        and row.status == EntryStatus.PENDING
        and row.confirmed_by is None
        and not row.entry.reverses_id
    ]


def waiting_receipts(states: Iterable[BudgetState]) -> list[SpendingRow]:
    """Money paid to the client's account whose receipts do not yet cover it."""
    return [
        row
        for state in states
        for row in state.rows
        if row.entry.method == PaymentMethod.DIRECT_PAYMENT
        and row.status == EntryStatus.PENDING
        and not row.entry.reverses_id
    ]


@dataclass(frozen=True)
class BudgetLines:
    budget: Budget
    lines: list[BudgetLine]
    totals: BudgetTotals
    unsettled: frozenset[str]  # line ids with an open conflict


def budget_lines(conn: Connection, recs: Records) -> BudgetLines | None:
    """The newest budget version with its lines and computed totals."""
    budgets = sorted(recs.of(Budget), key=lambda b: b.version or 0)
    if not budgets:
        return None
    budget = budgets[-1]
    lines = sorted(
        (line for line in recs.of(BudgetLine) if line.budget_id == budget.id),
        key=lambda line: (line.position or 0, line.created_at),
    )
    c = db.conflicts.c
    unsettled = conn.execute(
        select(c.entity_id).where(
            c.client_id == recs.client_id,
            c.entity == "budget_lines",
            c.state == "open",
        )
    ).scalars()
    return BudgetLines(budget, lines, totals(budget, lines), frozenset(unsettled))


# --- goals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    lineage_id: str
    text: str
    points: list[GoalProgress] = field(default_factory=list)  # oldest first

    @property
    def latest(self) -> GoalProgress | None:
        return self.points[-1] if self.points else None


def goals(recs: Records, plan: PlanView | None) -> list[Goal]:
    """The agreed plan's goals with their evaluations so far (the client's and together)."""
    if plan is None:
        return []
    series: dict[str, list[GoalProgress]] = {}
    for p in sorted(recs.of(GoalProgress), key=lambda p: (p.assessed_on, p.recorded_at)):
        series.setdefault(p.goal_lineage_id, []).append(p)
    return [Goal(e.lineage_id, e.text, series.get(e.lineage_id, [])) for e in plan.goals]


# --- the whole client -------------------------------------------------------------------


def client_name(conn: Connection, client_id: str) -> tuple[str, str]:
    client = records.load(conn, client_id, [Client]).get(Client, client_id)
    if client is None:
        return "", ""
    return client.first_name or "", client.last_name or ""


def mandates(recs: Records) -> list[Mandate]:
    return sorted(recs.of(Mandate), key=lambda m: m.granted_at, reverse=True)
