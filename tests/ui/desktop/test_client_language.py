"""A Swedish-speaking client during a Finnish caseworker's visit: the client's view, the
client's log they read and their documents are in Swedish, the worker's screen stays Finnish,
no restart. The decision names its legal basis and the county's bodies in Swedish too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from hbdesk import settings as app_settings
from hbdesk.services.clients import update_client_details
from hbdesk.services.demo import APPEAL, DEMO_WORKER
from hbdesk.ui.documents_dialog import DocumentsDialog
from tests.ui.desktop.conftest import a_client, open_client, settle
from tests.ui.desktop.test_documents_dialog import Chooser, pdftotext

SWEDISH_NAMES = {
    "organisation_name_sv": "Esimerkkilä välfärdsområde (demo)",
    "rectification_body_sv": "Välfärdsområdesstyrelsens sektion för individärenden",
    "administrative_court_sv": "Esimerkkilä förvaltningsdomstol",
}


@pytest.fixture
def swedish_client(demo_vault) -> str:
    client_id = a_client(demo_vault, "in_use").client_id
    update_client_details(demo_vault, DEMO_WORKER, client_id, language="sv")
    return client_id


def test_the_clients_view_speaks_swedish_in_a_finnish_session(
    finnish, make_desktop, swedish_client
):
    window = make_desktop("fi")
    open_client(window, swedish_client)
    assert window.enter_client_view()
    settle(window)
    view = window.client_view
    shown = {label.text() for label in view.findChildren(QLabel)}
    assert {"Din plan", "Din budget", "Dina pengar nu"} <= shown
    assert not {"Suunnitelmasi", "Budjettisi"} & shown
    assert view.leave_button.text() == "Tillbaka till arbetstagarens vy"
    log = window.open_client_log(large=True)  # "Who has used my data", read by the client
    settle(window)
    assert log.windowTitle() == "Klientens åtkomstlogg"
    sentences = log.log.sentences()
    assert sentences and all(" kl. " in s and "Orsak: " in s for s in sentences)
    assert log.log.check_label.text().startswith("Loggen är intakt")
    log.done(0)
    view.leave_confirmed.emit()
    settle(window)
    assert window.lock_button.text() == "Lukitse"  # the worker's screen stays Finnish
    assert window.workspace.current_page().ctx.lang == "fi"


def test_the_swedish_clients_decision_is_in_swedish(
    qtbot, finnish, ctx, demo_vault, swedish_client, tmp_path: Path
):
    app_settings.save(
        app_settings.Settings(
            organisation_name=APPEAL.organisation_name,
            rectification_body=APPEAL.body,
            administrative_court=APPEAL.court,
            **SWEDISH_NAMES,
        )
    )
    path = tmp_path / "beslut.pdf"
    dialog = DocumentsDialog(ctx, swedish_client, None, choose_path=Chooser(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    assert dialog.lang.currentData() == "sv"  # the client's language, chosen for the worker
    dialog.kind.setCurrentIndex(dialog.kind.findData("decision"))
    dialog.save()
    assert ctx.runner.wait_idle()
    assert dialog.written == [path], dialog.error.text()
    text = pdftotext(path)
    assert "Socialvårdslag (1301/2014)" in text and "Sosiaalihuoltolaki" not in text
    assert "Anvisning om begäran om omprövning" in text and "Oikaisuvaatimusohje" not in text
    for name in SWEDISH_NAMES.values():
        assert name in text
    for name in (APPEAL.body, APPEAL.court):
        assert name not in text
