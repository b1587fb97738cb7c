"""Parsing and checking of money, quantities, scores and periods: clear domain errors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from hbdesk.models.errors import DomainError

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("10000000.00")  # ten million euros: anything larger is a typing slip
MAX_QUANTITY = Decimal("100000")
# ASCII digits only: Decimal() would also read "1e2", "1_000", "١٠٠" and "１００".
_NUMERAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")  # thousands separators people type


def _to_decimal(value: Any, field: str) -> Decimal:
    if isinstance(value, bool | float):
        raise DomainError("not_a_number", field)
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().translate(_SPACES).replace(",", ".").removesuffix("€")
        if not _NUMERAL.fullmatch(text):
            raise DomainError("not_a_number", field)
        number = Decimal(text)
    else:
        raise DomainError("not_a_number", field)
    if not number.is_finite():
        raise DomainError("not_a_number", field)
    return number


def parse_money(value: Any, field: str = "amount", *, allow_zero: bool = False) -> Decimal:
    """Euros with at most cents, positive (or zero when allowed); "12,50" and "12.50" both read."""
    number = _to_decimal(value, field)
    if number < 0:
        raise DomainError("negative_amount", field)
    if number == 0 and not allow_zero:
        raise DomainError("zero_amount", field)
    if number.quantize(CENT) != number:
        raise DomainError("too_many_decimals", field)
    if number > MAX_AMOUNT:
        raise DomainError("amount_too_large", field)
    return number.quantize(CENT)


def parse_quantity(value: Any, field: str = "quantity") -> Decimal:
    """A positive quantity with at most three decimals."""
    number = _to_decimal(value, field)
    if number <= 0:
        raise DomainError("quantity_not_positive", field)
    if number.quantize(Decimal("0.001")) != number:
        raise DomainError("too_many_decimals", field)
    if number > MAX_QUANTITY:
        raise DomainError("quantity_too_large", field)
    return number


def check_date(value: Any, field: str) -> dt.date:
    """A calendar day: not a string, None, a number, nor a datetime passing for a date."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise DomainError("not_a_date", field)
    return value


def check_period(start: dt.date, end: dt.date | None, field: str = "valid_to") -> None:
    """A validity period must not end before it starts."""
    check_date(start, "valid_from")
    if end is not None and check_date(end, field) < start:
        raise DomainError("period_ends_before_start", field)


def check_text(value: Any, field: str, *, required: bool = True, max_chars: int = 20_000) -> str:
    """Text kept verbatim; oversize refused; empty refused when required."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DomainError("not_text", field)
    if "\x00" in value:
        raise DomainError("text_has_nul", field)
    if not value.isascii() and _SURROGATE.search(value):
        raise DomainError("text_not_unicode", field)  # half a character: cannot be stored
    if len(value) > max_chars:
        raise DomainError("text_too_long", field)
    if required and not value.strip():
        raise DomainError("required", field)
    return value


def check_score(value: Any, low: int, high: int, field: str) -> int:
    """An integer on a closed scale (0–10 answers, −2…+2 goal attainment)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError("not_a_number", field)
    if not low <= value <= high:
        raise DomainError("out_of_scale", field, low=low, high=high)
    return value


def money_str(value: Decimal) -> str:
    """The wire form of money: a string with cents ("45.00")."""
    return str(value.quantize(CENT))
