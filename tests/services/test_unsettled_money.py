"""Money two laptops wrote differently is never shown as settled, on screen or on paper.

While a sync conflict on a budget line's price is open: the budget and the client's view
say which values are unsettled, the decision and the payment commitment refuse to be
written, and the client's data export marks the price. Settling the conflict lifts it.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import Conflict
from hbdesk.pdf.documents import Organisation, Payer
from hbdesk.services import budget, conflicts, documents
from hbdesk.services.client_view import client_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import granted_budget

ORG = Organisation("Testialueen hyvinvointialue", "PL 1, 99999 Testilä")
PAYER = Payer("Testialueen hyvinvointialue", "PL 2, 99999 Testilä")


def _price_in_conflict(vault: OpenVault, client_id: str, line_id: str) -> None:
    """What sync leaves behind when two laptops priced the line differently."""
    with vault.session() as s:
        s.add(
            Conflict(
                id="conf-price",
                client_id=client_id,
                entity="budget_lines",
                entity_id=line_id,
                field="unit_price",
                local_value=json.dumps("999.00"),
                server_value=json.dumps("1200.00"),
                ops='["op-other", "op-mine"]',
                authors='["worker-2", "worker-1"]',
                times="[null, null]",
                state="open",
                created_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC),
            )
        )


def test_an_unsettled_price_is_marked_refused_on_paper_and_lifted_when_settled(
    vault: OpenVault, worker: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "Documents"
    out.mkdir()
    g = granted_budget(vault, worker)
    view = budget.get_budget(vault, worker, g.client_id, g.budget_id)
    assert view is not None and view.settled
    (line,) = view.lines
    _price_in_conflict(vault, g.client_id, line.id)

    view = budget.get_budget(vault, worker, g.client_id, g.budget_id)
    assert view is not None and not view.settled
    assert view.unsettled == {line.id: frozenset({"unit_price"})}
    seen = client_view(vault, worker, g.client_id).budget
    assert seen is not None and seen.unsettled == view.unsettled

    for write in (
        lambda: documents.write_decision_pdf(
            vault, worker, g.client_id, g.decision.id, out / "d.pdf", organisation=ORG
        ),
        lambda: documents.write_payment_commitment(
            vault,
            worker,
            g.client_id,
            g.decision.id,
            out / "m.pdf",
            terms=documents.CommitmentTerms(line_id=line.id),
            payer=PAYER,
        ),
    ):
        with pytest.raises(DomainError) as refused:
            write()
        assert refused.value.code == "money_in_conflict"
    assert list(out.iterdir()) == []  # nothing half written

    pdf, data = documents.export_client_data(
        vault, worker, g.client_id, out / "export", organisation=ORG, lang="en"
    ).value
    (exported,) = json.loads(data.read_text(encoding="utf-8"))["budget_lines"]
    assert exported["in_conflict"] == ["unit_price"]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "in conflict, to be settled" in " ".join(text.split())

    conflicts.resolve_conflict(vault, worker, "conf-price", choice="server")
    assert documents.write_decision_pdf(
        vault, worker, g.client_id, g.decision.id, out / "d.pdf", organisation=ORG
    ).value.exists()
