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


def _money_row(client_id: str, name: str, stage: str, *, warning: bool) -> CaseloadRow:
    money = MoneyState(
        granted=Decimal("1200.00"),
        available=Decimal("90.00"),
        pending=Decimal("0.00"),
        runs_out_on=dt.date(2026, 11, 20) if warning else None,
        warning=warning,
        pending_invoices=0,
        valid_to=dt.date(2026, 12, 31),
        receipts_overdue=0,
    )
    return CaseloadRow(client_id, name, None, stage, "w1", None, money)


def test_running_out_shows_in_colour_with_the_sums_on_hover_and_the_filter_narrows(qapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    from hbdesk.ui.caseload.model import NAME, ROW_ROLE

    installed = translations.install(qapp, "en")
    try:
        model = CaseloadModel("en")
        rows = [
            _money_row("c1", "Aino Testinen", "in_use", warning=True),
            _money_row("c2", "Eino Esimerkki", "follow_up", warning=False),
        ]
        model.set_rows(rows)
        colour = model.index(0, MONEY).data(Qt.ItemDataRole.ForegroundRole)
        calm = model.index(1, MONEY).data(Qt.ItemDataRole.ForegroundRole)
        tip = model.index(0, MONEY).data(Qt.ItemDataRole.ToolTipRole)
        model.set_filter("eino", None)
        narrowed = [model.index(r, NAME).data() for r in range(model.rowCount())]
        found = model.index(0, NAME).data(ROW_ROLE)
        where = model.row_of("c2"), model.row_of("c1")
        model.set_filter("", None)
    finally:
        translations.uninstall(qapp, installed)
    assert colour is not None and QBrush(colour).color().name() == "#a33a00"
    assert calm is None
    assert "Granted 1" in tip and "runs out on" in tip
    assert narrowed == ["Eino Esimerkki"]
    assert found is rows[1] and where == (0, None)
    assert model.rowCount() == 2 and model.row_at(1) is rows[1]
