"""Anonymous feedback, kept apart from every client record.

No client id, no foreign key, no exact time: only the month and the unit. Nothing written
alongside it (access log, outbox author) names the client or the worker.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, new_id

SCALE = {"range": (1, 5)}  # every answer: 1 (not at all) … 5 (fully); the sync registry reads it


class Feedback(Base):
    __tablename__ = "feedback"
    __anonymous__: ClassVar[bool] = True
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    period: Mapped[str] = mapped_column(String(7), index=True)  # "YYYY-MM"
    unit: Mapped[str] = mapped_column(String(200))
    felt_heard: Mapped[int | None] = mapped_column(Integer, info=SCALE)
    budget_follow_ease: Mapped[int | None] = mapped_column(Integer, info=SCALE)  # 1 very hard
    goals_reached: Mapped[int | None] = mapped_column(Integer, info=SCALE)
    given_by: Mapped[str] = mapped_column(String(32))  # client | support_person | close_person
    text: Mapped[str] = mapped_column(Text, default="")
