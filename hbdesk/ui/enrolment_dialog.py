"""Enrol this laptop with the municipal sync server.

1. The server address (https) from IT.
2. "Save certificate request…": a CSR file for IT (the device key stays in the vault).
3. IT signs it and gives back the device certificate and the municipality's CA certificate;
   "Import certificates" checks that they belong to this laptop and to that CA.

Each step reads or writes the vault: it runs through the service runner (hbdesk.app.identity),
and its result reaches the dialog's labels when it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.app import identity
from hbdesk.app.identity import IdentityState
from hbdesk.app.store import OpenVault
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.runner import ServiceRunner


class EnrolmentDialog(QDialog):
    server_url_changed = Signal(str)

    def __init__(
        self,
        vault: OpenVault,
        server_url: str | None,
        parent: QWidget | None = None,
        *,
        runner: ServiceRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = runner if runner is not None else ServiceRunner(self)
        self.setWindowTitle(self.tr("Connect to the municipal server"))
        self.setAccessibleName(self.tr("Connect to the municipal server"))

        self.url = QLineEdit(server_url or "", self)
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Server address"))
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleDescription(self.tr("Enrolment state"))
        self.save_request = QPushButton(self.tr("Save certificate request…"), self)
        self.save_request.setAccessibleName(self.tr("Save certificate request"))
        self.cert_path = QLineEdit(self)
        self.cert_path.setAccessibleName(self.tr("Device certificate file"))
        self.cert_browse = QPushButton(self.tr("Choose…"), self)
        self.cert_browse.setAccessibleName(self.tr("Choose the device certificate file"))
        self.ca_path = QLineEdit(self)
        self.ca_path.setAccessibleName(self.tr("Municipal CA certificate file"))
        self.ca_browse = QPushButton(self.tr("Choose…"), self)
        self.ca_browse.setAccessibleName(self.tr("Choose the municipal CA certificate file"))
        self.import_button = QPushButton(self.tr("Import certificates"), self)
        self.import_button.setAccessibleName(self.tr("Import certificates"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Result"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

        form = form_layout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("This laptop:"), self.state_label)
        form.addRow("", self.save_request)
        form.addRow(self.tr("Device certificate:"), _row(self.cert_path, self.cert_browse))
        form.addRow(self.tr("Municipal CA certificate:"), _row(self.ca_path, self.ca_browse))
        form.addRow("", self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.save_request.clicked.connect(self._on_save_request)
        self.cert_browse.clicked.connect(lambda: self._choose(self.cert_path))
        self.ca_browse.clicked.connect(lambda: self._choose(self.ca_path))
        self.import_button.clicked.connect(self._on_import)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        self._show_state()

    # --- steps (callable from tests without file dialogs) ------------------------------

    def export_request_to(self, path: Path) -> None:
        """Save the certificate request (in the background); the message says how it went."""

        def saved(device: str) -> None:
            self.message.setText(
                self.tr("Certificate request saved for device %1. Give the file to IT.").replace(
                    "%1", device
                )
            )
            self._show_state()

        self.runner.call(
            identity.export_request,
            self.vault,
            Path(path),
            on_done=saved,
            on_error=lambda exc: self.message.setText(self._import_error(_code(exc))),
        )

    def import_from(self, cert_file: Path, ca_file: Path) -> None:
        """Import IT's certificates (in the background); the message says how it went."""

        def taken(state: IdentityState) -> None:
            self.message.setText(self.tr("This laptop is enrolled. It can now sync."))
            self._show(state)

        self.runner.call(
            identity.import_files,
            self.vault,
            Path(cert_file),
            Path(ca_file),
            on_done=taken,
            on_error=lambda exc: self.message.setText(self._import_error(_code(exc))),
        )

    def wait_idle(self) -> bool:
        """Process events until the step started last is done (for tests)."""
        return self.runner.wait_idle()

    def chosen_url(self) -> str | None:
        text = self.url.text().strip()
        return text or None

    # --- slots --------------------------------------------------------------------------

    def _import_error(self, code: str) -> str:
        if code == "not_written":
            return self.tr("The request could not be saved there. Choose another folder.")
        if code == "unreadable":
            return self.tr("A certificate file could not be read.")
        if code == "no_request":
            return self.tr("Make and save the certificate request first.")
        if code == "key_mismatch":
            return self.tr("This certificate was made for another laptop or request.")
        if code == "wrong_issuer":
            return self.tr("The device certificate was not signed by this CA certificate.")
        if code == "not_a_certificate":
            return self.tr("The file is not a certificate.")
        return self.tr("This step could not be done. Try again; if it happens again, ask IT.")

    def _on_save_request(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save certificate request"),
            "hbdesk-device.csr",
            self.tr("Certificate request (*.csr *.pem)"),
        )
        if name:
            self.export_request_to(Path(name))

    def _choose(self, field: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a certificate"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if name:
            field.setText(name)

    def _on_import(self) -> None:
        if not self.cert_path.text() or not self.ca_path.text():
            self.message.setText(self.tr("Choose both certificate files first."))
            return
        self.import_from(Path(self.cert_path.text()), Path(self.ca_path.text()))

    def _on_accept(self) -> None:
        url = self.chosen_url()
        if url is not None and (not url.startswith("https://") or " " in url):
            self.message.setText(self.tr("The server address must begin with https://"))
            self.url.setFocus()
            return
        self.server_url_changed.emit(url or "")
        self.accept()

    def _show_state(self) -> None:
        self.runner.call(
            identity.state,
            self.vault,
            on_done=self._show,
            on_error=lambda exc: self.message.setText(self._import_error(_code(exc))),
        )

    def _show(self, state: IdentityState) -> None:
        if state.enrolled:
            text = (
                self.tr("Enrolled as %1; the certificate is valid until %2.")
                .replace("%1", state.device_id or "")
                .replace("%2", state.cert_expires or "")
            )
        elif state.requested:
            text = self.tr("Request made as %1; waiting for the certificate from IT.").replace(
                "%1", state.device_id or ""
            )
        else:
            text = self.tr("Not enrolled.")
        self.state_label.setText(text)


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return box


def _code(exc: BaseException) -> str:
    return str(getattr(exc, "code", None) or "unexpected")
