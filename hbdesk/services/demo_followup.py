"""Demo follow-up and closing: goal progress, self-assessment again, feedback, the end."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from hbdesk.models.questionnaire_data import DOMAINS
from hbdesk.services import closing, decision, feedback, followup, selfassessment
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault

if TYPE_CHECKING:
    from hbdesk.services.demo import Case


def _answers(rng: random.Random, base: int) -> dict[str, int | None]:
    return {
        item.code: max(0, min(10, base + rng.randint(-2, 2)))
        for domain in DOMAINS
        for item in domain.items
    }


def follow_up(
    vault: OpenVault, actor: Actor, rng: random.Random, case: Case, today: dt.date
) -> None:
    """A follow-up some months in: goals scored, self-assessment again, the next date."""
    held = min(case.start + dt.timedelta(days=90), today - dt.timedelta(days=3))
    again = selfassessment.record_self_assessment(
        vault,
        actor,
        case.client_id,
        questionnaire_id=case.questionnaire_id,
        answered_on=held,
        answers=_answers(rng, rng.randint(5, 8)),
        occasion="follow_up",
    ).value
    meeting = followup.record_follow_up(
        vault,
        actor,
        case.client_id,
        held_on=held,
        summary="Arki on lähtenyt liikkeelle.",
        next_follow_up_on=held + dt.timedelta(days=rng.choice((30, 60, 90))),
        self_assessment_id=again.id,
    ).value
    for goal in case.goal_ids:
        followup.record_goal_progress(
            vault,
            actor,
            case.client_id,
            goal_lineage_id=goal,
            assessed_on=held,
            score=rng.randint(-1, 2),
            note="Arvioitu yhdessä.",
            follow_up_id=meeting.id,
        )
    if rng.random() < 0.5:
        _feedback(vault, actor, rng, case, held)


def _feedback(
    vault: OpenVault, actor: Actor, rng: random.Random, case: Case, month: dt.date
) -> None:
    feedback.give_feedback(
        vault,
        actor,
        month,
        feedback.FeedbackAnswers(
            unit=case.situation.unit,
            felt_heard=rng.choice((3, 4, 4, 5, 5)),
            budget_follow_ease=rng.choice((1, 2, 3, 4, 4, 5)),
            goals_reached=rng.randint(2, 5),
            text=rng.choice(("", "Sain valita itse.", "Laskujen seuraaminen oli vaikeaa.")),
            given_by=rng.choice(("client", "client", "support_person")),
        ),
    )


def close_case(
    vault: OpenVault,
    actor: Actor,
    rng: random.Random,
    case: Case,
    maker: decision.DecisionMaker,
    appeal: decision.AppealSettings,
) -> None:
    """End the budget's use early by a decision (when planned), assess once more, close."""
    closed_on = case.start + dt.timedelta(days=370)
    if case.ends_on is not None:
        current = decision.list_decisions(vault, actor, case.client_id)[-1].decision
        decision.end_budget_use(
            vault,
            actor,
            case.client_id,
            current.id,
            ends_on=case.ends_on,
            grounds="Tavoitteet on saavutettu, tarvetta ei enää ole.",
            decided_on=case.ends_on - dt.timedelta(days=10),
            decided_by=maker,
            appeal=appeal,
        )
        closed_on = case.ends_on + dt.timedelta(days=5)
    final = selfassessment.record_self_assessment(
        vault,
        actor,
        case.client_id,
        questionnaire_id=case.questionnaire_id,
        answered_on=closed_on,
        answers=_answers(rng, rng.randint(6, 9)),
        occasion="final",
    ).value
    closing.close_client(
        vault,
        actor,
        case.client_id,
        closed_on=closed_on,
        reason=rng.choice(("goals_reached", "need_ended", "client_wish")),
        effects="Toimintakyky ja osallisuus vahvistuivat; arki sujuu.",
        final_assessment_id=final.id,
    )
    _feedback(vault, actor, rng, case, closed_on)
