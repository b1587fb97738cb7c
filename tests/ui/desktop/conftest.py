"""A demo-populated vault built once per session, copied for each test; the desktop on it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.store import OpenVault
from hbdesk.ui import translations
from hbdesk.ui.background import wait_for_all
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.main_window import MainWindow
from hbdesk.ui.runner import ServiceRunner
from hbdesk.ui.ui_context import UiContext
from tests.conftest import collect_garbage, demo_vault_of, open_copy

DEMO_CLIENTS = 14
TODAY = dt.date.today()


@pytest.fixture(scope="session")
def demo_template() -> Path:
    """The demo caseload of DEMO_CLIENTS clients as of TODAY, made once for the run; copy it."""
    return demo_vault_of(DEMO_CLIENTS, TODAY)


@pytest.fixture
def demo_vault(demo_template: Path, tmp_path: Path) -> Iterator:
    opened = open_copy(demo_template, tmp_path / "demo-vault")
    yield opened
    wait_for_all()
    opened.lock()


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A locked copy of the demo vault, for a whole shell (lock screen first)."""
    folder = tmp_path / "vault-copy"
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def make_desktop(qtbot, demo_vault) -> Iterator[Callable[..., MainWindow]]:
    """The main window on the demo vault, caseload loaded; cleaned up after."""
    windows: list[MainWindow] = []

    def make(lang: str = "fi") -> MainWindow:
        keeper = DraftKeeper()
        keeper.attach(demo_vault)
        ctx = UiContext(demo_vault, DEMO_WORKER, ServiceRunner(), keeper, lang)
        window = MainWindow(ctx, None)
        window.keeper_for_test = keeper
        windows.append(window)
        window.show()
        assert ctx.runner.wait_idle()
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.ctx.runner.wait_idle()
            window.ctx.keeper.save_all()
            window.close_for_lock()
            window.deleteLater()
    wait_for_all()
    QApplication.processEvents()
    collect_garbage()


@pytest.fixture
def make_ctx() -> Iterator[Callable[..., UiContext]]:
    """UI contexts for dialogs without the main window; their runners are stopped and the
    dialogs' leftovers deleted before the next test (a runner left running delivers results
    into widgets already gone)."""
    made: list[UiContext] = []

    def make(vault: OpenVault, lang: str = "fi") -> UiContext:
        made.append(UiContext(vault, DEMO_WORKER, ServiceRunner(), DraftKeeper(), lang))
        return made[-1]

    yield make
    for ctx in made:
        ctx.runner.wait_idle()
        ctx.runner.stop()
    wait_for_all()
    QApplication.processEvents()
    collect_garbage()


@pytest.fixture
def ctx(make_ctx: Callable[..., UiContext], demo_vault: OpenVault) -> UiContext:
    """A UI context on the demo vault, in Finnish."""
    return make_ctx(demo_vault)


@pytest.fixture
def finnish(qapp) -> Iterator[None]:
    """The app in Finnish, as the caseworker uses it."""
    installed = translations.install(qapp, "fi")
    yield
    translations.uninstall(qapp, installed)
    translations.install(qapp, "en")


def settle(window: MainWindow) -> None:
    assert window.ctx.runner.wait_idle()
    for _ in range(3):  # queued shows and layout requests posted by the last results
        QApplication.processEvents()


def a_client(vault, stage: str | None = None):
    """A demo client (at a stage) as the caseload lists it."""
    rows = caseload(vault, DEMO_WORKER, stage=stage)
    assert rows, stage
    return rows[0]


def open_client(window: MainWindow, client_id: str) -> None:
    window.open_client(client_id)
    settle(window)


@pytest.fixture
def clients_read_english(demo_vault) -> None:
    """Every demo client's own language is English (the client's view speaks the client's)."""
    from hbdesk.services.clients import update_client_details

    for row in caseload(demo_vault, DEMO_WORKER):
        update_client_details(demo_vault, DEMO_WORKER, row.client_id, language="en")


ROOT = Path(__file__).resolve().parents[3]
LANGS = ("fi", "sv", "en")
# The tour under Xvfb. name: (QT_SCALE_FACTOR, the app's text size in %, languages)
PROBES = {
    "1366x768": ("1", 100, LANGS),
    "2x-scale": ("2", 100, ("fi", "sv")),  # the longest words; English is checked at 200 %
    "text-200": ("1", 200, ("en",)),
}


@pytest.fixture(scope="session")
def probed(xvfb: str, demo_template: Path, tmp_path_factory) -> dict[str, dict]:
    """Every configuration's findings, {config: {lang: {stop: {"fit": [...], "a11y": [...]}}}},
    from the tour run under the session's Xvfb (tests/ui/screen_probe.py): one process imports
    the app once and forks a child per configuration, side by side."""
    out = tmp_path_factory.mktemp("probe") / "probed.json"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "HBDESK_"))},
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "0",
    }
    command = [sys.executable, "-m", "tests.ui.screen_probe", "--vault", str(demo_template)]
    command += ["--out", str(out)]
    for name, (scale, text, langs) in PROBES.items():
        command += ["--probe", f"{name}:{scale}:{text}:{','.join(langs)}"]
    process = subprocess.run(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, timeout=600)
    assert process.returncode == 0, process.stderr.decode(errors="replace")[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert set(results) == set(PROBES), results.keys()
    return results
