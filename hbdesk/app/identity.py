"""Enrolment as use cases for the UI: this laptop's identity with the municipal server.

The UI runs each through its runner (they read and write the vault); file reading happens
here too, so a certificate on a slow network share never stalls the window.
"""

from __future__ import annotations

from pathlib import Path

from hbdesk.protocol import pki
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity
from hbdesk.sync.app_identity import IdentityError, IdentityState

__all__ = ["IdentityError", "IdentityState", "export_request", "import_files", "state"]

MAX_FILE_BYTES = 64 * 1024


def state(vault: OpenVault) -> IdentityState:
    """Enrolled, requested, or neither; the device id and the certificate's end date."""
    return app_identity.state(vault)


def export_request(vault: OpenVault, path: Path) -> str:
    """Write the certificate request for IT where the person chose; the device id.

    Raises IdentityError("not_written") when the file cannot be written there."""
    try:
        return app_identity.export_request(vault, Path(path))
    except OSError:
        raise IdentityError("not_written") from None


def import_files(vault: OpenVault, cert_file: Path, ca_file: Path) -> IdentityState:
    """Read the device certificate and the municipal CA certificate IT gave, and take them.

    Raises IdentityError with a code: "unreadable", "not_a_certificate", "no_request",
    "key_mismatch", "wrong_issuer"."""
    cert, ca = _read_small(Path(cert_file)), _read_small(Path(ca_file))
    try:
        return app_identity.import_certificates(vault, cert, ca)
    except pki.PkiError as exc:
        raise IdentityError(exc.code) from None


def _read_small(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise IdentityError("unreadable") from None
    if len(data) > MAX_FILE_BYTES:
        raise IdentityError("not_a_certificate")
    return data
