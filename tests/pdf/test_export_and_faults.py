"""The client's full data export (PDF + JSON), a disk that fills up, and hostile text."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hbdesk.services import access_log, clients, documents, plan
from hbdesk.store import OpenVault
from tests.pdf.helpers import (
    DISAGREEMENT,
    IDENTITY_CODE,
    ORGANISATION,
    OWN_WORDS,
    WORKER,
    Case,
    flat,
    pages_as_png,
    pdf_text,
)

REPO = Path(__file__).resolve().parents[2]


def _export(case: Case, folder: Path) -> tuple[Path, Path]:
    base = folder / documents.suggest_file_name("export", on=dt.date(2026, 3, 15))
    return documents.export_client_data(
        case.vault, WORKER, case.client_id, base, organisation=ORGANISATION
    ).value


def test_export_json_holds_every_record_with_authors_and_the_access_log(
    case: Case, tmp_path: Path
) -> None:
    pdf, js = _export(case, tmp_path)
    assert (pdf.name, js.name) == ("omat-tiedot-2026-03-15.pdf", "omat-tiedot-2026-03-15.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([pdf.name, js.name])
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["format"] == "hbdesk-client-export"
    assert data["client"]["identity_code"] == IDENTITY_CODE
    assert data["client"]["first_name"] == "Åsa"
    entries = {e["text"]: e["author"] for e in data["plan_entries"]}
    assert entries[OWN_WORDS] == "client"
    assert [d["text"] for d in data["disagreements"]] == [DISAGREEMENT]
    assert data["budgets"][0]["total"] == "1234.50"  # Decimal as text, never a float
    assert {line["unit_price"] for line in data["budget_lines"]} == {"45.00", "1189.50"}
    assert data["decisions"][0]["valid_from"] == "2026-01-01"  # ISO dates
    assert data["decisions"][0]["granted_sum"] == "1234.50"
    assert data["decision_notifications"][0]["method"] == "letter"
    assert data["invoice_confirmations"][0]["confirmed_by"] == "client"
    assert data["self_assessment_answers"] and data["questionnaire_items"]
    assert data["close_people"][0]["name"] == "Märta Vän"
    assert data["follow_ups"][0]["summary"] == "Uni on parantunut."
    exports = [r for r in data["access_log"] if r["action"] == "export"]
    assert exports and exports[0]["purpose"] == "client_data_export"  # the export itself
    assert all(r["at"].endswith("+00:00") for r in data["access_log"])
    assert "outbox" not in data


def test_export_pdf_reads_as_the_same_records_in_plain_words(case: Case, tmp_path: Path) -> None:
    pdf, _ = _export(case, tmp_path)
    text = pdf_text(pdf)
    words = flat(text)
    assert "Kaikki tietosi" in words and IDENTITY_CODE in words
    assert f"{OWN_WORDS} Kirjoittanut: asiakas," in words
    assert DISAGREEMENT in words and "Asiakkaan eriävä näkemys (asiakas," in words
    assert "1 234,50 €" in text and "1 189,50 €" in text
    assert "HB-2026-" in words and "kirjeenä 5.1.2026" in words
    assert "oikein (asiakas, 3.2.2026)" in words
    assert "Märta Vän, ystävä, tukihenkilö" in words
    assert "Kuka tietojasi on käsitellyt" in words
    assert "vei tiedot" in words and "kaikkien tietojen vienti" in words
    assert "worker-7" in words and "(omatyöntekijä)" in words
    assert "Uni on parantunut." in words and "+1" in words  # goal progress
    log = access_log.client_access_log(case.vault, WORKER, case.client_id)
    assert sum(1 for x in log if x.action == "export") >= 1
    assert all(p.stat().st_size > 1000 for p in pages_as_png(pdf, tmp_path))


_FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from hbdesk.services import documents
    from hbdesk.store import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.pdf.helpers import ORGANISATION, WORKER
    vault_dir, client_id, target, limit = sys.argv[1:5]
    vault = Vault(Path(vault_dir), kdf=FAST_KDF).open(PASSPHRASE)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    try:
        documents.export_client_data(vault, WORKER, client_id, Path(target),
                                     organisation=ORGANISATION)
        print("WROTE")
    except documents.DocumentWriteError as exc:
        print("ERROR", exc.code)
    finally:
        vault.lock()
""")


@pytest.mark.parametrize("room", ["small", "json_fits"])
def test_a_full_disk_leaves_no_partial_file_and_no_export_in_the_log(
    case: Case, tmp_path: Path, room: str
) -> None:
    limit = 20_000
    if room == "json_fits":  # the JSON file is written, then the PDF fails: both go
        pdf, js = _export(case, tmp_path)
        limit = (js.stat().st_size + pdf.stat().st_size) // 2
        pdf.unlink()
        js.unlink()
    out = tmp_path / "out"
    out.mkdir()
    exports_before = sum(
        1
        for x in access_log.client_access_log(case.vault, WORKER, case.client_id)
        if x.action == "export"
    )
    vault_dir = case.vault.vault.folder  # type: ignore[attr-defined]
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            _FULL_DISK,
            str(vault_dir),
            case.client_id,
            str(out / "omat-tiedot"),
            str(limit),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert run.stdout.strip() == "ERROR disk_full", run.stderr[-2000:]
    assert list(out.iterdir()) == []  # neither file, nor a temporary part
    exports_after = sum(
        1
        for x in access_log.client_access_log(case.vault, WORKER, case.client_id)
        if x.action == "export"
    )
    assert exports_after == exports_before


def test_a_missing_folder_is_a_clear_error(case: Case, tmp_path: Path) -> None:
    target = tmp_path / "gone" / "paatos.pdf"
    try:
        documents.write_decision_pdf(
            case.vault, WORKER, case.client_id, case.decision_id, target, organisation=ORGANISATION
        )
    except documents.DocumentWriteError as exc:
        assert exc.code == "folder_missing"
    else:
        raise AssertionError("expected DocumentWriteError")
    assert not target.parent.exists()


HOSTILE = (
    "<b>lihava</b> <script>alert('x')</script> &amp; <para>"
    "\u202eesrever\u202c " + "Pitkäsana" * 300 + " loppu."
)


def test_hostile_text_renders_inertly(vault: OpenVault, tmp_path: Path) -> None:
    cid = clients.register_contact(
        vault,
        WORKER,
        clients.NewContact(
            first_name="Testi",
            last_name="Vihamielinen",
            contacted_on=dt.date(2026, 1, 1),
            channel="phone",
            described_needs=HOSTILE,
        ),
    ).value.id
    p = plan.start_plan(vault, WORKER, cid).value
    plan.add_plan_entry(vault, WORKER, cid, p.id, section="need", text=HOSTILE, author="client")
    path = tmp_path / "plan.pdf"
    documents.write_plan_pdf(vault, WORKER, cid, path, organisation=ORGANISATION)
    words = flat(pdf_text(path)).replace("\u200b", "")
    assert "<b>lihava</b> <script>alert('x')</script> &amp; <para>" in words  # as typed
    assert "[U+202E]esrever[U+202C]" in words  # the override shown, not obeyed
    assert "Pitkäsana" * 3 in words and "loppu." in words
    assert "luonnos" in words  # a draft plan says so
    pdf, js = documents.export_client_data(
        vault, WORKER, cid, tmp_path / "x", organisation=ORGANISATION
    ).value
    assert json.loads(js.read_text(encoding="utf-8"))["contacts"][0]["described_needs"] == HOSTILE
    assert "<script>" in pdf_text(pdf)
    assert all(p.stat().st_size > 1000 for p in pages_as_png(path, tmp_path))
