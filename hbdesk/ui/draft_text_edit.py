"""A multi-line text field whose text is kept as an encrypted draft while it is typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from hbdesk.ui.drafts import DraftKeeper

AUTOSAVE_DELAY_MS = 1000


class DraftTextEdit(QPlainTextEdit):
    """Autosaves (debounced) under `place`, e.g. "client/<id>/plan/needs"; restores on creation.

    The keeper saves it at once when focus leaves, and together with every other open
    editor before the vault locks.
    """

    draft_saved = Signal()

    def __init__(
        self,
        place: str,
        keeper: DraftKeeper,
        parent: QWidget | None = None,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.place = place
        self._keeper = keeper
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        stored = keeper.register(self)
        if stored:
            self.setPlainText(stored)  # before textChanged is connected: not a change
        self.textChanged.connect(self._on_text_changed)

    def draft_text(self) -> str:
        return self.toPlainText()

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self) -> None:
        self._dirty = False
        self._timer.stop()
        self.draft_saved.emit()

    def save_now(self) -> bool:
        """Save unsaved text at once; True when nothing is left unsaved."""
        if not self._dirty:
            return True
        return self._keeper.save(self)

    def _on_text_changed(self) -> None:
        self._dirty = True
        self._timer.start()  # restarts: saved 1 s after the last keystroke

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.save_now()
        super().focusOutEvent(event)
