"""Money, numbers and dates for people: one module in front of the screen and the paper.

Babel does the work. Dates follow the Finnish convention (22.11.2026) in every language the
app speaks in Finland, so that screen (QLocale) and PDF agree; Babel's sv_FI short date
(2026-11-22) differs from QLocale's, hence the explicit pattern.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.numbers import format_currency, format_decimal

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}
DATE_PATTERN = "{d.day}.{d.month}.{d.year}"


def _locale(lang: str) -> Locale:
    return _parsed(LOCALES.get(lang, "fi_FI"))


@functools.cache
def _parsed(name: str) -> Locale:
    """Parsed once (Babel parses a locale given by name anew on every call: two thirds of
    the time of formatting an amount)."""
    return Locale.parse(name)


def money(amount: Decimal, lang: str = "fi") -> str:
    """`1 234,50 €` (fi, sv; no-break spaces), `€1,234.50` (en)."""
    if isinstance(amount, float):
        raise TypeError("money is Decimal, never float")
    return _money(str(amount), lang)


@functools.lru_cache(maxsize=4096)
def _money(amount: str, lang: str) -> str:
    """Each amount formatted once: a page shows the same prices and sums again and again
    (Babel takes ~25 µs an amount). Keyed by the amount's exact text: -0.00 is not 0."""
    return format_currency(Decimal(amount), "EUR", locale=_locale(lang))


def number(value: Decimal | int, lang: str = "fi", *, decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def date(value: dt.date, lang: str = "fi") -> str:
    """`22.11.2026` in every language (the Finnish way, as on the screen)."""
    return DATE_PATTERN.format(d=value)


def clock(at: dt.datetime | dt.time, lang: str = "fi") -> str:
    """The clock time as written in the language: `14.05` (fi, sv), `14:05` (en)."""
    sep = ":" if lang == "en" else "."
    return f"{at.hour}{sep}{at.minute:02d}"


def in_finland(instant: dt.datetime) -> dt.datetime:
    """An instant in Finnish time, as the documents show it (unchanged if the time-zone data
    is missing)."""
    try:
        return instant.astimezone(ZoneInfo("Europe/Helsinki"))
    except (ZoneInfoNotFoundError, ValueError):
        return instant


def percent(share: Decimal | float, lang: str = "fi", *, decimals: int = 0) -> str:
    """`80 %` (fi, sv) / `80%` (en) from a share 0..1."""
    value = Decimal(str(share)) * 100
    text = number(value.quantize(Decimal(1) / (10**decimals)), lang, decimals=decimals)
    return f"{text}%" if lang == "en" else f"{text}\u00a0%"
