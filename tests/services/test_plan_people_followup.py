"""Plan versions, attributed entries, the trusted-person check, self-assessment change, closing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.services import (
    closing,
    decision,
    followup,
    people,
    plan,
    selfassessment,
)
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER, agreed_plan, granted_budget, new_client

D = dt.date


def test_an_agreed_plan_is_frozen_and_a_revision_carries_goals_over(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    first = agreed_plan(vault, worker, cid)
    v1 = plan.get_plan(vault, worker, cid)
    assert v1 is not None
    goal = v1.entries["goal"][0]
    with pytest.raises(DomainError) as err:
        plan.edit_plan_entry(vault, worker, cid, goal.id, text="muutos", author="key_worker")
    assert (err.value.code, err.value.field) == ("plan_agreed", "plan_id")
    plan.record_disagreement(
        vault,
        worker,
        cid,
        record_table="plan_entries",
        record_id=goal.id,
        text="En ole samaa mieltä.",
    )
    second = plan.start_plan(vault, worker, cid).value
    assert second.version == 2 and second.based_on_id == first
    v2 = plan.get_plan(vault, worker, cid)
    assert v2 is not None and v2.plan.id == second.id
    carried = v2.entries["goal"][0]
    assert carried.id != goal.id and carried.lineage_id == goal.lineage_id
    assert carried.author == goal.author and carried.text == goal.text
    assert [d.text for d in v2.disagreements[carried.id]] == ["En ole samaa mieltä."]
    plan.edit_plan_entry(
        vault, worker, cid, carried.id, text="Liikun kerran viikossa.", author="client"
    )
    old = plan.get_plan(vault, worker, cid, first)
    assert old is not None and old.entries["goal"][0].text == "Liikun kaksi kertaa viikossa."
    with pytest.raises(DomainError) as err2:
        plan.start_plan(vault, worker, cid)
    assert err2.value.code == "plan_draft_exists"


def test_a_plan_needs_the_clients_confirmation_a_need_and_a_goal(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    p = plan.start_plan(vault, worker, cid).value
    with pytest.raises(DomainError) as err:
        plan.agree_plan(
            vault,
            worker,
            cid,
            p.id,
            agreed_on=D(2026, 1, 1),
            confirmed_by=["key_worker"],
            confirmation=plan.Confirmation.typed("A"),
        )
    assert err.value.code == "client_must_confirm"
    plan.add_plan_entry(vault, worker, cid, p.id, section="need", text="Tarve", author="client")
    with pytest.raises(DomainError) as err2:
        plan.agree_plan(
            vault,
            worker,
            cid,
            p.id,
            agreed_on=D(2026, 1, 1),
            confirmed_by=["client"],
            confirmation=plan.Confirmation.typed("A"),
        )
    assert err2.value.code == "plan_has_no_goal"
    with pytest.raises(DomainError) as err3:
        plan.add_plan_entry(vault, worker, cid, p.id, section="goal", text="T", author="boss")
    assert (err3.value.code, err3.value.field) == ("invalid_choice", "author")


def test_no_trusted_person_means_the_support_need_is_considered(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    assert people.people_of(vault, worker, cid).needs_attention
    person = people.add_close_person(
        vault, worker, cid, name="Naapuri Nieminen", relation="naapuri"
    ).value
    assert people.people_of(vault, worker, cid).needs_attention  # not a trusted person
    people.choose_support_person(vault, worker, cid, person.id, tasks="Tulee mukaan tapaamisiin.")
    view = people.people_of(vault, worker, cid)
    assert view.has_trusted_person and view.close_people[0].role == "support_person"
    assert view.close_people[0].chosen_by_client
    other = new_client(vault, worker, name="Toinen")
    people.record_support_need(
        vault,
        worker,
        other,
        considered_on=D(2026, 1, 5),
        support_needed=True,
        reasoning="Ei läheisiä lähellä.",
    )
    assert not people.people_of(vault, worker, other).needs_attention


def test_self_assessment_change_per_domain(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    qid = selfassessment.install_standard_questionnaire(vault, worker).value.id
    again = selfassessment.install_standard_questionnaire(vault, worker).value.id
    assert again == qid  # installed once
    q = selfassessment.questionnaire(vault, worker)
    assert [d.code for d in q.domains] == [
        "physical",
        "mental",
        "social",
        "everyday",
        "work_study",
        "participation",
    ]
    assert all(i.text_fi and i.text_sv and i.text_en for i in q.items)
    first = {i.code: 5 for i in q.items}
    second = {**first, "mental_mood": 8, "mental_coping": 8, "mental_future": None}
    selfassessment.record_self_assessment(
        vault, worker, cid, questionnaire_id=qid, answered_on=D(2026, 1, 1), answers=first
    )
    selfassessment.record_self_assessment(
        vault,
        worker,
        cid,
        questionnaire_id=qid,
        answered_on=D(2026, 6, 1),
        answers=second,
        occasion="follow_up",
    )
    delta = selfassessment.compare_self_assessments(vault, worker, cid)
    assert delta is not None
    assert delta.by_domain["mental"] == Decimal("3.0") and delta.by_domain["social"] == 0
    assert delta.overall == Decimal("0.4")  # 17 answers: (5*15 + 8*2)/17 = 5.35… → 5.4
    with pytest.raises(DomainError) as err:
        selfassessment.record_self_assessment(
            vault,
            worker,
            cid,
            questionnaire_id=qid,
            answered_on=D(2026, 7, 1),
            answers={"mental_mood": 11},
        )
    assert (err.value.code, err.value.field) == ("out_of_scale", "answers.mental_mood")


def test_goal_progress_is_scaled_minus_two_to_plus_two(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    agreed_plan(vault, worker, cid)
    view = plan.get_plan(vault, worker, cid)
    assert view is not None
    goal = view.entries["goal"][0].lineage_id
    for day, score in ((D(2026, 3, 1), -1), (D(2026, 6, 1), 1)):
        followup.record_goal_progress(
            vault, worker, cid, goal_lineage_id=goal, assessed_on=day, score=score, note=""
        )
    (gas,) = followup.goal_attainment(vault, worker, cid)
    assert [p.score for p in gas.points] == [-1, 1] and gas.latest == 1
    with pytest.raises(DomainError) as err:
        followup.record_goal_progress(
            vault, worker, cid, goal_lineage_id=goal, assessed_on=D(2026, 7, 1), score=3
        )
    assert (err.value.code, err.value.field) == ("out_of_scale", "score")


def test_closing_needs_the_budget_ended_first(vault: OpenVault, worker: Actor) -> None:
    g = granted_budget(vault, worker)
    with pytest.raises(DomainError) as err:
        closing.close_client(
            vault,
            worker,
            g.client_id,
            closed_on=D(2026, 6, 30),
            reason="goals_reached",
            effects="Hyvä",
        )
    assert (err.value.code, err.value.field) == ("budget_still_in_use", "decision_id")
    end = decision.end_budget_use(
        vault,
        worker,
        g.client_id,
        g.decision.id,
        ends_on=D(2026, 6, 30),
        grounds="Tarve päättyi.",
        decided_on=D(2026, 6, 1),
        decided_by=MAKER,
        appeal=APPEAL,
    ).value
    done = closing.close_client(
        vault,
        worker,
        g.client_id,
        closed_on=D(2026, 6, 30),
        reason="need_ended",
        effects="Arki sujuu.",
    ).value
    assert done.ending_decision_id == end.id
    with pytest.raises(DomainError) as err2:
        plan.start_plan(vault, worker, g.client_id)
    assert err2.value.code == "client_closed"
