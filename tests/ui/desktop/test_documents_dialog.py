"""The documents dialog: each document written where the user chose, read back with pdftotext;
the commitment shows the provider only what they need; a full disk leaves nothing behind."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from hbdesk import formatting
from hbdesk.pdf.commitment_pdf import revealing_words
from hbdesk.services import access_log, decision, documents_query
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.documents_dialog import DocumentsDialog
from tests.ui.desktop.conftest import a_client
from tests.ui.desktop.test_desktop_accessibility import problems

PAYER = "Esimerkkilän palvelukeskus"
INVOICING = "PL 88, 99999 Esimerkkilä"
ORGANISATION = "Esimerkkilän hyvinvointialue"
SERVICE = "Valmennus kotona, käynti"  # the line's own wording names a diagnosis


def pdftotext(path: Path) -> str:
    """The PDF's text with its spaces (no-break ones too) made single ordinary spaces."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test alone, to prove nothing decrypted is left in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def client(demo_vault) -> str:
    return a_client(demo_vault, "in_use").client_id


class Chooser:
    """Stands in for the save dialog: answers with the next path, remembers what was offered."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)
        self.offered: list[Path] = []

    def __call__(self, parent, title: str, suggested: Path, name_filter: str) -> Path | None:
        self.offered.append(suggested)
        return self.paths.pop(0) if self.paths else None


def open_dialog(qtbot, ctx, client, chooser=None) -> DocumentsDialog:
    dialog = DocumentsDialog(ctx, client, None, choose_path=chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    return dialog


def pick(dialog: DocumentsDialog, kind: str, lang: str = "fi") -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))


def write(dialog: DocumentsDialog) -> None:
    dialog.save_button.click()
    assert dialog.ctx.runner.wait_idle()


def settle_preview(qtbot, dialog: DocumentsDialog) -> str:
    qtbot.wait(400)  # the preview waits for typing to stop
    assert dialog.ctx.runner.wait_idle()
    assert dialog.ctx.runner.wait_idle()  # base commitment, then its rendering
    return dialog.preview.toPlainText()


def fill_commitment(dialog: DocumentsDialog, payer: str = PAYER) -> None:
    dialog.service.setText(SERVICE)
    dialog.payer.setText(payer)
    dialog.invoicing.setText(INVOICING)


@pytest.mark.usefixtures("finnish")
def test_plan_decision_and_export_are_written_where_chosen(
    qtbot, ctx, client, demo_vault, tmp_path, private_tmp
):
    out = tmp_path / "chosen"
    out.mkdir()
    chooser = Chooser(out / "suunnitelma.pdf", out / "paatos", out / "omat.pdf")
    dialog = open_dialog(qtbot, ctx, client, chooser)
    dialog.org_name.setText(ORGANISATION)

    pick(dialog, "plan")
    write(dialog)
    plan_text = pdftotext(out / "suunnitelma.pdf")
    assert "Asiakassuunnitelma" in plan_text and ORGANISATION in plan_text
    assert chooser.offered[0].name == "asiakassuunnitelma-v1.pdf"
    assert dialog.result_label.text() == f"Kirjoitettu: suunnitelma.pdf\nKansioon: {out}"

    pick(dialog, "decision")
    chosen = documents_query.document_choices(demo_vault, DEMO_WORKER, client).decisions[0]
    issued = next(
        v.decision
        for v in decision.list_decisions(demo_vault, DEMO_WORKER, client)
        if v.decision.id == chosen.id
    )
    write(dialog)
    text = pdftotext(out / "paatos.pdf")  # ".pdf" added to a name typed without it
    assert chooser.offered[1].name == f"hb-paatos-{chosen.number}.pdf"
    for needed in (
        chosen.number,
        "Perustelut",
        issued.grounds.split("\n")[0][:40],
        formatting.money(chosen.granted_sum),
        formatting.date(chosen.valid_from),
        formatting.date(chosen.valid_to),
        "Oikaisuvaatimusohje",
        "30 päivän",
    ):
        assert flat(needed) in text, needed

    pick(dialog, "export")
    write(dialog)
    assert {p.name for p in out.iterdir()} == {
        "suunnitelma.pdf",
        "paatos.pdf",
        "omat.pdf",
        "omat.json",
    }
    data = json.loads((out / "omat.json").read_text(encoding="utf-8"))
    assert data["client"]["id"] == client
    assert "omat.pdf, omat.json" in dialog.result_label.text()
    assert list(private_tmp.iterdir()) == []  # nothing decrypted left in the temp folder
    log = access_log.client_access_log(demo_vault, DEMO_WORKER, client)
    assert {"print", "export"} <= {line.action for line in log}


@pytest.mark.usefixtures("finnish")
def test_the_commitment_shows_the_provider_only_what_they_need(
    qtbot, ctx, client, demo_vault, tmp_path, private_tmp
):
    dialog = open_dialog(qtbot, ctx, client, Chooser(tmp_path / "sitoumus.pdf"))
    pick(dialog, "commitment")
    fill_commitment(dialog)
    preview = flat(settle_preview(qtbot, dialog))
    line = dialog._chosen_line()
    assert line is not None and "ADHD" in line.description
    assert dialog.provider.text() == line.provider
    assert "Maksusitoumus" in preview and SERVICE in preview and line.provider in preview
    assert flat(formatting.money(line.total)) in preview and PAYER in preview
    assert revealing_words(preview) == []
    assert "ADHD" not in preview and "HB-" not in preview and "päätös" not in preview.lower()
    shown = dialog.preview.toPlainText().splitlines()
    write(dialog)
    written = pdftotext(tmp_path / "sitoumus.pdf")
    assert revealing_words(written) == [] and "ADHD" not in written
    # The preview is the document: every line of it is in the written PDF.
    for row in shown:
        assert flat(row) in flat(written), row
    assert line.provider in dialog.result_label.text()
    log = access_log.client_access_log(demo_vault, DEMO_WORKER, client)
    assert any(x.action == "disclose" and x.recipient == line.provider for x in log)
    assert list(private_tmp.iterdir()) == []


@pytest.mark.usefixtures("finnish")
def test_a_revealing_payer_name_is_flagged_and_refused(qtbot, ctx, client, tmp_path):
    dialog = open_dialog(qtbot, ctx, client, Chooser(tmp_path / "sitoumus.pdf"))
    pick(dialog, "commitment")
    fill_commitment(dialog, payer=ORGANISATION)
    settle_preview(qtbot, dialog)
    assert dialog.preview_error.isVisible()
    assert "sosiaalihuollon asiakas" in dialog.preview_error.text()
    write(dialog)
    assert not (tmp_path / "sitoumus.pdf").exists()
    assert "neutraaleja sanoja" in dialog.error.text()


@pytest.mark.usefixtures("finnish")
def test_a_revealing_e_invoice_address_is_refused_not_only_warned(qtbot, ctx, client, tmp_path):
    dialog = open_dialog(qtbot, ctx, client, Chooser(tmp_path / "sitoumus.pdf"))
    pick(dialog, "commitment")
    fill_commitment(dialog)
    dialog.e_invoice.setText("003712345678 sosiaalitoimisto")
    settle_preview(qtbot, dialog)
    assert dialog.preview_error.isVisible()
    write(dialog)
    assert not (tmp_path / "sitoumus.pdf").exists()
    assert "neutraaleja sanoja" in dialog.error.text()


@pytest.mark.usefixtures("finnish")
def test_a_full_disk_is_said_plainly_and_leaves_no_file(qtbot, ctx, client, demo_vault, tmp_path):
    out = tmp_path / "full"
    out.mkdir()
    dialog = open_dialog(qtbot, ctx, client, Chooser(out / "paatos.pdf"))
    dialog.org_name.setText(ORGANISATION)
    pick(dialog, "decision")
    prints_before = sum(
        x.action == "print" for x in access_log.client_access_log(demo_vault, DEMO_WORKER, client)
    )
    # Files may grow to 8 KiB only: the PDF (tens of KiB) fails with EFBIG, as on a full disk.
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, old_limit[1]))
    try:
        write(dialog)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert dialog.error.text() == (
        "Levy on täynnä: mitään ei kirjoitettu. Vapauta tilaa tai valitse toinen paikka."
    )
    assert dialog.error.isVisible() and not dialog.result_label.isVisible()
    assert list(out.iterdir()) == []  # no partial file, no .part left behind
    prints_after = sum(
        x.action == "print" for x in access_log.client_access_log(demo_vault, DEMO_WORKER, client)
    )
    assert prints_after == prints_before  # the log does not claim a print that never was
    assert dialog.save_button.isEnabled()


@pytest.mark.usefixtures("finnish")
def test_the_save_dialog_is_qts_own_and_can_be_driven(qtbot, ctx, client, tmp_path):
    dialog = open_dialog(qtbot, ctx, client)  # the real chooser
    dialog.folder = tmp_path
    dialog.org_name.setText(ORGANISATION)
    pick(dialog, "plan", "sv")
    seen: list[str] = []

    def answer() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        )
        name = box.findChild(QLineEdit, "fileNameEdit")
        seen.append(name.text())
        name.setText("klientplan.pdf")
        box.accept()

    QTimer.singleShot(200, answer)
    write(dialog)
    assert seen == ["klientplan-v1.pdf"]
    assert "Klientplan" in pdftotext(tmp_path / "klientplan.pdf")


@pytest.mark.parametrize("kind", ["plan", "decision", "commitment", "export"])
def test_every_control_is_named_and_reachable_by_tab(qtbot, ctx, client, kind):
    dialog = open_dialog(qtbot, ctx, client)
    pick(dialog, kind)
    QApplication.processEvents()
    assert problems(dialog) == []


@pytest.fixture
def no_plan_client(demo_vault) -> Iterator[str]:
    yield a_client(demo_vault, "contact").client_id


@pytest.mark.usefixtures("finnish")
def test_what_cannot_be_written_is_said_before_choosing_a_place(qtbot, ctx, no_plan_client):
    chooser = Chooser()
    dialog = open_dialog(qtbot, ctx, no_plan_client, chooser)
    pick(dialog, "plan")
    assert dialog.kind_note.text() == "Asiakkaalla ei ole vielä suunnitelmaa."
    assert not dialog.save_button.isEnabled()
    pick(dialog, "export")
    assert dialog.save_button.isEnabled()


def test_closing_the_dialog_answers_how_it_was_closed(qtbot, ctx, client):
    """QDialog.result() says how the dialog ended (the shell and callers may ask): the label
    that shows what was written must not hide it."""
    dialog = open_dialog(qtbot, ctx, client)
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
