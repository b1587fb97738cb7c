"""Ctrl+L (lock) and Ctrl+Shift+B (blank) from anywhere, modal dialogs included.

A QAction's application shortcut is blocked while a modal dialog shadows its window (the
documents dialog and the client's log are window-modal), so the keys are caught here, by an
application-wide event filter, before any widget or shortcut map sees them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

LOCK_SHORTCUT = "Ctrl+L"
BLANK_SHORTCUT = "Ctrl+Shift+B"
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _combination(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & _MODIFIERS
    return QKeySequence(event.keyCombination().key() | modifiers)


class LockKeys(QObject):
    """Install on the application while the vault is open; calls `lock` or `blank` once."""

    def __init__(
        self, lock: Callable[[], None], blank: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._keys = {
            QKeySequence(LOCK_SHORTCUT).toString(): lock,
            QKeySequence(BLANK_SHORTCUT).toString(): blank,
        }
        self._overridden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        action = self._keys.get(_combination(event).toString())
        if action is None:
            return False
        event.accept()  # no widget and no shortcut map acts on these keys
        # The override comes first (where the platform sends one); its key press is eaten.
        overridden, self._overridden = self._overridden, kind == QEvent.Type.ShortcutOverride
        if self._overridden or not (overridden or event.isAutoRepeat()):
            action()
        return True
