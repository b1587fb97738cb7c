"""Sync fixtures: real certificates, a real PostgreSQL, real `hbdesk-server` processes.

Every server test runs twice: against SQLite (the embedded default) and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from hbdesk.protocol import pki
from hbdesk.server import admin, db, stored
from tests.sync.laptop import Laptop, enrol_files
from tests.sync.servers import Postgres, ServerProcess, uid
from tests.sync.servers import admin_in_process as run_admin


@pytest.fixture(scope="session")
def server_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The server's folder with the municipal CA and a server certificate, made by the CLI."""
    home = tmp_path_factory.mktemp("server-home")
    for args in (["init-ca"], ["issue-server-cert", "--host", "localhost", "--host", "127.0.0.1"]):
        done = run_admin(home, *args)
        assert done.returncode == 0, done.stderr
    return home


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    cluster = Postgres()
    yield cluster
    cluster.stop()


@dataclass
class Backend:
    name: str
    new_db: Callable[[], str]


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Backend:
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("sqlite")
        return Backend("sqlite", lambda: str(folder / f"{uid('server')}.sqlite3"))
    cluster: Postgres = request.getfixturevalue("postgres")
    return Backend("postgresql", cluster.new_database)


class World:
    """One running server and the means to enrol laptops and administer scope."""

    def __init__(self, server: ServerProcess, tmp: Path) -> None:
        self.server = server
        self.tmp = tmp
        self.engine: Engine = db.make_engine(server.db_url)  # its schema: made by its start
        self.ca = pki.load_authority(server.home / "ca")
        self.ca_file = server.home / "ca" / "ca.pem"

    def laptop(
        self,
        caseworker_id: str,
        days: int = 365,
        not_before: dt.datetime | None = None,
        **kwargs: object,
    ) -> Laptop:
        device_id = uid("dev")
        folder = self.tmp / device_id
        _, csr_file = enrol_files(folder, device_id)
        cert = admin.enrol_device(
            self.engine,
            self.ca,
            pki.load_csr(csr_file),
            caseworker_id,
            days=days,
            not_before=not_before,
        )
        pki.write_public(folder / "device.pem", pki.cert_pem(cert))
        return Laptop(
            device_id=device_id,
            caseworker_id=caseworker_id,
            folder=folder,
            server_url=self.server.url,
            ca_file=self.ca_file,
            **kwargs,
        )  # type: ignore[arg-type]

    def server_records(self, client_id: str) -> dict[tuple[str, str], dict[str, object]]:
        """The server's current fields of one client's records."""
        with self.engine.connect() as conn:
            found = stored.records(conn, client_ids=[client_id])
        return {key: dict(record.values) for key, record in found.items()}

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture(scope="session")
def shared_server(backend: Backend, server_home: Path) -> Iterator[ServerProcess]:
    server = ServerProcess(server_home, backend.new_db()).start()
    yield server
    server.stop()


@pytest.fixture
def world(shared_server: ServerProcess, tmp_path: Path) -> Iterator[World]:
    """The session's server (one per backend); each test uses its own ids."""
    w = World(shared_server, tmp_path)
    yield w
    w.close()


@pytest.fixture
def own_server(
    backend: Backend, server_home: Path, tmp_path: Path
) -> Iterator[Callable[..., World]]:
    """A server only for this test (for faults and restarts); `home`: another server home
    (e.g. tests.sync.servers.home_with_certificate); `options`: ServerProcess's."""
    started: list[tuple[ServerProcess, World]] = []

    def start(
        faults: str | None = None,
        db_url: str | None = None,
        home: Path | None = None,
        **options: Any,
    ) -> World:
        server = ServerProcess(
            home or server_home, db_url or backend.new_db(), faults=faults, **options
        ).start()
        w = World(server, tmp_path)
        started.append((server, w))
        return w

    yield start
    for server, w in started:
        w.close()
        server.stop()
