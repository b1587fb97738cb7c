"""Column types of the domain beyond base.py: exact quantities and lists of codes."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect

from hbdesk.models.base import ScaledDecimal

MILLI = Decimal("0.001")


class Quantity(ScaledDecimal):
    """A non-money amount (hours, visits) as Decimal; thousandths as an integer in the database."""

    cache_ok = True
    places = 3
    what = "quantity"

    def present(self, value: Decimal) -> Decimal:
        return normalize(value)


def normalize(value: Decimal) -> Decimal:
    """2.500 -> 2.5, 3.000 -> 3 (never an exponent)."""
    text = format(value.normalize(), "f")
    return Decimal(text)


class CodeList(TypeDecorator[list[str]]):
    """A short list of codes (categories, record refs) kept as a JSON array in a text column."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps([str(v) for v in value], ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str] | None:
        if value is None:
            return None
        loaded = json.loads(value)
        return [str(v) for v in loaded]
