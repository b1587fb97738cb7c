"""The people around a client: close people, the support person, the client's team."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id
from hbdesk.models.types import CodeList


class ClosePerson(Base):
    """A relative or friend; `role` says if they act as the support person the client chose."""

    __tablename__ = "close_people"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(100))  # in the client's words: "äiti", "naapuri"
    role: Mapped[str] = mapped_column(String(32))  # PersonRole
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)  # luottohenkilö
    chosen_by_client: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    tasks: Mapped[str | None] = mapped_column(Text)  # what they do in the process
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SupportNeedConsideration(Base):
    """The worker considered whether a support person is needed (no trusted person found)."""

    __tablename__ = "support_need_considerations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    considered_on: Mapped[dt.date] = mapped_column(Date)
    support_needed: Mapped[bool] = mapped_column(Boolean)
    reasoning: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class TeamMember(Base):
    """A professional in the client's team; what they may see rests on the client's consent."""

    __tablename__ = "team_members"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100))  # e.g. "koulukuraattori"
    user_id: Mapped[str | None] = mapped_column(String(64))  # when they use hbdesk themselves
    may_see: Mapped[list[str]] = mapped_column(CodeList, default=list)  # record kinds
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_note: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
