"""The status area at the foot of the main window: what just happened (also said to a screen
reader), a busy bar, and the buttons that unfold the folded panels (notes, sync)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QProgressBar, QPushButton


def announce(source: QObject, message: str) -> None:
    """Have a screen reader say `message` now (it is not where the focus is)."""
    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, message))


def _shown(dock: QDockWidget) -> bool:
    """Shown in its window (as Qt's isVisibleTo(None) would answer: isVisible() unparented)."""
    parent = dock.parentWidget()
    return dock.isVisibleTo(parent) if parent is not None else dock.isVisible()


class StatusArea(QObject):
    """Owns the status bar's permanent parts; one button per folded dock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.bar = window.statusBar()
        self.bar.setSizeGripEnabled(False)
        self.progress = QProgressBar(self.bar)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.bar.addPermanentWidget(self.progress)
        self.buttons: list[QPushButton] = []
        self._docks: dict[QDockWidget, QPushButton] = {}
        self.bar.messageChanged.connect(lambda message: announce(self.bar, message))

    def add_dock(self, dock: QDockWidget, text: str, name: str) -> QPushButton:
        """A checkable button in the status bar that shows and folds `dock`."""
        button = QPushButton(text, self.bar)
        button.setCheckable(True)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setChecked(_shown(dock))
        button.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(lambda _visible: self._sync(dock))
        self.bar.addPermanentWidget(button)
        self.buttons.append(button)
        self._docks[dock] = button
        return button

    def button_for(self, dock: QDockWidget) -> QPushButton:
        return self._docks[dock]

    def set_dock_allowed(self, dock: QDockWidget, allowed: bool) -> None:
        self._docks[dock].setEnabled(allowed)

    def _sync(self, dock: QDockWidget) -> None:
        button = self._docks[dock]
        shown = _shown(dock)
        if button.isChecked() != shown:
            button.blockSignals(True)
            button.setChecked(shown)
            button.blockSignals(False)
