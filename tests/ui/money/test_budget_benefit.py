"""The budget builder shows what is known of a catalogue item's benefit (used by five or more)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtWidgets import QScrollArea

from hbdesk.models.outbox import SyncState
from hbdesk.services.catalogue import search_catalogue
from hbdesk.services.catalogue_benefit import benefit_of
from hbdesk.ui.benefit_words import benefit_sentence
from hbdesk.ui.stages.budget import BudgetPage
from tests.ui.money.helpers import client_at, open_page, settle
from tests.ui.money.test_budget_page import search

BENEFIT_COLUMN = 5


def pull_figures(vault, figures: list[dict]) -> None:
    """The county's figures as the sync engine keeps a pulled reference set."""
    content = {"computed_on": "2026-11-20", "benefit": figures}
    with vault.session() as s:
        s.merge(
            SyncState(
                key="reference:outcomes", value=json.dumps({"version": 1, "content": content})
            )
        )


def code_of(ctx, name: str) -> str:
    (item,) = [i for i in search_catalogue(ctx.vault, ctx.actor, name) if i.name == name]
    return item.code


def test_the_catalogue_says_what_is_known_of_an_items_benefit(qtbot, ctx):
    gym = code_of(ctx, "Kuntosalin kuukausikortti")
    student = code_of(ctx, "Kuntosalin kuukausikortti, opiskelija")
    pull_figures(
        ctx.vault,
        [
            {"code": gym, "users": 12, "assessed": 12, "reached": 8},
            {"code": student, "users": 4, "assessed": 4, "reached": 4},
        ],
    )
    page = open_page(qtbot, ctx, BudgetPage, client_at(ctx, "plan"))
    page.create_button.click()
    settle(ctx)
    search(qtbot, page, "Kuntosalin kuukausikortti")
    names = [page.results.item(r, 0).text() for r in range(page.results.rowCount())]
    gym_row = names.index("Kuntosalin kuukausikortti")
    student_row = names.index("Kuntosalin kuukausikortti, opiskelija")
    known = benefit_of(ctx.vault, gym)
    assert known is not None
    said = page.results.item(gym_row, BENEFIT_COLUMN).text()
    assert said == benefit_sentence(known)
    assert "12" in said and "8" in said
    for row in range(page.results.rowCount()):  # four users: nothing at all
        if row != gym_row:
            assert page.results.item(row, BENEFIT_COLUMN).text() == ""

    page.results.selectRow(gym_row)  # the chosen item's figures, in full, under the table
    assert page.benefit_label.isVisible()
    assert page.benefit_label.text().endswith(said)
    if os.environ.get("HBDESK_SCREENSHOTS"):  # to look at by hand (1366×768)
        page.findChild(QScrollArea).ensureWidgetVisible(page.add_button, 0, 200)
        page.grab().save(str(Path(os.environ["HBDESK_SCREENSHOTS"]) / "budget_benefit.png"))
    page.results.selectRow(student_row)
    assert not page.benefit_label.isVisible() and page.benefit_label.text() == ""
