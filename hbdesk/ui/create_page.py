"""First run: choose a passphrase (twice, with a live strength meter) and create the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.app_style import form_layout
from hbdesk.ui.lock_parts import BusyIndicator, MessageLabel, breakable_path, heading, plain_label
from hbdesk.ui.passphrase_strength import MIN_CHARS, Strength, assess
from hbdesk.ui.vault_messages import VaultProblem

# Meter colours from zxcvbn's score 0 … 4.
_METER_COLOURS = ("#b3261e", "#c4511d", "#b58100", "#2e7d32", "#1b5e20")


class CreatePage(QWidget):
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.strength: Strength | None = None

        self.title = heading(self.tr("Create your vault"), self)
        self.intro = plain_label(
            self.tr(
                "hbdesk keeps everything you write encrypted on this computer. Choose a passphrase "
                "to protect it: a few uncommon words are easy to remember and hard to guess. "
                "Without the passphrase nobody can open the data on this computer; if you forget "
                "it, your work can be restored from the municipality's sync server."
            ),
            self,
        )
        self.passphrase = self._passphrase_field(self.tr("New passphrase"))
        self.repeat = self._passphrase_field(self.tr("Repeat the passphrase"))
        self.show_passphrase = QCheckBox(self.tr("&Show passphrases"), self)
        self.show_passphrase.setAccessibleName(self.tr("Show passphrases"))
        self.show_passphrase.toggled.connect(self._on_show_toggled)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(10)
        self.strength_label = plain_label("", self, wrap=False)
        self.strength_label.setMinimumWidth(90)
        self.advice = plain_label("", self)
        self.advice.setStyleSheet("color: #5c3b00;")
        self.match = plain_label("", self)
        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_submit)
        self.busy = BusyIndicator(self.tr("Creating the vault…"), self)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.folder = plain_label("", self)
        self.folder.setStyleSheet("color: #555;")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = form_layout()
        form.addRow(self._label(self.tr("&New passphrase"), self.passphrase), self.passphrase)
        form.addRow(self._label(self.tr("&Repeat the passphrase"), self.repeat), self.repeat)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_label)
        form.addRow(self._label(self.tr("Strength"), self.meter), meter_row)
        form.addRow("", self.advice)
        form.addRow("", self.match)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_passphrase)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.folder)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.show_passphrase)
        self.setTabOrder(self.show_passphrase, self.create_button)
        self._on_text_changed()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = plain_label(text, self, wrap=False)
        label.setBuddy(buddy)
        return label

    def _passphrase_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textChanged.connect(self._on_text_changed)
        field.returnPressed.connect(self._on_submit)
        return field

    # What the shell tells the page.
    def set_vault_folder(self, folder: str) -> None:
        self.folder.setText(
            self.tr("The vault will be created in: %1").replace("%1", breakable_path(folder))
        )

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
        self.repeat.setReadOnly(busy)

    def show_problem(self, problem: VaultProblem) -> None:
        self.message.show_problem(problem)

    def reset(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear_message()
        self.set_busy(False)

    def refusal(self) -> tuple[str, QLineEdit] | None:
        """Why the passphrases cannot be used yet (and the field to fix), or None."""
        first, second = self.passphrase.text(), self.repeat.text()
        if not first:
            return self.tr("Type a passphrase."), self.passphrase
        if len(first.strip()) < MIN_CHARS:
            return self.tr("The passphrase needs at least 10 characters."), self.passphrase
        if self.strength is None or not self.strength.acceptable:
            return (
                self.tr("The passphrase is too easy to guess. Add another word or two."),
                self.passphrase,
            )
        if first != second:
            return self.tr("The two passphrases are not the same."), self.repeat
        return None

    # Handlers.
    def _on_text_changed(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        self.strength = assess(first) if first else None
        score = self.strength.score if self.strength else 0
        self.meter.setValue(score if first else 0)
        label = self.strength.label if self.strength else ""
        self.strength_label.setText(label)
        self.meter.setAccessibleDescription(label)
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid #b8b8b8; border-radius: 3px; background: #f4f4f4; }"
            f" QProgressBar::chunk {{ background: {_METER_COLOURS[score]}; }}"
        )
        self.advice.setText("\n".join(self.strength.advice) if self.strength else "")
        self.advice.setVisible(bool(self.advice.text()))
        if second and first != second:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
        elif second:
            self.match.setText(self.tr("The passphrases match."))
        else:
            self.match.setText("")
        self.match.setVisible(bool(self.match.text()))

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _on_submit(self) -> None:
        if self._busy:
            return
        refusal = self.refusal()
        if refusal is not None:
            text, field = refusal
            self.message.show_problem(VaultProblem("refused", text, passphrase_related=True))
            field.setAccessibleDescription(text)
            field.setFocus()
            return
        self.message.clear_message()
        self.create_requested.emit(self.passphrase.text())
