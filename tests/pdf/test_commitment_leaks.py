"""A payment commitment tells the provider nothing of the client's status or health, through
any field: the e-invoice address, the payer's ids, the service, the reference. Refused, not
warned about; nothing written, nothing logged as disclosed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.pdf.commitment_pdf import revealing_words
from hbdesk.services import access_log, documents
from hbdesk.services.documents import Payer
from tests.pdf.helpers import PAYER, WORKER, Case


def _write(case: Case, folder: Path, payer: Payer = PAYER, **terms: object) -> None:
    documents.write_payment_commitment(
        case.vault,
        WORKER,
        case.client_id,
        case.decision_id,
        folder / "ms.pdf",
        terms=documents.CommitmentTerms(line_id=case.line_id, **terms),  # type: ignore[arg-type]
        payer=payer,
    )


def _disclosures(case: Case) -> int:
    log = access_log.client_access_log(case.vault, WORKER, case.client_id)
    return sum(1 for x in log if x.action == "disclose")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("e_invoice_address", "003712345678 sosiaalitoimisto"),
        ("e_invoice_address", "003712345678VAMMAISPALVELUT"),
        ("business_id", "1234567-8 perhesosiaalityö"),
        ("contact", "Vammaispalvelujen laskutus"),
        ("invoicing_address", "Mielenterveyspalvelut, PL 88, 99100 Järvelä"),
    ],
)
def test_a_revealing_payer_field_is_refused_and_nothing_is_written(
    case: Case, tmp_path: Path, field: str, value: str
) -> None:
    before = _disclosures(case)
    with pytest.raises(DomainError) as err:
        _write(case, tmp_path, dataclasses.replace(PAYER, **{field: value}))
    assert err.value.code == "not_neutral" and err.value.field == field
    assert list(tmp_path.iterdir()) == []
    assert _disclosures(case) == before


@pytest.mark.parametrize(
    "service",
    [
        "F32",
        "Valmennus F32.1",
        "Uinti (G35)",
        "MS-tauti: vesijumppa",
        "Näkövamma, opastus",
        "Kuulovammaisten viittomakurssi",
        "Autismikuntoutus",
        "Epilepsialiiton leiri",
        "Diabeetikon ruokakurssi",
        "Muistisairaan päiväpiiri",
        "Syöpäpotilaan vertaistuki",
        "Aivovammayhdistyksen kerho",
        "Skitsofreniaa sairastavien ryhmä",
        "Pyörätuolitanssi",
        "Synskadades simskola",
        "Kurs för hörselskadade",
        "Grupp för personer med utvecklingsstörning",
        "Stöd vid depression",
        "Dagverksamhet vid demens",
        "Syömishäiriöisten tukiryhmä",
        "Peliriippuvuuden vertaisryhmä",
    ],
)
def test_a_service_naming_a_diagnosis_or_disability_is_refused(
    case: Case, tmp_path: Path, service: str
) -> None:
    with pytest.raises(DomainError) as err:
        _write(case, tmp_path, service=service)
    assert err.value.code == "not_neutral" and err.value.field == "service"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "neutral",
    [
        "Uimahallin sarjakortti 10 krt",
        "Kuntosalikortti",
        "Ratsastustunti",
        "Siivous, 2 h",
        "Keramiikkakurssi",
        "Simskola för vuxna",
        "B-vitamiini",
        "PL 88, 99100 Järvelä",
        "003712345678",
        "MS-2026-AB12CD34",
        "Sadekuuro-kahvila",
    ],
)
def test_ordinary_wordings_are_not_mistaken_for_revealing(neutral: str) -> None:
    assert revealing_words(neutral) == []
