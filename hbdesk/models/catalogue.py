"""The price catalogue: care services and other supports with real prices, versioned."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, Money
from hbdesk.models.ids import new_id


class CatalogueVersion(Base):
    """A published version of the catalogue (reference data; budgets record which they used)."""

    __tablename__ = "catalogue_versions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    published_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class CatalogueItem(Base):
    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("version_id", "code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version_id: Mapped[str] = mapped_column(ForeignKey("catalogue_versions.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))  # stable across versions
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32), index=True)  # Category
    service_area: Mapped[str] = mapped_column(String(32))  # ServiceArea
    unit: Mapped[str] = mapped_column(String(32))  # Unit
    unit_price: Mapped[Decimal] = mapped_column(Money)
    provider: Mapped[str] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(100))
    quality_notes: Mapped[str | None] = mapped_column(Text)
    benefit_notes: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
