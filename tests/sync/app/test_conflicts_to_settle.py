"""Two laptops change the same price offline: the conflict reaches a person, in words.

Laptop A and laptop B belong to the same caseworker and sync with a real `hbdesk-server`.
"Mine" is each laptop's own value on both laptops; the second laptop's panel names the
conflict, its dialog shows both values with their authors, and the choice travels back.
Until it is settled the price is marked on screen and documents refuse it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hbdesk.services import budget, conflicts
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
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


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The app in English as hbdesk/__main__.py starts it: our plural forms loaded
    ("1 conflict to settle"; the source text is the plural)."""
    from PySide6.QtCore import QCoreApplication

    from hbdesk.ui import translations

    app = QCoreApplication.instance()
    assert app is not None
    installed = translations.install(app, "en")
    yield
    translations.uninstall(app, installed)


def _client_with_a_line(vault: OpenVault, actor: Actor) -> tuple[str, str]:
    client_id = new_client(vault, actor, "Hinta")
    b = budget.create_budget(
        vault, actor, client_id, valid_from=dt.date(2027, 1, 1), valid_to=dt.date(2027, 6, 30)
    ).value
    line = budget.add_own_option_line(
        vault,
        actor,
        client_id,
        b.id,
        budget.OwnOption(
            description="Siivousapu",
            provider="Siisti Oy",
            unit="hour",
            unit_price="45.00",
            quantity=2,
            frequency="monthly",
            category="coaching",
            service_area="social_welfare",
        ),
    ).value
    return client_id, line.id


def _price(vault: OpenVault, actor: Actor, client_id: str) -> Decimal:
    view = budget.get_budget(vault, actor, client_id)
    assert view is not None
    (line,) = view.lines
    return line.unit_price


def _two_laptops_in_conflict(
    world: World, tmp_path: Path
) -> tuple[OpenVault, Actor, OpenVault, Actor, str, str]:
    """A and B hold the same line; A writes 50,00 €, B 55,55 €, both offline; A syncs first."""
    cw = uid("cw")
    a = enrolled_vault(world, tmp_path / "laptop-a", cw)
    b = enrolled_vault(world, tmp_path / "laptop-b", cw)
    aino, bertta = actor_of(a, "aino.a"), actor_of(b, "bertta.b")
    client_id, line_id = _client_with_a_line(a, aino)
    sync_laptop(a, world.server.url)
    sync_laptop(b, world.server.url)
    budget.change_line(a, aino, client_id, line_id, unit_price="50.00")
    budget.change_line(b, bertta, client_id, line_id, unit_price="55.55")
    sync_laptop(a, world.server.url)
    return a, aino, b, bertta, client_id, line_id


def test_mine_and_theirs_are_each_laptops_own_value_on_both(world: World, tmp_path: Path) -> None:
    a, aino, b, bertta, client_id, _line = _two_laptops_in_conflict(world, tmp_path)
    sync_laptop(b, world.server.url)  # B's price meets A's: a conflict
    sync_laptop(a, world.server.url)  # and A hears of it

    (on_a,) = conflicts.list_conflicts(a, aino)
    (on_b,) = conflicts.list_conflicts(b, bertta)
    assert (on_a.local_value, on_a.server_value) == ("50.00", "55.55")  # A's own is "local"
    assert (on_b.local_value, on_b.server_value) == ("55.55", "50.00")
    assert on_a.mine and on_b.mine
    assert on_a.authors == ["bertta.b", "aino.a"] and on_b.authors == ["aino.a", "bertta.b"]
    assert on_a.money and on_a.kind == "money"
    # Both show the first stored price until a person chooses; neither settles it by itself.
    assert _price(a, aino, client_id) == _price(b, bertta, client_id) == Decimal("50.00")
    assert conflicts.count_open(a) == conflicts.count_open(b) == 1

    # On A, whose value won, "keep mine" keeps A's own price (it used to apply B's).
    conflicts.resolve_conflict(a, aino, on_a.id, choice="local")
    assert _price(a, aino, client_id) == Decimal("50.00")
    sync_laptop(a, world.server.url)
    sync_laptop(b, world.server.url)
    assert _price(b, bertta, client_id) == Decimal("50.00")
    assert conflicts.count_open(a) == conflicts.count_open(b) == 0
    a.lock()
    b.lock()


