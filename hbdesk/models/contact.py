"""Stage 1 and 3: how the client got in touch, the service-need assessment, their proposal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id
from hbdesk.models.types import CodeList


class Contact(Base):
    """The first contact: channel, the needs as the person described them, close people's role."""

    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    contacted_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(32))  # ContactChannel
    described_needs: Mapped[str] = mapped_column(Text)
    close_people_role: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class NeedAssessment(Base):
    """Palvelutarpeen arviointi: the need and the legal right to support, by service area."""

    __tablename__ = "need_assessments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    needs: Mapped[str] = mapped_column(Text)
    entitlement: Mapped[str] = mapped_column(Text)  # the need and right under law, in words
    service_areas: Mapped[list[str]] = mapped_column(CodeList, default=list)
    author: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClientProposal(Base):
    """Oma ehdotus: the client's own goals and means, in their own words."""

    __tablename__ = "client_proposals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    proposed_on: Mapped[dt.date] = mapped_column(Date)
    goals: Mapped[str] = mapped_column(Text)
    means: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
