"""A budget under two laws: the decision names the legal basis of every part, on paper too,
or is split into one decision per law that shows only its own law and lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.services import budget, decision, documents
from hbdesk.store import OpenVault
from tests.pdf.helpers import APPEAL, MAKER, ORGANISATION, WORKER, flat, pdf_text
from tests.services.helpers import agreed_plan, new_client

D = dt.date
SOCIAL = "Sosiaalihuoltolaki (1301/2014)"
DISABILITY = "Vammaispalvelulaki (675/2023)"


def _two_law_budget(vault: OpenVault) -> tuple[str, str]:
    cid = new_client(vault, WORKER)
    agreed_plan(vault, WORKER, cid)
    b = budget.create_budget(vault, WORKER, cid, valid_from=D(2026, 1, 1), valid_to=D(2026, 12, 31))
    for area, what, price in (
        ("disability", "Henkilökohtainen apu", "1200.00"),
        ("social_welfare", "Kotipalvelu", "660.15"),
    ):
        budget.add_own_option_line(
            vault,
            WORKER,
            cid,
            b.value.id,
            budget.OwnOption(
                description=what,
                provider="Palvelu Oy",
                unit="piece",
                unit_price=price,
                quantity=1,
                frequency="once",
                category="other",
                service_area=area,
            ),
        )
    return cid, b.value.id


def _issue(vault: OpenVault, cid: str, draft_id: str) -> str:
    return decision.issue_decision(
        vault, WORKER, cid, draft_id, decided_on=D(2026, 1, 2), decided_by=MAKER, appeal=APPEAL
    ).value.id


def _pdf(vault: OpenVault, cid: str, decision_id: str, folder: Path) -> str:
    path = folder / f"{decision_id}.pdf"
    documents.write_decision_pdf(
        vault, WORKER, cid, decision_id, path, organisation=ORGANISATION, lang="fi"
    )
    return flat(pdf_text(path))


def test_one_decision_over_two_laws_names_both_with_their_parts(
    vault: OpenVault, tmp_path: Path
) -> None:
    cid, budget_id = _two_law_budget(vault)
    draft = decision.prepare_decision(vault, WORKER, cid, budget_id).value
    assert SOCIAL in draft.legal_basis and DISABILITY in draft.legal_basis
    words = _pdf(vault, cid, _issue(vault, cid, draft.id), tmp_path)
    basis = words[words.index("Sovelletut säännökset") :]
    assert DISABILITY in basis and SOCIAL in basis
    assert "1 200,00 €" in basis and "660,15 €" in basis  # each law's part


def test_a_decision_over_two_laws_naming_only_one_is_not_issued(vault: OpenVault) -> None:
    cid, budget_id = _two_law_budget(vault)
    draft = decision.prepare_decision(vault, WORKER, cid, budget_id).value
    decision.update_decision_draft(vault, WORKER, cid, draft.id, legal_basis=DISABILITY)
    with pytest.raises(DomainError) as err:
        _issue(vault, cid, draft.id)
    assert (err.value.code, err.value.field) == ("legal_basis_missing_part", "legal_basis")
    assert err.value.details["area"] == "social_welfare"


def test_split_per_law_each_decision_shows_its_own_law_and_lines(
    vault: OpenVault, tmp_path: Path
) -> None:
    cid, budget_id = _two_law_budget(vault)
    own = decision.prepare_decision(vault, WORKER, cid, budget_id, service_area="disability")
    words = _pdf(vault, cid, _issue(vault, cid, own.value.id), tmp_path)
    assert DISABILITY in words and SOCIAL not in words
    assert "Henkilökohtainen apu" in words and "Kotipalvelu" not in words
