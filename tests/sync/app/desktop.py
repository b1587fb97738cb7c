"""Laptops for desktop sync tests: real vaults enrolled with the real server, and the
helpers a test needs around the real main window (a Shell made by `make_shell`)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from cryptography import x509
from pytestqt.qtbot import QtBot

from hbdesk.protocol import pki
from hbdesk.server import admin
from hbdesk.services.context import Actor
from hbdesk.settings import Settings
from hbdesk.store import OpenVault, Vault
from hbdesk.store import threads as ui_thread
from hbdesk.sync import app_identity
from hbdesk.ui.shell import Shell
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.conftest import World
from tests.ui.conftest import unlock

SYNC_MS = 30_000


def enrolled_vault(world: World, folder: Path, caseworker: str) -> OpenVault:
    """A new vault whose device IT enrolled for `caseworker` (the CLI's steps, in-process)."""
    vault = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    csr = x509.load_pem_x509_csr(app_identity.request_pem(vault))
    cert = admin.enrol_device(world.engine, world.ca, csr, caseworker)
    app_identity.import_certificates(vault, pki.cert_pem(cert), world.ca_file.read_bytes())
    return vault


def new_client(vault: OpenVault, actor: Actor, last_name: str) -> str:
    """A client "Testi <last_name>" registered on this laptop; the client's id."""
    from hbdesk.services.clients import NewContact, register_contact

    contact = NewContact(
        first_name="Testi",
        last_name=last_name,
        contacted_on=dt.date(2026, 11, 2),
        channel="phone",
        described_needs="Apua arkeen.",
    )
    return register_contact(vault, actor, contact).value.id


def actor_of(vault: OpenVault, user_id: str) -> Actor:
    device = app_identity.device_id(vault)
    assert device is not None
    return Actor(user_id=user_id, role="key_worker", device_id=device)


def settings_for(world: World) -> Settings:
    return Settings(sync_server_url=world.server.url, sync_timeout_seconds=20)


def open_desktop(qtbot: QtBot, shell: Shell) -> None:
    """Unlock on the lock screen; wait until the first reads (caseload, sync state) are in."""
    unlock(qtbot, shell)
    window = shell.main_window
    assert window is not None
    qtbot.waitUntil(lambda: shell.sync.view is not None, timeout=SYNC_MS)
    assert window.ctx.runner.wait_idle(SYNC_MS)


def click_sync(qtbot: QtBot, shell: Shell) -> None:
    """ "Sync now" in the always-visible panel, and wait until the panel is idle again."""
    from PySide6.QtCore import Qt

    window = shell.main_window
    assert window is not None
    panel = window.sync_dock.widget()
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert shell.sync.busy
    qtbot.waitUntil(lambda: not shell.sync.busy, timeout=SYNC_MS)
    assert window.ctx.runner.wait_idle(SYNC_MS)


@contextlib.contextmanager
def vault_guard() -> Iterator[None]:
    """Opening a vault session on the UI thread raises while the block runs (the store's
    guard); the test's own setup and checks go through `by_the_test()`."""
    before = ui_thread.switch_guard(True)
    try:
        yield
    finally:
        ui_thread.switch_guard(before)


def by_the_test() -> contextlib.AbstractContextManager[None]:
    """The test itself reading or writing a vault on the main thread (not the UI's doing)."""
    return ui_thread.allowed_here()


def unsent_kinds(vault: OpenVault) -> set[str]:
    """The kinds of record still waiting to be sent (read by the test, not by the UI)."""
    from sqlalchemy import select

    from hbdesk.models.outbox import OutboxOp

    with by_the_test(), vault.session() as s:
        return set(s.scalars(select(OutboxOp.entity).where(OutboxOp.state != "sent")))
