"""The anonymous feedback channel's messages (`POST /v1/feedback`), apart from the op feed.

A batch names no device, client, worker, sequence or time: only what each feedback says
and the month it is about. `feedback_id` is the random id the laptop gave it (UUID4), so a
batch sent again after a lost answer is stored once.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StrictInt, StringConstraints

from hbdesk.protocol.messages import Message

MAX_FEEDBACK_PER_BATCH = 500
MAX_FEEDBACK_TEXT = 5000
GIVERS = ("client", "support_person", "close_person")
# Refused op reason: feedback travels through its own channel, never as an op.
REJECT_OWN_CHANNEL = "own_channel"
ENTITY = "feedback"


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("a NUL byte")
    return text


Score = Annotated[StrictInt, Field(ge=1, le=5)]
# A feedback's id is random, a UUID4 as the laptop writes it (hbdesk/models/ids.py:
# random_id). Record ids hold the time they were made (UUIDv7); one that did here, or a
# count, would tell when a feedback was given, or after which other: an old or hostile
# laptop's such id is refused with its whole batch.
RandomId = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
    ),
]
Period = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]


class FeedbackItem(Message):
    """One feedback as the client gave it: answers, free text, unit and month."""

    feedback_id: RandomId
    period: Period  # "YYYY-MM"
    unit: Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_no_nul)]
    given_by: Literal["client", "support_person", "close_person"]
    felt_heard: Score | None = None
    budget_follow_ease: Score | None = None
    goals_reached: Score | None = None
    text: Annotated[
        str, StringConstraints(max_length=MAX_FEEDBACK_TEXT), AfterValidator(_no_nul)
    ] = ""


class FeedbackBatch(Message):
    """Feedback from one laptop, shuffled; no device id (the signature proves only that an
    enrolled laptop sent it, and the server does not keep who)."""

    items: list[FeedbackItem] = Field(min_length=1, max_length=MAX_FEEDBACK_PER_BATCH)


class FeedbackStored(Message):
    """The batch is stored (`stored` new, `duplicates` stored before); the laptop may forget
    every item of it."""

    stored: Annotated[int, Field(ge=0)]
    duplicates: Annotated[int, Field(ge=0)]
