"""The client workspace: who is open, the process path, and the page of the chosen step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.born import birth_date
from hbdesk.services.changes import Changes
from hbdesk.ui.idle import no_input_meanwhile
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.stack_fence import StackFence
from hbdesk.ui.stages import STEPS, row_of
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading
from hbdesk.ui.workspace.path_bar import NEXT_STEP_PAGE, PathBar
from hbdesk.ui.workspace.words import next_step_text, stage_name

if TYPE_CHECKING:
    from hbdesk.services.overview import Overview


class Workspace(QWidget):
    overview_shown = Signal(object)  # Overview
    page_shown = Signal(object)  # the StagePage
    client_changed = Signal(object)  # the open client's id, or None

    # Below this many average characters of width the path becomes a rail of numbers.
    COMPACT_BELOW_CHARS = 120

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: str | None = None
        self.overview: Overview | None = None
        self._pages: dict[int, StagePage] = {}
        self._scrolls: dict[int, QScrollArea] = {}  # each page's scroll area, by row
        self._dropped: list[QScrollArea] = []  # the previous client's, to be deleted
        self._follow_next = False
        self._guessed: int | None = None  # the row shown at opening, before the overview came
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self._step_wanted = -1
        self.name_label = scaled_heading(self.tr("No client open"), self, scale=1.4)
        self.state_label = plain_label(
            self.tr("Choose a client from the list, or add a new client."), self
        )
        layout.addWidget(self.name_label)
        layout.addWidget(self.state_label)

        body = QHBoxLayout()
        self.path = PathBar(STEPS, self)
        self.path.step_chosen.connect(self._on_step_chosen)
        self.path.setEnabled(False)
        body.addWidget(self.path)
        self.stack = QStackedWidget(self)
        self.stack.setFrameShape(QFrame.Shape.NoFrame)
        self._empty = plain_label(self.tr("Open a client to see their process."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._empty)
        body.addWidget(StackFence(self.stack, self), 1)  # a page switch lays out the stack only
        layout.addLayout(body, 1)
        ctx.runner.changed.connect(self._on_changed)

    # Opening a client.
    def open_client(
        self,
        client_id: str,
        name: str = "",
        *,
        step: int = -1,
        stage: str | None = None,
        next_step: str | None = None,
    ) -> None:
        """Show the client at once (name), then the path and the page (loaded off the UI):
        the given step, or the one that does the client's next step.

        With the client's stage and next step (as the caseload knows them) the next step's
        page loads with the overview: one screen, one read, one access-log entry."""
        with no_input_meanwhile():  # page building: thousands of events, none of them input
            self._open_client(client_id, name, step, stage, next_step)

    def _open_client(
        self, client_id: str, name: str, step: int, stage: str | None, next_step: str | None
    ) -> None:
        if client_id == self.client_id:
            if step >= 0:
                self.show_step(step)
            return
        self._drop_pages()  # nothing of the previous client stays on screen, even for a moment
        self.client_id = client_id
        self.overview = None
        self._follow_next = True
        self._step_wanted = step
        self._guessed = None
        self.name_label.setText(name or "…")
        self.state_label.setText(self.tr("Opening…"))
        self.path.setEnabled(True)
        self.client_changed.emit(client_id)
        with self.ctx.runner.screen():
            self._load_overview()
            if step < 0 and stage is not None and next_step is not None:
                self._follow_next = False
                self._guessed = self._default_row(stage, NEXT_STEP_PAGE.get(next_step))
                self.show_step(self._guessed)

    def _drop_pages(self) -> None:
        """Save what was typed (drafts), then throw away the pages of the previous client."""
        if self._pages:
            self.ctx.keeper.save_all()
        # Out of the window now, deleted when the event loop next runs: until then a page
        # switch would walk through them too (the stack turns updates off and on for every
        # child), and nothing of the previous client is left in the window meanwhile. Held
        # here until the next client's, so Python never deletes one under a running handler.
        self._dropped = list(self._scrolls.values())
        for scroll in self._dropped:
            self.stack.removeWidget(scroll)
            scroll.setParent(None)
            scroll.deleteLater()
        self._pages = {}
        self._scrolls = {}
        self.stack.setCurrentWidget(self._empty)
        self.path.blockSignals(True)
        self.path.setCurrentRow(-1)
        self.path.blockSignals(False)

    def close_client(self) -> None:
        self._drop_pages()
        had = self.client_id is not None
        self.client_id = None
        self.overview = None
        self.name_label.setText(self.tr("No client open"))
        self.state_label.setText(self.tr("Choose a client from the list, or add a new client."))
        self.path.setEnabled(False)
        self.path.mark(None, None)
        self.stack.setCurrentWidget(self._empty)
        if had:
            self.client_changed.emit(None)

    def _load_overview(self) -> None:
        # Here, not at the top: the desktop shows the caseload before the services load.
        from hbdesk.services.overview import client_overview

        client_id = self.client_id
        if client_id is None:
            return
        self.ctx.runner.call(
            client_overview,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda ov: self._on_overview(client_id, ov),
        )

    def _on_overview(self, client_id: str, overview: Overview) -> None:
        if client_id != self.client_id:
            return  # another client was opened meanwhile
        self.overview = overview
        client = overview.client
        self.name_label.setText(client.full_name)
        born = birth_date(client.identity_code)
        next_page = NEXT_STEP_PAGE.get(overview.next_step.value)
        self.path.mark(overview.stage, next_page)
        state = (
            self.tr("Stage: %1. Next: %2.")
            .replace("%1", stage_name(overview.stage))
            .replace("%2", next_step_text(overview.next_step.value))
        )
        if born is not None:  # two clients may share a name: the birth date tells them apart
            state = self.tr("Born %1.").replace("%1", formatting.date(born)) + " " + state
        if overview.money is not None:
            state += " " + self.tr("Budget: %1 available of %2.").replace(
                "%1", formatting.money(overview.money.available, self.ctx.lang)
            ).replace("%2", formatting.money(overview.money.granted, self.ctx.lang))
        if overview.disagreements:
            state += " " + self.tr("%n disagreement(s) recorded.", "", overview.disagreements)
        self.state_label.setText(state)
        default = self._default_row(overview.stage, next_page)
        if self._follow_next:
            self._follow_next = False
            wanted, self._step_wanted = self._step_wanted, -1
            if not 0 <= wanted < len(STEPS):
                wanted = default
            self.show_step(wanted)
        elif self._guessed is not None:
            guessed, self._guessed = self._guessed, None
            if default != guessed and self.path.currentRow() == guessed:
                self.show_step(default)  # the caseload knew less than the overview now says
        self.overview_shown.emit(overview)

    def _default_row(self, stage: str, next_page: str | None) -> int:
        names = [step.name for step in STEPS]
        if next_page in names:
            return names.index(next_page)
        for row, step in enumerate(STEPS):
            if step.stage == stage:
                return row
        return 0

    # Steps.
    def show_step(self, row: int) -> None:
        if self.path.currentRow() != row:
            self.path.setCurrentRow(row)  # emits step_chosen → _on_step_chosen
        else:
            self._on_step_chosen(row)

    def _on_step_chosen(self, row: int) -> None:
        if self.client_id is None or not 0 <= row < len(STEPS):
            return
        with no_input_meanwhile():  # a page made on its first visit: no input meanwhile
            page = self.page(row)
            self._show_in_stack(self._scrolls[row])
            if page.client_id != self.client_id:
                page.show_client(self.client_id)
        self.page_shown.emit(page)

    def _show_in_stack(self, scroll: QWidget) -> None:
        """The page's scroll area in front, painted once. The stack shows the incoming page
        while its updates are off and turns them on again, which marks every child for
        another paint: the page was painted twice over. The outgoing page hidden first
        (unless the keyboard focus is in it: the stack moves the focus along) leaves one.

        Each widget shown also posts itself a repaint ("update later"); when a repaint of
        the window is already queued (the path's click asked for one) it runs first and
        those repaints paint the whole page a second time. Handled now, they join it."""
        old = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        if old is not None and old is not scroll and not (focus and old.isAncestorOf(focus)):
            old.hide()
        self.stack.setCurrentWidget(scroll)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)

    def page(self, row: int) -> StagePage:
        """The page of a step, made (and its module imported) the first time it is needed."""
        if row not in self._pages:
            page = STEPS[row].page_class()(self.ctx)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # Pages reflow to the width and scroll down; never sideways, never a Tab stop.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setAccessibleName(STEPS[row].title())
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self._pages[row] = page
            self._scrolls[row] = scroll
        return self._pages[row]

    def page_of(self, cls: type[StagePage]) -> StagePage:
        return self.page(row_of(cls.__name__))

    def current_page(self) -> StagePage | None:
        row = self.path.currentRow()
        return self._pages.get(row)

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and self.client_id in changes.clients:
            self._load_overview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        chars = self.width() / max(1, self.fontMetrics().averageCharWidth())
        self.path.set_compact(chars < self.COMPACT_BELOW_CHARS)

    @property
    def labels(self) -> list[QLabel]:
        return [self.name_label, self.state_label]
