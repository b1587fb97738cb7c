"""The budget: lines priced from the catalogue or the client's own found option; totals computed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, Money, UTCDateTime, utcnow
from hbdesk.models.ids import new_id
from hbdesk.models.types import Quantity
from hbdesk.models.values import CENT
from hbdesk.models.vocab import Frequency


class Budget(Base):
    """One version of a client's budget over a validity period; `decided` versions are frozen."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"))
    catalogue_version_id: Mapped[str | None] = mapped_column(ForeignKey("catalogue_versions.id"))
    based_on_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | decided
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class BudgetLine(Base):
    """A priced line: unit price × quantity per frequency over the line's period."""

    __tablename__ = "budget_lines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    budget_id: Mapped[str] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # catalogue | own_option
    catalogue_item_id: Mapped[str | None] = mapped_column(ForeignKey("catalogue_items.id"))
    # the item's code, stable across catalogue versions and laptops (item ids are local)
    catalogue_code: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32))
    service_area: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(32))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    frequency: Mapped[str] = mapped_column(String(16))  # Frequency
    starts_on: Mapped[dt.date | None] = mapped_column(Date)  # None: the budget's own period
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    goal_lineage_id: Mapped[str | None] = mapped_column(String(36))  # the goal it serves
    quote_ref: Mapped[str | None] = mapped_column(String(200))  # the provider's quote
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def whole_months(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end` inclusive (1.1.–31.3. is 3)."""
    after = end + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if after.day < start.day:
        months -= 1
    return max(months, 0)


def occurrences(frequency: str, start: dt.date, end: dt.date) -> int:
    """How many times a line's quantity recurs in [start, end]: once, whole weeks, whole months."""
    if end < start:
        return 0
    if frequency == Frequency.ONCE:
        return 1
    if frequency == Frequency.WEEKLY:
        return ((end - start).days + 1) // 7
    if frequency == Frequency.MONTHLY:
        return whole_months(start, end)
    raise ValueError(frequency)


def line_total(unit_price: Decimal, quantity: Decimal, times: int) -> Decimal:
    """unit price × quantity × occurrences, rounded to cents (half up)."""
    return (unit_price * quantity * times).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineTotal:
    line_id: str
    service_area: str
    category: str
    occurrences: int
    total: Decimal


@dataclass(frozen=True)
class BudgetTotals:
    """Totals per line, per service area (law), per category and overall: always computed."""

    lines: tuple[LineTotal, ...]
    by_area: Mapping[str, Decimal]
    by_category: Mapping[str, Decimal]
    overall: Decimal


def compute_line(line: BudgetLine, budget: Budget) -> LineTotal:
    start = line.starts_on or budget.valid_from
    end = line.ends_on or budget.valid_to
    times = occurrences(line.frequency, start, end)
    return LineTotal(
        line.id,
        line.service_area,
        line.category,
        times,
        line_total(line.unit_price, line.quantity, times),
    )


def totals(budget: Budget, lines: Iterable[BudgetLine]) -> BudgetTotals:
    """The budget's totals from its lines."""
    computed = tuple(compute_line(line, budget) for line in lines)
    by_area: dict[str, Decimal] = {}
    by_category: dict[str, Decimal] = {}
    for item in computed:
        by_area[item.service_area] = by_area.get(item.service_area, Decimal("0.00")) + item.total
        by_category[item.category] = by_category.get(item.category, Decimal("0.00")) + item.total
    overall = sum((item.total for item in computed), Decimal("0.00"))
    return BudgetTotals(computed, by_area, by_category, overall)
