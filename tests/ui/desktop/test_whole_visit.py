"""One whole home visit of one client through the desktop, checked on screen step by step.

A demo client at the contact stage is found by typing in the caseload search, opened, and
taken through the workspace's path: self-assessment → plan with goals → budget from the
price catalogue → decision issued → an invoice recorded and confirmed with the client →
a follow-up with goal attainment. After each step the test reads what the user sees.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from hbdesk import formatting
from hbdesk.services import budget as budget_service
from hbdesk.services import spending_view
from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.selfassessment import list_self_assessments
from hbdesk.ui.stages import PAGES, row_of
from hbdesk.ui.stages.budget import BudgetPage
from hbdesk.ui.stages.decision import DecisionPage
from hbdesk.ui.stages.followup import FollowUpPage
from hbdesk.ui.stages.plan import PlanPage
from hbdesk.ui.stages.selfassessment import SelfAssessmentPage
from hbdesk.ui.stages.use import UsePage
from hbdesk.ui.workspace.words import author_name, stage_name
from tests.ui.desktop.conftest import settle
from tests.ui.desktop.test_read_together import confirm_by_typed_name

NEED = "Arki on raskasta, tarvitsen apua jaksamiseen."
GOAL = "Haluan käydä museoissa kerran kuussa ystäväni kanssa."
SUMMARY = "Museossa käyty kolme kertaa, tyytyväinen."


def shown_names(window) -> list[str]:
    model = window.caseload.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def visible_texts(widget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget)]


def go_to(window, page_class):
    """Choose the step on the process path, as a click on it would."""
    path = window.workspace.path
    path.setFocus()
    path.setCurrentRow(row_of(page_class.__name__))
    settle(window)
    page = window.workspace.current_page()
    assert type(page) is page_class
    assert page.isVisible()
    return page


def ascii_prefix(name: str) -> str:
    first = name.split()[0]
    prefix = ""
    for ch in first:
        if not ch.isascii():
            break
        prefix += ch
    return prefix[:4]


def test_a_whole_home_visit_of_one_client(qtbot, make_desktop, demo_vault, monkeypatch):
    asked: list[str] = []

    def answer_yes(*args, **_kwargs):
        asked.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(answer_yes))

    window = make_desktop()
    lang = window.ctx.lang

    # 1. Find the client by typing part of the name; open them.
    candidates = [
        r
        for r in caseload(demo_vault, DEMO_WORKER, stage="contact")
        if len(ascii_prefix(r.name)) >= 3
    ]
    assert candidates
    target = candidates[0]
    everyone = len(shown_names(window))
    search = window.caseload.search
    search.setFocus()
    counts = []
    for ch in ascii_prefix(target.name):
        qtbot.keyClicks(search, ch)  # ASCII only (PLATFORM-NOTES)
        counts.append(len(shown_names(window)))
        assert target.name in shown_names(window)  # the list narrows as the user types
    assert counts == sorted(counts, reverse=True) and counts[-1] < everyone
    assert str(counts[-1]) in window.caseload.count.text()
    model = window.caseload.model
    window.caseload.table.setFocus()
    window.caseload.table.setCurrentIndex(model.index(model.row_of(target.client_id), 0))
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    settle(window)
    workspace = window.workspace
    assert workspace.name_label.text() == target.name
    assert stage_name("contact") in workspace.state_label.text()
    path = workspace.path
    here = path.item(0).data(Qt.ItemDataRole.AccessibleTextRole)  # ContactPage
    assert path.tr("the client is here") in here
    assert type(workspace.current_page()) is SelfAssessmentPage  # the next step is shown

    # 2. The self-assessment: every item answered, recorded, the new set shown.
    page = go_to(window, SelfAssessmentPage)
    assert page.spins
    before = page.history.columnCount()
    for n, spin in enumerate(page.spins.values()):
        spin.setValue(3 + n % 7)
    page.comment.setPlainText("Jaksaminen vaihtelee.")
    page.record_button.click()
    settle(window)
    assert page.history.columnCount() == before + 1
    overall = page.history.item(page.history.rowCount() - 1, before).text()
    assert overall not in ("", "–")
    stored = list_self_assessments(demo_vault, DEMO_WORKER, target.client_id)[-1]
    assert overall == formatting.number(stored.scores.overall, lang, decimals=1)
    column = [page.history.item(r, before).text() for r in range(page.history.rowCount())]
    assert "–" not in column  # every domain answered: a score shown for each
    assert page.message.isVisible() and page.message.text()
    assert all(spin.value() == spin.minimum() for spin in page.spins.values())

    # 3. The plan: a need, a goal in the client's own words, agreed together.
    page = go_to(window, PlanPage)
    assert page.start_button.isVisible()
    page.start_button.click()
    settle(window)
    assert page.entry_box.isVisible()
    for section, speaker, text in (("need", "key_worker", NEED), ("goal", "client", GOAL)):
        page.section.setCurrentIndex(page.section.findData(section))
        page.speaker.setCurrentIndex(page.speaker.findData(speaker))
        page.entry_text.setPlainText(text)
        page.add_button.click()
        settle(window)
        assert not page.message.isVisible(), page.message.text()
    shown = visible_texts(page)
    assert NEED in shown and GOAL in shown
    assert any(t.startswith(author_name("client") + " · ") for t in shown)
    assert any(t.startswith(author_name("key_worker") + " · ") for t in shown)
    confirm_by_typed_name(window, page)  # read together, the client types their name
    assert not page.entry_box.isVisible()  # agreed: frozen
    assert author_name("client") in page.confirmation_label.text()  # who was present
    assert GOAL in visible_texts(page)

    # 4. The budget from the price catalogue.
    page = go_to(window, BudgetPage)
    assert page.create_box.isVisible()
    page.create_button.click()
    settle(window)
    assert page.search_box.isVisible()
    page.search_edit.clear()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "Museokortti")
    qtbot.waitUntil(
        lambda: (
            page.results.rowCount() > 0
            and all(
                "museokortti"
                in (page.results.item(r, 0).text() + page.results.item(r, 1).text()).lower()
                for r in range(page.results.rowCount())
            )
        ),
        timeout=5000,
    )
    settle(window)
    page.results.selectRow(0)
    page.add_quantity.setText("2")
    page.add_frequency.setCurrentIndex(page.add_frequency.findData("once"))
    page.add_button.click()
    settle(window)
    assert not page.add_error.isVisible(), page.add_error.text()
    view = budget_service.get_budget(demo_vault, DEMO_WORKER, target.client_id)
    assert len(view.lines) == 1 and view.lines[0].quantity == 2
    total = view.lines[0].unit_price * 2
    assert view.total == total
    assert page.lines_table.rowCount() == 1
    assert "Museokortti".lower() in page.lines_table.item(0, 0).text().lower()
    assert page.lines_table.item(0, 4).text() == "2"
    assert page.lines_table.item(0, 7).text() == formatting.money(total, lang)
    assert page.total_label.text().endswith(formatting.money(total, lang))
    page.propose_button.click()
    settle(window)
    assert not page.line_error.isVisible(), page.line_error.text()
    assert page.tr("ready for the decision") in page.status.text()

    # 5. The decision: prepared, issued after the question, then read only.
    page = go_to(window, DecisionPage)
    assert page.prepare_button.isVisible()
    page.prepare_button.click()
    settle(window)
    assert page.draft_box.isVisible()
    assert page.proposed_label.text() == formatting.money(total, lang)
    assert NEED in page.grounds.toPlainText()  # the plan's need, prefilled
    page.maker_title.setText("sosiaalityöntekijä")
    page.organisation.setText("Esimerkkilän hyvinvointialue")
    page.appeal_body.setText("Yksilöasioiden jaosto")
    page.appeal_address.setPlainText("PL 1000, 99999 Esimerkkilä")
    page.court.setText("Esimerkkilän hallinto-oikeus")
    asked.clear()
    page.issue_button.click()  # answered Yes by the patched QMessageBox.question
    settle(window)
    assert len(asked) == 1
    assert not page.draft_error.isVisible(), page.draft_error.text()
    assert not page.draft_box.isVisible()  # nothing of the issued decision is editable
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == formatting.money(total, lang)
    assert page.status.text() == page.tr(
        "Issued decisions are read only; a change is made with a new decision that "
        "supersedes the old one."
    )
    assert not page.prepare_button.isVisible() and page.revise_button.isVisible()
    number = page.table.item(0, 0).text()
    assert number and number in page.preview.toPlainText() and page.preview.isReadOnly()

    # 6. An invoice recorded, then confirmed with the client: pending → confirmed.
    page = go_to(window, UsePage)
    zero = formatting.money(Decimal("0.00"), lang)
    amount = Decimal("12.50")

    def parts(confirmed: Decimal, pending: Decimal) -> str:
        return (
            page.tr("Granted %1 − confirmed %2 − pending %3 = left %4")
            .replace("%1", formatting.money(total, lang))
            .replace("%2", formatting.money(confirmed, lang))
            .replace("%3", formatting.money(pending, lang))
            .replace("%4", formatting.money(total - confirmed - pending, lang))
        )

    assert number in page.status.text()
    assert page.parts_label.text() == parts(Decimal("0.00"), Decimal("0.00"))
    assert page.table.rowCount() == 0
    page.new_method.setCurrentIndex(page.new_method.findData("invoice"))
    page.new_amount.setText("12,50")
    page.new_category.setCurrentIndex(page.new_category.findData("culture"))
    page.new_provider.setText("Laskuttava Oy")
    page.record_button.click()
    settle(window)
    assert not page.record_error.isVisible(), page.record_error.text()
    assert page.parts_label.text() == parts(Decimal("0.00"), amount)
    assert page.balance_label.text().endswith(formatting.money(total - amount, lang))
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "Laskuttava Oy"
    assert page.table.item(0, 4).text() == formatting.money(amount, lang)
    pending_status = page.table.item(0, 5).text()
    page.table.selectRow(0)
    assert page.confirm_box.isEnabled()
    page.confirmed_by.setCurrentIndex(page.confirmed_by.findData("client"))
    page.confirm_button.click()
    settle(window)
    assert not page.confirm_error.isVisible(), page.confirm_error.text()
    assert page.parts_label.text() == parts(amount, Decimal("0.00"))
    assert zero in page.parts_label.text()
    assert page.table.item(0, 5).text() != pending_status
    assert page.table.item(0, 7).text() == author_name("client")
    state = spending_view.budget_states(demo_vault, DEMO_WORKER, target.client_id)[-1]
    assert (state.balance.confirmed, state.balance.pending) == (amount, Decimal("0.00"))

    # 7. A follow-up with the attainment of the client's goal.
    page = go_to(window, FollowUpPage)
    assert [row.goal.text for row in page.goal_rows] == [GOAL]
    goal_row = page.goal_rows[0]
    assert goal_row.text.text() == GOAL
    earlier = page.table.rowCount()
    page.summary.setPlainText(SUMMARY)
    goal_row.score.setCurrentIndex(goal_row.score.findData(1))
    goal_row.note.setText("Yli odotusten")
    page.record_button.click()
    settle(window)
    qtbot.waitUntil(
        lambda: (
            page.table.rowCount() == earlier + 1
            and "Yli odotusten" in page.goal_rows[0].history.text()
        ),
        timeout=5000,
    )
    settle(window)
    assert not page.error.isVisible(), page.error.text()
    assert page.table.item(0, 1).text() == SUMMARY  # newest first
    assert page.table.item(0, 0).text() == formatting.date(page.held_on.date().toPython(), lang)
    assert "+1 (Yli odotusten)" in page.goal_rows[0].history.text()
    assert page.goal_rows[0].text.text() == GOAL

    # Still one visit of one client: the workspace shows them, now further on the path.
    assert workspace.name_label.text() == target.name
    assert stage_name("contact") not in workspace.state_label.text()
    assert stage_name(workspace.overview.stage) in workspace.state_label.text()
    assert workspace.overview.stage == "follow_up"
    assert stage_name("follow_up") in workspace.state_label.text()
    assert formatting.money(total - amount, lang) in workspace.state_label.text()
    assert formatting.money(total, lang) in workspace.state_label.text()
    assert [p.__name__ for p in PAGES].index("FollowUpPage") == path.currentRow()
