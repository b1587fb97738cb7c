"""The caseload finds clients as the user types; opening a client shows where they are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.stages import PAGES
from hbdesk.ui.workspace.words import stage_name
from tests.ui.conftest import unlock
from tests.ui.desktop.conftest import a_client, open_client, settle


def shown_names(window) -> list[str]:
    model = window.caseload.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_as_you_type_by_name_and_identity_code(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    everyone = caseload(demo_vault, DEMO_WORKER)
    assert len(shown_names(window)) == len(everyone)
    target = everyone[3]
    qtbot.keyClicks(
        window.caseload.search, target.name.split()[0][:3].encode("ascii", "ignore").decode()
    )
    assert target.name in shown_names(window)
    window.caseload.search.setText(target.name)  # names may hold ä/ö: set, not typed
    assert shown_names(window) == [r.name for r in everyone if r.name == target.name]
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, target.identity_code[:8])
    assert shown_names(window) == [target.name]
    window.caseload.search.setText("no such person anywhere")
    assert shown_names(window) == []
    assert "0" in window.caseload.count.text()


def test_filter_by_stage_and_by_budgets_running_out(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    panel = window.caseload
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData("in_use"))
    expected = [r.name for r in caseload(demo_vault, DEMO_WORKER, stage="in_use")]
    assert expected and shown_names(window) == expected
    model = panel.model
    assert all(model.index(r, 2).data() == stage_name("in_use") for r in range(model.rowCount()))
    panel.stage_filter.setCurrentIndex(0)
    panel.search.setText(stage_name("closed"))  # the stage's words are searchable too
    assert shown_names(window) == [
        r.name for r in caseload(demo_vault, DEMO_WORKER, stage="closed")
    ]
    panel.search.clear()
    panel.show_filter.setCurrentIndex(panel.show_filter.findData("running_out"))
    settle(window)
    running_out = [r.name for r in caseload(demo_vault, DEMO_WORKER, only="running_out")]
    assert shown_names(window) == running_out


def test_the_budget_state_shows_at_a_glance(make_desktop, demo_vault):
    window = make_desktop()
    with_money = next(r for r in caseload(demo_vault, DEMO_WORKER) if r.money is not None)
    without = next(r for r in caseload(demo_vault, DEMO_WORKER) if r.money is None)
    model = window.caseload.model
    texts = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert "€" in texts[with_money.name]
    assert texts[without.name] == window.caseload.model.tr("No budget in force")


def test_opening_a_client_shows_the_stage_on_the_path(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "self_assessment")
    index = window.caseload.model.index(window.caseload.model.row_of(row.client_id), 0)
    window.caseload.table.setFocus()
    window.caseload.table.setCurrentIndex(index)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    settle(window)
    workspace = window.workspace
    assert workspace.name_label.text() == row.name
    assert stage_name("self_assessment") in workspace.state_label.text()
    path = workspace.path
    names = [p.__name__ for p in PAGES]
    here = path.item(names.index("SelfAssessmentPage")).data(Qt.ItemDataRole.AccessibleTextRole)
    assert path.tr("the client is here") in here
    contact = path.item(names.index("ContactPage")).data(Qt.ItemDataRole.AccessibleTextRole)
    assert path.tr("done") in contact
    nxt = [path.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(path.count())]
    assert sum(path.tr("next") in text for text in nxt) == 1
    # the page of the next step is shown
    assert workspace.current_page() is not None
    assert workspace.current_page().client_id == row.client_id


def test_the_path_is_operated_with_the_keyboard(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "in_use")
    open_client(window, row.client_id)
    path = window.workspace.path
    path.setFocus()
    path.setCurrentRow(0)
    settle(window)
    qtbot.keyClick(path, Qt.Key.Key_Down)
    settle(window)
    assert type(window.workspace.current_page()) is PAGES[1]
    assert window.workspace.current_page().isVisible()


def test_co_reading_hides_every_other_client(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    window.show_caseload(True)  # the worker brought the list back beside the client
    window.notes_dock.show()
    assert window.caseload.isVisible()
    window.co_reading_action.trigger()
    assert not window.caseload.isVisible() and not window.notes_dock.isVisible()
    assert window.workspace.isVisible()
    window.caseload_action.trigger()  # F9 cannot bring the list back while co-reading
    assert not window.caseload.isVisible()
    window.co_reading_action.trigger()
    assert window.caseload.isVisible() and window.notes_dock.isVisible()


def test_opening_a_client_folds_the_caseload_and_f9_brings_it_back(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    assert window.caseload.isVisible()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    assert not window.caseload.isVisible() and window.workspace.isVisible()
    window.activateWindow()
    qtbot.keyClick(window.workspace.path, Qt.Key.Key_F9)
    assert window.caseload.isVisible() and window.caseload.search.hasFocus()
    qtbot.mouseClick(window.caseload_button, Qt.MouseButton.LeftButton)
    assert not window.caseload.isVisible()


def test_opening_another_client_leaves_nothing_of_the_first(qtbot, make_desktop, demo_vault):
    from PySide6.QtWidgets import QLabel

    from hbdesk.ui.stages.plan import PlanPage

    window = make_desktop()
    first, second = a_client(demo_vault, "in_use"), a_client(demo_vault, "contact")
    open_client(window, first.client_id)
    window.workspace.show_step(PAGES.index(PlanPage))
    settle(window)
    first_texts = {
        lab.text()
        for lab in window.workspace.findChildren(QLabel)
        if lab.isVisibleTo(window) and len(lab.text()) > 25
    }
    assert first_texts
    window.open_client(second.client_id)  # before anything of the second has loaded
    shown = {lab.text() for lab in window.workspace.findChildren(QLabel) if lab.isVisibleTo(window)}
    assert not (first_texts & shown)
    assert first.name not in shown
    settle(window)


def test_the_caseload_is_there_when_the_desktop_opens(qtbot, make_shell, demo_copy):
    """The caseload read with the unlock is on the screen the moment the desktop opens (no
    service call to wait for), with the rows the service gives; later reloads ask the service."""
    shell = make_shell(demo_copy)
    at_open: list[list[str]] = []

    def on_unlocked() -> None:
        window = shell.main_window
        assert window is not None and window.isVisible()
        model = window.caseload.model
        at_open.append([model.row_at(r).client_id for r in range(model.rowCount())])

    shell.unlocked.connect(on_unlocked)
    unlock(qtbot, shell)
    expected = [r.client_id for r in caseload(shell.open_vault, DEMO_WORKER)]
    assert at_open == [expected] and len(expected) >= 10
    window = shell.main_window
    with qtbot.waitSignal(window.caseload.loaded, timeout=10_000):
        window.caseload.show_filter.setCurrentIndex(window.caseload.show_filter.findData("closed"))
    closed = caseload(shell.open_vault, DEMO_WORKER, only="closed")
    assert shown_names(window) == [r.name for r in closed] and 0 < len(closed) < len(expected)
