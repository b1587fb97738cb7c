"""The app's style on top of the platform's: forms that wrap their labels above the fields when
the width runs short, and a focus ring that can be seen (2 px in the highlight colour)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

FOCUS_WIDTH = 2


class AppStyle(QProxyStyle):
    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FormLayoutWrapPolicy:
            return QFormLayout.RowWrapPolicy.WrapLongRows.value
        if hint == QStyle.StyleHint.SH_FormLayoutFieldGrowthPolicy:
            return QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow.value
        return super().styleHint(hint, option, widget, returned)

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
    painting with a deleted style, and a collected wrapper would hide that it is ours."""
    if not _installed:
        _installed.append(AppStyle(app.style().name()))
        app.setStyle(_installed[0])