def test_the_second_laptop_names_the_conflict_and_its_person_keeps_their_own(
    world: World,
    qtbot: QtBot,
    make_shell: Callable[..., object],
    tmp_path: Path,
    english: None,
) -> None:
    from hbdesk.ui.stages import PAGES
    from hbdesk.ui.stages.budget import BudgetPage

    a, aino, b, _bertta, client_id, _line = _two_laptops_in_conflict(world, tmp_path)
    b.lock()

    with vault_guard():
        shell = make_shell(tmp_path / "laptop-b", settings=settings_for(world))
        open_desktop(qtbot, shell)  # type: ignore[arg-type]
        window = shell.main_window  # type: ignore[attr-defined]
        panel = window.sync_dock.widget()
        click_sync(qtbot, shell)  # type: ignore[arg-type]

        # Never plain "Synced": the status bar's sync button and the panel it opens name the
        # conflict, and the panel offers to settle it.
        button = window.status.button_for(window.sync_dock)
        assert button.text() == "Sync: Synced, 1 conflict to settle"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert panel.headline.text() == "Synced, 1 conflict to settle"
        assert panel.settle_button.isVisible()

        # The budget on screen does not pass the unsettled price off as settled.
        window.open_client(client_id)
        qtbot.waitUntil(lambda: window.workspace.overview is not None, timeout=SYNC_MS)
        window.workspace.show_step(PAGES.index(BudgetPage))
        page = window.workspace.page_of(BudgetPage)
        qtbot.waitUntil(lambda: page.lines_table.rowCount() == 1, timeout=SYNC_MS)
        assert window.ctx.runner.wait_idle(SYNC_MS)
        price = page.lines_table.item(0, 3).text()
        assert "50,00" in price and "in conflict, to be settled" in price
        assert page.total_label.text().endswith("in conflict, to be settled")
        assert window.enter_client_view()  # nor does the client's view
        assert window.ctx.runner.wait_idle(SYNC_MS)
        shown = " ".join(label.text() for label in window.client_view.findChildren(QLabel))
        assert "Ristiriidassa, ratkaistava" in shown  # in the client's language (Finnish)
        window.leave_client_view()

        panel.settle_button.click()
        dialog = window.conflicts_dialog
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=SYNC_MS)
        assert dialog.record.text() == "Budget line “Siivousapu” of Testi Hinta: unit price"
        mine, theirs = dialog.keep_local.text(), dialog.keep_other.text()
        assert "55,55\u00a0€" in mine and "bertta.b" in mine and "on this laptop" in mine
        assert "50,00\u00a0€" in theirs and "aino.a" in theirs and "another laptop" in theirs

        dialog.keep_local.click()
        dialog.settle_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=SYNC_MS)
        assert dialog.message.text().startswith("Settled.")
        qtbot.waitUntil(lambda: "55,55" in page.lines_table.item(0, 3).text(), timeout=SYNC_MS)
        assert "conflict" not in page.lines_table.item(0, 3).text()
        dialog.close()

        click_sync(qtbot, shell)  # type: ignore[arg-type]
        # Sent; what may wait now is only the log of the views the sync refreshed.
        assert unsent_kinds(shell.open_vault) <= {"access_log"}  # type: ignore[attr-defined]
        assert "conflict" not in panel.headline.text() and not panel.error.text()
        assert not panel.settle_button.isVisible()

        with by_the_test():  # laptop A syncs next: both now show B's price
            sync_laptop(a, world.server.url)
            assert _price(a, aino, client_id) == Decimal("55.55")
            assert conflicts.count_open(a) == 0
            a.lock()
        assert "55,55\u00a0€" in page.lines_table.item(0, 3).text()
