"""Read-only tables of the money stages: whole rows chosen, Tab leaves the table, never sideways
scrolling. While the columns fit the width their cells wrap; in a narrower window (large
text, 1366×768 at 200 %) each row becomes a card of "Column: value" lines instead."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

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
        self._filling = False
        self._reflowing = False
        self._advances: dict[str, int] = {}  # a card line's width (_widths_font)
        self._glyphs: set[str] = set()  # characters the cells' own font has (_widths_font)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)
        # Row heights are set by reflow (_fit_rows), not by the header: in ResizeToContents
        # mode it measured every cell of every row again at each change of the view's
        # geometry (a scroll bar, the header hidden for cards).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._on_cells_changed)
        model.dataChanged.connect(self._on_data_changed)
        model.headerDataChanged.connect(self._on_cells_changed)

    def set_rows(self, rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> None:
        """Every cell at once (columns in `right` aligned right): one notice of the change
        for the whole table, not one per cell, and, shown, laid out at once (a new row would
        be painted at the header's default height first)."""
        self._filling = True
        try:
            self.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, text in enumerate(values):
                    self.setItem(r, c, cell(text, c in right))
        finally:
            self._filling = False
        self._on_cells_changed()
        if self.isVisible():
            self._pending.stop()
            self.reflow()

    def _on_cells_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self._generation += 1
        self._cards.clear()
        self._heights.clear()
        self._pending.start(0)

    def _on_data_changed(self, _first: Index, _last: Index, roles: Sequence[int] = ()) -> None:
        if self._filling:
            return
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
        self._current_widths()
        heads = self.horizontalHeader().fontMetrics()
        measured = self._measured
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

    def _current_widths(self) -> None:
        """What was measured, kept while the font stays (see _measured, _in_own_font)."""
        key = self._font_key()
        if self._widths_font != key:
            self._widths, self._widths_font = {}, key
            self._advances, self._glyphs = {}, set()

    def _measured(self, text: str) -> tuple[int, int]:
        """A cell text's longest word and whole width (texts repeat: a method, a state, a day)."""
        known = self._widths.get(text)
        if known is None:
            cells = self.fontMetrics()
            known = (_longest_word(cells, text), cells.horizontalAdvance(text))
            self._widths[text] = known
        return known

    def reflow(self) -> None:
        """Columns or cards, whichever the width allows; the row heights follow. A resize
        that laying out causes (the header hidden for cards, a scroll bar come or gone) is
        laid out after it, not inside it: every row was measured twice over."""
        if self._reflowing:
            return  # the reflow under way looks at the size again when it is done
        self._reflowing = True
        try:
            for _ in range(3):  # a scroll bar that comes and goes: settled by the timer
                if not self._reflow_once():
                    return
            self._pending.start(0)
        finally:
            self._reflowing = False

    def _reflow_once(self) -> bool:
        """Lay out for the present width; False when it was laid out for it already."""
        width = self.viewport().width()
        state = (width, self._generation, self._font_key())
        if state == self._laid_out:
            return False  # the same cells at the same width and size: laid out already
        least, wish = self._needs()
        cards = sum(least) > width
        if cards != self.cards:
            self.cards = cards
            self.setItemDelegateForColumn(0, self._card_delegate if cards else self._plain)
            self.horizontalHeader().setVisible(not cards)
            for column in range(1, self.columnCount()):
                self.setColumnHidden(column, cards)
        sizes = [width] if cards else _share(width, least, wish)
        for column, size in enumerate(sizes):
            self.setColumnWidth(column, size)
        self._filling = True  # the cards' accessible text is no change of the cells
        try:
            for row in range(self.rowCount()):
                item = self.item(row, 0)
                if item is not None and (cards or item.data(Qt.ItemDataRole.AccessibleTextRole)):
                    # a screen reader hears the whole card
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole, self.card_text(row) if cards else None
                    )
        finally:
            self._filling = False
        self._fit_rows(sizes)
        # The width it was laid out for: a scroll bar that came meanwhile resizes it again.
        self._laid_out = state
        return True

    def _fit_rows(self, sizes: list[int]) -> None:
        """Each row as tall as its contents (what resizeRowsToContents gives). Qt lays out
        every cell's text to know; a row whose texts each fit on one line of the font's own
        glyphs is as tall as any other such row (as a card: any with as many lines), so one
        of each kind is measured and the rest get its height."""
        self._current_widths()
        header, known = self.verticalHeader(), dict[int, int]()
        for row in range(self.rowCount()):
            kind = self._row_kind(row, sizes)
            if kind is None:
                self.resizeRowToContents(row)
            elif kind in known:
                header.resizeSection(row, known[kind])
            else:
                self.resizeRowToContents(row)
                known[kind] = self.rowHeight(row)

    def _row_kind(self, row: int, sizes: list[int]) -> int | None:
        """A row's height class when no text of it wraps and each is in the font: its number
        of lines (1 in columns, one per cell as a card); None when it must be measured."""
        if self.cards:
            lines = self.card_text(row).split("\n")
            room = sizes[0] - 12 - 2  # the card's text rect (CardDelegate), with a margin
            if not lines[0] or not self._in_own_font("".join(lines)):
                return None
            fits = all(self._advance(line) <= room for line in lines)
            return len(lines) if fits else None
        texts = []
        for column, size in enumerate(sizes):
            item = self.item(row, column)
            text = item.text() if item is not None else ""
            if text and ("\n" in text or self._measured(text)[1] + PADDING > size):
                return None
            texts.append(text)
        joined = "".join(texts)
        return 1 if joined and self._in_own_font(joined) else None

    def _advance(self, line: str) -> int:
        width = self._advances.get(line)
        if width is None:
            width = self._advances[line] = self.fontMetrics().horizontalAdvance(line)
        return width

    def _in_own_font(self, text: str) -> bool:
        """Every character drawn by the cells' font itself (a fallback font for another
        script may make its line taller)."""
        new = set(text) - self._glyphs
        if not new:
            return True
        metrics = self.fontMetrics()
        if not all(c.isspace() or metrics.inFontUcs4(ord(c)) for c in new):
            return False
        self._glyphs |= new
        return True


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


def make_table(parent: QWidget, headers: list[str], name: str) -> ReflowTable:
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
