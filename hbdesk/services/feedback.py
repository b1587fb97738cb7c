"""Stage 9: anonymous feedback — no client, no time finer than the month, no log naming anyone.

Giving feedback writes one row and nothing else (no access-log row, no outbox op); it leaves
the laptop through its own channel once its month has ended (`hbdesk.sync.feedback_channel`,
design in models/feedback.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from hbdesk.models.errors import DomainError
from hbdesk.models.feedback import Feedback
from hbdesk.models.values import check_score, check_text
from hbdesk.protocol.feedback import GIVERS
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

__all__ = ["GIVERS", "FeedbackAnswers", "FeedbackSummary", "feedback_summary", "give_feedback"]


@dataclass(frozen=True)
class FeedbackAnswers:
    unit: str
    given_by: str = "client"
    felt_heard: int | None = None  # 1–5
    budget_follow_ease: int | None = None  # 1 very hard … 5 very easy
    goals_reached: int | None = None  # 1–5
    text: str = ""


def _scale(value: int | None, field: str) -> int | None:
    return None if value is None else check_score(value, 1, 5, field)


def give_feedback(
    vault: OpenVault, actor: Actor, month: dt.date, answers: FeedbackAnswers
) -> Outcome[None]:
    """Store feedback that cannot be traced to the client; returns nothing that points to it."""
    if answers.given_by not in GIVERS:
        raise DomainError("invalid_choice", "given_by")
    row = Feedback(
        period=f"{month.year:04d}-{month.month:02d}",
        unit=check_text(answers.unit, "unit", max_chars=200),
        felt_heard=_scale(answers.felt_heard, "felt_heard"),
        budget_follow_ease=_scale(answers.budget_follow_ease, "budget_follow_ease"),
        goals_reached=_scale(answers.goals_reached, "goals_reached"),
        given_by=answers.given_by,
        text=check_text(answers.text, "text", required=False, max_chars=5000),
    )
    with transaction(vault, actor, purpose="feedback") as tx:
        tx.session.add(row)
    return tx.outcome(None)


@dataclass(frozen=True)
class FeedbackSummary:
    """Organisation level: counts and shares, never single answers with a person attached."""

    answers: int
    felt_heard_share: Decimal | None  # 4 or 5 of 5
    found_following_hard: int  # 1 or 2 of 5
    following_answers: int
    texts: list[str]


def _share(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def feedback_summary(
    vault: OpenVault,
    actor: Actor,
    *,
    unit: str | None = None,
    first_month: str | None = None,
    last_month: str | None = None,
) -> FeedbackSummary:
    """The unit's feedback still on this laptop over months "YYYY-MM" … "YYYY-MM" (inclusive),
    summed up (sent feedback is deleted once the county's server holds it)."""
    with transaction(vault, actor, purpose="feedback_report") as tx:
        q = select(Feedback)
        if unit:
            q = q.where(Feedback.unit == unit)
        if first_month:
            q = q.where(Feedback.period >= first_month)
        if last_month:
            q = q.where(Feedback.period <= last_month)
        rows = list(tx.session.scalars(q.order_by(Feedback.period)))
    heard = [r.felt_heard for r in rows if r.felt_heard is not None]
    ease = [r.budget_follow_ease for r in rows if r.budget_follow_ease is not None]
    return FeedbackSummary(
        len(rows),
        _share(sum(1 for h in heard if h >= 4), len(heard)),
        sum(1 for e in ease if e <= 2),
        len(ease),
        sorted(r.text for r in rows if r.text.strip()),
    )
