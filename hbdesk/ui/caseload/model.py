"""The caseload as a table model: every row in memory, filtered as the user types."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hbdesk import formatting
from hbdesk.inert_text import visible_controls
from hbdesk.services.caseload_rows import CaseloadRow
from hbdesk.ui.workspace.words import stage_name

# The identity code is searched but never a column: the list may be seen over a shoulder, and
# a hidden column would still be read out by a screen reader. The birth date tells same-named
# clients apart.
NAME, BORN, STAGE, MONEY, FOLLOW_UP = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles answered, as plain ints: a table that sizes its rows to their contents asks ~50
# times per cell for every role there is (the first screen after unlock waits for it).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset((_DISPLAY, _ACCESSIBLE, _TOOLTIP, _FOREGROUND, _ROW))

Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    """Rows from services.caseload; `set_filter` narrows them without another service call."""

    def __init__(self, lang: str = "fi", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._all: list[CaseloadRow] = []
        self._shown: list[CaseloadRow] = []
        self._words: list[str] = []
        self._stage: str | None = None
        self._haystacks: dict[str, str] = {}
        self._texts: dict[tuple[int, int], str] = {}  # each cell's text, made once per rows

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._texts = {}
        self._haystacks = {
            r.client_id: " ".join(
                [r.name, r.identity_code or "", stage_name(r.stage), r.stage]
            ).casefold()
            for r in rows
        }
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str, stage: str | None) -> None:
        words, stage = text.casefold().split(), stage or None
        if words == self._words and stage == self._stage:
            return
        self.beginResetModel()
        self._words, self._stage = words, stage
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._shown = [
            r
            for r in self._all
            if (self._stage is None or r.stage == self._stage)
            and all(w in self._haystacks[r.client_id] for w in self._words)
        ]

    def row_at(self, row: int) -> CaseloadRow:
        return self._shown[row]

    def row_of(self, client_id: str) -> int | None:
        for i, r in enumerate(self._shown):
            if r.client_id == client_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Stage"),
            self.tr("Budget"),
            self.tr("Next follow-up"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._shown[index.row()]
        if role == _ROW:
            return row
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            key = (id(row), column)  # the rows live as long as the cache (set_rows)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(row, column)
            return text
        if role == _TOOLTIP and column == MONEY:
            return self._money_tip(row)
        if role == _FOREGROUND and column == MONEY and row.money is not None and row.money.warning:
            return QColor("#a33a00")
        return None

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
