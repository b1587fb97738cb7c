"""People around the client, agreeing the plan, anonymous feedback and closing, via widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.feedback import feedback_summary
from hbdesk.services.people import people_of
from hbdesk.services.plan import get_plan
from hbdesk.ui.stages import PAGES
from hbdesk.ui.stages.closing import ClosingPage
from hbdesk.ui.stages.feedback import FEEDBACK_PLACE, FeedbackPage
from hbdesk.ui.stages.plan import PlanPage
from tests.ui.desktop.conftest import a_client, open_client, settle
from tests.ui.desktop.test_read_together import confirm_by_typed_name
from tests.ui.desktop.test_stage_pages import add_entry, plan_page_of_new_plan


def show(window, page_class):
    window.workspace.show_step(PAGES.index(page_class))
    settle(window)
    return window.workspace.current_page()


def test_a_trusted_person_and_the_team_with_consent(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "contact")
    open_client(window, row.client_id)
    people = show(window, PlanPage).people
    before = people_of(demo_vault, DEMO_WORKER, row.client_id)
    people.person_name.setText("Kaisa Kokeilija")
    people.relation.setText("sisar")
    people.trusted.setChecked(True)
    people.add_person_button.click()
    settle(window)
    after = people_of(demo_vault, DEMO_WORKER, row.client_id)
    assert len(after.close_people) == len(before.close_people) + 1
    assert after.has_trusted_person and not people.attention.isVisibleTo(window)
    assert people.person_name.text() == ""
    people.member_name.setText("Terttu Terapeutti")
    people.organisation.setText("Esimerkkilän terapiapalvelu")
    people.member_role.setText("toimintaterapeutti")
    people.add_member_button.click()
    settle(window)
    team = people_of(demo_vault, DEMO_WORKER, row.client_id).team
    assert [m.name for m in team][-1] == "Terttu Terapeutti"
    assert team[-1].may_see == []  # nothing without the client's consent


def test_agreeing_the_plan_needs_the_client(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row, page = plan_page_of_new_plan(window, demo_vault)
    add_entry(window, page, "need", "together", "Arjen rytmi puuttuu.")
    add_entry(window, page, "goal", "client", "Käyn uimassa kahdesti viikossa.")
    page.agree_button.click()
    dialog = page.read_together_dialog
    dialog.present["client"].setChecked(False)
    dialog.type_choice.click()
    dialog.typed_name.setText("Testi Asiakas")
    dialog.confirm_button.click()
    settle(window)
    assert dialog.message.isVisible()  # the client must confirm: said in words
    assert get_plan(demo_vault, DEMO_WORKER, row.client_id).plan.status == "draft"
    dialog.present["client"].setChecked(True)
    dialog.confirm_button.click()
    settle(window)
    assert get_plan(demo_vault, DEMO_WORKER, row.client_id).plan.status == "agreed"
    assert not page.entry_box.isVisibleTo(window)  # an agreed version is read only
    assert page.start_button.isVisibleTo(window)


def test_feedback_is_stored_without_the_client(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "in_use")
    open_client(window, row.client_id)
    page = show(window, FeedbackPage)
    assert page.text.place == FEEDBACK_PLACE and row.client_id not in page.text.place
    before = feedback_summary(demo_vault, DEMO_WORKER, unit="Testiyksikkö").answers
    page.unit.setText("Testiyksikkö")
    page.felt_heard.setCurrentIndex(page.felt_heard.findData(5))
    page.text.setPlainText("Minua kuunneltiin.")
    page.record_button.click()
    settle(window)
    summary = feedback_summary(demo_vault, DEMO_WORKER, unit="Testiyksikkö")
    assert summary.answers == before + 1 and "Minua kuunneltiin." in summary.texts
    assert page.text.toPlainText() == ""


def test_closing_a_client(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "contact")
    open_client(window, row.client_id)
    page = show(window, ClosingPage)
    page.reason.setCurrentIndex(page.reason.findData("client_wish"))
    page.record_button.click()
    settle(window)
    assert page.message.isVisible()  # the effects are required
    page.effects.setPlainText("Tilanne selkiytyi, palvelua ei enää tarvita.")
    page.record_button.click()
    settle(window)
    closed = [
        r for r in caseload(demo_vault, DEMO_WORKER, stage="closed") if r.client_id == row.client_id
    ]
    assert closed
    assert window.workspace.overview.stage == "closed"


def test_closing_with_a_budget_in_use_is_refused_in_words(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "in_use")
    open_client(window, row.client_id)
    page = show(window, ClosingPage)
    page.effects.setPlainText("Yritetään päättää.")
    page.record_button.click()
    settle(window)
    assert page.message.isVisible() and "budget_still_in_use" not in page.message.text()
    assert row.client_id not in {
        r.client_id for r in caseload(demo_vault, DEMO_WORKER, stage="closed")
    }


def test_an_earlier_plan_version_can_be_read(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    _row, page = plan_page_of_new_plan(window, demo_vault)
    add_entry(window, page, "need", "together", "Ensimmäisen version tarve.")
    add_entry(window, page, "goal", "client", "Ensimmäisen version tavoite.")
    confirm_by_typed_name(window, page)
    page.start_button.click()
    settle(window)
    add_entry(window, page, "goal", "client", "Toisen version uusi tavoite.")
    assert page.version_choice.isVisibleTo(window) and page.version_choice.count() == 2
    page.version_choice.setCurrentIndex(1)
    page.version_choice.activated.emit(1)
    settle(window)
    assert page.view.plan.version == 1 and page.view.plan.status == "agreed"
    shown = [lab.text() for lab in page.findChildren(QLabel) if lab.isVisibleTo(page)]
    assert "Ensimmäisen version tavoite." in shown
    assert "Toisen version uusi tavoite." not in shown
    assert not page.entry_box.isVisibleTo(page)
