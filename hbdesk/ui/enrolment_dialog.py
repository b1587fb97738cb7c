"""Enrol this laptop with the municipal sync server.

1. The server address (https) from IT.
2. "Save certificate request…": a CSR file for IT (the device key stays in the vault).
3. IT signs it and gives back the device certificate and the municipality's CA certificate;
   "Import certificates" checks that they belong to this laptop and to that CA.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.protocol import pki
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity

MAX_FILE_BYTES = 64 * 1024


class EnrolmentDialog(QDialog):
    server_url_changed = Signal(str)

    def __init__(
        self, vault: OpenVault, server_url: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
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

        form = QFormLayout()
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

    def export_request_to(self, path: Path) -> bool:
        try:
            device = app_identity.export_request(self.vault, Path(path))
        except OSError:
            self.message.setText(
                self.tr("The request could not be saved there. Choose another folder.")
            )
            return False
        self.message.setText(
            self.tr("Certificate request saved for device %1. Give the file to IT.").replace(
                "%1", device
            )
        )
        self._show_state()
        return True

    def import_from(self, cert_file: Path, ca_file: Path) -> bool:
        try:
            cert = _read_small(Path(cert_file))
            ca = _read_small(Path(ca_file))
            app_identity.import_certificates(self.vault, cert, ca)
        except OSError:
            self.message.setText(self.tr("A certificate file could not be read."))
            return False
        except (app_identity.IdentityError, pki.PkiError) as exc:
            self.message.setText(self._import_error(exc.code))
            return False
        self.message.setText(self.tr("This laptop is enrolled. It can now sync."))
        self._show_state()
        return True

    def chosen_url(self) -> str | None:
        text = self.url.text().strip()
        return text or None

    # --- slots --------------------------------------------------------------------------

    def _import_error(self, code: str) -> str:
        if code == "no_request":
            return self.tr("Make and save the certificate request first.")
        if code == "key_mismatch":
            return self.tr("This certificate was made for another laptop or request.")
        if code == "wrong_issuer":
            return self.tr("The device certificate was not signed by this CA certificate.")
        return self.tr("The file is not a certificate.")

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
        state = app_identity.state(self.vault)
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


def _read_small(path: Path) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise app_identity.IdentityError("not_a_certificate")
    return data
