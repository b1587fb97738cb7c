"""A home visit as the worker moves through it: notes belong to their client, Tab follows the
screen, the lock brings back what was open, and the text size is the worker's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hbdesk.services.drafts import load_drafts
from hbdesk.ui.stages import PAGES
from hbdesk.ui.stages.needs import NeedsPage
from hbdesk.ui.stages.plan import PlanPage
from tests.ui.conftest import unlock
from tests.ui.desktop.conftest import a_client, open_client, settle

NOTE = "Asiakas toivoo iltapäiväkäyntejä."  # non-ASCII: set, not typed


def test_notes_belong_to_the_client_they_were_written_for(make_desktop, demo_vault):
    window = make_desktop()
    first, second = a_client(demo_vault, "in_use"), a_client(demo_vault, "contact")
    open_client(window, first.client_id)
    window.notes.setPlainText(NOTE)
    open_client(window, second.client_id)
    assert window.notes.toPlainText() == ""  # the next client never sees the previous notes
    open_client(window, first.client_id)
    assert window.notes.toPlainText() == NOTE
    # Kept like every draft: encrypted in the vault, under the client's own place.
    assert load_drafts(demo_vault, f"client/{first.client_id}/") == {
        f"client/{first.client_id}/visit-notes": NOTE
    }


def _names_by_tab(qtbot, start: QWidget, presses: int) -> list[str]:
    """The accessible name of each stop Tab reaches from `start` (a stop entered twice in a
    row, like a date's day, month and year, counted once)."""
    start.setFocus()
    names: list[str] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        name = widget.accessibleName() or type(widget).__name__
        if not names or names[-1] != name:
            names.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return names


def test_tab_follows_the_screen(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    with qtbot.waitActive(window):
        window.activateWindow()
    open_client(window, a_client(demo_vault, "assessment").client_id)
    window.workspace.show_step(PAGES.index(NeedsPage))
    settle(window)
    assert _names_by_tab(qtbot, window.caseload_button, 19) == [
        "My clients",  # the top bar, left to right
        "Client's view",
        "Co-reading with the client",
        "Lock",
        "Process path",  # the workspace: the rail, then the page top down
        "Assessed on",
        "Needs",
        "Right to support",
        "Social welfare",
        "Disability services",
        "Support for informal care",
        "Services for older people",
        "Child welfare",
        "Written by",
        "Record the assessment",
        "Notes from the visit",  # the status area last, then round again
        "My clients",
    ]


def test_the_plans_disagreement_buttons_come_with_their_entries(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    with qtbot.waitActive(window):
        window.activateWindow()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    window.workspace.show_step(PAGES.index(PlanPage))
    settle(window)
    order = _names_by_tab(qtbot, window.workspace.path, 30)
    order = order[: order.index("My clients")]  # once round the workspace
    disagree = [i for i, n in enumerate(order) if n.startswith("Record a disagreement")]
    people = order.index("Name of the close person")  # the people section, under the plan
    assert disagree and max(disagree) < people


def test_the_lock_brings_back_the_client_and_the_step(qtbot, make_shell, demo_copy):
    shell = make_shell(demo_copy)
    unlock(qtbot, shell)
    client = a_client(shell.open_vault, "in_use").client_id
    window = shell.main_window
    window.open_client(client)
    settle(window)
    window.workspace.show_step(PAGES.index(NeedsPage))
    settle(window)
    shell.lock()
    unlock(qtbot, shell)
    window = shell.main_window
    settle(window)
    assert window.workspace.client_id == client
    assert isinstance(window.workspace.current_page(), NeedsPage)
    assert window.workspace.current_page().isVisible()


def test_the_text_size_is_the_workers_own_and_remembered(qtbot, make_shell, demo_copy, tmp_path):
    from hbdesk import settings as app_settings
    from hbdesk.ui import text_size

    path = tmp_path / "settings.json"
    base = QApplication.font().pointSizeF()
    shell = make_shell(demo_copy, settings_path=path)
    try:
        unlock(qtbot, shell)
        client = a_client(shell.open_vault, "in_use").client_id
        shell.main_window.open_client(client)
        settle(shell.main_window)
        shell.main_window.text_size_actions[150].trigger()  # View → Text size → 150 %
        window = shell.main_window
        settle(window)
        assert app_settings.load(path).text_size_percent == 150  # remembered
        assert QApplication.font().pointSizeF() == base * 1.5  # every window, now
        assert window.workspace.name_label.font().pointSizeF() > base * 1.5
        assert window.workspace.client_id == client  # what was open stays open
        assert window.text_size_actions[150].isChecked()
        window.larger_text_action.trigger()  # Ctrl++: the next size up
        assert app_settings.load(path).text_size_percent == 175
    finally:
        text_size.apply(100)
    assert QApplication.font().pointSizeF() == base
