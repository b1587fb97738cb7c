"""The budget decision on paper: what a client needs to read it and to ask for rectification."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

from hbdesk.services import access_log, budget, clients, decision, documents, plan
from hbdesk.store import OpenVault
from tests.pdf.helpers import (
    APPEAL,
    IDENTITY_CODE,
    MAKER,
    NEED,
    ORGANISATION,
    RESTRICTION,
    WORKER,
    Case,
    flat,
    pages_as_png,
    pdf_text,
)


def _print(case: Case, folder: Path, lang: str = "fi") -> tuple[Path, str]:
    name = documents.suggest_file_name("decision", lang, number="HB-2026-TEST")
    path = folder / name
    documents.write_decision_pdf(
        case.vault,
        WORKER,
        case.client_id,
        case.decision_id,
        path,
        organisation=ORGANISATION,
        lang=lang,
    )
    return path, pdf_text(path)


def test_decision_shows_outcome_sum_period_grounds_and_restrictions(
    case: Case, tmp_path: Path
) -> None:
    _, text = _print(case, tmp_path)
    words = flat(text)
    assert "Päätös henkilökohtaisesta budjetista" in words
    assert "Järvelän hyvinvointialue" in words and "Perhepalvelut" in words
    assert "PL 77, 99100 Järvelä" in words
    assert "Myönnetään" in words
    assert "1 234,50 €" in text
    assert "1.1.2026 – 31.12.2026" in words
    assert "2.1.2026" in words  # decision date
    assert NEED in words and IDENTITY_CODE in words
    assert RESTRICTION in words
    assert "Ei käytetä: vapaa-aika" in words
    assert "rahapeleihin eikä rikolliseen toimintaan" in words
    assert "Sosiaalihuoltolaki (1301/2014)" in words
    assert "Tavataan kolmen kuukauden välein." in words
    assert "Päivi Päättäjä, johtava sosiaalityöntekijä" in words
    assert "Uimahallin sarjakortti 10 krt" in words and "45,00 €" in text


def test_rectification_instructions_name_the_body_the_time_limit_and_the_deadline(
    case: Case, tmp_path: Path
) -> None:
    _, text = _print(case, tmp_path)
    words = flat(text)
    assert "Oikaisuvaatimusohje" in words
    assert APPEAL.body in words and "Kirjaamo, PL 77, 99100 Järvelä" in words
    assert "kirjaamo@jarvela.invalid" in words and "029 111 2222" in words
    assert "30 päivän kuluessa" in words
    assert "seitsemäntenä päivänä" in words and "kolmantena päivänä" in words
    assert "luovutuspäivänä" in words
    # Letter posted 5.1.2026: deemed received 12.1., thirty days later 11.2.2026 (a Wednesday).
    assert "kirjeenä 5.1.2026" in words and "saaduksi 12.1.2026" in words
    assert "viimeistään 11.2.2026" in words
    for part in (
        "nimesi ja yhteystietosi",
        "päätös, johon haet oikaisua",
        "millaista muutosta",
        "perusteet",
        "allekirjoituksesi",
        "Liitä mukaan",
    ):
        assert part in words
    assert "hallinto-oikeuteen (Järvelän hallinto-oikeus) 30 päivän kuluessa" in words


def test_printing_a_decision_is_logged_and_the_file_name_holds_no_personal_data(
    case: Case, tmp_path: Path
) -> None:
    before = [
        x
        for x in access_log.client_access_log(case.vault, WORKER, case.client_id)
        if x.action == "print"
    ]
    path, _ = _print(case, tmp_path)
    after = [
        x
        for x in access_log.client_access_log(case.vault, WORKER, case.client_id)
        if x.action == "print"
    ]
    assert len(after) == len(before) + 1
    assert after[0].purpose == "print_decision"
    assert f"decisions:{case.decision_id}" in after[0].record_ids
    assert path.name == "hb-paatos-HB-2026-TEST.pdf"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_swedish_decision_keeps_a_o_and_a_ring(case: Case, tmp_path: Path) -> None:
    _, text = _print(case, tmp_path, "sv")
    words = flat(text)
    assert "Beslut om personlig budget" in words
    assert "Beviljas" in words and "Giltighetstid" in words
    assert "Anvisning om begäran om omprövning" in words
    assert "Åsa Ström-Äijälä" in words
    assert "senast 11.2.2026" in words
    assert "förvaltningsdomstolen (Järvelän hallinto-oikeus) inom 30 dagar" in words
    assert "1 234,50 €" in text


def test_fonts_are_embedded_and_every_page_renders(case: Case, tmp_path: Path) -> None:
    path, _ = _print(case, tmp_path)
    fonts = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert rows and all(" yes " in row for row in rows)  # embedded
    pngs = pages_as_png(path, tmp_path)
    assert len(pngs) >= 2 and all(p.stat().st_size > 1000 for p in pngs)


def test_partly_granted_decision_shows_both_sums(vault: OpenVault, tmp_path: Path) -> None:
    cid = clients.register_contact(
        vault,
        WORKER,
        clients.NewContact(
            first_name="Eero",
            last_name="Osittainen",
            contacted_on=dt.date(2025, 12, 1),
            channel="phone",
            described_needs="Tarvitsen apua.",
        ),
    ).value.id
    p = plan.start_plan(vault, WORKER, cid).value
    plan.add_plan_entry(
        vault, WORKER, cid, p.id, section="need", text="Apua kotiin.", author="client"
    )
    plan.add_plan_entry(
        vault, WORKER, cid, p.id, section="goal", text="Kotona pärjääminen.", author="together"
    )
    plan.agree_plan(
        vault,
        WORKER,
        cid,
        p.id,
        agreed_on=dt.date(2025, 12, 2),
        confirmed_by=["client"],
        confirmation=plan.Confirmation.typed("Eero"),
    )
    b = budget.create_budget(
        vault,
        WORKER,
        cid,
        valid_from=dt.date(2026, 2, 1),
        valid_to=dt.date(2026, 7, 31),
        plan_id=p.id,
    ).value
    budget.add_own_option_line(
        vault,
        WORKER,
        cid,
        b.id,
        budget.OwnOption(
            description="Kotiapu",
            provider="Apu Oy",
            unit="hour",
            unit_price=Decimal("40.00"),
            quantity=50,
            frequency="once",
            category="home_help",
            service_area="social_welfare",
        ),
    )
    draft = decision.prepare_decision(vault, WORKER, cid, b.id).value
    decision.update_decision_draft(
        vault,
        WORKER,
        cid,
        draft.id,
        outcome="partly_granted",
        granted_sum="1500",
        grounds="Osa tarpeesta katetaan muuten.",
    )
    issued = decision.issue_decision(
        vault,
        WORKER,
        cid,
        draft.id,
        decided_on=dt.date(2026, 1, 20),
        decided_by=MAKER,
        appeal=APPEAL,
    ).value
    path = tmp_path / "d.pdf"
    documents.write_decision_pdf(vault, WORKER, cid, issued.id, path, organisation=ORGANISATION)
    text = pdf_text(path)
    words = flat(text)
    assert "Myönnetään osittain" in words
    assert "Budjetti 1 500,00 €" in words and "Haettu / ehdotettu summa 2 000,00 €" in words
    assert "1.2.2026 – 31.7.2026" in words
    assert "Osa tarpeesta katetaan muuten." in words
    assert "päivää ei ole vielä kirjattu" in words  # no notification yet: no deadline can be shown
