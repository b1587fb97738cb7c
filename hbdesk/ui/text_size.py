"""The app's own text size (100–200 % of the desktop's font), for every window."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_base: QFont | None = None  # the desktop's font, before any size of ours


def apply(percent: int) -> None:
    """Make the application font `percent` % of the desktop's; windows made after use it."""
    global _base
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _base is None:
        _base = QFont(app.font())
    font = QFont(_base)
    font.setPointSizeF(_base.pointSizeF() * max(100, min(200, percent)) / 100)
    app.setFont(font)
