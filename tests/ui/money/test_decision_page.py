"""Decision: prepared from plan and budget, previewed, issued once, superseded, notified."""

from __future__ import annotations

from decimal import Decimal

from hbdesk import formatting
from hbdesk.services import budget as budget_service
from hbdesk.services import catalogue
from hbdesk.services import decision as decision_service
from hbdesk.ui.stages.decision import DecisionPage
from tests.ui.money.helpers import client_at, open_page, settle


def budget_ready(ctx, client_id: str) -> Decimal:
    """A proposed budget with one catalogue line, made through the services."""
    import datetime as dt

    start = dt.date.today()
    b = budget_service.create_budget(
        ctx.vault,
        ctx.actor,
        client_id,
        valid_from=start,
        valid_to=start.replace(year=start.year + 1) - dt.timedelta(days=1),
    ).value
    item = catalogue.search_catalogue(ctx.vault, ctx.actor, "Museokortti")[0]
    budget_service.add_catalogue_line(
        ctx.vault, ctx.actor, client_id, b.id, item_id=item.id, quantity=2, frequency="once"
    )
    budget_service.propose_budget(ctx.vault, ctx.actor, client_id, b.id)
    return budget_service.get_budget(ctx.vault, ctx.actor, client_id).total


def fill_appeal(page: DecisionPage) -> None:
    page.maker_title.setText("sosiaalityöntekijä")
    page.organisation.setText("Esimerkkilän hyvinvointialue")
    page.appeal_body.setText("Yksilöasioiden jaosto")
    page.appeal_address.setPlainText("PL 1000, 99999 Esimerkkilä")
    page.court.setText("Esimerkkilän hallinto-oikeus")


def test_prepare_preview_issue_and_supersede(qtbot, ctx):
    client = client_at(ctx, "plan")
    total = budget_ready(ctx, client)
    page = open_page(qtbot, ctx, DecisionPage, client)
    assert page.table.rowCount() == 0
    assert page.prepare_button.isVisible()
    page.prepare_button.click()
    settle(ctx)
    assert page.draft_box.isVisible()
    assert page.proposed_label.text() == formatting.money(total, "fi")
    assert page.grounds.toPlainText().strip()  # the plan's needs, prefilled
    assert page.legal_basis.text()
    fill_appeal(page)
    page.restrictions.setPlainText("Ei alkoholia.")
    page.preview_button.click()
    settle(ctx)
    text = page.preview.toPlainText()
    assert page.preview.isReadOnly()
    # (a plain-text view gives no-break spaces back as spaces)
    assert formatting.money(total, "fi").replace("\xa0", " ") in text
    assert "Ei alkoholia." in text
    assert "Yksilöasioiden jaosto" in text and "30" in text  # appeal instructions

    asked: list[str] = []
    page.confirm = lambda question: asked.append(question) or True
    page.issue_button.click()
    settle(ctx)
    assert asked and "superseded" in asked[0]
    issued = decision_service.list_decisions(ctx.vault, ctx.actor, client)
    assert len(issued) == 1 and issued[0].decision.granted_sum == total
    assert not page.draft_box.isVisible()  # nothing of an issued decision is editable
    assert page.table.rowCount() == 1
    assert issued[0].decision.number in page.preview.toPlainText()
    assert not page.prepare_button.isVisible() and page.revise_button.isVisible()

    page.table.selectRow(0)
    page.revise_button.click()
    settle(ctx)
    assert page.draft_box.isVisible()
    page.outcome.setCurrentIndex(page.outcome.findData("partly_granted"))
    page.granted.setText("50,00")
    page.issue_button.click()
    settle(ctx)
    rows = decision_service.list_decisions(ctx.vault, ctx.actor, client)
    assert [r.decision.granted_sum for r in rows] == [total, Decimal("50.00")]
    assert rows[0].superseded_by == rows[1].decision.id
    assert page.table.rowCount() == 2
    assert page.table.item(0, 5).text() == rows[1].decision.number
    assert rows[0].decision.number in page.chain_label.text()
    assert rows[1].decision.number in page.chain_label.text()


def test_a_bad_granted_sum_is_explained(qtbot, ctx):
    client = client_at(ctx, "plan")
    budget_ready(ctx, client)
    page = open_page(qtbot, ctx, DecisionPage, client)
    page.prepare_button.click()
    settle(ctx)
    page.granted.setText("paljon")
    page.save_button.click()
    settle(ctx)
    assert page.draft_error.isVisible() and "1 234,50" in page.draft_error.text()
    fill_appeal(page)
    page.granted.setText("1,00")  # "granted" grants the proposed sum
    page.confirm = lambda _question: True
    page.issue_button.click()
    settle(ctx)
    assert page.draft_error.isVisible() and "partly" in page.draft_error.text()
    assert decision_service.list_decisions(ctx.vault, ctx.actor, client) == []


def test_notification_shows_the_appeal_deadline(qtbot, ctx):
    client = client_at(ctx, "decision")
    page = open_page(qtbot, ctx, DecisionPage, client)
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    before = len(decision_service.list_decisions(ctx.vault, ctx.actor, client)[0].notifications)
    page.method.setCurrentIndex(page.method.findData("letter"))
    page.notify_button.click()
    settle(ctx)
    assert not page.notify_error.isVisible(), page.notify_error.text()
    view = decision_service.list_decisions(ctx.vault, ctx.actor, client)[0]
    assert len(view.notifications) == before + 1
    assert "letter" in {n.notification.method for n in view.notifications}
    last = view.notifications[-1]  # the latest notification decides the deadline
    assert formatting.date(last.rectification_deadline, "fi") in page.deadline_label.text()


def test_what_is_typed_into_a_draft_is_stored_in_it(qtbot, ctx):
    client = client_at(ctx, "plan")
    budget_ready(ctx, client)
    page = open_page(qtbot, ctx, DecisionPage, client)
    page.prepare_button.click()
    settle(ctx)
    page.restrictions.setPlainText("Ei alkoholia.")
    qtbot.waitUntil(
        lambda: (
            decision_service.get_decision_draft(
                ctx.vault, ctx.actor, client, page.draft.id
            ).restrictions
            == "Ei alkoholia."
        ),
        timeout=5000,
    )


def test_a_first_decision_takes_the_appeal_details_from_the_settings(
    qtbot, ctx, monkeypatch, tmp_path
):
    from hbdesk import settings as app_settings

    stored = app_settings.Settings(
        organisation_name="Esimerkkilän hyvinvointialue",
        rectification_body="Yksilöasioiden jaosto",
        rectification_address="PL 1000, 99999 Esimerkkilä",
        administrative_court="Esimerkkilän hallinto-oikeus",
    )
    path = tmp_path / "settings.json"
    app_settings.save(stored, path)
    monkeypatch.setattr(app_settings, "settings_path", lambda: path)
    client = client_at(ctx, "plan")
    page = open_page(qtbot, ctx, DecisionPage, client)
    assert page.table.rowCount() == 0  # no earlier decision to copy from
    assert page.organisation.text() == "Esimerkkilän hyvinvointialue"
    assert page.appeal_body.text() == "Yksilöasioiden jaosto"
    assert page.court.text() == "Esimerkkilän hallinto-oikeus"
