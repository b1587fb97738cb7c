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


def _on_page(qtbot, window, client_id: str, page: type) -> QWidget:
    """The desktop in front, the client open on `page`; returns the page."""
    with qtbot.waitActive(window):
        window.activateWindow()
    open_client(window, client_id)
    window.workspace.show_step(PAGES.index(page))
    settle(window)
    return window.workspace.current_page()


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
    _on_page(qtbot, window, a_client(demo_vault, "assessment").client_id, NeedsPage)
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
    _on_page(qtbot, window, a_client(demo_vault, "in_use").client_id, PlanPage)
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


def test_errors_and_status_changes_are_said_and_the_field_marked(
    qtbot, make_desktop, demo_vault, monkeypatch
):
    from hbdesk.ui import status_area

    said: list[str] = []
    monkeypatch.setattr(status_area, "announce", lambda _source, message: said.append(message))
    window = make_desktop("en")
    page = _on_page(qtbot, window, a_client(demo_vault, "assessment").client_id, NeedsPage)
    page.needs.clear()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    problem = "Please fill in the required text."
    assert problem in said  # announced at once, wherever the focus was
    assert page.needs.hasFocus() and page.needs.accessibleDescription() == problem
    assert page.needs.property("invalid")
    page.needs.setPlainText("Tarve kirjattu.")  # typing clears the mark
    assert not page.needs.property("invalid") and not page.needs.accessibleDescription()
    window.statusBar().showMessage("Something happened.")
    assert said[-1] == "Something happened."  # status changes are said too


def test_enter_or_down_in_the_search_goes_to_the_clients_found(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    with qtbot.waitActive(window):
        window.activateWindow()
    search = window.caseload.search
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return):
        search.setFocus()
        qtbot.keyClicks(search, "a")
        qtbot.keyClick(search, key)
        assert window.caseload.table.hasFocus()
        assert window.caseload.selected_client() is not None
        search.clear()


def test_home_and_end_move_through_the_clients_view(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    open_client(window, a_client(demo_vault, "in_use").client_id)
    assert window.enter_client_view()
    settle(window)
    view = window.client_view
    bar = view.area.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view.area, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view.area, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_the_contact_page_shows_no_whole_identity_code_and_sets_the_language(
    qtbot, make_desktop, demo_vault
):
    from hbdesk.services.caseload import caseload
    from hbdesk.services.demo import DEMO_WORKER
    from hbdesk.services.overview import client_overview
    from hbdesk.ui.stages.contact import ContactPage

    row = next(r for r in caseload(demo_vault, DEMO_WORKER) if r.identity_code)
    window = make_desktop("en")
    page = _on_page(qtbot, window, row.client_id, ContactPage)
    assert row.identity_code not in page.details.text()  # the client may be co-reading
    assert row.identity_code[:7] in page.details.text()
    page.language.setCurrentIndex(page.language.findData("sv"))
    page.language.activated.emit(page.language.currentIndex())
    settle(window)
    assert client_overview(demo_vault, DEMO_WORKER, row.client_id).client.language == "sv"


def test_same_named_clients_are_told_apart_by_birth_date(make_desktop, demo_vault):
    import datetime as dt

    from hbdesk import formatting
    from hbdesk.services.caseload import caseload
    from hbdesk.services.clients import NewContact, register_contact
    from hbdesk.services.demo import DEMO_WORKER
    from hbdesk.ui.caseload.model import BORN, NAME

    first = next(r for r in caseload(demo_vault, DEMO_WORKER) if r.identity_code)
    given, family = first.name.split(" ", 1)
    register_contact(  # a second person of the same name, born on another day
        demo_vault,
        DEMO_WORKER,
        NewContact(
            first_name=given,
            last_name=family,
            identity_code="010203A9976",
            contacted_on=dt.date.today(),
            channel="phone",
            described_needs="Apua arkeen.",
        ),
    )
    window = make_desktop("en")
    window.caseload.search.setText(first.name)  # set, not typed: names hold ä/ö
    model = window.caseload.model
    rows = [(model.index(r, NAME).data(), model.index(r, BORN).data()) for r in range(2)]
    assert model.rowCount() == 2 and rows[0][0] == rows[1][0] == first.name
    # The birth dates tell them apart; the whole identity code is not shown.
    assert {born for _, born in rows} == {formatting.date(first.born), "1.2.2003"}
    shown = {model.index(r, c).data() for r in range(2) for c in range(model.columnCount())}
    assert first.identity_code not in shown and "010203A9976" not in shown


def test_the_clients_log_from_their_view_is_in_large_type(make_desktop, demo_vault):
    window = make_desktop("en")
    open_client(window, a_client(demo_vault, "in_use").client_id)
    assert window.enter_client_view()
    settle(window)
    log = window.open_client_log(large=True)  # under the client's view and its style sheet
    settle(window)
    base = QApplication.font().pointSizeF()
    assert log.log.list.font().pointSizeF() >= base * 1.4
    assert log.log.status.font().pointSizeF() >= base * 1.4
    log.done(0)
