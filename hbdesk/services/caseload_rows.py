"""The caseload's rows from what was read: each client's money, next step and follow-up.

Pure: no SQLAlchemy, no models' tables. services.caseload reads through the ORM and the
first screen after unlock (hbdesk.app.first_screen) reads the same columns with plain SQL;
both make their rows here, so the two show the same caseload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, TypeVar

from hbdesk.models.balance import EntryFacts, balance, pace, receipts_overdue, status_of
from hbdesk.models.born import birth_date
from hbdesk.models.decision_rules import governing
from hbdesk.models.progress import ProcessFacts, next_step
from hbdesk.models.vocab import DecisionOutcome, EntryStatus, PaymentMethod

if TYPE_CHECKING:
    from hbdesk.models.decision import Decision
    from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry

FILTERS = (
    "follow_up_due",
    "running_out",
    "pending_invoices",
    "receipts_overdue",
    "open",
    "closed",
)
FOLLOW_UP_WINDOW = dt.timedelta(days=14)


@dataclass(frozen=True)
class MoneyState:
    granted: Decimal
    available: Decimal
    pending: Decimal
    runs_out_on: dt.date | None
    warning: bool
    pending_invoices: int
    valid_to: dt.date
    receipts_overdue: int = 0  # direct payments whose receipts are past due


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    name: str
    identity_code: str | None
    stage: str
    key_worker_id: str | None
    next_follow_up_on: dt.date | None
    money: MoneyState | None  # None: no budget decision in force
    next_step: str | None = None  # NextStep (hbdesk.models.progress): what to do next
    born: dt.date | None = None  # from the identity code: tells same-named clients apart


class DecisionLink(Protocol):
    """What grouping reads of a decision."""

    @property
    def id(self) -> str: ...
    @property
    def chain_id(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def supersedes_id(self) -> str | None: ...


D = TypeVar("D", bound=DecisionLink)


class ClientLike(Protocol):
    """What the rows read of a client."""

    @property
    def id(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def identity_code(self) -> str | None: ...
    @property
    def stage(self) -> str: ...
    @property
    def key_worker_id(self) -> str | None: ...


@dataclass(frozen=True)
class Recorded:
    """What exists for each client (by id), enough with the money to say the next step."""

    assessed: Mapping[str, int] = field(default_factory=dict)  # self-assessments made
    needs: set[str] = field(default_factory=set)  # a need assessment
    proposals: set[str] = field(default_factory=set)  # the client's own proposal
    trusted: set[str] = field(default_factory=set)  # a trusted person, or the need considered
    plans: Mapping[str, str] = field(default_factory=dict)  # the newest plan's status
    budgets: Mapping[str, str] = field(default_factory=dict)  # the newest budget's status
    drafts: set[str] = field(default_factory=set)  # a decision draft not yet issued
    unnotified: set[str] = field(default_factory=set)  # a decision not yet notified


def latest_follow_ups(
    agreed_plans: Iterable[tuple[str, dt.date | None]],
    follow_ups: Iterable[tuple[str, dt.date | None]],
) -> dict[str, dt.date | None]:
    """Each client's next follow-up: the agreed plans' (by version), then the follow-ups'
    (by when held): the last one read wins."""
    result: dict[str, dt.date | None] = {}
    for cid, day in (*agreed_plans, *follow_ups):
        result[cid] = day
    return result


def chains_by_client_of(decisions: Iterable[D]) -> dict[str, list[list[D]]]:
    """Each client's decision chains, each first to latest."""
    by_chain: dict[str, list[D]] = {}
    for d in decisions:
        by_chain.setdefault(d.chain_id, []).append(d)
    result: dict[str, list[list[D]]] = {}
    for members in by_chain.values():
        nxt = {d.supersedes_id: d for d in members}
        ordered: list[D] = []
        cur: D | None = next(d for d in members if d.supersedes_id is None)
        while cur is not None:
            ordered.append(cur)
            cur = nxt.get(cur.id)
        result.setdefault(ordered[0].client_id, []).append(ordered)
    return result


def facts_by_chain_of(
    entries: Iterable[SpendingEntry],
    confirmations: Iterable[InvoiceConfirmation],
    receipts: Iterable[ReceiptReport],
) -> dict[str, list[EntryFacts]]:
    """Each decision chain's entries, each with its confirmation and receipts."""
    confs = {c.entry_id: c for c in confirmations}
    by_entry: dict[str, list[ReceiptReport]] = {}
    for r in receipts:
        by_entry.setdefault(r.entry_id, []).append(r)
    result: dict[str, list[EntryFacts]] = {}
    for e in entries:
        result.setdefault(e.chain_id, []).append(
            EntryFacts(e, confs.get(e.id), tuple(by_entry.get(e.id, ())))
        )
    return result


