"""The client plan: its versions, attributed entries, and the client's disagreement as such."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id


class Plan(Base):
    """One version of a client's plan; an agreed version is frozen, a revision is a new version."""

    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | agreed
    based_on_id: Mapped[str | None] = mapped_column(String(36))  # the version it revises
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Read and confirmed together with the client, and who was present (Author codes).
    confirmed_by: Mapped[str | None] = mapped_column(String(100))
    next_follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PlanEntry(Base):
    """A narrative entry of the plan (a need, a goal, a use of the budget, a role, an agreement).

    `lineage_id` stays the same when an entry is carried into the next plan version, so goal
    attainment can follow one goal across revisions.
    """

    __tablename__ = "plan_entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(32))  # PlanSection
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))  # Author
    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Disagreement(Base):
    """The client's disagreement with an entry, verbatim, linked to the entry. Append-only."""

    __tablename__ = "disagreements"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    record_table: Mapped[str] = mapped_column(String(64))  # e.g. "plan_entries"
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConfirmMethod(StrEnum):
    """How the client confirmed a plan version they read together with the worker."""

    DRAWN = "drawn"  # a signature drawn with mouse, touch or pen (vector strokes)
    TYPED = "typed"  # their name typed (the keyboard alternative)


class PlanConfirmation(Base):
    """The client's confirmation of one plan version, read together. Append-only.

    Exactly one of `typed_name` / `signature` is set, as `method` says; `signature` is the
    compact stroke JSON of `hbdesk.models.signature.Signature`.
    """

    __tablename__ = "plan_confirmations"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # ConfirmMethod
    typed_name: Mapped[str | None] = mapped_column(String(200))
    signature: Mapped[str | None] = mapped_column(Text)
    present: Mapped[str] = mapped_column(String(100))  # Author codes, comma-separated
    confirmed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def disagreements_by_entry(
    entries: Iterable[PlanEntry],
    lineage_of: Mapping[str, str],
    disagreements: Iterable[Disagreement],
) -> dict[str, list[Disagreement]]:
    """The client's objections to these entries or to any earlier version of them (same
    lineage), by the current entry's id, oldest first. `lineage_of`: entry id → lineage."""
    current = {e.lineage_id: e.id for e in entries}
    result: dict[str, list[Disagreement]] = {}
    for d in sorted(disagreements, key=lambda d: d.recorded_at):
        lineage = lineage_of.get(d.record_id) if d.record_table == "plan_entries" else None
        if lineage in current:
            result.setdefault(current[lineage], []).append(d)
    return result
