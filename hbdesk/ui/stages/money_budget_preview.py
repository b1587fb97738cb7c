"""The budget's totals computed on the spot from what is typed (the service stores the same)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from hbdesk.models.budget import line_total, occurrences

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DraftLine:
    """A line as typed: enough to price it the way the domain prices stored lines."""

    area: str
    unit_price: Decimal
    quantity: Decimal
    frequency: str
    starts_on: dt.date
    ends_on: dt.date

    @property
    def times(self) -> int:
        return occurrences(self.frequency, self.starts_on, self.ends_on)

    @property
    def total(self) -> Decimal:
        return line_total(self.unit_price, self.quantity, self.times)


@dataclass(frozen=True)
class Preview:
    lines: tuple[Decimal, ...]
    by_area: dict[str, Decimal]
    overall: Decimal


def preview(lines: list[DraftLine]) -> Preview:
    by_area: dict[str, Decimal] = {}
    totals = tuple(line.total for line in lines)
    for line, total in zip(lines, totals, strict=True):
        by_area[line.area] = by_area.get(line.area, ZERO) + total
    return Preview(totals, by_area, sum(totals, ZERO))
