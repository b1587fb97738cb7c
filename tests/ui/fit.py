"""Does a window fit its screen, and is any text in it cut off? Measured from the widgets' real
geometry and their fonts' metrics (never from size hints).

A widget's text is cut off when its longest line (or, where it wraps, its longest word) is
wider than the room the widget has, or when the widget reaches past the window or past the
part of a scroll area that can be seen sideways (scrolling down is fine, sideways is not).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\u200b]+", text) if w]


def _longest_line(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _longest_word(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(w) for w in _words(text)), default=0)


def _name(w: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText", "accessibleName"):
        value = getattr(w, getter, None)
        if callable(value) and value():
            text = value()
            break
    return f"{type(w).__name__} {text[:50]!r}"


def _in_window(w: QWidget) -> QRect:
    return QRect(w.mapTo(w.window(), QPoint(0, 0)), w.size())


def outside(w: QWidget) -> str | None:
    """Where `w` reaches past an ancestor that clips it (sideways only for scroll areas)."""
    rect = _in_window(w)
    parent = w.parentWidget()
    while parent is not None:
        area = QRect(parent.mapTo(parent.window(), QPoint(0, 0)), parent.size())
        scroller = parent.parentWidget()
        sideways_only = isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport()
        if sideways_only:
            if rect.left() < area.left() - SLACK or rect.right() > area.right() + SLACK:
                return f"reaches past the visible width of {type(scroller).__name__}"
            return None  # inside a scroll area: the area itself is checked on its own
        if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return f"reaches past {type(parent).__name__} ({rect} in {area})"
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def _button_room(w: QAbstractButton) -> int:
    """The width the button's text may use (the style's margins, indicator or arrow taken)."""
    style = w.style()
    if isinstance(w, QCheckBox | QRadioButton):
        metric = (
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(w, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        )
        indicator = style.pixelMetric(metric, None, w)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, w)
        return w.width() - indicator - spacing
    option = QStyleOptionButton()
    option.initFrom(w)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, w)
    icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
    menu = 12 if isinstance(w, QPushButton) and w.menu() is not None else 0
    return w.width() - margin - 4 - icon - menu


def text_cut(w: QWidget) -> str | None:
    """Why the text `w` shows does not fit in it, or None."""
    fm = w.fontMetrics()
    if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
        text = w.text()
        if w.buddy() is not None:  # "&Name": the ampersand marks the key, it is not shown
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = w.contentsRect().width() - 2 * max(0, w.margin()) - max(0, w.indent())
        if w.wordWrap():
            if _longest_word(fm, text) > room + SLACK:
                return f"a word is wider than the label ({room} px)"
            needed = w.heightForWidth(w.width())
            if needed > w.height() + SLACK:
                return f"wrapped text needs {needed} px of height, has {w.height()}"
        elif _longest_line(fm, text) > room + SLACK:
            return f"text needs {_longest_line(fm, text)} px, has {room}"
    elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w, QToolButton):
        text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = _button_room(w)
        if _longest_line(fm, text) > room + SLACK:
            return f"text needs {_longest_line(fm, text)} px, has {room}"
    elif isinstance(w, QComboBox) and w.currentText():
        arrow = w.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, w)
        room = w.width() - arrow - 8
        if fm.horizontalAdvance(w.currentText()) > room + SLACK:
            return f"current choice needs {fm.horizontalAdvance(w.currentText())} px, has {room}"
    elif isinstance(w, QGroupBox) and w.title():
        title = w.title().replace("&", "")
        if fm.horizontalAdvance(title) > w.width() - 8 + SLACK:
            return f"title needs {fm.horizontalAdvance(title)} px, has {w.width() - 8}"
    elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
        room = w.width() - 10
        if fm.horizontalAdvance(w.placeholderText()) > room + SLACK:
            return f"placeholder needs {fm.horizontalAdvance(w.placeholderText())} px, has {room}"
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        return _view_cut(w)
    return None


def _view_cut(view: QAbstractItemView) -> str | None:
    bar = view.horizontalScrollBar()
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and bar.maximum():
        return "needs sideways scrolling"
    model, fm = view.model(), view.fontMetrics()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            width = view.columnWidth(column) - 8
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header.isVisible() and _longest_word(header.fontMetrics(), title) > width + SLACK:
                return f"column title {title[:30]!r} is cut ({width} px)"
            for row in range(model.rowCount()):
                text = model.data(model.index(row, column))
                if not isinstance(text, str) or not text:
                    continue
                needed = _longest_word(fm, text) if view.wordWrap() else _longest_line(fm, text)
                if needed > width + SLACK:
                    return f"cell {text[:30]!r} needs {needed} px, column has {width}"
    elif isinstance(view, QListView):
        width = view.viewport().width() - 8
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = model.data(index)
            if not isinstance(text, str) or not text:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if font is not None else fm
            wraps = view.wordWrap()
            needed = _longest_word(metrics, text) if wraps else _longest_line(metrics, text)
            if needed > width + SLACK:
                return f"item {text[:30]!r} needs {needed} px, has {width}"
    return None


def _scrolls_sideways(w: QWidget) -> str | None:
    """A scroll area (a page, a panel) that would need sideways scrolling."""
    if not isinstance(w, QAbstractScrollArea) or isinstance(w, QAbstractItemView):
        return None  # item views are judged with their columns (text_cut)
    bar = w.horizontalScrollBar()
    if bar.maximum() > 0 and w.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return f"{_name(w)}: needs sideways scrolling ({bar.maximum()} px)"
    return None


def _shows_text(w: QWidget) -> bool:
    return isinstance(
        w, QLabel | QAbstractButton | QComboBox | QGroupBox | QLineEdit | QAbstractItemView
    ) and not isinstance(w, QHeaderView | QMenuBar)


def _own_part_of_qt(w: QWidget) -> bool:
    """Qt's own parts: the inside of a combo, spin box, scroll bar, calendar or menu bar."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QMenuBar | QAbstractSpinBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return w.objectName().startswith("qt_")


def overlapped(w: QWidget) -> str | None:
    """A sibling drawn over `w` (a layout squeezed past its minimum lets them overlap)."""
    parent = w.parentWidget()
    if parent is None or w.isWindow():
        return None
    for other in parent.children():
        if (
            other is w
            or not isinstance(other, QWidget)
            or other.isWindow()
            or not other.isVisible()
            or other.objectName().startswith("qt_")
        ):
            continue
        common = w.geometry().intersected(other.geometry())
        if common.width() > SLACK and common.height() > SLACK:
            return f"overlaps {_name(other)}"
    return None


def problems(window: QWidget) -> list[str]:
    """Everything cut off in `window` (a visible top-level widget), in words."""
    found = []
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not screen.contains(frame):
        found.append(f"the window {frame} does not fit the screen {screen}")
    for w in window.findChildren(QWidget):
        sideways = _scrolls_sideways(w) if w.isVisible() and not _own_part_of_qt(w) else None
        if sideways:
            found.append(sideways)
        if not w.isVisible() or not _shows_text(w) or _own_part_of_qt(w):
            continue
        if w.width() <= 0 or w.height() <= 0:
            found.append(f"{_name(w)}: squeezed to nothing")
            continue
        where = outside(w) or overlapped(w)
        if where:
            found.append(f"{_name(w)}: {where}")
            continue
        cut = text_cut(w)
        if cut:
            found.append(f"{_name(w)}: {cut}")
    return found
