"""Tab follows the screen: the order of the layouts (top to bottom, left to right, a form row
by row), not the order in which widgets happened to be made (a page's entries load after its
forms, the status bar after the page)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLayout,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from hbdesk.ui.stack_fence import StackFence

# Widgets that are one stop, whatever they hold inside.
_WHOLE = (QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


def _is_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(
        widget, QScrollArea
    )


def _walk_widget(widget: QWidget, found: list[QWidget]) -> None:
    if widget.isHidden():
        return
    if _is_stop(widget):
        found.append(widget)
    if isinstance(widget, _WHOLE):
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _walk_widget(inner, found)
        return
    if isinstance(widget, StackFence):  # holds its stack without a layout
        _walk_widget(widget.stack, found)
        return
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        if current is not None:
            _walk_widget(current, found)
        return
    if isinstance(widget, QSplitter):  # its parts are not in a layout
        for index in range(widget.count()):
            part = widget.widget(index)
            if part is not None:
                _walk_widget(part, found)
        return
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, found)


def _walk_layout(layout: QLayout, found: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (inner := item.widget()) is not None:
            _walk_widget(inner, found)
        elif (nested := item.layout()) is not None:
            _walk_layout(nested, found)


def screen_order(root: QWidget) -> list[QWidget]:
    """The Tab stops under `root` in the order the screen shows them."""
    found: list[QWidget] = []
    if isinstance(root, QMainWindow):
        central = root.centralWidget()
        if central is not None:
            _walk_widget(central, found)
        for dock in root.findChildren(QDockWidget):
            if dock.isVisible() and dock.widget() is not None:
                _walk_widget(dock.widget(), found)
        status = root.statusBar()
        for child in status.children():
            if isinstance(child, QWidget):
                _walk_widget(child, found)
        return found
    _walk_widget(root, found)
    return found


def apply(root: QWidget) -> None:
    """Make Tab visit the stops under `root` in screen order."""
    for first, second in pairwise(screen_order(root)):
        QWidget.setTabOrder(first, second)
