"""The frame every stage page plugs into: a client, loading through the runner, refreshing."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from hbdesk.models.vocab import Stage
from hbdesk.services.changes import Changes
from hbdesk.ui.ui_context import UiContext


class StagePage(QWidget):
    """One step of the process path for the shown client.

    Subclasses set `stage`, override `title()` (translated) and `load()` (start service
    calls through `self.ctx.runner`; show results in the callbacks). `kinds` lists the
    record kinds (table names) whose change makes the page reload; empty: any change to
    the shown client does.
    """

    stage: ClassVar[Stage]
    kinds: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def title(cls) -> str:
        return cls.__name__

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: str | None = None
        self._stale = False
        ctx.runner.changed.connect(self._on_changed)

    def show_client(self, client_id: str) -> None:
        """Load this client's records through ctx.runner and show them."""
        self.client_id = client_id
        self._stale = False
        self.reload()

    def reload(self) -> None:
        """`load()` as one screen: its calls read together, one access-log entry."""
        with self.ctx.runner.screen():
            self.load()

    def load(self) -> None:
        """Start the service calls that fill the page (override)."""

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is None or self.client_id not in changes.clients:
            return
        if self.kinds and not (self.kinds & changes.kinds):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.client_id is not None:
            self._stale = False
            self.reload()
