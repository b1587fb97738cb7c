"""Where a client is in the HB process and what comes next, from what has been recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class NextStep(StrEnum):
    SELF_ASSESSMENT = "self_assessment"
    NEED_ASSESSMENT = "need_assessment"
    CLIENT_PROPOSAL = "client_proposal"
    TRUSTED_PERSON = "trusted_person"  # no trusted person, support need not yet considered
    AGREE_PLAN = "agree_plan"
    BUILD_BUDGET = "build_budget"
    PREPARE_DECISION = "prepare_decision"
    ISSUE_DECISION = "issue_decision"
    NOTIFY_DECISION = "notify_decision"
    CONFIRM_INVOICES = "confirm_invoices"
    FOLLOW_UP = "follow_up"
    REVISE_OR_CLOSE = "revise_or_close"
    NONE = "none"


@dataclass(frozen=True)
class ProcessFacts:
    """What exists for a client, enough to say the next step."""

    closed: bool
    self_assessments: int
    need_assessed: bool
    proposal: bool
    trusted_person_ok: bool  # a trusted person, or the support need considered
    plan_status: str | None  # None | draft | agreed
    budget_status: str | None  # None | draft | decided
    open_draft: bool  # a decision draft not yet issued
    unnotified_decision: bool
    decision_in_force: bool
    pending_invoices: int
    next_follow_up_on: dt.date | None
    decision_ends_on: dt.date | None


def next_step(f: ProcessFacts, today: dt.date) -> NextStep:
    """The first thing still to do, in the order of the process."""
    if f.closed:
        return NextStep.NONE
    before_decision = [
        (f.self_assessments == 0, NextStep.SELF_ASSESSMENT),
        (not f.need_assessed, NextStep.NEED_ASSESSMENT),
        (not f.proposal, NextStep.CLIENT_PROPOSAL),
        (not f.trusted_person_ok, NextStep.TRUSTED_PERSON),
        (f.plan_status != "agreed", NextStep.AGREE_PLAN),
        (f.budget_status is None, NextStep.BUILD_BUDGET),
        (f.budget_status == "draft" and not f.open_draft, NextStep.PREPARE_DECISION),
        (f.open_draft, NextStep.ISSUE_DECISION),
        (f.unnotified_decision, NextStep.NOTIFY_DECISION),
    ]
    for missing, step in before_decision:
        if missing:
            return step
    if f.pending_invoices:
        return NextStep.CONFIRM_INVOICES
    if f.decision_ends_on is not None and f.decision_ends_on < today:
        return NextStep.REVISE_OR_CLOSE
    if f.next_follow_up_on is not None and f.next_follow_up_on <= today + dt.timedelta(days=14):
        return NextStep.FOLLOW_UP
    return NextStep.NONE
