"""The caseload reminds of direct payments whose receipts are overdue, in the user's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hbdesk.services.caseload import CaseloadRow, MoneyState
from hbdesk.ui import translations
from hbdesk.ui.caseload.model import MONEY, CaseloadModel


def _row(overdue: int) -> CaseloadRow:
    money = MoneyState(
        granted=Decimal("1200.00"),
        available=Decimal("1100.00"),
        pending=Decimal("100.00"),
        runs_out_on=None,
        warning=False,
        pending_invoices=0,
        valid_to=dt.date(2026, 12, 31),
        receipts_overdue=overdue,
    )
    return CaseloadRow("c1", "Aino Testinen", None, "in_use", "w1", None, money)


def test_overdue_receipts_show_in_the_money_column(qapp) -> None:
    shown = {}
    for lang in ("en", "fi", "sv"):
        installed = translations.install(qapp, lang)
        model = CaseloadModel(lang)
        model.set_rows([_row(2), _row(0)])
        shown[lang] = [model.index(r, MONEY).data() for r in range(2)]
        translations.uninstall(qapp, installed)
    assert "2 receipts overdue" in shown["en"][0]
    assert "2 kuittia myöhässä" in shown["fi"][0]
    assert "2 kvitton försenade" in shown["sv"][0]
    assert not any("·" in row for row in (shown["en"][1], shown["fi"][1]))


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("fi", "1 kuitti myöhässä", "5 kuittia myöhässä"),
        ("sv", "1 kvitto försenat", "5 kvitton försenade"),
        ("en", "1 receipt overdue", "5 receipts overdue"),
    ],
)
def test_overdue_receipts_are_counted_in_the_languages_own_plural(qapp, lang, one, five) -> None:
    installed = translations.install(qapp, lang)
    try:
        model = CaseloadModel(lang)
        model.set_rows([_row(1), _row(5)])
        cells = [model.index(r, MONEY).data() for r in range(2)]
    finally:
        translations.uninstall(qapp, installed)
    assert cells[0].endswith(" · " + one)
    assert cells[1].endswith(" · " + five)
