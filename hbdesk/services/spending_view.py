"""Following the budget: spending with its status, balance as of a day, pace and a chart series.

The rules are the models' (hbdesk.models.balance), shared with the server's Oma HB pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.balance import (
    BudgetState,
    ChartPoint,
    EntryFacts,
    SpendingRow,
    budget_state,
    series,
)
from hbdesk.models.decision import Decision
from hbdesk.models.ledger import HeldPayment
from hbdesk.models.vocab import EntryStatus
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, transaction
from hbdesk.services.decisions_query import chains_of
from hbdesk.services.ledger import facts_of
from hbdesk.store import OpenVault

__all__ = [
    "BudgetState",
    "ChartPoint",
    "SpendingRow",
    "balance_series",
    "budget_states",
    "series",
    "use_of_budget",
]

_OPEN = (EntryStatus.PENDING, EntryStatus.DISPUTED)


def chain_state(
    session: Session,
    decisions: list[Decision],
    as_of: dt.date,
    newest: int | None = None,
    facts: list[EntryFacts] | None = None,
) -> BudgetState:
    """A chain's money as of a day; with `newest`, only that many of the newest entries and
    every older one still open (`older` counts those left out). `facts`: the chain's entries
    when read already."""
    if facts is None:
        facts = facts_of(session, decisions[0].chain_id)
    state = budget_state(decisions, facts, as_of)
    state = replace(state, held=_held(session, [d.id for d in decisions]))
    rows = state.rows
    if newest is None or len(rows) <= newest:
        return state
    cut = len(rows) - newest
    kept = [r for r in rows[:cut] if r.status in _OPEN] + rows[cut:]
    return replace(state, rows=kept, older=len(rows) - len(kept))


def _held(session: Session, decision_ids: list[str]) -> list[HeldPayment]:
    """Spending the county's systems reported and its server held, not yet settled there."""
    return list(
        session.scalars(
            select(HeldPayment)
            .where(HeldPayment.decision_id.in_(decision_ids), HeldPayment.resolution.is_(None))
            .order_by(HeldPayment.spent_on)
        )
    )


def budget_states(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    as_of: dt.date | None = None,
    *,
    newest: int | None = None,
) -> list[BudgetState]:
    """Every decision chain of the client with balance, pace and spending (pending/confirmed).

    With `newest`, each chain's rows are its newest entries and every older one still open
    (pending or disputed); `older` counts the settled ones left out (a screen shows what
    is recent and what waits, whatever the length of the history)."""
    day = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        states = [chain_state(tx.session, c, day, newest) for c in chains_of(tx.session, client_id)]
        tx.viewed(client_id, _shown_refs(states))
    return states


def balance_series(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    chain_id: str,
    *,
    as_of: dt.date | None = None,
    step_days: int = 7,
) -> list[ChartPoint]:
    """Balance and use over the validity period, one point every `step_days`, for a chart."""
    day_end = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        decisions = next(c for c in chains_of(tx.session, client_id) if c[0].chain_id == chain_id)
        points = _points(decisions, facts_of(tx.session, chain_id), day_end, step_days)
        tx.viewed(client_id, [ref(d) for d in decisions])
    return points


def _points(
    decisions: list[Decision], facts: list[EntryFacts], day_end: dt.date, step_days: int
) -> list[ChartPoint]:
    start, end = decisions[0].valid_from, decisions[-1].valid_to
    days = []
    day = start
    while day <= min(day_end, end):
        days.append(day)
        day += dt.timedelta(days=step_days)
    return series(decisions, facts, days)


def use_of_budget(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    chosen: str | None = None,
    *,
    as_of: dt.date | None = None,
    newest: int | None = None,
    step_days: int = 7,
) -> tuple[list[BudgetState], str | None, list[ChartPoint]]:
    """What the use of the budget shows in one read: every chain's money (`budget_states`),
    and the chart series (`balance_series`) of the chain `chosen`, else the newest, with
    the chain shown. Each chain's entries are read once for both."""
    day = as_of or dt.date.today()
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        chains = chains_of(tx.session, client_id)
        facts = [facts_of(tx.session, c[0].chain_id) for c in chains]
        states = [
            chain_state(tx.session, c, day, newest, f) for c, f in zip(chains, facts, strict=True)
        ]
        if not states:
            tx.viewed(client_id)
            return states, None, []
        at = next((i for i, s in enumerate(states) if s.chain_id == chosen), len(states) - 1)
        points = _points(chains[at], facts[at], day, step_days)
        tx.viewed(client_id, _shown_refs(states) + [ref(d) for d in chains[at]])
    return states, states[at].chain_id, points


def _shown_refs(states: list[BudgetState]) -> list[str]:
    return (
        [ref(r.entry) for s in states for r in s.rows]
        + [ref(h) for s in states for h in s.held]
        + [ref(s.decision) for s in states]
    )
