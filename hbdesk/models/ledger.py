"""Use of the budget: spending entries by payment method, confirmations, receipts. Append-only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, Money, UTCDateTime, utcnow
from hbdesk.models.ids import new_id


class SpendingEntry(Base):
    """Money used from a decision's budget, from the laptop or the county's systems.

    Never edited: a correction is a new entry with the opposite amount and `reverses_id` set.
    """

    __tablename__ = "spending_entries"
    __append_only__: ClassVar[bool] = True
    __table_args__ = (UniqueConstraint("source", "external_ref"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    chain_id: Mapped[str] = mapped_column(String(36), index=True)
    method: Mapped[str] = mapped_column(String(32))  # PaymentMethod
    source: Mapped[str] = mapped_column(String(32))  # EntrySource
    external_ref: Mapped[str | None] = mapped_column(String(100))  # invoice no., report row
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)  # negative only on a reversing entry
    category: Mapped[str] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[str | None] = mapped_column(ForeignKey("spending_entries.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)  # why a reversal was made
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class InvoiceConfirmation(Base):
    """The client's word that an invoice is correct (kuittaus), or that it is not. Once only."""

    __tablename__ = "invoice_confirmations"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entry_id: Mapped[str] = mapped_column(ForeignKey("spending_entries.id"), unique=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    verdict: Mapped[str] = mapped_column(String(16))  # Verdict
    confirmed_by: Mapped[str] = mapped_column(String(32))  # Author: client or support_person
    confirmed_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReceiptReport(Base):
    """Receipts the client reported for money paid to their account (direct payment)."""

    __tablename__ = "receipt_reports"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entry_id: Mapped[str] = mapped_column(ForeignKey("spending_entries.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    description: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PaymentCommitment(Base):
    """A payment commitment given to a provider (maksusitoumus), as printed for them.

    Its `reference` is the number the provider quotes on its invoices: the county's server
    finds the client and decision by it, never by a name. Append-only: printing the same
    commitment again adds nothing; a changed one is a new record with its own reference.
    """

    __tablename__ = "payment_commitments"
    __append_only__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    chain_id: Mapped[str] = mapped_column(String(36), index=True)
    line_id: Mapped[str] = mapped_column(String(36))  # the budget line it covers
    reference: Mapped[str] = mapped_column(String(40), index=True)
    provider: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32))
    total: Mapped[Decimal] = mapped_column(Money)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class HeldPayment(Base):
    """A payment the county's systems reported that was not booked, for the caseworker to see.

    Spending in a refused or restricted category, or outside the decision's period, is held
    by the county's server, never silently booked; a person at the county books it
    (`resolution` "booked": the entry arrives with the same `external_ref`) or sets it aside
    ("dismissed"). Written by the server only.
    """

    __tablename__ = "held_payments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decisions.id"))
    method: Mapped[str] = mapped_column(String(32))  # PaymentMethod
    source: Mapped[str] = mapped_column(String(32))  # EntrySource
    external_ref: Mapped[str] = mapped_column(String(100))
    spent_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    category: Mapped[str] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(String(40))  # a code: category_refused, decision_expired…
    held_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))
    resolution: Mapped[str | None] = mapped_column(String(16))  # booked | dismissed
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
