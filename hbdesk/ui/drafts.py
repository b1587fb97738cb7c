"""Keeps the drafts of every open editor in the vault: debounced autosave, and all at once on lock.

The keeper is the UI's one door to hbdesk.services.drafts. Editors (DraftTextEdit) register
with it; while the vault is locked it has no vault and saves nothing. Every write runs off
the UI thread: autosaves through the service runner, the save before a lock in a worker the
UI waits for (the key must not go before the text is in). Each place's writes are numbered,
so an older text never lands over a newer one whatever order the threads finish in.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from hbdesk.app.store import OpenVault
    from hbdesk.ui.runner import ServiceRunner

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
        self._runner: ServiceRunner | None = None
        self._stored: dict[str, str] = {}
        self._editors: weakref.WeakSet[DraftEditor] = weakref.WeakSet()
        self._numbers: dict[str, int] = {}  # place -> number of the newest write asked for
        self._written: dict[str, int] = {}  # place -> number of the newest write done
        self._write_lock = threading.Lock()

    @property
    def vault(self) -> OpenVault | None:
        return self._vault

    def use_runner(self, runner: ServiceRunner) -> None:
        """The desktop's service runner (one per unlock) carries the autosaves."""
        self._runner = runner

    def attach(self, vault: OpenVault, stored: dict[str, str] | None = None) -> None:
        """After unlock: the stored drafts, as read off the UI thread by the unlock itself
        (read here only when not given: tests and tools without a desktop)."""
        if stored is None:
            from hbdesk.services.drafts import load_drafts

            stored = load_drafts(vault)
        self._vault = vault
        self._stored = dict(stored)

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
        """Start saving one editor's text (the debounced autosave); False while locked."""
        from hbdesk.models.errors import DomainError
        from hbdesk.services.drafts import MAX_DRAFT_CHARS

        if self._vault is None or self._vault.locked:
            return False
        vault, place, text = self._vault, editor.place, editor.draft_text()
        if len(text) > MAX_DRAFT_CHARS:  # refused at once, in words; the text stays unsaved
            self.save_failed.emit(DomainError("draft_too_long", "text", max_chars=MAX_DRAFT_CHARS))
            return False
        texts = self._numbered({place: text})
        self._stored[place] = text  # an editor opened meanwhile gets the newest text

        def done(_result: object) -> None:
            if _alive(editor) and editor.draft_text() == text:
                editor.mark_saved()
            self.saved.emit(place)

        def failed(exc: BaseException) -> None:
            log.warning("draft not saved: %s", type(exc).__name__)
            self.save_failed.emit(exc)  # the text stays in the editor, still unsaved

        self._runner_now().call(self._write, vault, texts, on_done=done, on_error=failed)
        return True

    def save_all(self) -> bool:
        """Save every editor with unsaved text in one transaction, and wait (before locking)."""
        from hbdesk.models.errors import DomainError
        from hbdesk.services.drafts import MAX_DRAFT_CHARS
        from hbdesk.ui.runner import run_and_wait

        if self._vault is None or self._vault.locked:
            return False
        dirty = [editor for editor in list(self._editors) if _alive(editor) and editor.is_dirty()]
        # One text over the limit must not keep every other draft from being saved.
        too_long = [e for e in dirty if len(e.draft_text()) > MAX_DRAFT_CHARS]
        dirty = [e for e in dirty if e not in too_long]
        texts = {editor.place: editor.draft_text() for editor in dirty}
        try:
            if texts:
                run_and_wait(self._write, self._vault, self._numbered(texts))
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

    def _numbered(self, texts: dict[str, str]) -> dict[str, tuple[int, str]]:
        numbered = {}
        for place, text in texts.items():
            self._numbers[place] = self._numbers.get(place, 0) + 1
            numbered[place] = (self._numbers[place], text)
        return numbered

    def _write(self, vault: OpenVault, texts: dict[str, tuple[int, str]]) -> None:
        """In a worker thread: write the texts newer than what each place holds."""
        from hbdesk.services.drafts import save_drafts

        with self._write_lock:
            newer = {p: t for p, (n, t) in texts.items() if n > self._written.get(p, 0)}
            if newer:
                save_drafts(vault, newer)
            for place, (number, _text) in texts.items():
                self._written[place] = max(number, self._written.get(place, 0))

    def _runner_now(self) -> ServiceRunner:
        if self._runner is None:  # a keeper without a desktop (tests, tools): its own runner
            from hbdesk.ui.runner import ServiceRunner

            self._runner = ServiceRunner(self)
        return self._runner


def _alive(editor: DraftEditor) -> bool:
    """False for an editor whose Qt widget is already deleted."""
    return not isinstance(editor, QObject) or shiboken6.isValid(editor)
