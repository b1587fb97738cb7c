"""A synced laptop and its server, built once and cached (benchmarks/vaults.py's cache folder).

A world is a server home (municipal CA, server certificate), the server's SQLite database
and a laptop vault with the demo caseload (40 clients, or 400 for ten times the history),
enrolled and synced to the end. Built on a fixed day so the cache outlives the date.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks import vaults
from hbdesk.protocol import pki
from hbdesk.server import admin, db
from hbdesk.services.context import Actor
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity

BUILT_ON = dt.date(2026, 11, 30)
CASEWORKER = "cw-benchmark"
SERVER_DB = "server.sqlite3"

sys.path.append(str(Path(__file__).resolve().parents[1]))
from tests.sync.servers import ServerProcess  # noqa: E402


@dataclass
class World:
    folder: Path

    @property
    def home(self) -> Path:
        return self.folder / "home"

    @property
    def vault_dir(self) -> Path:
        return self.folder / "vault"

    @property
    def db_path(self) -> Path:
        return self.folder / SERVER_DB

    def server(self) -> ServerProcess:
        return ServerProcess(self.home, str(self.db_path))

    def open(self) -> OpenVault:
        return vaults.open_copy(self.vault_dir)

    def actor(self, vault: OpenVault) -> Actor:
        device = app_identity.device_id(vault)
        assert device is not None
        return Actor(user_id=DEMO_WORKER.user_id, role="key_worker", device_id=device)

    @property
    def clients(self) -> int:
        return int(json.loads((self.folder / "world.json").read_text())["clients"])


def world(clients: int) -> World:
    """The cached world with this many demo clients (built the first time: minutes)."""
    return World(vaults.cached(f"sync-{clients}", lambda f: _build(f, clients)))


def _build(folder: Path, clients: int) -> None:
    from hbdesk.app import sync as app_sync
    from hbdesk.services.demo import populate_demo

    home = folder / "home"
    ca = pki.create_ca("hbdesk benchmark CA")
    pki.save_authority(ca, home / "ca")
    key, cert = pki.issue_server_cert(ca, ["localhost", "127.0.0.1"])
    pki.write_private(home / "tls" / "server.key", pki.key_pem(key))
    pki.write_public(home / "tls" / "server.pem", pki.cert_pem(cert))
    engine = db.make_engine(str(folder / SERVER_DB))
    db.create_schema(engine)
    vault = Vault(folder / "vault").create(vaults.PASSPHRASE)
    try:
        populate_demo(vault, clients=clients, today=BUILT_ON)
        csr = x509_csr(app_identity.request_pem(vault))
        signed = admin.enrol_device(engine, ca, csr, CASEWORKER)
        app_identity.import_certificates(vault, pki.cert_pem(signed), pki.cert_pem(ca.cert))
        engine.dispose()
        w = World(folder)
        server = w.server().start()
        try:
            for _ in range(3):
                done = app_sync.sync(vault, server.url, w.actor(vault), timeout=600).value
                if done.report.clean:
                    break
            else:
                raise RuntimeError("the initial sync did not end clean")
        finally:
            server.stop()
            server.log.unlink(missing_ok=True)
    finally:
        vault.lock()
    (folder / "world.json").write_text(json.dumps({"clients": clients}))


def x509_csr(pem: bytes):  # type: ignore[no-untyped-def]
    from cryptography import x509

    return x509.load_pem_x509_csr(pem)
