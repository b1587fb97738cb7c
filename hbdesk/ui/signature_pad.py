"""Drawing a signature with a mouse, a finger or a pen, and showing a stored one small.

The pad keeps strokes as points (vector), never pixels: `signature()` gives the
`hbdesk.models.signature.Signature` that the plan's confirmation stores. Touch and pen reach
the pad as mouse events (Qt synthesises them when a widget leaves them unhandled); a pen's
tablet events are taken directly for its finer positions. Keyboard users type the name
instead (the dialog offers it); Delete or Backspace clears the pad.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hbdesk.models.signature import MIN_INK, Signature

INK = QColor("#111144")
LINE = QColor("#9a9a9a")


def paint_signature(
    painter: QPainter, signature: Signature, target: QRectF, width: float = 2.0
) -> None:
    """Draw the strokes scaled into `target`, keeping their proportions."""
    if not signature.strokes:
        return
    k = min(target.width() / signature.width, target.height() / signature.height)
    dx = target.left() + (target.width() - signature.width * k) / 2
    dy = target.top() + (target.height() - signature.height * k) / 2
    pen = QPen(
        INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    for stroke in signature.strokes:
        path = QPainterPath(QPointF(dx + stroke[0][0] * k, dy + stroke[0][1] * k))
        for x, y in stroke[1:] or stroke:
            path.lineTo(QPointF(dx + x * k, dy + y * k))
        painter.drawPath(path)


class SignaturePad(QWidget):
    """A white area to sign on, with a line to sign along; strokes kept as points."""

    drawn = Signal()  # a stroke was finished
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []
        self._pen_down = False
        self.setMinimumSize(QSize(360, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # as mouse events
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature drawing area"))
        self.setAccessibleDescription(
            self.tr(
                "Draw the signature with a mouse, a finger or a pen. Delete clears it. Without "
                "a pointer, choose to type the name instead."
            )
        )
        self.hint = self.tr("Sign here")

    # What was drawn.
    def strokes(self) -> list[list[tuple[float, float]]]:
        return [list(s) for s in self._strokes]

    def signature(self) -> Signature:
        return Signature.from_points(self._strokes, self.width(), self.height())

    def is_empty(self) -> bool:
        return self.signature().ink < MIN_INK

    def clear(self) -> None:
        self._strokes.clear()
        self._pen_down = False
        self.update()
        self.cleared.emit()

    # Drawing.
    def _begin(self, at: QPointF) -> None:
        self._pen_down = True
        self._strokes.append([(at.x(), at.y())])
        self.update()

    def _extend(self, at: QPointF) -> None:
        if self._pen_down and self._strokes:
            self._strokes[-1].append((at.x(), at.y()))
            self.update()

    def _end(self, at: QPointF) -> None:
        if self._pen_down:
            self._extend(at)
            self._pen_down = False
            self.drawn.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        frame = QColor("#2a5db0") if self.hasFocus() else LINE
        p.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = self.height() * 0.78
        p.setPen(QPen(LINE, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(16, base), QPointF(self.width() - 16, base))
        if not self._strokes:
            p.setPen(LINE)
            p.drawText(
                QRectF(16, base + 2, self.width() - 32, self.height() - base - 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.hint,
            )
        p.setPen(
            QPen(
                INK, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            )
        )
        for stroke in self._strokes:
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:] or stroke:
                path.lineTo(QPointF(x, y))
            p.drawPath(path)
        p.end()


class SignatureView(QWidget):
    """A stored signature shown small (read only), e.g. on the plan page."""

    def __init__(
        self, signature: Signature, parent: QWidget | None = None, size: QSize | None = None
    ) -> None:
        super().__init__(parent)
        self.signature = signature
        self.setFixedSize(size or QSize(220, 70))
        self.setAccessibleName(self.tr("Drawn signature"))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QPen(LINE, 1))
        p.drawLine(QPointF(4, self.height() - 4), QPointF(self.width() - 4, self.height() - 4))
        paint_signature(p, self.signature, QRectF(self.rect().adjusted(4, 4, -4, -6)), 1.5)
        p.end()
