"""A sync reaches the screen by itself: what another laptop changed shows in the open view.

Laptop A is the real app (lock screen, main window, the client open in its workspace);
laptop B is another enrolled vault of the same caseworker; the server is a real
`hbdesk-server` process. docs/SYNC-TO-SCREEN.md follows the same path by its names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from hbdesk.services.clients import update_client_details
from hbdesk.sync.app_sync import run as sync_laptop  # push and pull, as the app does
from tests.sync.app.desktop import (
    SYNC_MS,
    actor_of,
    by_the_test,
    click_sync,
    enrolled_vault,
    new_client,
    open_desktop,
    settings_for,
    unsent_kinds,
    vault_guard,
)
from tests.sync.conftest import World
from tests.sync.servers import uid

ROOT = Path(__file__).resolve().parents[3]


def test_a_change_pulled_by_sync_shows_in_the_open_workspace(
    world: World, qtbot: QtBot, make_shell: Callable[..., object], tmp_path: Path
) -> None:
    cw = uid("cw")
    a_folder = tmp_path / "laptop-a"
    a = enrolled_vault(world, a_folder, cw)
    client_id = new_client(a, actor_of(a, "aino.a"), "Ennen")
    sync_laptop(a, world.server.url)
    a.lock()
    b = enrolled_vault(world, tmp_path / "laptop-b", cw)
    sync_laptop(b, world.server.url)

    with vault_guard():  # nothing of A's app may open the vault on the UI thread
        shell = make_shell(a_folder, settings=settings_for(world))
        open_desktop(qtbot, shell)  # type: ignore[arg-type]
        window = shell.main_window  # type: ignore[attr-defined]
        window.open_client(client_id)
        heading = window.workspace.name_label
        qtbot.waitUntil(lambda: heading.text() == "Testi Ennen", timeout=SYNC_MS)

        with by_the_test():  # laptop B, elsewhere: a new surname, sent to the server
            update_client_details(b, actor_of(b, "bertta.b"), client_id, last_name="Jälkeen")
            sync_laptop(b, world.server.url)
            b.lock()

        click_sync(qtbot, shell)  # type: ignore[arg-type]

        # No reload, no reopening: the open workspace and the caseload show B's change.
        qtbot.waitUntil(lambda: heading.text() == "Testi Jälkeen", timeout=SYNC_MS)
        row = window.caseload.row_for(client_id)
        assert row is not None and row.name.endswith("Jälkeen")
        panel = window.sync_dock.widget()
        assert not panel.error.text() and "conflict" not in panel.headline.text()
        assert unsent_kinds(shell.open_vault) <= {"access_log"}  # only the log of the reload


def test_the_sync_to_screen_path_is_written_down_by_names_that_exist() -> None:
    """docs/SYNC-TO-SCREEN.md: ten lines, every `module.name` in them found in the code."""
    import importlib

    text = (ROOT / "docs" / "SYNC-TO-SCREEN.md").read_text(encoding="utf-8")
    steps = [line for line in text.splitlines() if re.match(r"^\d+\. ", line)]
    assert len(steps) == 10
    names = re.findall(r"`(hbdesk(?:\.\w+)+)`", text)
    assert len(names) >= 10
    for dotted in names:
        parts = dotted.split(".")
        for cut in range(len(parts), 1, -1):
            try:
                found: object = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            for attr in parts[cut:]:
                assert hasattr(found, attr), dotted
                found = getattr(found, attr)
            break
        else:
            raise AssertionError(f"no module for {dotted}")
