"""Stage 8: follow-up meetings, progress on each goal (−2…+2), the series per goal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from hbdesk.models.errors import DomainError
from hbdesk.models.followup import GAS_MAX, GAS_MIN, FollowUp, GoalPoint, GoalProgress
from hbdesk.models.plan import Plan, PlanEntry
from hbdesk.models.selfassessment import SelfAssessment
from hbdesk.models.values import check_score, check_text
from hbdesk.models.vocab import Author, PlanSection, Stage, check_choice
from hbdesk.services.common import advance_stage, get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

REVISIONS = ("none", "plan", "budget", "both")


def record_follow_up(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    held_on: dt.date,
    summary: str,
    author: str = Author.TOGETHER.value,
    next_follow_up_on: dt.date | None = None,
    revision_needed: str = "none",
    self_assessment_id: str | None = None,
) -> Outcome[FollowUp]:
    """A follow-up: how things went, whether plan or budget need revising, the next date."""
    if revision_needed not in REVISIONS:
        raise DomainError("invalid_choice", "revision_needed")
    if next_follow_up_on is not None and next_follow_up_on < held_on:
        raise DomainError("period_ends_before_start", "next_follow_up_on")
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id, open_only=True)
        if self_assessment_id is not None:
            get_for_client(
                tx.session, SelfAssessment, self_assessment_id, client_id, "self_assessment_id"
            )
        row = FollowUp(
            client_id=client_id,
            held_on=held_on,
            summary=check_text(summary, "summary"),
            author=check_choice(Author, author, "author").value,
            revision_needed=revision_needed,
            next_follow_up_on=next_follow_up_on,
            self_assessment_id=self_assessment_id,
        )
        tx.session.add(row)
        advance_stage(client, Stage.FOLLOW_UP)
    return tx.outcome(row)


def record_goal_progress(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    goal_lineage_id: str,
    assessed_on: dt.date,
    score: int,
    note: str = "",
    author: str = Author.TOGETHER.value,
    follow_up_id: str | None = None,
) -> Outcome[GoalProgress]:
    """Goal attainment on a day: −2 much less than expected … 0 as expected … +2 much more."""
    check_score(score, GAS_MIN, GAS_MAX, "score")
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        goal = tx.session.scalar(
            select(PlanEntry.id)
            .where(
                PlanEntry.client_id == client_id,
                PlanEntry.lineage_id == goal_lineage_id,
                PlanEntry.section == PlanSection.GOAL,
            )
            .limit(1)
        )
        if goal is None:
            raise DomainError("not_found", "goal_lineage_id")
        if follow_up_id is not None:
            get_for_client(tx.session, FollowUp, follow_up_id, client_id, "follow_up_id")
        row = GoalProgress(
            client_id=client_id,
            goal_lineage_id=goal_lineage_id,
            follow_up_id=follow_up_id,
            assessed_on=assessed_on,
            score=score,
            note=check_text(note, "note", required=False),
            author=check_choice(Author, author, "author").value,
        )
        tx.session.add(row)
    return tx.outcome(row)


@dataclass(frozen=True)
class GoalAttainment:
    goal_lineage_id: str
    text: str  # the goal's wording in the newest plan version that has it
    points: list[GoalPoint]  # oldest first

    @property
    def latest(self) -> int | None:
        return self.points[-1].score if self.points else None


def goal_attainment(vault: OpenVault, actor: Actor, client_id: str) -> list[GoalAttainment]:
    """Every goal of the client's plans with its attainment series."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        goals = tx.session.execute(
            select(PlanEntry.lineage_id, PlanEntry.text, Plan.version, PlanEntry.position)
            .join(Plan, Plan.id == PlanEntry.plan_id)
            .where(PlanEntry.client_id == client_id, PlanEntry.section == PlanSection.GOAL)
            .order_by(Plan.version, PlanEntry.position)
        ).all()
        wording = {lineage: text for lineage, text, _v, _p in goals}
        rows = list(
            tx.session.scalars(
                select(GoalProgress)
                .where(GoalProgress.client_id == client_id)
                .order_by(GoalProgress.assessed_on, GoalProgress.recorded_at)
            )
        )
        tx.viewed(client_id, [ref(r) for r in rows])
    series: dict[str, list[GoalPoint]] = {lineage: [] for lineage in wording}
    for r in rows:
        series.setdefault(r.goal_lineage_id, []).append(
            GoalPoint(r.assessed_on, r.score, r.note, r.author)
        )
    return [
        GoalAttainment(lineage, wording.get(lineage, ""), points)
        for lineage, points in series.items()
    ]


def list_follow_ups(vault: OpenVault, actor: Actor, client_id: str) -> list[FollowUp]:
    """The client's follow-ups, oldest first."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(FollowUp).where(FollowUp.client_id == client_id).order_by(FollowUp.held_on)
            )
        )
        tx.viewed(client_id, [ref(r) for r in rows])
    return rows
