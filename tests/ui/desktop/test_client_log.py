"""The client's log: views, changes and disclosures in plain Finnish, only this client's, and a
tampered chain said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from hbdesk.models.audit import AccessLogEntry
from hbdesk.services import access_log, clients, plan
from hbdesk.services.context import Actor, Changes
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.client_log import ClientLogDialog
from hbdesk.ui.ui_context import UiContext
from tests.ui.desktop.conftest import a_client
from tests.ui.desktop.test_desktop_accessibility import problems

COLLEAGUE = Actor(
    user_id="team-3", role="team_member", device_id="LAP-123", display_name="Tiina Tiimiläinen"
)
RECIPIENT = "Uimahalli Aalto Oy"
OTHER_RECIPIENT = "Kuntosali Toinen Oy"


def open_log(qtbot, ctx: UiContext, client_id: str, **options) -> ClientLogDialog:
    dialog = ClientLogDialog(ctx, client_id, None, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    return dialog


def choose(dialog: ClientLogDialog, code: str) -> list[str]:
    combo = dialog.log.filter
    combo.setCurrentIndex(combo.findData(code))
    return dialog.log.sentences()


def test_views_changes_and_disclosures_in_plain_finnish(qtbot, ctx, demo_vault, finnish):
    client = a_client(demo_vault, "in_use").client_id
    other = a_client(demo_vault, "follow_up").client_id
    plan.get_plan(demo_vault, COLLEAGUE, client)
    clients.update_client_details(demo_vault, COLLEAGUE, client, phone="040 123 4567")
    access_log.record_disclosure(
        demo_vault,
        COLLEAGUE,
        client,
        recipient=RECIPIENT,
        legal_basis="Asiakkaan suostumus",
        disclosed="nimi ja palvelun määrä",
        records=["decisions:x"],
    )
    access_log.record_disclosure(
        demo_vault,
        COLLEAGUE,
        other,
        recipient=OTHER_RECIPIENT,
        legal_basis="Asiakkaan suostumus",
        disclosed="nimi",
    )
    dialog = open_log(qtbot, ctx, client)
    said = dialog.log.sentences()
    assert dialog.windowTitle() == "Asiakkaan käyttöloki"
    who = "Asiakkaan tiimin jäsen (laite LAP-123)"
    viewed = [s for s in said if f"{who} katsoi tietoja: asiakassuunnitelma" in s]
    assert viewed and viewed[0].endswith("Syy: asiakastyö.")
    assert " klo " in viewed[0]
    assert any(f"{who} muutti: perustiedot." in s for s in said)
    disclosed = [s for s in said if f"{who} luovutti tietoja: {RECIPIENT}." in s]
    assert disclosed and "Peruste: Asiakkaan suostumus." in disclosed[0]
    assert "Luovutetut tiedot: nimi ja palvelun määrä." in disclosed[0]
    # Newest first: reading the log itself is the first line; the disclosure came before it.
    assert (
        "Omatyöntekijä Sari Sosiaalityöntekijä (laite demo-laptop) katsoi tietoja: "
        "tämä loki." in said[0]
    )
    assert said.index(disclosed[0]) < said.index(viewed[0])
    # Nothing of another client, nor any record's content (the phone number typed above).
    text = "\n".join(said)
    assert OTHER_RECIPIENT not in text and "040 123 4567" not in text
    assert dialog.log.check_label.text().startswith("Loki on eheä")
    # Grouped by day: a heading with the weekday before the first entry.
    first = dialog.log.list.item(0).text()
    assert first.split()[0] in {
        "Maanantai",
        "Tiistai",
        "Keskiviikko",
        "Torstai",
        "Perjantai",
        "Lauantai",
        "Sunnuntai",
    }


def test_the_filter_shows_one_kind_at_a_time(qtbot, ctx, demo_vault, finnish):
    client = a_client(demo_vault, "in_use").client_id
    clients.update_client_details(demo_vault, COLLEAGUE, client, phone="040 765 4321")
    access_log.record_disclosure(
        demo_vault,
        COLLEAGUE,
        client,
        recipient=RECIPIENT,
        legal_basis="Asiakkaan suostumus",
        disclosed="nimi",
    )
    dialog = open_log(qtbot, ctx, client)
    everything = dialog.log.sentences()
    changes = choose(dialog, "changes")
    views = choose(dialog, "views")
    outward = choose(dialog, "disclosures")
    assert changes and all(" muutti: " in s or " kirjasi: " in s for s in changes)
    assert views and all(" katsoi tietoja: " in s for s in views)
    assert outward and all(
        " luovutti tietoja: " in s or " tulosti: " in s or " teki kopion " in s for s in outward
    )
    assert len(everything) == len(changes) + len(views) + len(outward)
    assert dialog.log.status.text() == f"{len(everything)} merkinnästä näytetään {len(outward)}."


def test_a_tampered_log_is_said_plainly(qtbot, ctx, demo_vault, finnish):
    client = a_client(demo_vault, "in_use").client_id
    with demo_vault.session() as s:  # an edit behind hbdesk's back, its trigger dropped first
        s.execute(text("DROP TRIGGER access_log_no_update"))
        s.execute(
            AccessLogEntry.__table__.update()
            .where(AccessLogEntry.seq == 5)
            .values(purpose="something else")
        )
    dialog = open_log(qtbot, ctx, client)
    warning = dialog.log.check_label.text()
    assert warning.startswith("Varoitus: lokia on muokattu laitteen demo-laptop merkinnän 5 ")
    assert dialog.log.sentences()  # the entries are still shown


def test_large_type_and_every_control_named_and_reachable(qtbot, ctx, demo_vault):
    client = a_client(demo_vault, "in_use").client_id
    normal = open_log(qtbot, ctx, client)
    large = open_log(qtbot, ctx, client, large=True)
    assert large.log.list.font().pointSizeF() >= normal.log.list.font().pointSizeF() * 1.4
    assert problems(large) == []
    QApplication.processEvents()


def test_a_new_disclosure_appears_while_the_log_is_open(qtbot, ctx, demo_vault):
    client = a_client(demo_vault, "in_use").client_id
    dialog = open_log(qtbot, ctx, client)
    assert not any(RECIPIENT in s for s in dialog.log.sentences())
    access_log.record_disclosure(
        demo_vault,
        DEMO_WORKER,
        client,
        recipient=RECIPIENT,
        legal_basis="Laki 703/2023",
        disclosed="nimi",
    )
    ctx.runner.changed.emit(Changes(frozenset({client}), frozenset({"access_log"})))
    assert ctx.runner.wait_idle()
    assert any(RECIPIENT in s for s in dialog.log.sentences())


def test_the_count_in_the_clients_own_language_has_its_numbers(qtbot, ctx, demo_vault):
    # The client reads the log in their language while the session is English: the plural
    # words come from a bare translator, which leaves %n for its caller to fill.
    client = a_client(demo_vault, "in_use").client_id
    dialog = open_log(qtbot, ctx, client, large=True, lang="fi")
    said = dialog.log.status.text()
    total = len(dialog.log.lines)
    assert "%n" not in said and "%1" not in said, said
    assert said.startswith(f"{total} merkinnästä näytetään "), said


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", "{total} merkinnästä näytetään {n}."),
        ("sv", "{n} av {total} poster visas."),
        ("en", "{n} of {total} entries shown."),
    ],
)
def test_the_count_of_entries_shown_reads_right_for_one_and_five(
    qtbot, qapp, ctx, demo_vault, lang, words
):
    from hbdesk.ui import translations

    client = a_client(demo_vault, "contact").client_id
    installed = translations.install(qapp, lang)
    try:
        for n in (1, 5):
            while len(choose(open_log(qtbot, ctx, client), "disclosures")) < n:
                access_log.record_disclosure(
                    demo_vault,
                    COLLEAGUE,
                    client,
                    recipient=RECIPIENT,
                    legal_basis="Asiakkaan suostumus",
                    disclosed="nimi",
                )
            dialog = open_log(qtbot, ctx, client)
            assert len(choose(dialog, "disclosures")) == n
            total = len(dialog.log.lines)
            assert total > 1  # the total's plural: views and changes are there too
            assert dialog.log.status.text() == words.format(n=n, total=total)
    finally:
        translations.uninstall(qapp, installed)
