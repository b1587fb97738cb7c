"""How the report writes its numbers: a change rounded to zero is shown as zero, not "-0,0"."""

from __future__ import annotations

from decimal import Decimal

from hbdesk.server.report.output import raw, show
from hbdesk.server.report.suppress import Cell


def test_a_change_rounded_to_zero_has_no_minus_sign() -> None:
    assert show(Cell(Decimal("-0.0"), 10, "mean1"), "fi") == "0,0"
    assert show(Cell(Decimal("-0"), 10, "pp"), "fi") == "0"
    assert show(Cell(Decimal("-0.3"), 10, "mean1"), "fi") == "-0,3"
    assert show(Cell(Decimal("2"), 10, "pp"), "sv") == "+2"
    assert str(raw(Cell(Decimal("-0.0"), 10, "mean1"))) == "0.0"
    assert show(Cell(Decimal("1234.5"), 10, "eur"), "fi") == "1 234,50 €"
    assert show(Cell(3, 3, "count", hidden=True), "fi") == "< 5"
