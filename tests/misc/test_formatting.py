"""Screen and paper say the same money and dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hbdesk import formatting as fmt

NBSP = "\u00a0"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_money_is_finnish_style(lang: str) -> None:
    assert fmt.money(Decimal("1234.5"), lang) == f"1{NBSP}234,50{NBSP}€"
    assert fmt.money(Decimal("-12.05"), lang).endswith(f"12,05{NBSP}€")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_money_once_formatted_is_formatted_the_same(lang: str) -> None:
    """Amounts are formatted once and remembered: equal amounts written differently, and
    the same amount in another language, still come out as Babel writes each."""
    from babel.numbers import format_currency

    for text in ("120", "120.00", "120.0", "-0.00", "0", "0.005", "-120.00", "1E+3", "7"):
        for amount in (Decimal(text), Decimal(text)):  # the second from what was remembered
            expected = format_currency(amount, "EUR", locale=fmt.LOCALES[lang])
            assert fmt.money(amount, lang) == expected


def test_money_refuses_float() -> None:
    with pytest.raises(TypeError):
        fmt.money(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_dates_are_day_month_year(lang: str) -> None:
    assert fmt.date(dt.date(2026, 11, 22), lang) == "22.11.2026"
    assert fmt.date(dt.date(2026, 1, 5), lang) == "5.1.2026"


def test_percent() -> None:
    assert fmt.percent(Decimal("0.8")) == f"80{NBSP}%"
    assert fmt.percent(Decimal("0.685"), decimals=1) == f"68,5{NBSP}%"
    assert fmt.percent(Decimal("0.8"), "en") == "80%"
