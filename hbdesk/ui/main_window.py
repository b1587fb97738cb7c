"""The caseworker's desktop: the caseload on the left, the open client's workspace on the right.

It also keeps what the shell relies on: Ctrl+L locks, Ctrl+Shift+B blanks the screen,
"Notes from the visit" is an autosaved draft, and closing for a lock never quits the app.
Co-reading mode (Ctrl+Shift+R) hides everything about other clients while the client reads.
The client's view (F11) turns the screen to the client: large type, only their plan, budget
and spending; or it opens on a second screen (Ctrl+F11) while the worker keeps this one.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.caseload.panel import CaseloadPanel
from hbdesk.ui.client_view import CLIENT_VIEW_SHORTCUT, ClientView, ClientViewWindow, window_title
from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading
from hbdesk.ui.workspace.workspace import Workspace

WINDOW_TITLE = "hbdesk"
VISIT_NOTES_PLACE = "shell/visit-notes"
LOCK_SHORTCUT = "Ctrl+L"
BLANK_SHORTCUT = "Ctrl+Shift+B"
CO_READING_SHORTCUT = "Ctrl+Shift+R"
SECOND_SCREEN_SHORTCUT = "Ctrl+F11"
DOCUMENTS_SHORTCUT = "Ctrl+Shift+D"
UNIT_OUTCOMES_SHORTCUT = "Ctrl+Shift+U"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    enrolment_requested = Signal()
    language_chosen = Signal(str)  # "fi" | "sv" | "en"
    blank_requested = Signal()
    quit_requested = Signal()
    client_opened = Signal(str)

    def __init__(
        self, ctx: UiContext, client_count: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(WINDOW_TITLE)
        self._closing_for_lock = False
        ctx.runner.message_parent = self
        self._build_actions()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 4)
        top = QHBoxLayout()
        top.addWidget(scaled_heading("hbdesk", central, scale=1.5))
        self.summary = plain_label(self._summary_text(client_count), central, wrap=False)
        self.summary.setAccessibleName(self.tr("Vault summary"))
        top.addWidget(self.summary)
        top.addStretch(1)
        self.co_reading_button = QPushButton(self.tr("Co-reading with the client"), central)
        self.co_reading_button.setAccessibleName(self.tr("Co-reading with the client"))
        self.co_reading_button.setCheckable(True)
        self.co_reading_button.setToolTip(
            self.tr(
                "Hides the caseload and the visit notes so that nothing about other clients is on "
                "the screen (%1)"
            ).replace("%1", _native(CO_READING_SHORTCUT))
        )
        self.co_reading_button.toggled.connect(self.co_reading_action.setChecked)
        self.client_view_button = QPushButton(self.tr("Client's view"), central)
        self.client_view_button.setAccessibleName(self.tr("Client's view"))
        self.client_view_button.setToolTip(
            self.tr(
                "Turns the screen to the client: large type, only this client's plan, budget and "
                "spending (%1)"
            ).replace("%1", _native(CLIENT_VIEW_SHORTCUT))
        )
        self.client_view_button.clicked.connect(self.enter_client_view)
        self.lock_button = QPushButton(self.tr("Lock"), central)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(
            self.tr("Lock hbdesk (%1)").replace("%1", _native(LOCK_SHORTCUT))
        )
        self.lock_button.clicked.connect(self.lock_requested)
        top.addWidget(self.client_view_button)
        top.addWidget(self.co_reading_button)
        top.addWidget(self.lock_button)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setChildrenCollapsible(False)
        self.caseload = CaseloadPanel(ctx, self.splitter)
        self.workspace = Workspace(ctx, self.splitter)
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([500, 860])
        layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(central)
        self.setCentralWidget(self.stack)
        self.client_view: ClientView | None = None
        self.client_view_window: ClientViewWindow | None = None
        self._shown_before_client_view: dict[QWidget, bool] = {}
        self.caseload.client_opened.connect(self.open_client)
        self.caseload.new_client_requested.connect(self.new_client)

        self._build_notes(ctx)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        ctx.runner.busy_changed.connect(self.progress.setVisible)
        self.setTabOrder(self.lock_button, self.notes)
        self.setTabOrder(self.notes, self.caseload.new_button)
        self.statusBar().showMessage(self.tr("The vault is open."))
        self.resize(1366, 768)
        self.caseload.reload()

    def _build_notes(self, ctx: UiContext) -> None:
        self.notes_dock = QDockWidget(self.tr("Notes from the visit"), self)
        self.notes_dock.setObjectName("visit-notes")
        self.notes_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        box = QWidget(self.notes_dock)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(8, 0, 8, 4)
        notes_hint = plain_label(
            self.tr("&Notes from the visit — saved automatically, encrypted, while you type."), box
        )
        notes_hint.setStyleSheet("color: #444;")
        self.notes = DraftTextEdit(VISIT_NOTES_PLACE, ctx.keeper, box)
        self.notes.setAccessibleName(self.tr("Notes from the visit"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(36)
        notes_hint.setBuddy(self.notes)
        self.notes.draft_saved.connect(self._on_draft_saved)
        ctx.keeper.save_failed.connect(self._on_draft_save_failed)
        box_layout.addWidget(notes_hint)
        box_layout.addWidget(self.notes)
        self.notes_dock.setWidget(box)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_dock)
        self.resizeDocks([self.notes_dock], [70], Qt.Orientation.Vertical)
        self.view_menu.addAction(self.notes_dock.toggleViewAction())

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_client_action = QAction(self.tr("&New client…"), self)
        self.new_client_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_client_action.triggered.connect(self.new_client)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.blank_action = QAction(self.tr("&Blank the screen"), self)
        self.blank_action.setShortcut(QKeySequence(BLANK_SHORTCUT))
        self.blank_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.blank_action.triggered.connect(self.blank_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.quit_requested)
        menu.addAction(self.new_client_action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.blank_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.co_reading_action = QAction(self.tr("&Co-reading with the client"), self)
        self.co_reading_action.setCheckable(True)
        self.co_reading_action.setShortcut(QKeySequence(CO_READING_SHORTCUT))
        self.co_reading_action.toggled.connect(self.set_co_reading)
        self.find_action = QAction(self.tr("&Find a client"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._on_find)
        self.client_view_action = QAction(self.tr("C&lient's view"), self)
        self.client_view_action.setShortcut(QKeySequence(CLIENT_VIEW_SHORTCUT))
        self.client_view_action.triggered.connect(self._on_client_view_key)
        self.second_screen_action = QAction(self.tr("Client's view on a &second screen"), self)
        self.second_screen_action.setShortcut(QKeySequence(SECOND_SCREEN_SHORTCUT))
        self.second_screen_action.triggered.connect(self.open_client_view_window)
        # Lock, blank and the client's view keep their keys while the menu bar is hidden.
        for action in (self.lock_action, self.blank_action, self.client_view_action):
            self.addAction(action)
        self.view_menu.addAction(self.client_view_action)
        self.view_menu.addAction(self.second_screen_action)
        self.view_menu.addAction(self.co_reading_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        self.unit_outcomes_action = QAction(self.tr("&Outcomes of my unit…"), self)
        self.unit_outcomes_action.setShortcut(QKeySequence(UNIT_OUTCOMES_SHORTCUT))
        self.unit_outcomes_action.triggered.connect(lambda: self.open_unit_outcomes())
        self.view_menu.addAction(self.unit_outcomes_action)
        self._build_language_menu()
        self._build_client_menu()
        self.sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        self.enrol_action = QAction(self.tr("&Connect this laptop to the server…"), self)
        self.enrol_action.triggered.connect(self.enrolment_requested)
        self.sync_menu.addAction(self.enrol_action)

    def _build_client_menu(self) -> None:
        """What concerns the open client: their log, and the documents they keep."""
        self.client_menu = self.menuBar().addMenu(self.tr("&Client"))
        self.client_log_action = QAction(self.tr("Client's &log…"), self)
        self.client_log_action.triggered.connect(lambda: self.open_client_log())
        self.documents_action = QAction(self.tr("&Documents for the client…"), self)
        self.documents_action.setShortcut(QKeySequence(DOCUMENTS_SHORTCUT))
        self.documents_action.triggered.connect(lambda: self.open_documents())
        self.client_menu.addAction(self.documents_action)
        self.client_menu.addAction(self.client_log_action)

    def _open_client(self) -> str | None:
        """The open client's id, or None after saying in the status bar that none is open."""
        client_id = self.workspace.client_id
        if client_id is None:
            self.statusBar().showMessage(self.tr("Open a client first."))
        return client_id

    @staticmethod
    def _open_dialog(dialog: QDialog) -> QDialog:
        """A dialog of its own (deleted when closed), opened without blocking."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
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
        self.client_log_dialog = self._open_dialog(
            ClientLogDialog(self.ctx, client_id, parent, large=large)
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

    def _build_language_menu(self) -> None:
        # Each language in its own name, so anyone can find theirs whatever is showing.
        menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_sync_panel(self, panel: QWidget) -> None:
        """The sync status, always in view (it names no client)."""
        self.sync_dock = QDockWidget(self.tr("Sync"), self)
        self.sync_dock.setObjectName("sync-dock")
        self.sync_dock.setAccessibleName(self.tr("Sync with the municipal server"))
        self.sync_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.sync_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sync_dock)

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
        self.new_client_dialog = dialog

    def _on_client_registered(self, client_id: str, name: str) -> None:
        self.workspace.open_client(client_id, name)
        self.caseload.search.clear()
        self.statusBar().showMessage(self.tr("New client registered: %1").replace("%1", name))

    # Co-reading: nothing about other clients on the screen.
    @property
    def co_reading(self) -> bool:
        return self.co_reading_action.isChecked()

    def set_co_reading(self, on: bool) -> None:
        self.caseload.setVisible(not on)
        self.notes_dock.setVisible(not on)
        self.summary.setVisible(not on)
        self.new_client_action.setEnabled(not on)
        self.find_action.setEnabled(not on)
        self.unit_outcomes_action.setEnabled(not on)
        if self.co_reading_button.isChecked() != on:
            self.co_reading_button.setChecked(on)
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
        client_id = self._open_client()
        if client_id is None or self.client_view is not None:
            return False
        view = ClientView(self.ctx, client_id, self.stack)
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
        self.setWindowTitle(window_title())
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
        client_id = self._open_client()
        if client_id is None:
            return False
        if self.client_view_window is not None:
            self.client_view_window.close_now()
        window = ClientViewWindow(self.ctx, client_id, self)
        window.destroyed.connect(lambda _obj=None: self._forget_client_window(window))
        self.client_view_window = window
        window.show_on_second_screen()
        return True

    def _forget_client_window(self, window: ClientViewWindow) -> None:
        if self.client_view_window is window:
            self.client_view_window = None

    def sync_dock_widget(self) -> QDockWidget | None:
        return getattr(self, "sync_dock", None)

    def _on_find(self) -> None:
        if not self.co_reading:
            self.caseload.search.setFocus()
            self.caseload.search.selectAll()

    def _summary_text(self, client_count: int | None) -> str:
        if client_count is None:
            return self.tr("The vault is open.")
        return self.tr("Clients in the vault: %1").replace("%1", QLocale().toString(client_count))

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
