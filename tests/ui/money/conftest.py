"""The money stages on a small demo caseload (built through the services, fast test KDF)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hbdesk.services.demo import DEMO_WORKER, populate_demo
from hbdesk.store import OpenVault
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.runner import ServiceRunner
from hbdesk.ui.ui_context import UiContext

CLIENTS = 9  # one or two clients at each stage from contact to follow-up


@pytest.fixture
def demo_vault(vault: OpenVault) -> OpenVault:
    populate_demo(vault, clients=CLIENTS)
    return vault


@pytest.fixture
def ctx(qtbot, demo_vault: OpenVault) -> Iterator[UiContext]:
    runner = ServiceRunner()
    keeper = DraftKeeper()
    keeper.attach(demo_vault)
    context = UiContext(demo_vault, DEMO_WORKER, runner, keeper, "fi")
    yield context
    runner.wait_idle()
    runner.stop()
