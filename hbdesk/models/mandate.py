"""Mandates (valtuutus) and what was done in Oma HB, by whom and how they were identified.

A mandate lets a person the client chose (a relative, a support person) follow the budget in
Oma HB and, if it says so, confirm or dispute invoices for the client, until its end date or
until it is withdrawn. The client grants it in Oma HB, or the key worker records a written
one on the laptop; both travel as records of the client like any other.

A `WebActionRecord` says who did something in Oma HB — the client or an authorised person,
by name, under which mandate, identified how — for one record it created (an invoice's
confirmation, a receipt report, a goal's evaluation, a mandate). Append-only.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id

MAX_MANDATE_DAYS = 5 * 366  # a mandate ends: at most about five years ahead


class Mandate(Base):
    """A person's right to follow the client's budget (and confirm invoices) until an end date."""

    __tablename__ = "mandates"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    person_identity_code: Mapped[str] = mapped_column(String(11), index=True)
    may_confirm: Mapped[bool] = mapped_column(Boolean, default=True)  # invoices, for the client
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(16))  # MandateBasis
    granted_by: Mapped[str] = mapped_column(String(32))  # Author: client | key_worker
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(32))  # Author


class WebActionRecord(Base):
    """Who did one thing in Oma HB: the client or their authorised person. Append-only."""

    __tablename__ = "web_actions"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(32))  # vocab.WebAction
    record_table: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    actor: Mapped[str] = mapped_column(String(32))  # Author: client | authorised_person
    actor_name: Mapped[str] = mapped_column(String(200))
    mandate_id: Mapped[str | None] = mapped_column(String(36))
    identified_with: Mapped[str] = mapped_column(String(200))  # e.g. "oidc:<issuer> acr:<level>"
    acted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def in_force(mandate: Mandate, day: dt.date) -> bool:
    """Whether the mandate holds on `day`: begun, not ended, not withdrawn."""
    return mandate.withdrawn_at is None and mandate.valid_from <= day <= mandate.valid_to


def check_period(valid_from: dt.date, valid_to: dt.date, today: dt.date) -> None:
    """A mandate's end is on or after its start and today, and not past the longest term."""
    if valid_to < valid_from or valid_to < today:
        raise DomainError("mandate_ends_in_the_past", "valid_to")
    if (valid_to - valid_from).days > MAX_MANDATE_DAYS:
        raise DomainError("mandate_too_long", "valid_to")
