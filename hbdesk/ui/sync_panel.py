"""The always-visible sync panel: status, last sync, unsent changes, failures, "Sync now".

It only shows what the SyncController reports; the sync itself runs off the UI thread, so
the window stays responsive (a busy bar moves while it runs). No client names appear here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.sync_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.step)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.unsent)
        layout.addLayout(busy)
        layout.addWidget(self.error)
        layout.addWidget(self.failed)

        # Server words are never rich text; a screen reader hears each label's text (what the
        # label is for is its description, not a name that would hide the text).
        for label in (self.headline, self.last_sync, self.unsent, self.error, self.step):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.sync_button.clicked.connect(self._on_sync_clicked)
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
        if view.error_code in ("device_revoked", "caseworker_disabled"):
            self.sync_button.setEnabled(False)
