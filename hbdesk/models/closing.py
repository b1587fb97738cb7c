"""Closing the client relationship: the reason, the recorded effects, the final self-assessment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id


class Closing(Base):
    __tablename__ = "closings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True, unique=True
    )
    closed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(32))  # ClosingReason
    reason_text: Mapped[str] = mapped_column(Text, default="")
    effects: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    final_assessment_id: Mapped[str | None] = mapped_column(ForeignKey("self_assessments.id"))
    ending_decision_id: Mapped[str | None] = mapped_column(ForeignKey("decisions.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
