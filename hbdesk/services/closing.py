"""Stage 10: closing the client relationship, with its reason and the effects recorded."""

from __future__ import annotations

import datetime as dt

from hbdesk.models.closing import Closing
from hbdesk.models.errors import DomainError
from hbdesk.models.selfassessment import SelfAssessment
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Author, ClosingReason, DecisionOutcome, Stage, check_choice
from hbdesk.services.common import advance_stage, get_client, get_for_client
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.services.decisions_query import chains_of
from hbdesk.store import OpenVault


def close_client(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    closed_on: dt.date,
    reason: str,
    effects: str,
    reason_text: str = "",
    author: str = Author.TOGETHER.value,
    final_assessment_id: str | None = None,
) -> Outcome[Closing]:
    """End the client relationship. A budget still in use must first be ended by a decision."""
    why = check_choice(ClosingReason, reason, "reason").value
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id, open_only=True)
        ending_id = None
        for decisions in chains_of(tx.session, client_id):
            tip = decisions[-1]
            if tip.outcome == DecisionOutcome.REFUSED:
                continue
            if tip.valid_to > closed_on:
                raise DomainError("budget_still_in_use", "decision_id", decision_id=tip.id)
            if tip.outcome == DecisionOutcome.ENDED:
                ending_id = tip.id
        if final_assessment_id is not None:
            get_for_client(
                tx.session, SelfAssessment, final_assessment_id, client_id, "final_assessment_id"
            )
        row = Closing(
            client_id=client_id,
            closed_on=closed_on,
            reason=why,
            reason_text=check_text(reason_text, "reason_text", required=False),
            effects=check_text(effects, "effects"),
            author=check_choice(Author, author, "author").value,
            final_assessment_id=final_assessment_id,
            ending_decision_id=ending_id,
        )
        tx.session.add(row)
        advance_stage(client, Stage.CLOSED)
        client.closed_on = closed_on
    return tx.outcome(row)
