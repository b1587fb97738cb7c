"""The caseworker's desktop, laid out for a home visit on a 1366×768 laptop (or larger text).

With no client open the caseload fills the window. Opening a client folds the caseload away
(F9 or "My clients" brings it back) and gives the workspace the width: the process path as a
rail, the page of the chosen step. Notes from the visit (kept per client) and the sync panel
fold into the status area, each a button away. Nothing needs sideways scrolling: the top bar
wraps, pages reflow and scroll down.

It also keeps what the shell relies on: Ctrl+L locks, Ctrl+Shift+B blanks the screen, closing
for a lock never quits the app, and `view_state()` / `restore()` bring back the client and
step after a lock. Co-reading (Ctrl+Shift+R) hides everything about other clients; the
client's view (F11) turns the screen to the client, or opens on a second screen (Ctrl+F11).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui import tab_order
from hbdesk.ui.caseload.panel import CaseloadPanel
from hbdesk.ui.flow_layout import FlowLayout
from hbdesk.ui.lock_keys import LOCK_SHORTCUT
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.main_menus import CASELOAD_SHORTCUT, CLIENT_VIEW_SHORTCUT, build_menus
from hbdesk.ui.reflow import fit_to_screen
from hbdesk.ui.status_area import StatusArea
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.visit_notes import NO_CLIENT_PLACE, VisitNotes
from hbdesk.ui.workspace.workspace import Workspace

if TYPE_CHECKING:
    from hbdesk.services.caseload_rows import CaseloadRow
    from hbdesk.ui.client_view import ClientView, ClientViewWindow

WINDOW_TITLE = "hbdesk"
VISIT_NOTES_PLACE = NO_CLIENT_PLACE  # notes typed with no client open


@dataclass(frozen=True)
class ViewState:
    """What the worker had open: brought back after a lock or a change of text size."""

    client_id: str | None = None
    step: int = -1
    caseload_shown: bool = True


class MainWindow(QMainWindow):
    lock_requested = Signal()
    enrolment_requested = Signal()
    language_chosen = Signal(str)  # "fi" | "sv" | "en"
    text_size_chosen = Signal(int)  # percent, 100–200
    blank_requested = Signal()
    quit_requested = Signal()
    client_opened = Signal(str)

    # Menus and actions, set by main_menus.build_menus.
    view_menu: QMenu
    text_size_menu: QMenu
    client_menu: QMenu
    sync_menu: QMenu
    new_client_action: QAction
    lock_action: QAction
    blank_action: QAction
    quit_action: QAction
    caseload_action: QAction
    co_reading_action: QAction
    find_action: QAction
    client_view_action: QAction
    second_screen_action: QAction
    unit_outcomes_action: QAction
    language_actions: dict[str, QAction]
    text_size_actions: dict[int, QAction]
    larger_text_action: QAction
    smaller_text_action: QAction
    client_log_action: QAction
    documents_action: QAction
    enrol_action: QAction

    def __init__(
        self,
        ctx: UiContext,
        client_count: int | None,
        parent: QWidget | None = None,
        *,
        text_size: int = 100,
        rows: list[CaseloadRow] | None = None,
    ) -> None:
        """`rows`: the caseload as read at unlock; None: asked of the service."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(WINDOW_TITLE)
        self._closing_for_lock = False
        self._caseload_wanted = True
        ctx.runner.message_parent = self
        build_menus(self, text_size)
        self._build_top_bar(client_count)
        self._build_body()
        self.client_view: ClientView | None = None
        self.client_view_window: ClientViewWindow | None = None
        self._shown_before_client_view: dict[QWidget, bool] = {}
        self._build_notes(ctx)
        self.status = StatusArea(self)
        self.status.add_dock(self.notes_dock, self.tr("Notes"), self.tr("Notes from the visit"))
        ctx.runner.busy_changed.connect(self.status.progress.setVisible)
        tab_order.apply(self)
        self.statusBar().showMessage(self.tr("The vault is open."))
        self.resize(1366, 768)
        if rows is None:
            self.caseload.reload()
        else:
            self.caseload.show_rows(rows)

    # Building.
    def _build_top_bar(self, client_count: int | None) -> None:
        central = QWidget(self)
        self._central = central
        layout = self._central_layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 2)
        top = FlowLayout(spacing=8)
        self.caseload_button = QPushButton(self.tr("&My clients"), central)
        self.caseload_button.setAccessibleName(self.tr("My clients"))
        self.caseload_button.setCheckable(True)
        self.caseload_button.setToolTip(
            self.tr("Shows or folds away the list of clients (%1)").replace(
                "%1", _native(CASELOAD_SHORTCUT)
            )
        )
        self.caseload_button.toggled.connect(self._on_caseload_toggled)
        self.summary = plain_label(self._summary_text(client_count), central)
        self.client_view_button = QPushButton(self.tr("Client's view"), central)
        self.client_view_button.setAccessibleName(self.tr("Client's view"))
        self.client_view_button.setToolTip(
            self.tr(
                "Turns the screen to the client: large type, only this client's plan, budget and "
                "spending (%1)"
            ).replace("%1", _native(CLIENT_VIEW_SHORTCUT))
        )
        self.client_view_button.clicked.connect(self.enter_client_view)
        self.co_reading_button = QPushButton(self.tr("Co-reading with the client"), central)
        self.co_reading_button.setAccessibleName(self.tr("Co-reading with the client"))
        self.co_reading_button.setCheckable(True)
        self.co_reading_button.setToolTip(
            self.tr(
                "Hides the caseload and the visit notes so that nothing about other clients is on "
                "the screen (%1)"
            ).replace("%1", _native(self.co_reading_action.shortcut().toString()))
        )
        self.co_reading_button.toggled.connect(self.co_reading_action.setChecked)
        self.lock_button = QPushButton(self.tr("Lock"), central)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(
            self.tr("Lock hbdesk (%1)").replace("%1", _native(LOCK_SHORTCUT))
        )
        self.lock_button.clicked.connect(self.lock_requested)
        top.addWidget(self.caseload_button)
        top.addWidget(self.summary, stretch=True)
        for button in (self.client_view_button, self.co_reading_button, self.lock_button):
            top.addWidget(button)
        layout.addLayout(top)

    def _build_body(self) -> None:
        central = self._central
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setChildrenCollapsible(False)
        self.caseload = CaseloadPanel(self.ctx, self.splitter)
        self.workspace = Workspace(self.ctx, self.splitter)
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self._central_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(central)
        self.setCentralWidget(self.stack)
        self.caseload.client_opened.connect(self.open_client)
        self.caseload.new_client_requested.connect(self.new_client)
        self.workspace.client_changed.connect(self._on_workspace_client_changed)
        self._arrange_body()

    def _build_notes(self, ctx: UiContext) -> None:
        self.notes_dock = QDockWidget(self.tr("Notes from the visit"), self)
        self.notes_dock.setObjectName("visit-notes")
        self.notes_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        box = QWidget(self.notes_dock)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(8, 0, 8, 4)
        self.notes_hint = plain_label(
            self.tr("&Notes from the visit — saved automatically, encrypted, while you type."), box
        )
        self.notes_hint.setStyleSheet("color: #444;")
        self.notes = VisitNotes(ctx.keeper, box, name=self.tr("Notes from the visit"))
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 2 + 12)
        self.notes_hint.setBuddy(self.notes)
        self.notes.draft_saved.connect(self._on_draft_saved)
        ctx.keeper.save_failed.connect(self._on_draft_save_failed)
        box_layout.addWidget(self.notes_hint)
        box_layout.addWidget(self.notes)
        self.notes_dock.setWidget(box)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()  # folded into the status area until asked for
        self.view_menu.addAction(self.notes_dock.toggleViewAction())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow the screen as it is now (pages load, panels fold)."""
        tab_order.apply(self)
        return super().focusNextPrevChild(next)

    # The caseload: folded away while a client is open, back with F9.
    def show_caseload(self, shown: bool) -> None:
        self._caseload_wanted = shown
        self._arrange_body()
        if shown and not self.co_reading:
            self.caseload.search.setFocus()

    def toggle_caseload(self) -> None:
        self.show_caseload(not self.caseload.isVisibleTo(self))

    def _on_caseload_toggled(self, checked: bool) -> None:
        if checked != self.caseload.isVisibleTo(self):
            self.show_caseload(checked)

    def _arrange_body(self) -> None:
        has_client = self.workspace.client_id is not None
        caseload = (self._caseload_wanted or not has_client) and not self.co_reading
        self.caseload.setVisible(caseload)
        self.workspace.setVisible(has_client or not caseload)
        self.caseload_button.blockSignals(True)
        self.caseload_button.setChecked(caseload)
        self.caseload_button.blockSignals(False)
        self.caseload_button.setEnabled(not self.co_reading)

    def _on_workspace_client_changed(self, client_id: str | None) -> None:
        self.notes.show_for(client_id)
        self._caseload_wanted = client_id is None
        self._arrange_body()

    # Dialogs.
    def _open_client(self) -> str | None:
        """The open client's id, or None after saying in the status bar that none is open."""
        client_id = self.workspace.client_id
        if client_id is None:
            self.statusBar().showMessage(self.tr("Open a client first."))
        return client_id

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """A dialog of its own (deleted when closed), opened without blocking; its Lock button
        locks like the main window's, which the dialog covers."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lock_requested = getattr(dialog, "lock_requested", None)
        if lock_requested is not None:
            lock_requested.connect(self.lock_requested)
        dialog.open()
        fit_to_screen(dialog)
        return dialog

    def open_documents(self) -> QWidget | None:
        """Write the client's plan, a decision, a payment commitment or their data export."""
        from hbdesk.ui.documents_dialog import DocumentsDialog

        client_id = self._open_client()
        if client_id is None:
            return None
        self.documents_dialog = self._open_dialog(DocumentsDialog(self.ctx, client_id, self))
        return self.documents_dialog

    def open_client_log(self, large: bool = False) -> QWidget | None:
        """Who accessed, changed or disclosed the open client's data, in plain words."""
        from hbdesk.ui.client_log import ClientLogDialog

        client_id = self._open_client()
        if client_id is None:
            return None
        parent: QWidget = self.client_view if large and self.client_view else self
        lang = self._client_language() if large else None  # the client reads it: theirs
        self.client_log_dialog = self._open_dialog(
            ClientLogDialog(self.ctx, client_id, parent, large=large, lang=lang)
        )
        return self.client_log_dialog

    def open_unit_outcomes(self) -> QWidget | None:
        """The municipality's latest report for the unit beside this worker's own clients."""
        from hbdesk.ui.unit_outcomes_dialog import UnitOutcomesDialog

        if self.co_reading:  # figures of other clients are not for the client's eyes
            return None
        self.unit_outcomes_dialog = self._open_dialog(UnitOutcomesDialog(self.ctx, self))
        return self.unit_outcomes_dialog

    def open_conflicts(self) -> QWidget | None:
        """Values two laptops wrote differently, for the worker to settle (names clients)."""
        from hbdesk.ui.conflicts_dialog import ConflictsDialog

        if self.co_reading:  # other clients' names are not for the client's eyes
            return None
        self.conflicts_dialog = self._open_dialog(ConflictsDialog(self.ctx, self))
        return self.conflicts_dialog

    def set_sync_panel(self, panel: QWidget) -> None:
        """The sync panel (it names no client), folded into the status area."""
        self.sync_dock = QDockWidget(self.tr("Sync"), self)
        self.sync_dock.setObjectName("sync-dock")
        self.sync_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.sync_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sync_dock)
        self.sync_dock.hide()
        button = self.status.add_dock(
            self.sync_dock, self.tr("Sync"), self.tr("Sync with the municipal server")
        )
        controller = getattr(panel, "controller", None)
        view_changed = getattr(controller, "view_changed", None)
        if view_changed is not None:  # the button says the state: "Sync: 3 to send"
            view_changed.connect(
                lambda view: button.setText(
                    self.tr("Sync: %1").replace("%1", getattr(view, "headline", ""))
                )
            )

    # Clients.
    def open_client(self, client_id: str) -> None:
        row = self.caseload.row_for(client_id)
        if row is None:
            self.workspace.open_client(client_id)
        else:
            self.workspace.open_client(
                client_id, row.name, stage=row.stage, next_step=row.next_step
            )
        self.client_opened.emit(client_id)

    def new_client(self) -> None:
        from hbdesk.ui.stages.contact import NewClientDialog

        if self.co_reading:
            return
        dialog = NewClientDialog(self.ctx, self)
        dialog.client_registered.connect(self._on_client_registered)
        dialog.open()
        fit_to_screen(dialog)
        self.new_client_dialog = dialog

    def _on_client_registered(self, client_id: str, name: str) -> None:
        self.workspace.open_client(client_id, name)
        self.caseload.search.clear()
        self.statusBar().showMessage(self.tr("New client registered: %1").replace("%1", name))

    # What was open: for the lock and a change of text size.
    def view_state(self) -> ViewState:
        return ViewState(
            self.workspace.client_id,
            self.workspace.path.currentRow(),
            self.caseload.isVisibleTo(self),
        )

    def restore(self, state: ViewState) -> None:
        """Open the client and step the worker had before (if the client is still there)."""
        if state.client_id is None:
            return
        self.workspace.open_client(state.client_id, "", step=state.step)
        self.show_caseload(state.caseload_shown)

    # Co-reading: nothing about other clients on the screen.
    @property
    def co_reading(self) -> bool:
        return self.co_reading_action.isChecked()

    def set_co_reading(self, on: bool) -> None:
        if on:
            self._notes_before_co_reading = self.notes_dock.isVisible()
            self.notes_dock.hide()
        elif getattr(self, "_notes_before_co_reading", False):
            self.notes_dock.show()
        self.status.set_dock_allowed(self.notes_dock, not on)
        self.summary.setVisible(not on)
        for action in (
            self.new_client_action,
            self.find_action,
            self.unit_outcomes_action,
            self.caseload_action,
        ):
            action.setEnabled(not on)
        if self.co_reading_button.isChecked() != on:
            self.co_reading_button.setChecked(on)
        self._arrange_body()
        self.statusBar().showMessage(
            self.tr("Co-reading: only this client's records are on the screen.")
            if on
            else self.tr("Co-reading ended.")
        )

    # The client's view: the screen turned to the client.
    def _on_client_view_key(self) -> None:
        if self.client_view is not None:
            self.client_view.ask_to_leave()  # leaving is a deliberate act, never one key
        else:
            self.enter_client_view()

    def enter_client_view(self) -> bool:
        """Show the open client's view in this window; False when no client is open."""
        from hbdesk.ui.client_view import ClientView, window_title  # at first use: not at launch

        client_id = self._open_client()
        if client_id is None or self.client_view is not None:
            return False
        view = ClientView(self.ctx, client_id, self.stack, lang=self._client_language())
        view.leave_confirmed.connect(self.leave_client_view)
        view.log_requested.connect(lambda: self.open_client_log(large=True))
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.client_view = view
        self._shown_before_client_view = {
            w: w.isVisible()
            for w in (self.notes_dock, self.sync_dock_widget(), self.menuBar(), self.statusBar())
            if w is not None
        }
        for widget in self._shown_before_client_view:
            widget.hide()
        self.setWindowTitle(window_title(view.say))
        view.load()
        view.area.setFocus()
        return True

    def leave_client_view(self) -> None:
        view = self.client_view
        if view is None:
            return
        self.client_view = None
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(view)
        view.deleteLater()
        for widget, shown in self._shown_before_client_view.items():
            widget.setVisible(shown)
        self._shown_before_client_view = {}
        self.setWindowTitle(WINDOW_TITLE)
        self.statusBar().showMessage(self.tr("Back in the worker's view."))

    def open_client_view_window(self) -> bool:
        """The client's view as its own window (on the second screen when there is one)."""
        from hbdesk.ui.client_view import ClientViewWindow

        client_id = self._open_client()
        if client_id is None:
            return False
        if self.client_view_window is not None:
            self.client_view_window.close_now()
        window = ClientViewWindow(self.ctx, client_id, self, lang=self._client_language())
        window.lock_requested.connect(self.lock_requested)
        window.destroyed.connect(lambda _obj=None: self._forget_client_window(window))
        self.client_view_window = window
        window.show_on_second_screen()
        return True

    def _client_language(self) -> str | None:
        """The open client's own language (fi, sv, en), once their overview has loaded."""
        overview = self.workspace.overview
        return overview.client.language if overview is not None else None

    def _forget_client_window(self, window: ClientViewWindow) -> None:
        if self.client_view_window is window:
            self.client_view_window = None

    def sync_dock_widget(self) -> QDockWidget | None:
        return getattr(self, "sync_dock", None)

    def _on_find(self) -> None:
        if not self.co_reading:
            self.show_caseload(True)
            self.caseload.search.setFocus()
            self.caseload.search.selectAll()

    def _summary_text(self, client_count: int | None) -> str:
        if client_count is None:
            return self.tr("The vault is open.")
        return self.tr("%n client(s) in the vault", "", client_count)

    # The window on its screen.
    def fit_to_screen(self) -> None:
        """The whole window, frame included, on the screen's available area (maximised)."""
        fit_to_screen(self)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # Locking and closing.
    def close_for_lock(self) -> None:
        """Close without asking the app to quit (the shell is locking)."""
        self._closing_for_lock = True
        self.ctx.runner.stop()
        if self.client_view_window is not None:
            self.client_view_window.close_now()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.quit_requested.emit()
        event.accept()

    def _on_draft_saved(self) -> None:
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.statusBar().showMessage(self.tr("Notes saved at %1").replace("%1", when))

    def _on_draft_save_failed(self, exc: BaseException) -> None:
        from hbdesk.ui.vault_messages import describe

        self.statusBar().showMessage(
            self.tr("The notes could not be saved: %1").replace("%1", describe(exc).what)
        )


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
