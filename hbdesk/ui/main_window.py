"""The main window after unlock: a placeholder where the desktop (caseload, client view) will go.

It shows how many clients the vault holds, locks on Ctrl+L, blanks the screen on
Ctrl+Shift+B, and carries "Notes from the visit", an autosaved draft.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.lock_parts import heading, plain_label

WINDOW_TITLE = "hbdesk"
VISIT_NOTES_PLACE = "shell/visit-notes"
LOCK_SHORTCUT = "Ctrl+L"
BLANK_SHORTCUT = "Ctrl+Shift+B"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    blank_requested = Signal()
    quit_requested = Signal()

    def __init__(self, keeper: DraftKeeper, client_count: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self._closing_for_lock = False
        self._build_actions()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading("hbdesk", central, size=20))
        top.addStretch(1)
        self.lock_button = QPushButton(self.tr("Lock"), central)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock hbdesk (%1)").replace(
            "%1", QKeySequence(LOCK_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.lock_button.clicked.connect(self.lock_requested)
        top.addWidget(self.lock_button)
        layout.addLayout(top)

        self.summary = plain_label(self._summary_text(client_count), central)
        self.summary.setAccessibleName(self.tr("Vault summary"))
        placeholder = QFrame(central)
        placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        placeholder_layout = QVBoxLayout(placeholder)
        coming = plain_label(self.tr("The caseload and the clients' plans will appear here."),
                             placeholder)
        coming.setStyleSheet("color: #555;")
        placeholder_layout.addWidget(self.summary)
        placeholder_layout.addWidget(coming)
        layout.addWidget(placeholder)

        notes_label = plain_label(self.tr("&Notes from the visit"), central, wrap=False)
        self.notes = DraftTextEdit(VISIT_NOTES_PLACE, keeper, central)
        self.notes.setAccessibleName(self.tr("Notes from the visit"))
        self.notes.setTabChangesFocus(True)
        notes_label.setBuddy(self.notes)
        self.notes.draft_saved.connect(self._on_draft_saved)
        keeper.save_failed.connect(self._on_draft_save_failed)
        notes_hint = plain_label(self.tr("Saved automatically, encrypted, while you type."),
                                 central)
        notes_hint.setStyleSheet("color: #555;")
        layout.addWidget(notes_label)
        layout.addWidget(notes_hint)
        layout.addWidget(self.notes, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.lock_button, self.notes)
        self.statusBar().showMessage(self.tr("The vault is open."))
        self.resize(1100, 720)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
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
        menu.addAction(self.lock_action)
        menu.addAction(self.blank_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _summary_text(self, client_count: int | None) -> str:
        if client_count is None:
            return self.tr("The vault is open.")
        return self.tr("Clients in the vault: %1").replace("%1", QLocale().toString(client_count))

    def close_for_lock(self) -> None:
        """Close without asking the app to quit (the shell is locking)."""
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.quit_requested.emit()
        event.accept()

    def _on_draft_saved(self) -> None:
        when = QLocale().toString(QDateTime.currentDateTime().time(),
                                  QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(self.tr("Notes saved at %1").replace("%1", when))

    def _on_draft_save_failed(self, exc: BaseException) -> None:
        from hbdesk.ui.vault_messages import describe

        self.statusBar().showMessage(self.tr("The notes could not be saved: %1").replace(
            "%1", describe(exc).what))
