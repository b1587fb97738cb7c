"""The app's own laptop for the report tests: a vault enrolled to a test server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine

from hbdesk.protocol import pki
from hbdesk.server import admin, db
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from hbdesk.sync import app_identity
from tests.sync.conftest import Backend
from tests.sync.servers import ServerProcess


def enrol(
    vault: OpenVault, engine: Engine, server_home: Path, folder: Path, caseworker: str
) -> Actor:
    """Enrol the vault's laptop for `caseworker` as IT does (request, certificate, CA), and
    the caseworker who then works on it."""
    device_id = app_identity.export_request(vault, folder / "laptop.csr")
    cert = admin.enrol_device(
        engine,
        pki.load_authority(server_home / "ca"),
        pki.load_csr(folder / "laptop.csr"),
        caseworker,
    )
    app_identity.import_certificates(
        vault, pki.cert_pem(cert), (server_home / "ca" / "ca.pem").read_bytes()
    )
    return Actor(user_id=caseworker, role="key_worker", device_id=device_id)


@contextmanager
def server_of_its_own(
    server_home: Path, backend: Backend, tmp: Path
) -> Iterator[tuple[ServerProcess, Engine]]:
    """A real `hbdesk-server` for one test module (SQLite or PostgreSQL, as `backend`), its
    engine for the administrator's steps, and the app's runtime folder in `tmp`."""
    server = ServerProcess(server_home, backend.new_db()).start()
    engine = db.make_engine(server.db_url)
    db.create_schema(engine)
    try:
        with pytest.MonkeyPatch.context() as mp:
            runtime = tmp / "runtime"
            runtime.mkdir(mode=0o700)
            mp.setenv("XDG_RUNTIME_DIR", str(runtime))
            yield server, engine
    finally:
        engine.dispose()
        server.stop()
