"""The laptop's side of the anonymous feedback channel (hbdesk/protocol/PROTOCOL.md).

Feedback waits in the vault (no rowid, no time, no op) until the month it names has ended
by this laptop's calendar: it then leaves, with every other feedback whose month has ended,
in one shuffled batch (`POST /v1/feedback`) that names no device, client, sequence or time,
and is deleted from the vault once the server has stored it. A feedback given today so
leaves weeks later, in the first sync of the next month, never beside the records of the
visit it was given at.
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import bindparam, delete, select

from hbdesk.models.feedback import Feedback
from hbdesk.protocol import feedback as p
from hbdesk.store import OpenVault
from hbdesk.sync.client import SyncClient

_BEFORE = select(Feedback).where(Feedback.period < bindparam("b_month"))  # see store/shapes.py


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def ready(vault: OpenVault, today: dt.date) -> list[p.FeedbackItem]:
    """The feedback whose month has ended by `today`, shuffled."""
    with vault.session() as s:
        rows = s.scalars(_BEFORE, {"b_month": month_of(today)}).all()
        items = [
            p.FeedbackItem(
                feedback_id=r.id,
                period=r.period,
                unit=r.unit,
                given_by=r.given_by,  # type: ignore[arg-type]
                felt_heard=r.felt_heard,
                budget_follow_ease=r.budget_follow_ease,
                goals_reached=r.goals_reached,
                text=r.text,
            )
            for r in rows
        ]
    _shuffle(items)
    return items


def _shuffle(items: list[p.FeedbackItem]) -> None:
    """Fisher–Yates with the system's randomness: the batch's order says nothing."""
    for i in range(len(items) - 1, 0, -1):
        j = secrets.randbelow(i + 1)
        items[i], items[j] = items[j], items[i]


def send(vault: OpenVault, client: SyncClient, today: dt.date | None = None) -> int:
    """Send the feedback whose month has ended; how many were sent."""
    items = ready(vault, today or dt.date.today())
    sent = 0
    for start in range(0, len(items), p.MAX_FEEDBACK_PER_BATCH):
        batch = items[start : start + p.MAX_FEEDBACK_PER_BATCH]
        client.send_feedback(batch)
        with vault.session() as s:
            s.execute(delete(Feedback).where(Feedback.id.in_([i.feedback_id for i in batch])))
        sent += len(batch)
    return sent
