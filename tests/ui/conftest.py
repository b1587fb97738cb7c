"""UI tests: headless Qt, real vaults with the fast test KDF, the app's folders in tmp."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from hbdesk.settings import Settings
from hbdesk.ui.background import wait_for_all
from hbdesk.ui.shell import Shell
from tests.conftest import FAST_KDF, PASSPHRASE, collect_garbage, copy_vault

UNLOCK_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def private_app_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs follows XDG_*: settings, logs and vaults stay inside the test's tmp."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    monkeypatch.delenv("HBDESK_VAULT", raising=False)


class FakeClock:
    """The idle clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_shell(qtbot, clock: FakeClock) -> Iterator[Callable[..., Shell]]:
    """Start a shell on a folder (FAST_KDF, no background preloading); cleaned up after."""
    shells: list[Shell] = []

    def make(folder: Path, **options) -> Shell:
        options.setdefault("kdf", FAST_KDF)
        options.setdefault("preload", False)
        options.setdefault("settings", Settings())
        shell = Shell(folder, clock=clock, quit_app=lambda: None, **options)
        shells.append(shell)
        shell.start()
        return shell

    yield make
    wait_for_all()
    QApplication.processEvents()
    for shell in shells:
        shell.shutdown()  # saves, locks, removes its app-wide event filter, hides windows
        for window in (shell.main_window, shell.lock_window):
            if window is not None and shiboken6.isValid(window):
                window.deleteLater()
    shells.clear()
    QApplication.processEvents()
    # Collect this test's Qt objects now, not in the middle of a later test's event handling.
    collect_garbage()


def unlock(qtbot, shell: Shell, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the lock screen and wait for the main window and its sync panel
    (added once the caseload has shown)."""
    page = shell.lock_window.unlock_page
    page.passphrase.setText(passphrase)
    with qtbot.waitSignals([shell.unlocked, shell.sync_attached], timeout=UNLOCK_TIMEOUT_MS):
        page.unlock_button.click()


def try_unlock(qtbot, shell: Shell, passphrase: str) -> str:
    """Type a passphrase that should fail; returns the problem's code."""
    page = shell.lock_window.unlock_page
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(shell.unlock_failed, timeout=UNLOCK_TIMEOUT_MS) as blocker:
        page.unlock_button.click()
    return blocker.args[0]


@pytest.fixture
def existing_vault(vault_template: Path, vault_dir: Path) -> Path:
    """A created, locked vault folder (a copy of the session's template)."""
    return copy_vault(vault_template, vault_dir)


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` and a hash of its bytes (to prove nothing was touched)."""
    result = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        result[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return result


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """One real X server (Xvfb, 1366×768) for the session's tests that need real windows;
    they run their Qt in child processes on it (this process stays offscreen)."""
    import shutil
    import subprocess

    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/setup.sh installs it (Debian package xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
