"""The money stages on a small demo caseload (built through the services, fast test KDF).

The caseload is built once per session (per xdist worker) and each test gets a copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from hbdesk.services.demo import DEMO_WORKER
from hbdesk.store import OpenVault
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.runner import ServiceRunner
from hbdesk.ui.ui_context import UiContext
from tests.conftest import demo_vault_of, open_copy

CLIENTS = 9  # one or two clients at each stage from contact to follow-up
TODAY = dt.date.today()


@pytest.fixture(scope="session")
def money_template() -> Path:
    """The small demo caseload, made once for the run and locked; copy it, never change it."""
    return demo_vault_of(CLIENTS, TODAY)


@pytest.fixture
def demo_vault(money_template: Path, vault_dir: Path) -> Iterator[OpenVault]:
    """A copy of the small demo caseload, unlocked."""
    opened = open_copy(money_template, vault_dir)
    yield opened
    opened.lock()


@pytest.fixture
def ctx(qtbot, demo_vault: OpenVault) -> Iterator[UiContext]:
    runner = ServiceRunner()
    keeper = DraftKeeper()
    keeper.attach(demo_vault)
    context = UiContext(demo_vault, DEMO_WORKER, runner, keeper, "fi")
    yield context
    runner.wait_idle()
    runner.stop()
