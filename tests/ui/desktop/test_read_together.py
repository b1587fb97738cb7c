"""Read together and confirm, through the widgets: a signature drawn with the mouse or a typed
name; the confirmed version frozen; later changes marked; all of it kept over a lock and
present in the plan PDF and the client's data export."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from hbdesk.models.signature import Signature
from hbdesk.services import plan as plan_service
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.documents import Organisation, export_client_data, write_plan_pdf
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.main_window import MainWindow
from hbdesk.ui.read_together import ReadTogetherDialog
from hbdesk.ui.runner import ServiceRunner
from hbdesk.ui.signature_pad import SignaturePad, SignatureView
from hbdesk.ui.stages import row_of
from hbdesk.ui.stages.plan import PlanPage
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.words import author_name
from tests.conftest import PASSPHRASE
from tests.pdf.helpers import flat, pdf_text
from tests.ui.desktop.conftest import open_client, settle
from tests.ui.desktop.test_stage_pages import add_entry, plan_page_of_new_plan

ORG = Organisation("Järvelän hyvinvointialue", "PL 77, 99100 Järvelä")
SIZE = (1366, 768)
tr = QCoreApplication.translate


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """One stroke with the mouse: press, moves, release (as a person signs)."""
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0])
    )
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1])
    )


def open_dialog(window, page: PlanPage) -> ReadTogetherDialog:
    assert page.agree_button.isVisibleTo(window)
    page.agree_button.click()
    dialog = page.read_together_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def confirm_by_typed_name(
    window,
    page: PlanPage,
    name: str = "Testi Asiakas",
    present: tuple[str, ...] = ("client", "key_worker"),
) -> None:
    """Used by other desktop tests to agree a plan the way a person does now."""
    dialog = open_dialog(window, page)
    for code, check in dialog.present.items():
        check.setChecked(code in present)
    dialog.type_choice.click()
    dialog.typed_name.setText(name)
    dialog.confirm_button.click()
    settle(window)


def shoot(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HBDESK_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def draft_page(make_desktop, demo_vault):
    window = make_desktop()
    window.resize(*SIZE)
    row, page = plan_page_of_new_plan(window, demo_vault)
    add_entry(window, page, "need", "client", "Haluan nukkua yöt paremmin.")
    add_entry(window, page, "goal", "together", "Uin kerran viikossa.")
    add_entry(window, page, "role", "support_person", "Sisko tulee mukaan uimahalliin.")
    return window, row, page


def test_a_drawn_signature_confirms_and_freezes_the_plan(qtbot, draft_page, demo_vault, tmp_path):
    window, row, page = draft_page
    dialog = open_dialog(window, page)
    dialog.resize(1100, 720)
    settle(window)
    reading = dialog.reading.toPlainText()
    assert "Haluan nukkua yöt paremmin." in reading and "Uin kerran viikossa." in reading
    assert author_name("support_person") in reading
    assert dialog.reading.font().pointSizeF() > window.font().pointSizeF() * 1.3  # large type
    assert dialog.draw_choice.isChecked() and dialog.pad.isVisible()

    dialog.confirm_button.click()  # nothing drawn yet: said in words, nothing agreed
    settle(window)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "signature_empty" not in dialog.message.text()
    assert plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id).plan.status == "draft"

    pad = dialog.pad
    w, h = pad.width(), pad.height()
    draw(
        pad,
        [
            (int(w * f), int(h * (0.5 + 0.25 * ((-1) ** i))))
            for i, f in enumerate((0.1, 0.2, 0.3, 0.4, 0.5, 0.6))
        ],
    )
    draw(pad, [(int(w * 0.1), int(h * 0.85)), (int(w * 0.7), int(h * 0.82))])
    assert len(pad.strokes()) == 2 and not pad.is_empty()
    shoot(dialog, "read_together_dialog", tmp_path)
    dialog.confirm_button.click()
    settle(window)
    assert not dialog.isVisible()

    view = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id)
    assert view.plan.status == "agreed" and view.confirmation is not None
    stored = Signature.from_json(view.confirmation.signature or "")
    assert len(stored.strokes) == 2 and stored.point_count >= 8
    assert view.confirmation.present == "client,key_worker"
    # What the worker and the client now see on the page.
    assert not page.entry_box.isVisibleTo(window) and not page.agree_box.isVisibleTo(window)
    shown = page.confirmation_label.text()
    assert page.confirmation_label.isVisibleTo(window)
    assert shown.startswith(tr("PlanPage", "Confirmed by %1 on %2, %3.").split("%1")[0] + row.name)
    assert tr("PlanPage", "drawn signature") in shown
    signatures = [v for v in page.findChildren(SignatureView) if v.isVisibleTo(window)]
    assert len(signatures) == 1 and signatures[0].signature == stored
    settle(window)
    shoot(window, "plan_page_confirmed", tmp_path)


def test_typing_the_name_is_the_keyboard_way_to_confirm(qtbot, draft_page, demo_vault):
    window, row, page = draft_page
    dialog = open_dialog(window, page)
    dialog.type_choice.click()
    assert dialog.typed_name.isVisible() and not dialog.pad.isVisible()
    dialog.present["client"].setChecked(False)
    dialog.typed_name.setText("Aino")
    dialog.confirm_button.click()
    settle(window)
    assert dialog.isVisible() and dialog.message.isVisible()  # the client must be present
    dialog.present["client"].setChecked(True)
    dialog.typed_name.setText("   ")
    dialog.confirm_button.click()
    settle(window)
    assert dialog.isVisible() and dialog.message.isVisible()
    dialog.typed_name.setFocus()
    QTest.keyClicks(dialog.typed_name, row.name)
    QTest.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
    settle(window)
    assert not dialog.isVisible()
    c = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id).confirmation
    assert c is not None and (c.method, c.typed_name, c.signature) == ("typed", row.name, None)
    assert f"“{row.name}”" in page.confirmation_label.text()
    assert not [v for v in page.findChildren(SignatureView) if v.isVisibleTo(window)]


def test_a_new_draft_marks_what_changed_since_the_confirmed_version(
    qtbot, draft_page, demo_vault, tmp_path
):
    window, row, page = draft_page
    confirm_by_typed_name(window, page, row.name)
    page.start_button.click()
    settle(window)
    assert page.changes_label.isVisibleTo(window)  # "no changes yet since version N"
    assert not any(t == tr("PlanPage", "New since the confirmed version") for t in texts(page))
    view = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id)
    need = view.entries["need"][0]
    role = view.entries["role"][0]
    plan_service.edit_plan_entry(
        demo_vault,
        DEMO_WORKER,
        row.client_id,
        need.id,
        text="Haluan nukkua yöt ja jaksaa aamuisin.",
        author="client",
    )
    plan_service.remove_plan_entry(demo_vault, DEMO_WORKER, row.client_id, role.id)
    add_entry(window, page, "goal", "client", "Käyn kirjastossa lasten kanssa.")
    page.load()
    settle(window)
    shown = texts(page)
    assert shown.count(tr("PlanPage", "New since the confirmed version")) == 1
    was = (
        tr("PlanPage", "Changed since the confirmed version, which read (%1): %2")
        .replace("%1", author_name("client"))
        .replace("%2", "Haluan nukkua yöt paremmin.")
    )
    assert was in shown and "Haluan nukkua yöt ja jaksaa aamuisin." in shown
    assert "Sisko tulee mukaan uimahalliin." in shown  # removed, still shown as removed
    assert any(
        b.title() == tr("PlanPage", "Removed since the confirmed version")
        for b in page.findChildren(QGroupBox)
        if b.isVisibleTo(window)
    )
    summary = tr(
        "PlanPage",
        "Compared with version %1, confirmed on %2: %3, %4, %5. The changes are marked below.",
    )
    head = summary.split("%2")[0].replace("%1", str(view.changes.against.version))
    assert page.changes_label.text().startswith(head)
    assert ": 1" in page.changes_label.text() or " 1 " in page.changes_label.text()
    dialog = open_dialog(window, page)
    reading = dialog.reading.toPlainText()
    assert "Käyn kirjastossa lasten kanssa." in reading and "Sisko tulee" in reading
    dialog.resize(1100, 720)
    shoot(dialog, "read_together_dialog_changes", tmp_path)
    dialog.reject()
    shoot(window, "plan_page_changes", tmp_path)
    # The confirmed version stays as it was confirmed.
    old = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id, view.changes.against.id)
    assert [e.text for e in old.entries["need"]] == ["Haluan nukkua yöt paremmin."]


def test_confirmation_authorship_and_disagreement_survive_a_lock_and_are_exported(
    qtbot, draft_page, demo_vault, tmp_path
):
    window, row, page = draft_page
    goal = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id).entries["goal"][0]
    plan_service.record_disagreement(
        demo_vault,
        DEMO_WORKER,
        row.client_id,
        record_table="plan_entries",
        record_id=goal.id,
        text="Kerran viikossa on minulle liikaa.",
    )
    dialog = open_dialog(window, page)
    pad = dialog.pad
    draw(pad, [(20, 40), (60, 90), (100, 30), (140, 95), (180, 35)])
    dialog.confirm_button.click()
    settle(window)
    assert plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id).plan.status == "agreed"

    # Lock, as the laptop does when the worker steps away, and unlock again.
    window.ctx.keeper.save_all()
    window.close_for_lock()
    QApplication.processEvents()
    demo_vault.lock()
    reopened = demo_vault.vault.open(PASSPHRASE)
    try:
        keeper = DraftKeeper()
        keeper.attach(reopened)
        again = MainWindow(UiContext(reopened, DEMO_WORKER, ServiceRunner(), keeper, "fi"), None)
        again.resize(*SIZE)
        again.show()
        settle(again)
        open_client(again, row.client_id)
        again.workspace.show_step(row_of(PlanPage.__name__))
        settle(again)
        page2 = again.workspace.current_page()
        shown = texts(page2)
        assert page2.confirmation_label.isVisibleTo(again)
        assert [v for v in page2.findChildren(SignatureView) if v.isVisibleTo(again)]
        assert any(t.startswith(author_name("support_person") + " · ") for t in shown)
        assert any("Kerran viikossa on minulle liikaa." in t for t in shown)

        pdf, js = export_client_data(
            reopened, DEMO_WORKER, row.client_id, tmp_path / "tiedot", organisation=ORG
        ).value
        data = json.loads(js.read_text(encoding="utf-8"))
        (conf,) = [c for c in data["plan_confirmations"] if c["plan_id"] == page2.view.plan.id]
        assert conf["method"] == "drawn" and conf["present"] == "client,key_worker"
        assert len(conf["signature"]["s"][0]) >= 10  # five points, x and y each
        mine = {e["text"]: e["author"] for e in data["plan_entries"]}
        assert mine["Sisko tulee mukaan uimahalliin."] == "support_person"
        assert "Kerran viikossa on minulle liikaa." in [d["text"] for d in data["disagreements"]]
        text = flat(pdf_text(pdf))
        assert "piirretty allekirjoitus" in text and "Kerran viikossa on minulle liikaa." in text
        plan_pdf = write_plan_pdf(
            reopened, DEMO_WORKER, row.client_id, tmp_path / "suunnitelma.pdf", organisation=ORG
        ).value
        text = flat(pdf_text(plan_pdf))
        assert (
            "Asiakkaan vahvistus: piirretty allekirjoitus" in text
            or "Asiakkaan vahvistus piirretty allekirjoitus" in text
        )
        assert "Kerran viikossa on minulle liikaa." in text
        assert "Kirjoittanut: tukihenkilö" in text
        if os.environ.get("HBDESK_SHOTS"):
            for p in (pdf, plan_pdf):
                (Path(os.environ["HBDESK_SHOTS"]) / p.name).write_bytes(p.read_bytes())
        again.ctx.runner.wait_idle()
        keeper.save_all()
        again.close_for_lock()
        again.deleteLater()
    finally:
        reopened.lock()


@pytest.mark.parametrize(
    ("lang", "one", "five", "tail"),
    [
        (
            "fi",
            "1 uusi, 1 muutettu, 1 poistettu",
            "5 uutta, 5 muutettua, 5 poistettua",
            "Muutokset on merkitty alle.",
        ),
        (
            "sv",
            "1 ny, 1 ändrad, 1 borttagen",
            "5 nya, 5 ändrade, 5 borttagna",
            "Ändringarna är markerade nedan.",
        ),
        (
            "en",
            "1 new, 1 changed, 1 removed",
            "5 new, 5 changed, 5 removed",
            "The changes are marked below.",
        ),
    ],
)
def test_the_changes_since_the_confirmed_version_are_counted_in_the_languages_own_plural(
    qapp, make_desktop, demo_vault, lang, one, five, tail
):
    from hbdesk.ui import translations

    installed = translations.install(qapp, lang)
    try:
        window = make_desktop(lang)
        row, page = plan_page_of_new_plan(window, demo_vault)
        for i in range(10):
            plan_service.add_plan_entry(
                demo_vault,
                DEMO_WORKER,
                row.client_id,
                page.view.plan.id,
                section=("need", "goal")[i % 2],
                text=f"Kohta {i}.",
                author="client",
            )
        page.load()
        settle(window)
        confirm_by_typed_name(window, page, row.name)
        page.start_button.click()
        settle(window)
        draft = plan_service.get_plan(demo_vault, DEMO_WORKER, row.client_id)
        entries = [e for section in draft.entries.values() for e in section]
        assert len(entries) == 10
        for n, words, changed in ((1, one, entries[:1]), (5, five, entries[1:5])):
            for entry in changed:  # one more changed, one more removed and one more new
                plan_service.edit_plan_entry(
                    demo_vault, DEMO_WORKER, row.client_id, entry.id, text="Uusi.", author="client"
                )
            for entry in entries[5:6] if n == 1 else entries[6:10]:
                plan_service.remove_plan_entry(demo_vault, DEMO_WORKER, row.client_id, entry.id)
            for i in range(len(changed)):
                plan_service.add_plan_entry(
                    demo_vault,
                    DEMO_WORKER,
                    row.client_id,
                    draft.plan.id,
                    section="need",
                    text=f"Lisätty {n} {i}.",
                    author="client",
                )
            page.load()
            settle(window)
            assert page.changes_label.text().endswith(f": {words}. {tail}")
    finally:
        translations.uninstall(qapp, installed)
