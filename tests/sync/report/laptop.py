"""The app's own laptop for the report tests: a vault enrolled to a test server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity, pki
from hbdesk.sync.server import admin


def enrol(vault: OpenVault, engine: Engine, server_home: Path, folder: Path,
          caseworker: str) -> Actor:
    """Enrol the vault's laptop for `caseworker` as IT does (request, certificate, CA), and
    the caseworker who then works on it."""
    device_id = app_identity.export_request(vault, folder / "laptop.csr")
    cert = admin.enrol_device(engine, pki.load_authority(server_home / "ca"),
                              pki.load_csr(folder / "laptop.csr"), caseworker)
    app_identity.import_certificates(vault, pki.cert_pem(cert),
                                     (server_home / "ca" / "ca.pem").read_bytes())
    return Actor(user_id=caseworker, role="key_worker", device_id=device_id)
