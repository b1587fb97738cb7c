"""Keeps the drafts of every open editor in the vault: debounced autosave, and all at once on lock.

The keeper is the UI's one door to hbdesk.services.drafts. Editors (DraftTextEdit) register
with it; while the vault is locked it has no vault and saves nothing.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from hbdesk.store import OpenVault

log = logging.getLogger(__name__)


class DraftEditor(Protocol):
    place: str

    def draft_text(self) -> str: ...
    def is_dirty(self) -> bool: ...
    def mark_saved(self) -> None: ...


class DraftKeeper(QObject):
    """Saves drafts to the open vault; `save_failed` carries the error for the status line."""

    saved = Signal(str)  # the place
    save_failed = Signal(object)  # the exception (the UI words it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._stored: dict[str, str] = {}
        self._editors: weakref.WeakSet[DraftEditor] = weakref.WeakSet()

    @property
    def vault(self) -> OpenVault | None:
        return self._vault

    def attach(self, vault: OpenVault) -> None:
        """After unlock: read every stored draft once, for the editors about to be made."""
        from hbdesk.services.drafts import load_drafts

        self._vault = vault
        self._stored = load_drafts(vault)

    def detach(self) -> None:
        """On lock: forget the vault and the texts read from it."""
        self._vault = None
        self._stored = {}
        self._editors = weakref.WeakSet()

    def register(self, editor: DraftEditor) -> str:
        """Remember an open editor; returns the draft stored for its place ("" if none)."""
        self._editors.add(editor)
        return self._stored.get(editor.place, "")

    def unregister(self, editor: DraftEditor) -> None:
        self._editors.discard(editor)

    def save(self, editor: DraftEditor) -> bool:
        """Save one editor's text now (the debounced autosave)."""
        from hbdesk.services.drafts import save_draft

        if self._vault is None or self._vault.locked:
            return False
        text = editor.draft_text()
        try:
            save_draft(self._vault, editor.place, text)
        except Exception as exc:  # disk full, damage: reported, the text stays in the editor
            log.warning("draft not saved: %s", type(exc).__name__)
            self.save_failed.emit(exc)
            return False
        self._stored[editor.place] = text
        editor.mark_saved()
        self.saved.emit(editor.place)
        return True

    def save_all(self) -> bool:
        """Save every editor with unsaved text in one transaction (before locking)."""
        from hbdesk.models.errors import DomainError
        from hbdesk.services.drafts import MAX_DRAFT_CHARS, save_drafts

        if self._vault is None or self._vault.locked:
            return False
        dirty = [editor for editor in list(self._editors) if _alive(editor) and editor.is_dirty()]
        # One text over the limit must not keep every other draft from being saved.
        too_long = [e for e in dirty if len(e.draft_text()) > MAX_DRAFT_CHARS]
        dirty = [e for e in dirty if e not in too_long]
        texts = {editor.place: editor.draft_text() for editor in dirty}
        try:
            if texts:
                save_drafts(self._vault, texts)
        except Exception as exc:
            log.warning("drafts not saved on lock: %s", type(exc).__name__)
            self.save_failed.emit(exc)
            return False
        self._stored.update(texts)
        for editor in dirty:
            editor.mark_saved()
        if too_long:
            self.save_failed.emit(DomainError("draft_too_long", "text", max_chars=MAX_DRAFT_CHARS))
        return not too_long


def _alive(editor: DraftEditor) -> bool:
    """False for an editor whose Qt widget is already deleted."""
    return not isinstance(editor, QObject) or shiboken6.isValid(editor)
