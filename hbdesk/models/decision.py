"""The budget decision: a prepared draft, the issued (never edited) decision, its notification.

The rules of a chain (order, the decision governing a day) live in decision_rules.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, Money, UTCDateTime, utcnow
from hbdesk.models.decision_rules import chains_from, governing, in_force, order_chain
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id
from hbdesk.models.types import CodeList
from hbdesk.models.vocab import DecisionOutcome


class DecisionDraft(Base):
    """A decision being prepared from the plan and the budget; editable until issued."""

    __tablename__ = "decision_drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    budget_id: Mapped[str | None] = mapped_column(ForeignKey("budgets.id"))
    kind: Mapped[str] = mapped_column(String(16))  # DecisionKind
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(16))  # DecisionOutcome
    proposed_sum: Mapped[Decimal] = mapped_column(Money)
    granted_sum: Mapped[Decimal] = mapped_column(Money)
    grounds: Mapped[str] = mapped_column(Text)
    plan_summary: Mapped[str] = mapped_column(Text, default="")
    restrictions: Mapped[str] = mapped_column(Text, default="")
    excluded_categories: Mapped[list[str]] = mapped_column(CodeList, default=list)
    allowed_categories: Mapped[list[str]] = mapped_column(CodeList, default=list)  # [] = any
    service_area: Mapped[str] = mapped_column(String(32))
    legal_basis: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    issued_decision_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Decision(Base):
    """An issued budget decision, a legal document: append-only; a revision supersedes it.

    `chain_id` is the first decision of the line of revisions this one belongs to; spending is
    counted against the chain. The appeal facts are copied in at issue, as the paper said them.
    """

    __tablename__ = "decisions"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    draft_id: Mapped[str | None] = mapped_column(String(36))
    budget_id: Mapped[str | None] = mapped_column(ForeignKey("budgets.id"))
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("decisions.id"))
    chain_id: Mapped[str] = mapped_column(String(36), index=True)
    proposed_sum: Mapped[Decimal] = mapped_column(Money)
    granted_sum: Mapped[Decimal] = mapped_column(Money)
    grounds: Mapped[str] = mapped_column(Text)
    plan_summary: Mapped[str] = mapped_column(Text)
    restrictions: Mapped[str] = mapped_column(Text)
    excluded_categories: Mapped[list[str]] = mapped_column(CodeList)
    allowed_categories: Mapped[list[str]] = mapped_column(CodeList)
    service_area: Mapped[str] = mapped_column(String(32))
    legal_basis: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by_name: Mapped[str] = mapped_column(String(200))
    decided_by_title: Mapped[str] = mapped_column(String(200))
    decided_by_user_id: Mapped[str] = mapped_column(String(64))
    organisation_name: Mapped[str] = mapped_column(String(300))
    appeal_body: Mapped[str] = mapped_column(String(300))
    appeal_address: Mapped[str] = mapped_column(Text)
    appeal_email: Mapped[str | None] = mapped_column(String(200))
    appeal_phone: Mapped[str | None] = mapped_column(String(40))
    appeal_court: Mapped[str] = mapped_column(String(300))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class DecisionNotification(Base):
    """How and when a decision was notified; the deadline is computed from it. Append-only."""

    __tablename__ = "decision_notifications"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # NotificationMethod
    sent_on: Mapped[dt.date] = mapped_column(Date)  # posted, sent, or handed over
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def check_outcome(outcome: str, proposed: Decimal, granted: Decimal) -> None:
    """The granted sum must fit the outcome: full, partial (less, above zero), refused (zero)."""
    if outcome == DecisionOutcome.GRANTED and granted != proposed:
        raise DomainError("granted_differs_from_proposal", "granted_sum")
    if outcome == DecisionOutcome.PARTLY_GRANTED and not Decimal(0) < granted < proposed:
        raise DomainError("partial_grant_not_below_proposal", "granted_sum")
    if outcome == DecisionOutcome.REFUSED and granted != 0:
        raise DomainError("refused_with_sum", "granted_sum")


__all__ = [
    "Decision",
    "DecisionDraft",
    "DecisionNotification",
    "chains_from",
    "check_outcome",
    "governing",
    "in_force",
    "order_chain",
]
