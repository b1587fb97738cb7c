"""Use of the budget: spending by payment method, the client's confirmation, balance, chart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hbdesk import formatting
from hbdesk.services import spending_view
from hbdesk.ui.stages.use import UsePage
from tests.ui.money.helpers import client_at, open_page, settle


def state(ctx, client_id):
    return spending_view.budget_states(ctx.vault, ctx.actor, client_id)[-1]


def record(page: UsePage, method: str, amount: str, category: str, provider: str) -> None:
    page.new_method.setCurrentIndex(page.new_method.findData(method))
    page.new_amount.setText(amount)
    page.new_category.setCurrentIndex(page.new_category.findData(category))
    page.new_provider.setText(provider)
    page.record_button.click()
    settle(page.ctx)


def choose(page: UsePage, provider: str) -> None:
    rows = [r for r in range(page.table.rowCount()) if page.table.item(r, 2).text() == provider]
    assert rows, provider
    page.table.selectRow(rows[0])


def parts(ctx, client_id) -> str:
    b = state(ctx, client_id).balance
    return " ".join(formatting.money(x, "fi") for x in (b.granted, b.confirmed, b.pending))


def test_an_invoice_confirmed_with_the_client_moves_from_pending_to_confirmed(qtbot, ctx):
    client = client_at(ctx, "in_use")
    page = open_page(qtbot, ctx, UsePage, client)
    before = state(ctx, client).balance
    assert formatting.money(before.available, "fi") in page.balance_label.text()
    category = state(ctx, client).rows[0].entry.category
    record(page, "invoice", "12,50", category, "Laskuttava Oy")
    assert not page.record_error.isVisible(), page.record_error.text()
    after = state(ctx, client).balance
    assert after.pending == before.pending + Decimal("12.50")
    assert formatting.money(after.pending, "fi") in page.parts_label.text()
    assert formatting.money(after.available, "fi") in page.balance_label.text()

    choose(page, "Laskuttava Oy")
    assert page.confirm_box.isEnabled() and not page.receipt_box.isEnabled()
    page.confirmed_by.setCurrentIndex(page.confirmed_by.findData("client"))
    page.confirm_button.click()
    settle(ctx)
    confirmed = state(ctx, client).balance
    assert confirmed.confirmed == after.confirmed + Decimal("12.50")
    assert confirmed.pending == before.pending
    assert formatting.money(confirmed.confirmed, "fi") in page.parts_label.text()
    assert formatting.money(confirmed.pending, "fi") in page.parts_label.text()
    choose(page, "Laskuttava Oy")
    assert "Vahvistettu" in page.entry_label.text() or "Confirmed" in page.entry_label.text()

    page.confirm_button.click()  # the same invoice again
    settle(ctx)
    assert page.confirm_error.isVisible()
    assert "already been confirmed" in page.confirm_error.text()


def test_refused_and_restricted_spending_shows_the_reason(qtbot, ctx):
    client = client_at(ctx, "in_use")
    page = open_page(qtbot, ctx, UsePage, client)
    count = len(state(ctx, client).rows)
    record(page, "mobile_payment", "20,00", "gambling", "Pelisali")
    assert page.record_error.isVisible()
    assert "Gambling and crime" in page.record_error.text()
    record(page, "mobile_payment", "kaksikymppiä", "sports", "Kuntokulma Oy")
    assert "1 234,50" in page.record_error.text()
    assert len(state(ctx, client).rows) == count


def test_receipts_reversal_chart_and_pace_warning(qtbot, ctx):
    client = client_at(ctx, "in_use")
    page = open_page(qtbot, ctx, UsePage, client)
    assert page.chart.series_names and len(page.chart.series_names) == 3
    assert page.chart.text_alternative()
    available = state(ctx, client).balance.available
    category = state(ctx, client).rows[0].entry.category
    big = available - Decimal("1.00")
    record(page, "direct_payment", f"{big:.2f}".replace(".", ","), category, "Tilisiirto")
    assert not page.record_error.isVisible(), page.record_error.text()
    now = state(ctx, client)
    assert now.pace.warning
    assert page.warning_label.isVisible() and page.warning_label.text()

    choose(page, "Tilisiirto")
    assert page.receipt_box.isEnabled() and not page.confirm_box.isEnabled()
    page.receipt_amount.setText("10,00")
    page.receipt_text.setText("Kuitit")
    page.receipt_button.click()
    settle(ctx)
    assert not page.receipt_error.isVisible(), page.receipt_error.text()
    choose(page, "Tilisiirto")
    page.reverse_reason.setText("Väärä summa")
    page.reverse_button.click()
    settle(ctx)
    assert not page.reverse_error.isVisible(), page.reverse_error.text()
    assert state(ctx, client).balance.available == available
    assert formatting.money(available, "fi") in page.balance_label.text()
    page.method_filter.setCurrentIndex(page.method_filter.findData("direct_payment"))
    methods = {page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert methods == {"Direct payment"} or methods == {"Suora maksu"}


def test_a_payment_the_county_held_is_shown_with_its_reason_and_not_counted(qtbot, ctx):
    """Spending the county's server held (gambling, after the decision) reaches the laptop
    as a held payment: the caseworker sees it beside the balance, the balance is untouched;
    an entry the county booked shows the system it came from."""
    import datetime as dt

    from hbdesk.models.ledger import HeldPayment, SpendingEntry
    from hbdesk.services.context import batch

    client = client_at(ctx, "in_use")
    before = state(ctx, client)
    decision = before.decision
    with batch(ctx.vault) as session:  # as sync applies records pulled from the server
        session.add(
            HeldPayment(
                client_id=client,
                decision_id=decision.id,
                method="mobile_payment",
                source="mobile_payment_report",
                external_ref="ePassi:T77",
                spent_on=decision.valid_from,
                amount=Decimal("50.00"),
                category="gambling",
                provider="Pelipiste Onnenpyörä",
                reason="category_refused",
                recorded_by="mobiilimaksu: ePassi",
            )
        )
        session.add(
            SpendingEntry(
                client_id=client,
                decision_id=decision.id,
                chain_id=decision.chain_id,
                method="mobile_payment",
                source="mobile_payment_report",
                external_ref="ePassi:T78",
                spent_on=decision.valid_from,
                amount=Decimal("6.50"),
                category="sports",
                provider="Uimahalli Aalto",
                recorded_by="mobiilimaksu: ePassi",
                recorded_at=dt.datetime.now(dt.UTC),
            )
        )
    page = open_page(qtbot, ctx, UsePage, client)
    after = state(ctx, client)
    assert after.balance.available == before.balance.available - Decimal("6.50")
    assert [h.provider for h in after.held] == ["Pelipiste Onnenpyörä"]
    assert page.held_label.isVisible()
    text = page.held_label.text()
    assert "Pelipiste Onnenpyörä" in text and "50,00" in text
    assert "rahapeli" in text.lower() or "gambling" in text.lower()
    row = [
        r for r in range(page.table.rowCount()) if page.table.item(r, 2).text() == "Uimahalli Aalto"
    ]
    assert "ePassi" in page.table.item(row[0], 6).text()


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("fi", "Näytä 1 vanhempi kirjaus", "Näytä 5 vanhempaa kirjausta"),
        ("sv", "Visa 1 äldre post", "Visa 5 äldre poster"),
        ("en", "Show 1 older entry", "Show 5 older entries"),
    ],
)
def test_show_older_entries_counts_in_the_languages_own_plural(
    qtbot, qapp, ctx, monkeypatch, lang, one, five
):
    from hbdesk.ui import translations
    from hbdesk.ui.stages import use as use_page

    client = client_at(ctx, "in_use")
    leaving = {  # the NEWEST that leaves n settled entries out of the list
        spending_view.budget_states(ctx.vault, ctx.actor, client, newest=newest)[-1].older: newest
        for newest in range(len(state(ctx, client).rows), 0, -1)
    }
    installed = translations.install(qapp, lang)
    try:
        for n, words in ((1, one), (5, five)):
            monkeypatch.setattr(use_page, "NEWEST", leaving[n])
            page = open_page(qtbot, ctx, UsePage, client)
            assert page.older_button.text() == words
    finally:
        translations.uninstall(qapp, installed)


def test_show_older_entries_is_a_button_as_wide_as_its_words_under_the_list(
    qtbot, ctx, monkeypatch
):
    """Like the follow-up page's: at the start of its row, not a bar across the page."""
    from hbdesk.ui.stages import use as use_page

    monkeypatch.setattr(use_page, "NEWEST", 1)
    page = open_page(qtbot, ctx, UsePage, client_at(ctx, "in_use"))
    button = page.older_button
    assert button.isVisible() and button.text()
    assert button.width() == button.sizeHint().width()
    assert button.x() == page.table.x()  # at the left, under the list
