"""Anonymous feedback: what a client says about the service, kept apart from every record.

A row holds only the answers, the free text, the unit and the month it is about: no client,
worker, device, time or foreign key. The whole channel keeps it so (SECURITY.md: "Anonymity
is a property of the whole channel"; hbdesk/protocol/PROTOCOL.md, "Anonymous feedback"):
- giving it writes nothing else: no access-log row, no outbox op, no sequence number;
- the table has no rowid (WITHOUT ROWID): rows sit in the order of their random ids, so
  nothing tells which was given first (or next to which client's records);
- it is not an op: it never enters the outbox or the server's device-ordered feed. Once the
  month it names has ended, the laptop sends every such feedback in one shuffled batch
  (`hbdesk.sync.feedback_channel`, `POST /v1/feedback`: no device id, client, sequence or
  time in it), and deletes them when the server has stored them;
- the server stores them without device, order, batch or arrival time (`hbdesk.server.feedback`).
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base
from hbdesk.models.ids import random_id

SCALE = {"range": (1, 5)}  # every answer: 1 (not at all) … 5 (fully); the sync registry reads it


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = ({"sqlite_with_rowid": False},)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=random_id)  # UUID4
    period: Mapped[str] = mapped_column(String(7), index=True)  # "YYYY-MM"
    unit: Mapped[str] = mapped_column(String(200))
    felt_heard: Mapped[int | None] = mapped_column(Integer, info=SCALE)
    budget_follow_ease: Mapped[int | None] = mapped_column(Integer, info=SCALE)  # 1 very hard
    goals_reached: Mapped[int | None] = mapped_column(Integer, info=SCALE)
    given_by: Mapped[str] = mapped_column(String(32))  # client | support_person | close_person
    text: Mapped[str] = mapped_column(Text, default="")
