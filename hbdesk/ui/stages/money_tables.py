"""Read-only tables of the money stages: whole rows chosen, Tab leaves the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hbdesk.inert_text import visible_controls


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setMinimumHeight(max(150, table.fontMetrics().lineSpacing() * 9))
    table.setTabKeyNavigation(False)
    table.setAccessibleName(name)
    return table


def cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    """A read-only cell; what people typed in it shows its control characters as codes."""
    item = QTableWidgetItem(visible_controls(text))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
