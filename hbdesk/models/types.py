"""Column types of the domain beyond base.py: exact quantities and lists of codes."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Text, TypeDecorator
from sqlalchemy.engine import Dialect

MILLI = Decimal("0.001")


class Quantity(TypeDecorator[Decimal]):
    """A non-money amount (hours, visits) as Decimal; thousandths as an integer in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("quantity must be Decimal, not float")
        amount = Decimal(value)
        milli = amount.quantize(MILLI, rounding=ROUND_HALF_UP)
        if milli != amount:
            raise ValueError("quantity has at most three decimals")
        return int(milli * 1000)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return normalize(Decimal(int(value)) / 1000)


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
