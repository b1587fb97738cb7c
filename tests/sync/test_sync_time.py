"""A laptop's clock days off still syncs; a server certificate that is really wrong is
refused in words that say what is wrong (issue 12, failure 4).

The laptop trusts the server by the municipal CA and the chain; its own clock judges the
certificate's dates only beyond a tolerance of 30 days (PROTOCOL.md).
OpenSSL checks dates against the machine's clock, which a test cannot turn back; a
certificate issued "three days from now" is what a laptop whose clock is three days
behind the server's sees on the morning the server's certificate was renewed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from hbdesk.server import db
from hbdesk.sync.client import SyncError
from tests.sync.conftest import World
from tests.sync.servers import home_with_certificate, uid

# What is judged here is the TLS handshake and the laptop's reading of dates, before any
# request reaches the server's database: one backend is enough (the sync engine's tests
# run both).
pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


@pytest.fixture
def server_with_cert(
    own_server: Callable[..., World], server_home: Path, tmp_path: Path
) -> Callable[..., World]:
    """Start a server (the municipal CA, a fresh database) with a certificate of our making."""

    def start(
        not_before: dt.datetime, days: int = 825, hosts: tuple[str, ...] = ("localhost",)
    ) -> World:
        home = home_with_certificate(server_home, tmp_path / uid("home"), not_before, days, hosts)
        return own_server(home=home)

    return start


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _first_sync(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Aamuvirkku"})
    with laptop.client() as sync:
        laptop.sync(sync)
    assert not laptop.outbox and not laptop.failed


def test_a_laptop_clock_days_behind_a_renewed_server_certificate_still_syncs(
    server_with_cert: Callable[..., World],
) -> None:
    world = server_with_cert(_now() + dt.timedelta(days=3))
    _first_sync(world)


def test_a_laptop_clock_days_ahead_of_an_expiring_certificate_still_syncs(
    server_with_cert: Callable[..., World],
) -> None:
    world = server_with_cert(_now() - dt.timedelta(days=30), days=28)
    _first_sync(world)


def _refusal(world: World) -> SyncError:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Ei lähetetä"})
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        laptop.sync(sync)
    assert laptop.outbox  # nothing was sent
    with world.engine.connect() as conn:
        assert conn.execute(db.ops.select()).first() is None
    return err.value


def test_a_certificate_that_expired_long_ago_is_refused_as_expired(
    server_with_cert: Callable[..., World],
) -> None:
    long_ago = _now() - dt.timedelta(days=400)  # expired 100 days ago
    world = server_with_cert(long_ago, days=300)
    assert _refusal(world).code == "server_cert_expired"


def test_a_certificate_valid_only_months_from_now_is_refused_as_not_yet_valid(
    server_with_cert: Callable[..., World],
) -> None:
    world = server_with_cert(_now() + dt.timedelta(days=120))
    assert _refusal(world).code == "server_cert_not_yet_valid"


def test_a_certificate_for_another_host_is_refused_as_the_wrong_host(
    server_with_cert: Callable[..., World],
) -> None:
    world = server_with_cert(_now(), hosts=("sync.elsewhere.invalid",))
    assert _refusal(world).code == "server_cert_wrong_host"
