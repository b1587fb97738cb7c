"""The server's own files on its host: its folder 0700, every file in it 0600, whatever the
umask the administrator's shell or the service manager gives it (issue 12, failure 6)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.sync.conftest import Backend
from tests.sync.laptop import Laptop, enrol_files
from tests.sync.servers import ServerProcess, uid
from tests.sync.servers import admin as run_admin

# On SQLite the database is a file in the home too, so SQLite covers every file PostgreSQL
# would leave there and one more: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def _modes(home: Path) -> dict[str, str]:
    """Every folder and file under the home (the home too), with its permission bits."""
    found = {".": oct(stat.S_IMODE(home.stat().st_mode))}
    for dirpath, dirs, files in os.walk(home):
        for name in [*dirs, *files]:
            path = Path(dirpath) / name
            found[str(path.relative_to(home))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def test_server_home_and_files_are_private_whatever_the_umask(
    backend: Backend, tmp_path: Path
) -> None:
    home = tmp_path / "hbdesk-server"
    home.mkdir(mode=0o755)  # made beforehand, the way `mkdir` in a shell makes it
    os.chmod(home, 0o755)  # noqa: S103 - the folder as an administrator may leave it
    sqlite = backend.name == "sqlite"
    db_url = str(home / "hbdesk-server.sqlite3") if sqlite else backend.new_db()
    for args in (["init-ca"], ["issue-server-cert", "--host", "localhost"]):
        done = run_admin(home, *args, db=db_url, umask=0)
        assert done.returncode == 0, done.stderr
    folder = tmp_path / "laptop"
    device_id, caseworker = uid("dev"), uid("cw")
    _key, csr = enrol_files(folder, device_id)
    enrolled = home / "enrolled-laptop.pem"
    done = run_admin(
        home,
        "enrol",
        "--csr",
        str(csr),
        "--caseworker",
        caseworker,
        "--out",
        str(enrolled),
        db=db_url,
        umask=0,
    )
    assert done.returncode == 0, done.stderr
    shutil.copy(enrolled, folder / "device.pem")

    server = ServerProcess(home, db_url, umask=0, exec_script=True).start()
    try:
        laptop = Laptop(device_id, caseworker, folder, server.url, home / "ca" / "ca.pem")
        client_id = uid("client")
        laptop.edit(client_id, "clients", client_id, {"first_name": "Testi"})
        with laptop.client() as sync:
            laptop.sync(sync)  # the database and its -wal/-shm exist and hold data
        assert not laptop.outbox and not laptop.failed
        modes = _modes(home)
    finally:
        server.stop()

    expected_files = {"ca/ca.key", "ca/ca.pem", "tls/server.key", "tls/server.pem"}
    if sqlite:
        expected_files |= {"hbdesk-server.sqlite3", "hbdesk-server.sqlite3-wal"}
    assert expected_files <= set(modes), modes
    folders = {name for name in modes if (home / name).is_dir()}
    assert {name: modes[name] for name in folders} == dict.fromkeys(folders, "0o700")
    files = set(modes) - folders
    assert {name: modes[name] for name in files} == dict.fromkeys(files, "0o600")
