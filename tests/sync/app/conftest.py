"""App-side sync tests: the app's own code, a real vault and a real `hbdesk-server`.

Only the embedded SQLite server backend here (PostgreSQL is the sync engineer's matrix);
the app's folders (XDG_*), the runtime folder and the temp folder live in the test's tmp.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.sync.conftest import Backend
from tests.sync.servers import uid


@pytest.fixture(scope="session")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Backend:
    folder = tmp_path_factory.mktemp("sqlite-app")
    return Backend("sqlite", lambda: str(folder / f"{uid('server')}.sqlite3"))


@pytest.fixture(autouse=True)
def app_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """platformdirs follows XDG_*; temporaries go to the test's own temp folder."""
    home = tmp_path / "home"
    for name in (
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
        "XDG_RUNTIME_DIR",
    ):
        folder = home / name.lower()
        folder.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(name, str(folder))
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.delenv("HBDESK_VAULT", raising=False)
    yield home


# The real main window for desktop sync tests (tests/ui's shell fixture and its idle clock).
from tests.ui.conftest import clock, make_shell  # noqa: E402, F401
