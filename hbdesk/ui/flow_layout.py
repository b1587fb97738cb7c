"""A layout that puts its widgets side by side and wraps them onto the next line when the
width runs out (large text, a narrow window), instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Left to right, wrapping; an item with `stretch` set takes what is left of its line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # ids of items that fill the rest of their line
        self._width = 0  # the width last laid out: the minimum height wraps at it
        # Heights for widths, kept until the layout is invalidated (as QBoxLayout keeps its
        # own): Qt asks the same width many times a layout pass, each answer a Python walk.
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addWidget(self, widget: QWidget, stretch: bool = False) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.append(item)
        if stretch:
            self._stretch.add(id(item))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.discard(id(item))
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)
        if rect.width() != self._width:
            # The wrapped height at this width becomes the minimum: asked for again, so that a
            # parent that does not ask for height-for-width (a stacked page) still gives it.
            self._width = rect.width()
            QTimer.singleShot(0, self, self.invalidate)  # not after the layout is gone

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        if self._width > 0:
            size.setHeight(max(size.height(), self.heightForWidth(self._width)))
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not _hidden(i)]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10**6))
            hint = hint.expandedTo(item.minimumSize().boundedTo(QSize(area.width(), 10**6)))
            needed = hint.width() + (gap if lines[-1] else 0)
            if lines[-1] and used + needed > area.width():
                lines.append([])
                used, needed = 0, hint.width()
            lines[-1].append((item, hint))
            used += needed
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(self._height(item, hint) for item, hint in line)
            x = area.x()
            spare = area.width() - sum(h.width() for _, h in line) - gap * (len(line) - 1)
            for item, hint in line:
                width = hint.width() + (spare if id(item) in self._stretch and spare > 0 else 0)
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if lines[0] else 0

    @staticmethod
    def _height(item: QLayoutItem, hint: QSize) -> int:
        least = item.minimumSize().height()  # a minimum height set on the widget wins
        if item.hasHeightForWidth():
            return max(least, item.heightForWidth(hint.width()))
        widget = item.widget()
        if widget is not None and widget.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed:
            return max(least, widget.sizeHint().height())
        return max(least, hint.height())


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()
