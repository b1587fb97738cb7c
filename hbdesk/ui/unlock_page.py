"""The lock screen: the passphrase opens the vault. It never offers to create a new one."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.lock_parts import BusyIndicator, MessageLabel, breakable_path, heading, plain_label
from hbdesk.ui.vault_messages import VaultProblem, too_many_attempts_text


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    # After a journal problem was shown: the user chose to open the vault anyway.
    open_anyway_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retry_at = 0.0
        self._wait_reason: VaultProblem | None = None
        self._busy = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._on_countdown_tick)

        self.title = heading(self.tr("Unlock hbdesk"), self)
        self.intro = plain_label(self.tr("Type your passphrase to open your vault."), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._on_submit)
        field_label = plain_label(self.tr("&Passphrase"), self, wrap=False)
        field_label.setBuddy(self.passphrase)
        self.show_passphrase = QCheckBox(self.tr("&Show passphrase"), self)
        self.show_passphrase.setAccessibleName(self.tr("Show passphrase"))
        self.show_passphrase.toggled.connect(self._on_show_toggled)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_submit)
        self.open_anyway_button = QPushButton(self.tr("&Open anyway"), self)
        self.open_anyway_button.setAccessibleName(self.tr("Open anyway"))
        self.open_anyway_button.clicked.connect(self._on_open_anyway)
        self.open_anyway_button.hide()
        self.busy = BusyIndicator(self.tr("Opening the vault…"), self)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.hint = plain_label("", self)
        self.hint.setStyleSheet("font-weight: bold;")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        self.folder = plain_label("", self)
        self.folder.setStyleSheet("color: #555;")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_passphrase)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, field_label, self.passphrase):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for part in (self.busy, self.message):
            layout.addWidget(part)
        layout.addWidget(self.open_anyway_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.folder)
        self.setTabOrder(self.passphrase, self.show_passphrase)
        self.setTabOrder(self.show_passphrase, self.unlock_button)

    # What the shell tells the page.
    def set_vault_folder(self, folder: str) -> None:
        self.folder.setText(self.tr("Vault folder: %1").replace("%1", breakable_path(folder)))

    def set_demo_hint(self, passphrase: str | None) -> None:
        """Only the demo vault shows its passphrase."""
        if passphrase:
            self.hint.setText(self.tr("Demo vault: the passphrase is %1").replace("%1", passphrase))
        self.hint.setVisible(bool(passphrase))

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        self._busy = busy
        if text:
            self.busy.set_text(text)
        self.busy.setVisible(busy)
        self.passphrase.setReadOnly(busy)
        self._update_button()

    def show_problem(self, problem: VaultProblem) -> None:
        self.message.show_problem(problem)
        self.open_anyway_button.setVisible(problem.can_open_anyway)
        self.passphrase.setAccessibleDescription(problem.what)
        if problem.passphrase_related:
            self.passphrase.selectAll()
        self.passphrase.setFocus()

    def show_notice(self, text: str) -> None:
        self.message.show_notice(text)
        self.open_anyway_button.hide()

    def wait_before_retry(self, seconds: float, reason: VaultProblem | None = None) -> None:
        """Too many wrong passphrases: the button stays off until the wait has passed."""
        self._retry_at = time.monotonic() + seconds
        self._wait_reason = reason if reason and reason.code != "too_many_attempts" else None
        self._countdown.start()
        self._on_countdown_tick()

    def reset(self) -> None:
        """Ready for a fresh unlock: no text in the field, no message."""
        self.passphrase.clear()
        self.passphrase.setAccessibleDescription("")
        self.message.clear_message()
        self.open_anyway_button.hide()
        self.set_busy(False)

    @property
    def waiting(self) -> bool:
        return self._countdown.isActive()

    # Handlers.
    def _on_submit(self) -> None:
        if self._busy or self.waiting:
            return
        text = self.passphrase.text()
        if not text:
            self.message.show_notice(self.tr("Type your passphrase first."))
            self.passphrase.setFocus()
            return
        self.open_anyway_button.hide()
        self.unlock_requested.emit(text)

    def _on_open_anyway(self) -> None:
        if self._busy or not self.passphrase.text():
            return
        self.open_anyway_button.hide()
        self.open_anyway_requested.emit(self.passphrase.text())

    def _on_show_toggled(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _on_countdown_tick(self) -> None:
        left = self._retry_at - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self.message.show_notice(self.tr("You can try again now."))
        elif self._wait_reason is not None:
            self.message.show_problem(
                VaultProblem(
                    self._wait_reason.code,
                    self._wait_reason.what,
                    too_many_attempts_text(left),
                    True,
                )
            )
        else:
            self.message.show_problem(
                VaultProblem(
                    "too_many_attempts", too_many_attempts_text(left), passphrase_related=True
                )
            )
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self._busy and not self.waiting)
        self.open_anyway_button.setEnabled(not self._busy)
