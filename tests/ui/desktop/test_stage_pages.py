"""Stage pages through their widgets: a new client, a self-assessment, the plan with authors."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.plan import get_plan
from hbdesk.services.selfassessment import list_self_assessments
from hbdesk.ui.stages import row_of
from hbdesk.ui.stages.plan import PlanPage
from hbdesk.ui.stages.selfassessment import SelfAssessmentPage
from hbdesk.ui.workspace.words import author_name
from tests.ui.desktop.conftest import a_client, open_client, settle

NEW_CODE = "010190-990L"  # test range (individual number 900–999)


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_registering_a_new_client(qtbot, make_desktop, demo_vault):
    from stdnum.fi import hetu

    assert hetu.validate(NEW_CODE, allow_temporary=True)
    window = make_desktop()
    window.caseload.new_button.click()
    dialog = window.new_client_dialog
    dialog.first_name.setText("Väinö")
    dialog.last_name.setText("Kokeilija")
    dialog.identity_code.setText("010190-990X")  # wrong check character
    dialog.needs.setPlainText("Arki on raskasta, haluan liikkua enemmän.")
    dialog.register_button.click()
    settle(window)
    assert dialog.isVisible()
    assert (
        "henkilötunnus" in dialog.problem.text().lower()
        or "identity code" in dialog.problem.text().lower()
    )
    assert "invalid_identity_code" not in dialog.problem.text()
    dialog.identity_code.setText(NEW_CODE)
    dialog.register_button.click()
    settle(window)
    assert not dialog.isVisible()
    rows = [r for r in caseload(demo_vault, DEMO_WORKER) if r.identity_code == NEW_CODE]
    assert [r.name for r in rows] == ["Väinö Kokeilija"]
    assert window.workspace.client_id == rows[0].client_id
    assert window.workspace.name_label.text() == "Väinö Kokeilija"
    assert rows[0].client_id in [
        window.caseload.model.row_at(i).client_id for i in range(window.caseload.model.rowCount())
    ]
    page = window.workspace.current_page()
    assert page is not None  # the next step: the self-assessment
    assert type(page) is SelfAssessmentPage


def test_a_duplicate_identity_code_is_said_in_words(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    taken = next(r for r in caseload(demo_vault, DEMO_WORKER) if r.identity_code)
    window.new_client()
    dialog = window.new_client_dialog
    dialog.first_name.setText("Toinen")
    dialog.last_name.setText("Henkilo")
    dialog.identity_code.setText(taken.identity_code)
    dialog.needs.setPlainText("tarve")
    dialog.register_button.click()
    settle(window)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "identity_code_exists" not in dialog.problem.text()
    dialog.done(0)


def test_filling_a_self_assessment_records_it_and_shows_it(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row = a_client(demo_vault, "contact")
    open_client(window, row.client_id)
    page = window.workspace.page_of(SelfAssessmentPage)
    window.workspace.show_step(row_of(SelfAssessmentPage.__name__))
    settle(window)
    before = page.history.columnCount()
    assert page.spins, "the questionnaire's items are shown"
    for n, spin in enumerate(page.spins.values()):
        spin.setValue(n % 11)
    first_code = next(iter(page.spins))
    page.spins[first_code].setValue(-1)  # left unanswered
    page.comment.setPlainText("Liikkuminen on parantunut.")
    page.record_button.click()
    settle(window)
    sets = list_self_assessments(demo_vault, DEMO_WORKER, row.client_id)
    assert len(sets) == before + 1
    stored = sets[-1]
    assert stored.assessment.comment == "Liikkuminen on parantunut."
    assert page.history.columnCount() == before + 1
    overall_row = page.history.rowCount() - 1
    shown = page.history.item(overall_row, page.history.columnCount() - 1).text()
    assert shown.replace(",", ".") == str(stored.scores.overall)
    assert all(spin.value() == -1 for spin in page.spins.values())  # ready for the next set
    assert page.comment.toPlainText() == ""


def plan_page_of_new_plan(window, demo_vault):
    row = a_client(demo_vault, "contact")
    open_client(window, row.client_id)
    window.workspace.show_step(row_of(PlanPage.__name__))
    settle(window)
    page = window.workspace.current_page()
    assert isinstance(page, PlanPage)
    if page.view is None or page.view.plan.status != "draft":
        page.start_button.click()
        settle(window)
    return row, page


def add_entry(window, page, section: str, author: str, text: str) -> None:
    page.section.setCurrentIndex(page.section.findData(section))
    page.speaker.setCurrentIndex(page.speaker.findData(author))
    page.entry_text.setPlainText(text)
    page.add_button.click()
    settle(window)


def test_plan_entries_show_their_authors_and_the_clients_disagreement(
    qtbot, make_desktop, demo_vault
):
    window = make_desktop()
    row, page = plan_page_of_new_plan(window, demo_vault)
    # Adding asks who is speaking: without a speaker nothing is added.
    page.entry_text.setPlainText("Tarvitsen apua kotitöihin.")
    page.add_button.click()
    settle(window)
    assert page.message.isVisible()
    assert get_plan(demo_vault, DEMO_WORKER, row.client_id).entries["need"] == []
    add_entry(window, page, "need", "client", "Tarvitsen apua kotitöihin.")
    add_entry(window, page, "goal", "key_worker", "Kotityöt sujuvat viikoittain.")
    assert page.speaker.currentData() == ""  # asked again for the next entry
    shown = texts(page)
    assert "Tarvitsen apua kotitöihin." in shown
    assert any(t.startswith(author_name("client") + " · ") for t in shown)
    assert any(t.startswith(author_name("key_worker") + " · ") for t in shown)

    goal = get_plan(demo_vault, DEMO_WORKER, row.client_id).entries["goal"][0]
    button = next(b for b in page.findChildren(QPushButton) if goal.text[:20] in b.accessibleName())
    button.click()
    dialog = page.disagreement_dialog
    dialog.text.setPlainText("En ole samaa mieltä: viikoittain on liian usein.")
    dialog.record_button.click()
    settle(window)
    assert not dialog.isVisible()
    view = get_plan(demo_vault, DEMO_WORKER, row.client_id)
    assert [d.text for d in view.disagreements[goal.id]] == [
        "En ole samaa mieltä: viikoittain on liian usein."
    ]
    shown = texts(page)
    assert any(
        "En ole samaa mieltä: viikoittain on liian usein." in t and author_name("client") in t
        for t in shown
    )


def test_a_half_written_plan_entry_survives_a_lock(qtbot, make_desktop, demo_vault):
    window = make_desktop()
    row, page = plan_page_of_new_plan(window, demo_vault)
    page.entry_text.setPlainText("kesken jäänyt ajatus")
    assert window.ctx.keeper.save_all()
    window.close_for_lock()
    QApplication.processEvents()
    again = make_desktop()
    open_client(again, row.client_id)
    again.workspace.show_step(row_of(PlanPage.__name__))
    settle(again)
    assert again.workspace.current_page().entry_text.toPlainText() == "kesken jäänyt ajatus"


def test_locking_with_the_new_client_form_open_asks_nothing(qtbot, make_desktop, demo_vault):
    """The shell closes dialogs on lock with reject(): no question may stop the lock."""
    window = make_desktop()
    window.new_client()
    dialog = window.new_client_dialog
    dialog.first_name.setText("Kesken")
    dialog.needs.setPlainText("tarve kirjoitettu ennen lukitusta")
    dialog.reject()
    assert not dialog.isVisible()
    assert window.ctx.keeper.register(dialog.needs) == "tarve kirjoitettu ennen lukitusta"
