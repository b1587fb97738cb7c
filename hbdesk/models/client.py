"""The client (the person) whose plan and budget are written together, and free notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    identity_code: Mapped[str | None] = mapped_column(String(11), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Where the client is in the HB process (hbdesk.models.vocab.Stage), kept for the caseload.
    stage: Mapped[str] = mapped_column(
        String(32), default="contact", server_default="contact", index=True
    )
    language: Mapped[str] = mapped_column(String(2), default="fi", server_default="fi")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(200))  # the county's team or office
    key_worker_id: Mapped[str | None] = mapped_column(String(64), index=True)
    key_worker_name: Mapped[str | None] = mapped_column(String(200))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    notes: Mapped[list[Note]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Note.created_at"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Note(Base):
    """A free narrative entry about a client; `author` is an Author code."""

    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    client: Mapped[Client] = relationship(back_populates="notes")
