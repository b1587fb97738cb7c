"""Follow-up: meetings with their next date, and progress on each goal (−2…+2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id

GAS_MIN, GAS_MAX = -2, 2  # goal attainment scaling: −2 much less … 0 as expected … +2 much more


class FollowUp(Base):
    """A follow-up meeting: what was seen, whether plan or budget need revising, the next date."""

    __tablename__ = "follow_ups"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    # none | plan | budget | both
    revision_needed: Mapped[str] = mapped_column(String(16), default="none")
    next_follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    self_assessment_id: Mapped[str | None] = mapped_column(ForeignKey("self_assessments.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class GoalProgress(Base):
    """A goal's attainment on a day, with notes. Append-only: the series is the history."""

    __tablename__ = "goal_progress"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    goal_lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    follow_up_id: Mapped[str | None] = mapped_column(ForeignKey("follow_ups.id"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer, info={"range": (GAS_MIN, GAS_MAX)})
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


@dataclass(frozen=True)
class GoalPoint:
    assessed_on: dt.date
    score: int
    note: str
    author: str


def latest_first(points: Iterable[GoalPoint]) -> list[GoalPoint]:
    return sorted(points, key=lambda p: p.assessed_on, reverse=True)