def money_state(
    chains: list[list[Decision]], facts: Mapping[str, list[EntryFacts]], today: dt.date
) -> MoneyState | None:
    """The sum over the client's decisions in force today."""
    states = []
    for decisions in chains:
        d = governing(decisions, today)
        if d.outcome == DecisionOutcome.REFUSED or today > decisions[-1].valid_to:
            continue
        chain_facts = facts.get(d.chain_id, [])
        bal = balance(d.granted_sum, chain_facts, today)
        p = pace(
            d.granted_sum, decisions[0].valid_from, d.valid_to, bal.confirmed + bal.pending, today
        )
        waiting = sum(
            1
            for f in chain_facts
            if f.entry.method == PaymentMethod.INVOICE
            and not f.entry.reverses_id
            and status_of(f, today) == EntryStatus.PENDING
        )
        states.append(
            MoneyState(
                d.granted_sum,
                bal.available,
                bal.pending,
                p.runs_out_on,
                p.warning,
                waiting,
                d.valid_to,
                receipts_overdue(chain_facts, today),
            )
        )
    if not states:
        return None
    runs_out = [s.runs_out_on for s in states if s.runs_out_on]
    return MoneyState(
        sum((s.granted for s in states), Decimal("0.00")),
        sum((s.available for s in states), Decimal("0.00")),
        sum((s.pending for s in states), Decimal("0.00")),
        min(runs_out) if runs_out else None,
        any(s.warning for s in states),
        sum(s.pending_invoices for s in states),
        min(s.valid_to for s in states),
        sum(s.receipts_overdue for s in states),
    )


def process_facts_of(
    clients: Sequence[ClientLike],
    recorded: Recorded,
    money: Mapping[str, MoneyState | None],
    follow: Mapping[str, dt.date | None],
) -> dict[str, ProcessFacts]:
    """ProcessFacts per client id."""
    result = {}
    for c in clients:
        m = money.get(c.id)
        result[c.id] = ProcessFacts(
            closed=c.stage == "closed",
            self_assessments=int(recorded.assessed.get(c.id, 0)),
            need_assessed=c.id in recorded.needs,
            proposal=c.id in recorded.proposals,
            trusted_person_ok=c.id in recorded.trusted,
            plan_status=recorded.plans.get(c.id),
            budget_status=recorded.budgets.get(c.id),
            open_draft=c.id in recorded.drafts,
            unnotified_decision=c.id in recorded.unnotified,
            decision_in_force=m is not None,
            pending_invoices=m.pending_invoices if m else 0,
            next_follow_up_on=follow.get(c.id),
            decision_ends_on=m.valid_to if m else None,
        )
    return result


def caseload_rows(
    clients: Sequence[ClientLike],
    follow: Mapping[str, dt.date | None],
    money: Mapping[str, MoneyState | None],
    progress: Mapping[str, ProcessFacts],
    day: dt.date,
    only: str | None = None,
) -> list[CaseloadRow]:
    """One row per client, in the order given, narrowed by a filter (see FILTERS)."""
    rows = [
        CaseloadRow(
            c.id,
            f"{c.first_name} {c.last_name}",
            c.identity_code,
            c.stage,
            c.key_worker_id,
            follow.get(c.id),
            money[c.id],
            next_step(progress[c.id], day).value,
            birth_date(c.identity_code),
        )
        for c in clients
    ]
    return [r for r in rows if keep(r, only, day)]


def keep(row: CaseloadRow, only: str | None, day: dt.date) -> bool:
    if only is None:
        return True
    if only == "follow_up_due":
        return (
            row.stage != "closed"
            and row.next_follow_up_on is not None
            and row.next_follow_up_on <= day + FOLLOW_UP_WINDOW
        )
    if only == "running_out":
        return row.money is not None and row.money.warning
    if only == "pending_invoices":
        return row.money is not None and row.money.pending_invoices > 0
    if only == "receipts_overdue":
        return row.money is not None and row.money.receipts_overdue > 0
    if only == "open":
        return row.stage != "closed"
    return row.stage == "closed"
