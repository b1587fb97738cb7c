"""Checks of single values from outside: amounts, days, text, business ids. A bad value
raises `Bad` with a stable code and words for the person reading the run's report."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

from stdnum.fi import ytunnus

from hbdesk.models.values import MAX_AMOUNT

EARLIEST = dt.date(2000, 1, 1)  # an older date is a typing slip, not a payment to book
_AMOUNT = re.compile(r"-?[0-9]{1,10}(?:[.,][0-9]{1,2})?")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]*")


class Bad(Exception):
    """A value that cannot be taken in."""

    def __init__(self, code: str, text: str, field: str = "") -> None:
        self.code, self.text, self.field = code, text, field
        super().__init__(code)


def amount(
    text: str | None, field: str, *, most: Decimal, negative: bool = False, zero: bool = False
) -> Decimal:
    """Euros with at most cents ("12,50" or "12.50"); zero and negative only if allowed."""
    value = (text or "").strip()
    if _AMOUNT.fullmatch(value) is None:
        raise Bad("not_an_amount", f"'{shown(value)}' is not an amount in euros", field)
    number = Decimal(value.replace(",", "."))
    if number == 0 and not zero:
        raise Bad("zero_amount", "the amount is zero", field)
    if number < 0 and not negative:
        raise Bad("negative_amount", f"the amount {number} is negative", field)
    if abs(number) > min(most, MAX_AMOUNT):
        raise Bad("absurd_amount", f"the amount {number} is more than {most} euros", field)
    return number.quantize(Decimal("0.01"))


def day(value: dt.date, field: str, today: dt.date) -> dt.date:
    """A day of spending: not in the future, not before 2000."""
    if value > today:
        raise Bad("future_date", f"the date {value.isoformat()} is in the future", field)
    if value < EARLIEST:
        raise Bad("too_old_date", f"the date {value.isoformat()} is before 2000", field)
    return value


def iso_day(text: str | None, field: str, today: dt.date) -> dt.date:
    """YYYY-MM-DD (or the start of an ISO instant), checked as `day`."""
    value = (text or "").strip()
    try:
        parsed = dt.date.fromisoformat(value[:10])
    except ValueError:
        raise Bad("not_a_date", f"'{shown(value)}' is not a date (YYYY-MM-DD)", field) from None
    return day(parsed, field, today)


def text(value: str | None, field: str, *, most: int, required: bool = True) -> str:
    """Plain one-line text: no formula start, no control or direction characters."""
    found = (value or "").strip()
    if required and not found:
        raise Bad("missing", "a required value is missing", field)
    if len(found) > most:
        raise Bad("too_long", f"longer than {most} characters", field)
    if (value or "").startswith(_FORMULA_START) or found.startswith(_FORMULA_START):
        raise Bad("formula", f"'{shown(found)}' starts like a spreadsheet formula", field)
    printable = found.isprintable()  # most text: no need to look at each character
    if not printable and any(unicodedata.category(c) in ("Cc", "Cf") or c in _BIDI for c in found):
        raise Bad("control_characters", "it holds control or text-direction characters", field)
    return found


def identifier(value: str | None, field: str, *, most: int = 64) -> str:
    """An id from a provider's system (card, voucher, transaction): letters, digits, . _ : / -."""
    found = text(value, field, most=most)
    if _ID.fullmatch(found) is None:
        raise Bad("not_an_id", f"'{shown(found)}' is not an id", field)
    return found


def business_id(value: str | None, field: str) -> str:
    """A Finnish business id (Y-tunnus) as "1234567-8", from "1234567-8", "FI12345678" or an
    OVT code "0037123456780…"; else a Peppol "scheme:id" as given."""
    found = text(value, field, most=64)
    known = _business_id(found)
    if known is None:
        raise Bad("not_a_business_id", f"'{shown(found)}' is not a business id", field)
    return known


@functools.lru_cache(maxsize=1024)  # a file's invoices come from a few providers
def _business_id(found: str) -> str | None:
    digits = re.sub(r"[\s-]", "", found.upper().removeprefix("FI"))
    if digits.startswith("0037") and len(digits) >= 12:
        digits = digits[4:12]
    if re.fullmatch(r"[0-9]{8}", digits) and ytunnus.is_valid(digits):
        return str(ytunnus.format(digits))
    if ":" in found and _ID.fullmatch(found):
        return found
    return None


def shown(value: str, most: int = 40) -> str:
    """A value from a file as put in a message: short, without control characters."""
    clean = "".join(c if c.isprintable() else "?" for c in value)
    return clean if len(clean) <= most else clean[: most - 1] + "…"
