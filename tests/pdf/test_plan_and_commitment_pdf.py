"""The client plan shows who wrote what; a payment commitment tells a provider nothing more."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.services import access_log, documents
from tests.pdf.helpers import (
    DIAGNOSIS,
    DISAGREEMENT,
    GOAL,
    IDENTITY_CODE,
    NEED,
    ORGANISATION,
    OWN_WORDS,
    PAYER,
    WORKER,
    Case,
    flat,
    pdf_text,
)


def test_plan_shows_each_entry_with_its_author_and_the_disagreement_beside_it(
    case: Case, tmp_path: Path
) -> None:
    path = tmp_path / documents.suggest_file_name("plan", version=1)
    documents.write_plan_pdf(case.vault, WORKER, case.client_id, path, organisation=ORGANISATION)
    words = flat(pdf_text(path))
    assert path.name == "asiakassuunnitelma-v1.pdf"
    assert "Asiakassuunnitelma" in words and "Versio 1" in words
    assert "luettu ja vahvistettu yhdessä" in words and "10.12.2025" in words
    assert "asiakas, omatyöntekijä, tukihenkilö" in words  # who confirmed it
    assert f"{OWN_WORDS} Kirjoittanut: asiakas," in words  # the client's words, verbatim
    assert f"{NEED} Kirjoittanut: yhdessä," in words
    assert f"{GOAL} Kirjoittanut: tukihenkilö," in words
    # The disagreement comes right after the entry it concerns, verbatim, as the client's.
    goal_at = words.index(GOAL)
    remark_at = words.index(DISAGREEMENT)
    assert goal_at < remark_at < words.index("Budjetin käyttö", goal_at)
    assert "Asiakkaan eriävä näkemys (asiakas," in words[goal_at:remark_at]
    assert "Uimakortti ja siivousapua kerran kuussa. Kirjoittanut: omatyöntekijä" in words
    assert "Tukihenkilö Märta Vän, ystävä" in words
    assert "Asiakkaan tiimi Olli Opettaja, luokanopettaja, Järvelän koulu" in words
    log = access_log.client_access_log(case.vault, WORKER, case.client_id)
    assert any(x.action == "print" and x.purpose == "print_plan" for x in log)


def test_swedish_plan(case: Case, tmp_path: Path) -> None:
    path = tmp_path / documents.suggest_file_name("plan", "sv", version=1)
    documents.write_plan_pdf(
        case.vault, WORKER, case.client_id, path, organisation=ORGANISATION, lang="sv"
    )
    words = flat(pdf_text(path))
    assert path.name == "klientplan-v1.pdf"
    assert "Klientplan" in words and "läst och bekräftad tillsammans" in words
    assert "Klientens avvikande åsikt (klienten," in words
    assert "Överenskommelser om uppföljning" in words and "Åsa Ström-Äijälä" in words


def _commit(case: Case, folder: Path, **terms: object) -> tuple[Path, str]:
    path = folder / "maksusitoumus.pdf"
    documents.write_payment_commitment(
        case.vault,
        WORKER,
        case.client_id,
        case.decision_id,
        path,
        terms=documents.CommitmentTerms(line_id=case.line_id, **terms),  # type: ignore[arg-type]
        payer=PAYER,
    )
    return path, pdf_text(path)


def test_payment_commitment_shows_the_service_and_nothing_about_the_client_status(
    case: Case, tmp_path: Path
) -> None:
    path, text = _commit(case, tmp_path)
    words = flat(text)
    assert "Maksusitoumus" in words
    assert "Uimahallin sarjakortti 10 krt" in words and "Järvelän uimahalli" in words
    assert "45,00 €" in text and "1 × kortti" in words
    assert "1.1.2026 – 31.12.2026" in words
    assert "Järvelän palvelukeskus" in words and "PL 88, 99100 Järvelä" in words
    assert "Åsa Ström-Äijälä" in words  # the provider must know who uses the service
    for secret in (
        IDENTITY_CODE,
        DIAGNOSIS,
        "ADHD",
        "sosiaali",
        "Sosiaali",
        "henkilökohtai",
        "Henkilökohtai",
        "budjet",
        "Budjet",
        "HB",
        "hyvinvointialue",
        "päätös",
        "Päätös",
        GOAL,
        NEED,
        OWN_WORDS,
        "Uimakortti ja siivousapua",
    ):
        assert secret not in words, secret
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert "hbdesk" not in info.lower() and "sosiaali" not in info.lower()


def test_payment_commitment_is_logged_as_a_disclosure_to_the_provider(
    case: Case, tmp_path: Path
) -> None:
    _commit(case, tmp_path)
    log = access_log.client_access_log(case.vault, WORKER, case.client_id)
    disclosure = next(x for x in log if x.action == "disclose")
    assert disclosure.recipient == "Järvelän uimahalli"
    assert "703/2023" in (disclosure.legal_basis or "")
    assert "nimi, palvelu, määrä" in (disclosure.disclosed or "")
    assert "henkilötunnus" not in (disclosure.disclosed or "")
    assert f"budget_lines:{case.line_id}" in disclosure.record_ids


def test_identity_code_only_when_the_caller_marks_it_required(case: Case, tmp_path: Path) -> None:
    _, text = _commit(case, tmp_path, include_identity_code=True)
    assert IDENTITY_CODE in text
    log = access_log.client_access_log(case.vault, WORKER, case.client_id)
    assert "henkilötunnus" in (next(x for x in log if x.action == "disclose").disclosed or "")


def test_a_payer_name_that_reveals_welfare_is_refused_and_nothing_is_written(
    case: Case, tmp_path: Path
) -> None:
    before = len(access_log.client_access_log(case.vault, WORKER, case.client_id))
    path = tmp_path / "ms.pdf"
    payer = dataclasses.replace(PAYER, name="Järvelän sosiaalipalvelut")
    with pytest.raises(DomainError) as err:
        documents.write_payment_commitment(
            case.vault,
            WORKER,
            case.client_id,
            case.decision_id,
            path,
            terms=documents.CommitmentTerms(line_id=case.line_id),
            payer=payer,
        )
    assert err.value.code == "not_neutral" and err.value.field == "payer"
    assert list(tmp_path.iterdir()) == []
    after = access_log.client_access_log(case.vault, WORKER, case.client_id)
    assert not any(x.action == "disclose" for x in after[: len(after) - before])


def test_a_commitment_larger_than_the_decision_is_refused(case: Case, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        _commit(case, tmp_path, quantity=1000)
    assert err.value.code == "commitment_exceeds_decision"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "service",
    [
        "ADHD-perhevalmennus kotona",
        "Päihdekuntoutus, jakso",
        "Valmennus (F90.0)",
        "Masennuksen vertaisryhmä",
    ],
)
def test_a_service_wording_that_names_a_diagnosis_is_refused(
    case: Case, tmp_path: Path, service: str
) -> None:
    with pytest.raises(DomainError) as err:
        documents.write_payment_commitment(
            case.vault,
            WORKER,
            case.client_id,
            case.decision_id,
            tmp_path / "ms.pdf",
            terms=documents.CommitmentTerms(line_id=case.line_id, service=service),
            payer=PAYER,
        )
    assert err.value.code == "not_neutral" and err.value.field == "service"
    assert list(tmp_path.iterdir()) == []


def test_a_printed_commitment_is_kept_with_the_reference_the_provider_reads(
    case: Case, tmp_path: Path
) -> None:
    """The provider quotes the commitment's number on its invoices: the county's server finds
    the client and decision by it only if the laptop keeps it and sends it (once per
    commitment, however often it is printed)."""
    from sqlalchemy import select

    from hbdesk.models.ledger import PaymentCommitment
    from hbdesk.models.outbox import OutboxOp

    _, text = _commit(case, tmp_path, reference="VIITE-4477")
    _commit(case, tmp_path, reference="VIITE-4477")  # printed again
    assert "VIITE-4477" in flat(text)
    with case.vault.session() as s:
        kept = list(
            s.scalars(select(PaymentCommitment).where(PaymentCommitment.reference == "VIITE-4477"))
        )
        sent = s.scalars(
            select(OutboxOp.entity).where(OutboxOp.entity_id.in_([k.id for k in kept]))
        )
        assert [(k.decision_id, k.line_id, k.client_id) for k in kept] == [
            (case.decision_id, case.line_id, case.client_id)
        ]
        assert list(sent) == ["payment_commitments"]
        assert kept[0].total > 0 and kept[0].valid_from <= kept[0].valid_to
