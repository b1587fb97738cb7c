"""The always-visible sync panel: status, last sync, unsent changes, failures, conflicts to
settle, "Sync now" (and "Stop" while it runs).

It only shows what the SyncController reports; the sync itself runs off the UI thread, so
the window stays responsive (a busy bar moves while it runs). No client names appear here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.sync_controller import SyncController, SyncView


class SyncPanel(QWidget):
    settle_requested = Signal()  # "Settle conflicts…": the window opens the conflicts dialog

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncPanel")
        self.setAccessibleName(self.tr("Synchronisation"))

        self.headline = QLabel(self)
        self.headline.setObjectName("syncHeadline")
        self.headline.setAccessibleDescription(self.tr("Sync status"))
        self.last_sync = QLabel(self)
        self.last_sync.setAccessibleDescription(self.tr("Last sync"))
        self.unsent = QLabel(self)
        self.unsent.setAccessibleDescription(self.tr("Changes not yet sent"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleDescription(self.tr("Last sync problem"))
        self.failed = QListWidget(self)
        self.failed.setAccessibleName(self.tr("Changes the server did not accept"))
        self.failed.setMaximumHeight(90)
        self.step = QLabel(self)
        self.step.setAccessibleDescription(self.tr("Sync step"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync in progress"))
        self.progress.setRange(0, 0)  # busy: the amount of work is not known beforehand
        self.progress.setTextVisible(False)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setAccessibleDescription(
            self.tr("Send this laptop's changes to the municipal server and receive others'")
        )

        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the sync"))
        self.conflicts = QLabel(self)
        self.conflicts.setAccessibleDescription(self.tr("Conflicts to settle"))
        self.settle_button = QPushButton(self.tr("Settle conflicts…"), self)
        self.settle_button.setAccessibleName(self.tr("Settle conflicts"))
        self.settle_button.setAccessibleDescription(
            self.tr("Choose which of two values written on different laptops is kept")
        )

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.settle_button)
        top.addWidget(self.sync_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.step)
        busy.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.unsent)
        layout.addWidget(self.conflicts)
        layout.addLayout(busy)
        layout.addWidget(self.error)
        layout.addWidget(self.failed)

        # Server words are never rich text; a screen reader hears each label's text (what the
        # label is for is its description, not a name that would hide the text).
        labels = (self.headline, self.last_sync, self.unsent, self.conflicts, self.error, self.step)
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.stop_button.clicked.connect(controller.cancel)
        self.settle_button.clicked.connect(self.settle_requested)
        self.conflicts.hide()
        self.settle_button.hide()
        controller.view_changed.connect(self.show_view)
        controller.busy_changed.connect(self._set_busy)
        controller.step_changed.connect(self.step.setText)
        self._set_busy(controller.busy)
        if controller.view is not None:
            self.show_view(controller.view)
        else:
            self.headline.setText(self.tr("Not synced yet"))
            self.failed.hide()
            self.error.hide()

    def _on_sync_clicked(self) -> None:
        self.controller.sync_now()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.step.setVisible(busy)
        self.stop_button.setVisible(busy)
        if not busy:
            self.step.clear()
        self.sync_button.setEnabled(not busy)

    def show_view(self, view: SyncView) -> None:
        self.headline.setText(view.headline)
        self.last_sync.setText(view.last_sync)
        self.last_sync.setVisible(bool(view.last_sync))
        self.unsent.setText(view.unsent_text)
        # Said once: when the headline already is the count, the line below would repeat it.
        self.unsent.setVisible(bool(view.unsent_text) and view.unsent_text != view.headline)
        self.error.setText(view.error)
        self.error.setVisible(bool(view.error))
        self.failed.clear()
        self.failed.addItems(view.failed)
        self.failed.setVisible(bool(view.failed))
        # Said once: the headline names the conflicts when it says "Synced, …".
        self.conflicts.setText(view.conflicts_text)
        self.conflicts.setVisible(bool(view.conflicts) and view.conflicts_text not in view.headline)
        self.settle_button.setVisible(bool(view.conflicts))
        if view.error_code in ("device_revoked", "caseworker_disabled"):
            self.sync_button.setEnabled(False)
