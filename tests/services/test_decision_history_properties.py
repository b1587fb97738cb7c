"""Property tests through the services: grants, partial grants and revisions keep the history,
and the balance is always the latest grant minus what was used."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hbdesk.models.decision import Decision
from hbdesk.services import budget, decision, ledger, spending_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER, granted_budget

cents = st.integers(min_value=100, max_value=500_000)  # 1.00 … 5000.00 €
ONE_CENT = Decimal("0.01")


def euros(c: int) -> Decimal:
    return (Decimal(c) / 100).quantize(ONE_CENT)


def _snapshot(vault: OpenVault, client_id: str) -> dict[str, tuple[object, ...]]:
    with vault.session() as s:
        rows = s.scalars(select(Decision).where(Decision.client_id == client_id))
        return {
            d.id: (
                d.outcome,
                d.proposed_sum,
                d.granted_sum,
                d.valid_from,
                d.valid_to,
                d.supersedes_id,
            )
            for d in rows
        }


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    proposed=cents,
    share=st.integers(min_value=1, max_value=100),
    spends=st.lists(st.integers(min_value=1, max_value=20_000), max_size=4),
    revisions=st.lists(cents, min_size=1, max_size=3),
)
def test_revisions_supersede_and_never_rewrite(
    vault: OpenVault,
    worker: Actor,
    proposed: int,
    share: int,
    spends: list[int],
    revisions: list[int],
) -> None:
    granted = euros(max(1, proposed * share // 100))
    partial = granted < euros(proposed)
    g = granted_budget(
        vault,
        worker,
        amount=euros(proposed),
        outcome="partly_granted" if partial else "granted",
        granted=granted if partial else None,
    )
    assert g.decision.granted_sum == granted
    used = Decimal("0.00")
    for n, c in enumerate(spends):
        amount = euros(c)
        if used + amount <= granted:
            ledger.record_spending(
                vault,
                worker,
                g.client_id,
                ledger.Spending(
                    method="mobile_payment",
                    amount=amount,
                    spent_on=dt.date(2026, 1, 2 + n),
                    category="sports",
                    provider="Uimahalli",
                ),
            )
            used += amount
    history = [g.decision.id]
    current = g.decision
    for n, c in enumerate(revisions, start=1):
        before = _snapshot(vault, g.client_id)
        start = dt.date(2026, 1 + 2 * n, 1)
        b = budget.create_budget(
            vault, worker, g.client_id, valid_from=start, valid_to=dt.date(2026, 12, 31)
        ).value
        lines = budget.get_budget(vault, worker, g.client_id, b.id)
        assert lines is not None
        for line in lines.lines:  # the revision's budget: one line at the new amount
            budget.change_line(vault, worker, g.client_id, line.id, unit_price=euros(c))
        draft = decision.prepare_decision(
            vault, worker, g.client_id, b.id, supersedes_id=current.id
        ).value
        current = decision.issue_decision(
            vault, worker, g.client_id, draft.id, decided_on=start, decided_by=MAKER, appeal=APPEAL
        ).value
        history.append(current.id)
        after = _snapshot(vault, g.client_id)
        assert {k: after[k] for k in before} == before  # nothing issued was changed
        assert current.chain_id == g.decision.id and current.granted_sum == euros(c)
    views = decision.list_decisions(vault, worker, g.client_id)
    assert [v.decision.id for v in views] == history
    assert [v.superseded_by for v in views] == [*history[1:], None]
    (state,) = spending_view.budget_states(vault, worker, g.client_id, as_of=dt.date(2026, 12, 31))
    assert state.decision.id == history[-1]
    assert state.balance.available == euros(revisions[-1]) - used
    (early,) = spending_view.budget_states(vault, worker, g.client_id, as_of=dt.date(2026, 1, 31))
    assert early.decision.id == history[0] and early.balance.granted == granted
