"""Layouts that reflow instead of widening the window: side by side when there is room, one
under the other when there is not (a 1366×768 laptop, 200 % text, a narrow window)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QWidget


class Columns(QWidget):
    """Its widgets in a row while the row's natural width fits, else in a column."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._parts: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 1) -> QWidget:
        self.box.addWidget(widget, stretch)
        self._parts.append(widget)
        return widget

    def _row_width(self) -> int:
        shown = [w for w in self._parts if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + self.box.spacing() * (len(shown) - 1)

    def minimumSizeHint(self) -> QSize:
        # Never as wide as the row: below its width the parts stack.
        hint = super().minimumSizeHint()
        widest = max((w.minimumSizeHint().width() for w in self._parts), default=0)
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self._row_width() <= event.size().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)


def fit_to_screen(window: QWidget) -> None:
    """Size and place a top-level window so that it and its frame lie on its screen's
    available area (a dialog larger than the screen shrinks; its content scrolls or wraps)."""
    # The screen the window is on, found by its place (not QWidget.screen(): under some
    # sequences PySide hands back a wrapper that later deletes the QScreen itself).
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # (0, 0) before shown
    width = min(window.width(), area.width() - frame.width())
    height = min(window.height(), area.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    parent = window.parentWidget()
    if isinstance(window, QDialog) and parent is not None:
        centre = parent.window().frameGeometry().center()
        left, top = centre.x() - width // 2, centre.y() - height // 2
    else:
        left, top = window.x(), window.y()
    left = max(area.left(), min(left, area.right() - width - frame.width() + 1))
    top = max(area.top(), min(top, area.bottom() - height - frame.height() + 1))
    window.move(left, top)


def _fit_when_shown(window: object) -> None:
    """A window that just got the focus: fitted once to its screen (dialogs included)."""
    widget = QApplication.activeWindow()
    if widget is None or widget.property("fitted_to_screen") or widget.isFullScreen():
        return
    if widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
        widget.setProperty("fitted_to_screen", True)
        fit_to_screen(widget)


_watching = False


def fit_every_window() -> None:
    """Every window and dialog that comes to the front fits its screen (watched once per app,
    through the focus window: no application-wide event filter to slow every event)."""
    global _watching
    app = QApplication.instance()
    if not _watching and isinstance(app, QApplication):
        _watching = True
        app.focusWindowChanged.connect(_fit_when_shown)
