"""The caseload panel: search as you type, filters, the table, and "New client"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.models.vocab import Stage
from hbdesk.services.caseload_rows import CaseloadRow
from hbdesk.services.changes import Changes
from hbdesk.ui.caseload.model import BORN, FOLLOW_UP, ROW_ROLE, CaseloadModel
from hbdesk.ui.flow_layout import FlowLayout
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading
from hbdesk.ui.workspace.words import stage_name


class CaseloadTable(QTableView):
    """Enter opens the selected client."""

    def sizeHint(self) -> QSize:  # a narrow window gets a narrow table (cells wrap)
        return QSize(self.fontMetrics().averageCharWidth() * 40, super().sizeHint().height())

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """The search: Enter or Down goes to the results."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.to_results.emit()
            return
        super().keyPressEvent(event)


class CaseloadPanel(QWidget):
    client_opened = Signal(str)  # client id
    new_client_requested = Signal()
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows_shown = False  # True once rows have come (from the service or the unlock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = FlowLayout()
        top.addWidget(scaled_heading(self.tr("My clients"), self, scale=1.3), stretch=True)
        self.new_button = QPushButton(self.tr("&New client…"), self)
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.clicked.connect(self.new_client_requested)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        search_label = plain_label(self.tr("&Search (name, identity code, stage)"), self, wrap=True)
        self.search = SearchField(self)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Type to search"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear the search"))
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._on_filter_changed)
        self.search.to_results.connect(self._to_results)
        layout.addWidget(search_label)
        layout.addWidget(self.search)

        filters = FlowLayout()
        self.stage_filter = QComboBox(self)
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.stage_filter.addItem(self.tr("Every stage"), "")
        for stage in Stage:
            self.stage_filter.addItem(stage_name(stage.value), stage.value)
        self.stage_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(self.tr("Show"))
        for label, code in (
            (self.tr("All clients"), ""),
            (self.tr("Follow-up within two weeks"), "follow_up_due"),
            (self.tr("Budget running out"), "running_out"),
            (self.tr("Invoices to confirm"), "pending_invoices"),
            (self.tr("Receipts overdue"), "receipts_overdue"),
            (self.tr("Open clients"), "open"),
            (self.tr("Closed clients"), "closed"),
        ):
            self.show_filter.addItem(label, code)
        self.show_filter.currentIndexChanged.connect(self.reload)
        for text, combo in (
            (self.tr("S&tage"), self.stage_filter),
            (self.tr("Sh&ow"), self.show_filter),
        ):
            buddy = plain_label(text, self, wrap=False)
            buddy.setBuddy(combo)  # a screen reader names the list by its label, not its value
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        layout.addLayout(filters)

        self.model = CaseloadModel(ctx.lang, self)
        self.table = CaseloadTable(self)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Cells wrap to the width instead of needing sideways scrolling.
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (BORN, FOLLOW_UP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated_by_key.connect(self._on_row_activated)
        self.table.clicked.connect(self._on_row_activated)
        layout.addWidget(self.table, 1)
        self.count = plain_label("", self)
        layout.addWidget(self.count)
        ctx.runner.changed.connect(self._on_changed)

    def tab_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        return [self.new_button, self.search, self.stage_filter, self.show_filter, self.table]

    def _to_results(self) -> None:
        """Enter or Down in the search: to the first client found."""
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.select(self.model.row_at(0).client_id)

    # Loading.
    def reload(self) -> None:
        # Here, not at the top: the first rows come with the unlock (show_rows), before the
        # services have loaded.
        from hbdesk.services.caseload import caseload

        only = self.show_filter.currentData() or None
        self.ctx.runner.call(
            caseload, self.ctx.vault, self.ctx.actor, only=only, on_done=self._on_rows
        )

    def show_rows(self, rows: list[CaseloadRow]) -> None:
        """Rows read elsewhere (at unlock, as services.caseload reads them with no filter)."""
        self._on_rows(rows)

    def _on_rows(self, rows: list[CaseloadRow]) -> None:
        self.rows_shown = True
        selected = self.selected_client()
        self.model.set_rows(rows)
        self._update_count()
        if selected is not None:
            self.select(selected)
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.clients:
            self.reload()

    # Filtering in memory: instant.
    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.search.text(), self.stage_filter.currentData() or None)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n client(s) shown", "", self.model.rowCount()))

    # Selection.
    def _on_row_activated(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if isinstance(row, CaseloadRow):
            self.client_opened.emit(row.client_id)

    def selected_client(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        return row.client_id if isinstance(row, CaseloadRow) else None

    def select(self, client_id: str) -> None:
        row = self.model.row_of(client_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def row_for(self, client_id: str) -> CaseloadRow | None:
        for row in self.model._all:
            if row.client_id == client_id:
                return row
        return None
