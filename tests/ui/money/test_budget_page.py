"""Budget builder: catalogue search, lines, own options, totals as you type."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hbdesk import formatting
from hbdesk.services import budget as budget_service
from hbdesk.ui.stages.budget import BudgetPage
from tests.ui.money.helpers import client_at, open_page, settle


def search(qtbot, page: BudgetPage, text: str) -> None:
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)  # ASCII only (see PLATFORM-NOTES)
    qtbot.waitUntil(
        lambda: (
            page.results.rowCount() > 0
            and all(
                text.lower()
                in (page.results.item(r, 0).text() + page.results.item(r, 1).text()).lower()
                for r in range(page.results.rowCount())
            )
        ),
        timeout=5000,
    )
    page.ctx.runner.wait_idle()


def stored(ctx, client_id):
    return budget_service.get_budget(ctx.vault, ctx.actor, client_id)


def shown_total(page: BudgetPage) -> str:
    return page.total_label.text()


def test_build_a_budget_from_the_catalogue_and_an_own_option(qtbot, ctx):
    client = client_at(ctx, "plan")
    page = open_page(qtbot, ctx, BudgetPage, client)
    assert page.create_box.isVisible() and not page.search_box.isVisible()
    page.create_button.click()
    settle(ctx)
    assert page.search_box.isVisible()
    assert page.catalogue_label.text()  # the catalogue version the prices came from

    search(qtbot, page, "Kuntosalin kuukausikortti")
    page.results.selectRow(0)
    page.add_quantity.setText("1")
    page.add_frequency.setCurrentIndex(page.add_frequency.findData("monthly"))
    assert "12" in page.add_preview.text()  # twelve months, priced before it is stored
    page.add_button.click()
    settle(ctx)
    search(qtbot, page, "Museokortti")
    page.results.selectRow(0)
    page.add_quantity.setText("2")
    page.add_frequency.setCurrentIndex(page.add_frequency.findData("once"))
    page.add_button.click()
    settle(ctx)

    page.own_description.setText("Kitaratunnit")  # the client's own find
    page.own_provider.setText("Soitinpaja Sointi")
    page.own_unit.setCurrentIndex(page.own_unit.findData("session"))
    page.own_price.setText("1 234,50")
    page.own_quantity.setText("1")
    page.own_frequency.setCurrentIndex(page.own_frequency.findData("once"))
    page.own_button.click()
    settle(ctx)

    view = stored(ctx, client)
    assert [line.source for line in view.lines] == ["catalogue", "catalogue", "own_option"]
    assert view.lines[2].unit_price == Decimal("1234.50")
    assert page.lines_table.rowCount() == 3
    assert shown_total(page).endswith(formatting.money(view.total, "fi"))
    for area, total in view.totals.by_area.items():
        assert formatting.money(total, "fi") in page.area_label.text(), area
    assert formatting.money(Decimal("1234.50"), "fi") in page.compare_label.text()


def test_totals_follow_typing_and_match_the_service(qtbot, ctx):
    client = client_at(ctx, "plan")
    page = open_page(qtbot, ctx, BudgetPage, client)
    page.create_button.click()
    settle(ctx)
    search(qtbot, page, "Kuntosalin kuukausikortti")
    page.results.selectRow(0)
    page.add_button.click()
    settle(ctx)
    before = stored(ctx, client)
    page.lines_table.selectRow(0)
    page.line_quantity.clear()
    qtbot.keyClicks(page.line_quantity, "3")  # typed, not stored yet
    expected = before.total * 3
    assert shown_total(page).endswith(formatting.money(expected, "fi"))
    assert stored(ctx, client).total == before.total
    page.save_line_button.click()
    settle(ctx)
    assert stored(ctx, client).total == expected
    assert shown_total(page).endswith(formatting.money(expected, "fi"))


def test_a_bad_amount_is_explained_and_nothing_is_stored(qtbot, ctx):
    client = client_at(ctx, "plan")
    page = open_page(qtbot, ctx, BudgetPage, client)
    page.create_button.click()
    settle(ctx)
    page.own_description.setText("Kitaratunnit")
    page.own_provider.setText("Soitinpaja Sointi")
    for bad in ("kaksisataa", "12,3,4", "-5", "1,234"):
        page.own_price.setText(bad)
        page.own_button.click()
        settle(ctx)
        assert page.own_error.isVisible(), bad
        assert page.own_error.text().strip(), bad
    assert "1 234,50" in page.own_error.text() or page.own_error.text()
    assert stored(ctx, client).lines == []
    page.own_price.setText("1234.50")
    page.own_button.click()
    settle(ctx)
    assert not page.own_error.isVisible()
    assert len(stored(ctx, client).lines) == 1


def test_a_decided_budget_is_read_only(qtbot, ctx):
    page = open_page(qtbot, ctx, BudgetPage, client_at(ctx, "in_use"))
    assert page.lines_table.rowCount() > 0
    assert not page.search_box.isVisible() and not page.own_box.isVisible()
    assert not page.save_line_button.isEnabled() and page.revise_button.isVisible()


def test_a_line_with_its_own_period_is_priced_for_that_period(qtbot, ctx):
    from PySide6.QtCore import QDate

    client = client_at(ctx, "plan")
    page = open_page(qtbot, ctx, BudgetPage, client)
    page.create_button.click()
    settle(ctx)
    search(qtbot, page, "Kuntosalin kuukausikortti")
    page.results.selectRow(0)
    start = page.add_period.starts.date()
    page.add_period.ends.setDate(start.addMonths(3).addDays(-1))  # three whole months
    page.add_frequency.setCurrentIndex(page.add_frequency.findData("monthly"))
    assert "(3 " in page.add_preview.text()
    page.add_button.click()
    settle(ctx)
    view = stored(ctx, client)
    line = view.lines[0]
    assert line.ends_on == start.addMonths(3).addDays(-1).toPython()
    assert view.totals.lines[0].occurrences == 3
    assert view.total == line.unit_price * 3
    assert shown_total(page).endswith(formatting.money(view.total, "fi"))
    assert isinstance(start, QDate)


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("fi", "(1 kerta). Budjetti sen kanssa: ", "(5 kertaa). Budjetti sen kanssa: "),
        ("sv", "(1 gång). Budgeten med den: ", "(5 gånger). Budgeten med den: "),
        ("en", "(1 time). Budget with it: ", "(5 times). Budget with it: "),
    ],
)
def test_the_new_lines_price_counts_its_times_in_the_languages_own_plural(
    qtbot, qapp, ctx, lang, one, five
):
    from hbdesk.ui import translations

    installed = translations.install(qapp, lang)
    try:
        page = open_page(qtbot, ctx, BudgetPage, client_at(ctx, "plan"))
        page.create_button.click()
        settle(ctx)
        search(qtbot, page, "Kuntosalin kuukausikortti")
        page.results.selectRow(0)
        page.add_frequency.setCurrentIndex(page.add_frequency.findData("monthly"))
        start = page.add_period.starts.date()
        head = {"fi": "Tämä rivi: ", "sv": "Denna rad: ", "en": "This line: "}[lang]
        for months, words in ((1, one), (5, five)):
            page.add_period.ends.setDate(start.addMonths(months).addDays(-1))
            shown = page.add_preview.text()
            assert shown.startswith(head) and words in shown
    finally:
        translations.uninstall(qapp, installed)
