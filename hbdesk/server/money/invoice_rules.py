"""What every e-invoice must satisfy, whatever its format: totals that add up, a service day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from hbdesk.server.money import checks

MAX_INVOICE = Decimal("500000.00")  # a year of round-the-clock assistance is below this
CENT = Decimal("0.01")


def rate(text: str, field: str) -> Decimal:
    """A VAT rate in percent ("25,5", "14", "0")."""
    value = (text or "0").strip().replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise checks.Bad(
            "not_a_rate", f"'{checks.shown(value)}' is not a VAT rate", field
        ) from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise checks.Bad("not_a_rate", f"'{checks.shown(value)}' is not a VAT rate", field)
    return number


def check_vat(
    total: Decimal,
    vat: Decimal | None,
    excluded: Decimal | None,
    breakdown: Sequence[tuple[Decimal, Decimal, Decimal]],
    field: str,
) -> None:
    """Total = without VAT + VAT; the breakdown's bases and VAT add up to them, and each
    rate's VAT is its base times the rate (to the cent, a cent per rate for rounding)."""
    if vat is not None and excluded is not None and excluded + vat != total:
        raise checks.Bad(
            "totals_disagree",
            f"{excluded} without VAT and {vat} VAT do not make the total {total}",
            field,
        )
    if not breakdown:
        return
    bases = sum((b for b, _, _ in breakdown), Decimal(0))
    taxes = sum((t for _, _, t in breakdown), Decimal(0))
    if excluded is not None and bases != excluded:
        raise checks.Bad(
            "vat_rows_disagree", f"the VAT rows' bases add up to {bases}, not {excluded}", field
        )
    if vat is not None and taxes != vat:
        raise checks.Bad("vat_rows_disagree", f"the VAT rows add up to {taxes}, not {vat}", field)
    for base, percent, tax in breakdown:
        expected = (base * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if abs(expected - tax) > CENT:
            raise checks.Bad(
                "vat_rows_disagree", f"{percent} % of {base} is {expected}, not {tax}", field
            )


def service_day(issued: dt.date, found: Sequence[tuple[str, dt.date]], today: dt.date) -> dt.date:
    """The day the service was given (the delivery day, else the invoiced period's end),
    else the issue day: it is what the decision's period is checked against."""
    for field, day in found:
        return checks.day(day, field, today)
    return issued
