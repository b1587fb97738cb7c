"""The money tables' rows are as tall as their contents, as Qt itself measures them, in
columns and as cards, while only some rows are measured (issue 15: a page's cost)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from hbdesk.ui.stages.money_tables import ReflowTable, make_table

HEADERS = ["Päivä", "Palveluntuottaja", "Summa", "Kuittaaja"]
LONG = "Palvelu, jonka nimi on niin pitkä että se ei mahdu yhdelle riville tässä taulukossa"
ROWS = [
    ["21.11.2026", "Palvelu home_help Oy", "-120,00 €", ""],
    ["14.11.2026", "Palvelu cleaning Oy", "120,00 €", "Asiakas"],
    ["8.11.2026", LONG, "24,75 €", ""],  # wraps in columns, and as a card
    ["5.11.2026", "服务 提供者", "64,20 €", ""],  # another script: a fallback font
    ["", "", "", ""],  # nothing to show
    ["28.10.2026", "Palvelu\nkahdella rivillä", "39,55 €", "Tukihenkilö"],
    ["21.10.2026", "Palvelu transport Oy", "77,60 €", "Asiakas"],
]


def _heights(table: ReflowTable) -> list[int]:
    return [table.rowHeight(r) for r in range(table.rowCount())]


def _qt_heights(table: ReflowTable) -> list[int]:
    """What Qt's own resizeRowsToContents gives the same table as laid out now."""
    QTableView.resizeRowsToContents(table)
    return _heights(table)


@pytest.mark.parametrize("width, cards", [(900, False), (260, True)])
def test_rows_are_as_tall_as_qt_measures_them(qtbot, width: int, cards: bool) -> None:
    table = make_table(None, HEADERS, "Käyttö")  # type: ignore[arg-type]
    qtbot.addWidget(table)
    table.resize(width, 400)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows(ROWS, right=(2,))
    table.reflow()
    assert table.cards is cards
    ours = _heights(table)
    assert len(set(ours)) > 1  # some rows wrap: the test can tell heights apart
    assert ours == _qt_heights(table)


def test_rows_follow_new_cells_and_a_new_width(qtbot) -> None:
    table = make_table(None, HEADERS, "Käyttö")  # type: ignore[arg-type]
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows(ROWS[:2])
    table.reflow()
    one_line = table.rowHeight(0)
    table.set_rows([*ROWS[:2], [ROWS[2][0], LONG + " " + LONG, *ROWS[2][2:]]])
    assert table.rowHeight(2) > one_line  # laid out at once: never a row of the default height
    assert _heights(table) == _qt_heights(table)
    table.resize(500, 400)  # narrower: more wraps
    qtbot.waitUntil(lambda: table.viewport().width() < 500)
    table.reflow()
    assert not table.cards
    assert _heights(table) == _qt_heights(table)
    table.resize(250, 400)  # narrower still: cards
    qtbot.waitUntil(lambda: table.cards)
    assert _heights(table) == _qt_heights(table)
