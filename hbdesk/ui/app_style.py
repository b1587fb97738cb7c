"""The app's style on top of the platform's: a focus ring that can be seen (2 px in the
highlight colour), and forms that wrap their labels above the fields when the width runs short
(`form_layout`: set on each form, not answered as a style hint — Qt asks a style's hints
thousands of times a screen, and each answer from Python costs a call into the interpreter)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

FOCUS_WIDTH = 2


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose long labels go above their fields when the width runs short, the fields
    growing to the width (every form of the app is made here)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class AppStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, option, inset=0)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = option.state & QStyle.StateFlag.State_HasFocus
        if focused and element in (
            QStyle.PrimitiveElement.PE_PanelLineEdit,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
        ):
            _ring(painter, option, inset=1)


def _ring(painter: QPainter, option: QStyleOption, inset: int) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(option.palette.highlight().color(), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_WIDTH // 2 + inset
    painter.drawRect(option.rect.adjusted(half, half, -half, -half))
    painter.restore()


_installed: list[AppStyle] = []  # the one style, kept referenced for the app's whole life


def install(app: QApplication) -> None:
    """Once, before any window is made. The style is made once per process and a reference
    kept here: replacing it later (a second shell in one process) would leave widgets
    painting with a deleted style, and a collected wrapper would hide that it is ours.

    Painting stays on the UI thread: Qt's raster engine otherwise hands every fill of 96
    or more lines (a scroll bar, a group box, a chart's background) to a thread pool and
    waits for it, and on two cores shared with other work the hand-off and the wake-ups
    cost more than the fill (a page shown again: ~20-40 % of its CPU). Qt reads this
    once, at the first such fill; a value set by the user is kept."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    if not _installed:
        _installed.append(AppStyle(app.style().name()))
        app.setStyle(_installed[0])
