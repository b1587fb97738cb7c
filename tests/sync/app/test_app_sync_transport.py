"""What a person reads when the server is busy or its certificate's dates are far from the
laptop's clock (issue 12, failures 3 and 4): the app's own vault, controller and panel
against a real `hbdesk-server`."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hbdesk.store import Vault
from hbdesk.sync import app_sync
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.app.test_app_sync import AppLaptop, enrol_with_cli
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import home_with_certificate, uid

BUSY = "The server is busy — trying again…"
EXPIRED = "The server's certificate has expired — nothing was sent. Ask IT to renew it."


@pytest.fixture
def server_of(
    own_server: Callable[..., World], server_home: Path, tmp_path: Path
) -> Callable[..., World]:
    """A server of the municipal CA with a certificate of our making, and its options."""

    def start(not_before: dt.datetime | None = None, days: int = 825, **options: object) -> World:
        home = home_with_certificate(server_home, tmp_path / uid("home"), not_before, days)
        return own_server(home=home, **options)

    return start


def _app_laptop(world: World, qtbot: QtBot, tmp_path: Path) -> AppLaptop:
    folder = tmp_path / uid("vault")
    vault = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    laptop = AppLaptop(vault, folder, uid("cw"), world.server.url, qtbot)
    enrol_with_cli(laptop, world, tmp_path / uid("enrol"))
    laptop.start_ui()
    return laptop


def test_a_laptop_clock_days_behind_the_servers_new_certificate_syncs(
    server_of: Callable[..., World], qtbot: QtBot, tmp_path: Path
) -> None:
    world = server_of(not_before=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    laptop = _app_laptop(world, qtbot, tmp_path)
    try:
        laptop.add_client()
        laptop.sync()
        assert laptop.panel is not None
        assert laptop.panel.headline.text() == "Synced", laptop.panel.error.text()
    finally:
        laptop.vault.lock()


def test_a_server_certificate_expired_long_ago_is_named_and_nothing_is_sent(
    server_of: Callable[..., World], qtbot: QtBot, tmp_path: Path
) -> None:
    world = server_of(not_before=dt.datetime.now(dt.UTC) - dt.timedelta(days=400), days=300)
    laptop = _app_laptop(world, qtbot, tmp_path)
    try:
        laptop.add_client()
        laptop.sync()
        assert laptop.panel is not None
        assert laptop.panel.error.text() == EXPIRED
        assert app_sync.status(laptop.vault).unsent > 0
    finally:
        laptop.vault.lock()


def test_a_busy_server_is_said_to_be_busy_and_the_sync_then_completes(
    server_of: Callable[..., World], qtbot: QtBot, tmp_path: Path
) -> None:
    hold = tmp_path / "hold"
    hold.mkdir()
    world = server_of(
        faults="hold_push=1",
        extra_args=["--db-slots", "1", "--max-wait-seconds", "0"],
        env={"HBDESK_SERVER_TEST_HOLD_DIR": str(hold)},
    )
    laptop = _app_laptop(world, qtbot, tmp_path)
    other = world.laptop(uid("cw"))  # another laptop's push holds the server's one slot
    client_id = uid("client")
    other.edit(client_id, "notes", uid("note"), {"text": "Pitkä lähetys"})
    pushing = threading.Thread(target=lambda: _push(other))
    pushing.start()
    _wait_for(lambda: (hold / "held").exists())
    steps: list[str] = []
    assert laptop.controller is not None and laptop.panel is not None
    laptop.controller.step_changed.connect(steps.append)
    try:
        laptop.add_client()
        qtbot.mouseClick(laptop.panel.sync_button, _left())
        qtbot.waitUntil(lambda: BUSY in steps, timeout=30_000)
        assert laptop.panel.step.text() == BUSY
        (hold / "release").touch()
        qtbot.waitUntil(lambda: not laptop.controller.busy, timeout=60_000)  # type: ignore[union-attr]
        assert laptop.panel.headline.text() == "Synced", laptop.panel.error.text()
        pushing.join(60)
        assert not other.outbox
    finally:
        (hold / "release").touch()
        laptop.vault.lock()


def _push(laptop: Laptop) -> None:
    with laptop.client() as sync:
        laptop.push(sync)


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
