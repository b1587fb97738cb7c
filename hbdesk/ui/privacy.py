"""The privacy blank: one keystroke hides everything (someone walks in) without locking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PrivacyBlank(QWidget):
    """A black window over one screen; any key or click asks to come back."""

    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowTitle(" ")  # nothing about the app or a client in the task bar
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("The screen is blank"))
        hint = QLabel(self.tr("Press any key or click to return."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet("color: #3a3a3a;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.dismissed.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dismissed.emit()
        event.accept()


def blank_every_screen() -> list[PrivacyBlank]:
    """One blank per screen, shown full screen; the caller connects `dismissed`."""
    blanks = []
    for screen in QGuiApplication.screens():
        blank = PrivacyBlank()
        blank.setGeometry(screen.geometry())
        blank.showFullScreen()
        blanks.append(blank)
    if blanks:
        blanks[0].activateWindow()
        blanks[0].setFocus()
    return blanks
