"""The window shown before the vault is open: the create page (first run) or the lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.create_page import CreatePage
from hbdesk.ui.lock_parts import heading, plain_label
from hbdesk.ui.unlock_page import UnlockPage

WINDOW_TITLE = "hbdesk"
_CARD_WIDTH = 520


class LockWindow(QWidget):
    """Holds both pages; which one shows is the shell's decision (never create over a vault)."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setObjectName("lockWindow")
        self.create_page = CreatePage(self)
        self.unlock_page = UnlockPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(self.create_page)

        brand = heading("hbdesk", self, size=26)
        brand.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        tagline = plain_label(self.tr("Personal budgeting"), self)
        tagline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        tagline.setStyleSheet("color: #444;")

        card = QFrame(self)
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid #c8c8c8;"
            " border-radius: 8px; }"
        )
        card.setMaximumWidth(_CARD_WIDTH)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addWidget(self.pages)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addStretch(1)
        column.addWidget(brand)
        column.addWidget(tagline)
        column.addSpacing(12)
        column.addLayout(row, 1)
        column.addStretch(2)
        # A small screen or large text: the card scrolls down, never off the side.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self.resize(900, 640)

    @property
    def mode(self) -> str:
        """ "create" or "unlock"."""
        return "create" if self.pages.currentWidget() is self.create_page else "unlock"

    def show_create(self) -> None:
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.passphrase.setFocus()

    def show_unlock(self) -> None:
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def set_vault_folder(self, folder: str) -> None:
        self.create_page.set_vault_folder(folder)
        self.unlock_page.set_vault_folder(folder)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit()
        event.accept()
