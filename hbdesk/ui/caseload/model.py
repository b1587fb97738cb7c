"""The caseload as a table model: every row in memory, filtered as the user types.

The cells live in Qt's own item model, made once per rows: a table that sizes its rows to
their contents asks ~100 times per cell for every role there is (24,000 questions for a
caseload of 40 on its first paint), and a Python `data()` answered each with a call into
the interpreter (~0.04 s of the first screen after unlock). Qt answers them now; Python
is asked once per row when the filter changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from hbdesk import formatting
from hbdesk.inert_text import visible_controls
from hbdesk.services.caseload_rows import CaseloadRow
from hbdesk.ui.workspace.words import stage_name

# The identity code is searched but never a column: the list may be seen over a shoulder, and
# a hidden column would still be read out by a screen reader. The birth date tells same-named
# clients apart.
NAME, BORN, STAGE, MONEY, FOLLOW_UP = range(5)
COLUMNS = 5
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_WARNING = "#a33a00"

Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QSortFilterProxyModel):
    """Rows from services.caseload; `set_filter` narrows them without another service call."""

    def __init__(self, lang: str = "fi", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._all: list[CaseloadRow] = []
        self._shown: list[CaseloadRow] = []
        self._accepted: list[bool] = []  # per row of _all: shown under the filter
        self._words: list[str] = []
        self._stage: str | None = None
        self._haystacks: dict[str, str] = {}
        self.setSourceModel(self._cells([]))

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self._all = list(rows)
        self._haystacks = {
            r.client_id: " ".join(
                [r.name, r.identity_code or "", stage_name(r.stage), r.stage]
            ).casefold()
            for r in rows
        }
        self._apply()
        old = self.sourceModel()
        self.setSourceModel(self._cells(self._all))  # one reset for the view
        old.deleteLater()

    def set_filter(self, text: str, stage: str | None) -> None:
        words, stage = text.casefold().split(), stage or None
        if words == self._words and stage == self._stage:
            return
        self._words, self._stage = words, stage
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self._apply()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _apply(self) -> None:
        self._accepted = [
            (self._stage is None or r.stage == self._stage)
            and all(w in self._haystacks[r.client_id] for w in self._words)
            for r in self._all
        ]
        self._shown = [r for r, shown in zip(self._all, self._accepted, strict=True) if shown]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._accepted[source_row]

    def row_at(self, row: int) -> CaseloadRow:
        return self._shown[row]

    def row_of(self, client_id: str) -> int | None:
        for i, r in enumerate(self._shown):
            if r.client_id == client_id:
                return i
        return None

    # The cells.
    def _cells(self, rows: list[CaseloadRow]) -> QStandardItemModel:
        cells = QStandardItemModel(0, COLUMNS, self)
        cells.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Born"),
                self.tr("Stage"),
                self.tr("Budget"),
                self.tr("Next follow-up"),
            ]
        )
        for row in rows:
            cells.appendRow(self._items(row))
        return cells

    def _items(self, row: CaseloadRow) -> list[QStandardItem]:
        items = []
        for column in range(COLUMNS):
            text = self._text(row, column)
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
            item.setData(row, ROW_ROLE)
            items.append(item)
        money = items[MONEY]
        tip = self._money_tip(row)
        if tip:
            money.setToolTip(tip)
        if row.money is not None and row.money.warning:
            money.setForeground(QColor(_WARNING))
        return items

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == NAME:
            return visible_controls(row.name)
        if column == BORN:
            return self._date(row.born)
        if column == STAGE:
            return stage_name(row.stage)
        if column == MONEY:
            return self._money_text(row)
        return self._date(row.next_follow_up_on)

    def _money_text(self, row: CaseloadRow) -> str:
        m = row.money
        if m is None:
            return self.tr("No budget in force")
        text = self.tr("%1 left").replace("%1", formatting.money(m.available, self.lang))
        if m.warning:
            text += " · " + self.tr("running out")
        if m.pending_invoices:
            text += " · " + self.tr("%n invoice(s) to confirm", "", m.pending_invoices)
        if m.receipts_overdue:
            text += " · " + self.tr("%n receipts overdue", "", m.receipts_overdue)
        return text

    def _money_tip(self, row: CaseloadRow) -> str:
        m = row.money
        if m is None:
            return ""
        tip = (
            self.tr("Granted %1, available %2, valid until %3")
            .replace("%1", formatting.money(m.granted, self.lang))
            .replace("%2", formatting.money(m.available, self.lang))
            .replace("%3", self._date(m.valid_to))
        )
        if m.runs_out_on is not None:
            tip += "\n" + self.tr("At this pace the money runs out on %1").replace(
                "%1", self._date(m.runs_out_on)
            )
        return tip

    def _date(self, day: dt.date | None) -> str:
        return formatting.date(day, self.lang) if day is not None else ""
