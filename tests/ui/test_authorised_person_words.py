"""What the client or their authorised person did in Oma HB reads in words on the laptop:
an invoice confirmed by the authorised person is theirs in the client's view, never "you"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QApplication

from hbdesk.models.balance import SpendingRow
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.vocab import EntryStatus
from hbdesk.ui import translations
from hbdesk.ui.client_view import spending_state, written_by
from hbdesk.ui.stages.money_common import author_names
from hbdesk.ui.workspace.words import author_name


def _row(confirmed_by: str) -> SpendingRow:
    entry = SpendingEntry(id="e1", method="invoice", amount=Decimal("45.00"))
    return SpendingRow(
        entry, EntryStatus.CONFIRMED, None, confirmed_by, Decimal("0.00"), dt.date(2026, 12, 3)
    )


def test_the_authorised_persons_word_is_theirs_in_every_language(qapp: QApplication) -> None:
    said = {}
    for lang in ("fi", "sv", "en"):
        installed = translations.install(qapp, lang)
        said[lang] = (
            spending_state(_row("authorised_person"), lang),
            spending_state(_row("client"), lang),
            written_by("authorised_person"),
            author_names()["authorised_person"],
            author_name("authorised_person"),
        )
        translations.uninstall(qapp, installed)
    assert said["fi"][0] == "Valtuuttamasi henkilö hyväksyi sen 3.12.2026 (Oma HB)"
    assert said["fi"][1] == "Hyväksyit sen 3.12.2026"
    assert said["sv"][0] == "Personen du gav fullmakt godkände den 3.12.2026 (Oma HB)"
    assert said["en"][2] == "The person you authorised wrote this"
    for words in said.values():
        assert "authorised_person" not in words
