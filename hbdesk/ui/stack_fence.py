"""A holder for the page stack that keeps a change of page from re-laying out the window.

Showing one page and hiding another invalidates the stack's layout; its activation then
tells the stack's parent that the stack's size needs may have changed (Qt does so without
checking), and so on up: the workspace, the splitter and the main window are laid out
again on every step chosen, though nothing but the page changed. The fence passes the
stack's size needs on like a layout would, and tells its own parent only when they did
change (a page grown with its data, a new page made).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget


class StackFence(QWidget):
    """Holds `stack`, filling itself with it."""

    def __init__(self, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        stack.setParent(self)
        self.setSizePolicy(stack.sizePolicy())
        self._needs: tuple[object, ...] | None = None

    def _current_needs(self) -> tuple[object, ...]:
        stack = self.stack
        hfw = stack.hasHeightForWidth()
        return (
            stack.sizeHint(),
            stack.minimumSizeHint(),
            stack.minimumSize(),
            stack.maximumSize(),
            stack.sizePolicy(),
            hfw,
            stack.heightForWidth(self.width()) if hfw else -1,
        )

    def sizeHint(self) -> QSize:
        return self.stack.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.stack.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.stack.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.stack.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stack.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the stack's needs may have changed
            needs = self._current_needs()
            if needs != self._needs:
                self._needs = needs
                self.setSizePolicy(self.stack.sizePolicy())
                self.setMinimumSize(self.stack.minimumSize())
                self.setMaximumSize(self.stack.maximumSize())
                self.updateGeometry()
            return True
        return super().event(event)
