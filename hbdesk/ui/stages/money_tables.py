"""Read-only tables of the money stages: whole rows chosen, Tab leaves the table, never sideways
scrolling. While the columns fit the width their cells wrap; in a narrower window (large
text, 1366×768 at 200 %) each row becomes a card of "Column: value" lines instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hbdesk.inert_text import visible_controls

PADDING = 14  # a cell's margins and grid line
Index = QModelIndex | QPersistentModelIndex


def _longest_word(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(w) for w in re.split(r"\s+", text) if w), default=0)


class CardDelegate(QStyledItemDelegate):
    """Draws a whole row in its first cell: one "Column: value" line per column."""

    def __init__(self, table: ReflowTable) -> None:
        super().__init__(table)
        self.table = table

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        painter.drawText(
            option.rect.adjusted(6, 4, -6, -4),
            int(Qt.TextFlag.TextWordWrap),
            self.table.card_text(index.row()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(40, self.table.columnWidth(0) - 12)
        return QSize(width, self.table.card_height(index.row(), width))


class ReflowTable(QTableWidget):
    """A read-only table that never needs sideways scrolling (see the module's docstring)."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.cards = False
        # What the last reflow measured, kept until the cells or the font change: a table
        # shown again, resized to the same width or re-laid out costs nothing new.
        self._generation = 0
        self._laid_out: tuple[object, ...] | None = None
        self._needs_of: tuple[tuple[object, ...], tuple[list[int], list[int]]] | None = None
        self._widths: dict[str, tuple[int, int]] = {}  # text -> (longest word, whole text)
        self._widths_font = ""
        self._cards: dict[int, str] = {}
        self._heights: dict[tuple[int, int], int] = {}
        self._plain = self.itemDelegate()
        self._card_delegate = CardDelegate(self)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.reflow)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._on_cells_changed)
        model.dataChanged.connect(self._on_data_changed)
        model.headerDataChanged.connect(self._on_cells_changed)

    def _on_cells_changed(self, *_args: object) -> None:
        self._generation += 1
        self._cards.clear()
        self._heights.clear()
        self._pending.start(0)

    def _on_data_changed(self, _first: Index, _last: Index, roles: Sequence[int] = ()) -> None:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if not roles or any(r in shown for r in roles):  # not the cards' accessible text
            self._on_cells_changed()

    def _font_key(self) -> str:
        return self.font().key() + "|" + self.horizontalHeader().font().key()

    def card_height(self, row: int, width: int) -> int:
        """The height of one row drawn as a card `width` wide (measured once per text)."""
        key = (row, width)
        height = self._heights.get(key)
        if height is None:
            rect = self.fontMetrics().boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), self.card_text(row)
            )
            height = self._heights[key] = rect.height() + 10
        return height

    def card_text(self, row: int) -> str:
        text = self._cards.get(row)
        if text is None:
            text = self._cards[row] = self._card_text(row)
        return text

    def _card_text(self, row: int) -> str:
        lines = []
        for column in range(self.columnCount()):
            item, head = self.item(row, column), self.horizontalHeaderItem(column)
            if item is not None and item.text():
                title = head.text() if head is not None else ""
                lines.append(f"{title}: {item.text()}" if title else item.text())
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another text size: measured anew
            self._on_cells_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()

    def _needs(self) -> tuple[list[int], list[int]]:
        """Per column: the width of its longest word (the least it can have), and of its
        longest text (what it would like)."""
        key = (self._generation, self._font_key())
        if self._needs_of is not None and self._needs_of[0] == key:
            return self._needs_of[1]
        if self._widths_font != key[1]:
            self._widths, self._widths_font = {}, key[1]
        cells, heads = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        widths = self._widths

        def measured(text: str) -> tuple[int, int]:  # texts repeat: a method, a state, a day
            known = widths.get(text)
            if known is None:
                known = widths[text] = (_longest_word(cells, text), cells.horizontalAdvance(text))
            return known

        least, wish = [], []
        for column in range(self.columnCount()):
            head = self.horizontalHeaderItem(column)
            title = head.text() if head is not None else ""
            low, high = _longest_word(heads, title), heads.horizontalAdvance(title)
            for r in range(self.rowCount()):
                item = self.item(r, column)
                if item is not None:
                    word, whole = measured(item.text())
                    low, high = max(low, word), max(high, whole)
            least.append(low + PADDING)
            wish.append(high + PADDING)
        self._needs_of = (key, (least, wish))
        return least, wish

    def reflow(self) -> None:
        """Columns or cards, whichever the width allows; the row heights follow."""
        width = self.viewport().width()
        state = (width, self._generation, self._font_key())
        if state == self._laid_out:
            return  # the same cells at the same width and size: laid out already
        least, wish = self._needs()
        cards = sum(least) > width
        if cards != self.cards:
            self.cards = cards
            self.setItemDelegateForColumn(0, self._card_delegate if cards else self._plain)
            self.horizontalHeader().setVisible(not cards)
            for column in range(1, self.columnCount()):
                self.setColumnHidden(column, cards)
        if cards:
            self.setColumnWidth(0, width)
        else:
            for column, size in enumerate(_share(width, least, wish)):
                self.setColumnWidth(column, size)
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:  # a screen reader hears the whole card
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, self.card_text(row) if cards else None
                )
        self.resizeRowsToContents()
        # The width it was laid out for: a scroll bar that came meanwhile resizes it again.
        self._laid_out = state


def _share(width: int, least: list[int], wish: list[int]) -> list[int]:
    """Column widths filling `width`: each its least, then towards its wish, then the rest
    in proportion to the wishes (the table fills its width, never more)."""
    spare = max(0, width - sum(least))
    extra = [w - m for w, m in zip(wish, least, strict=True)]
    total = sum(extra) or 1
    sizes = [m + min(e, spare * e // total) for m, e in zip(least, extra, strict=True)]
    left = max(0, width - sum(sizes))
    weight = sum(wish) or 1
    return [size + left * w // weight for size, w in zip(sizes, wish, strict=True)]


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = ReflowTable(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
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
