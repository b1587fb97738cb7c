"""Bidi overrides and other control characters in what people typed are shown inertly on
every screen (worker's views, the client's view, tables, labels, lists): they never reorder
what a reader sees. "Maksu ‮evil‬ gpj.exe" must not read as "Maksu live gpj.exe"."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QWidget,
)

from hbdesk.services import documents, documents_query, ledger, plan
from hbdesk.services.clients import update_client_details
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.stages import PAGES
from tests.ui.desktop.conftest import a_client, open_client, settle

RLO, PDF_, LRI, PDI, LRM, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200e", "\u200f"
HOSTILE = f"Maksu {RLO}evil{PDF_} gpj.exe"
CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _seed(vault, client_id: str) -> None:
    """Hostile text where people type: the name, a purchase, a disagreement with the plan."""
    update_client_details(vault, DEMO_WORKER, client_id, first_name=f"Nelli{RLM}{LRI}x{PDI}")
    ledger.record_spending(
        vault,
        DEMO_WORKER,
        client_id,
        ledger.Spending(
            method="mobile_payment",
            amount=Decimal("1.00"),
            spent_on=dt.date.today(),
            category="culture",
            provider=f"Museo {LRM}{RLO}oesum{PDF_}",
            description=HOSTILE,
        ),
    )
    view = plan.get_plan(vault, DEMO_WORKER, client_id)
    entry = next(e for entries in view.entries.values() for e in entries)
    plan.record_disagreement(
        vault,
        DEMO_WORKER,
        client_id,
        record_table="plan_entries",
        record_id=entry.id,
        text=HOSTILE,
    )


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text a widget under `root` puts on the screen, with the widget's kind."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts: list[str] = []
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _cells(w.model())
        texts.append(w.toolTip())
        kind = f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        found += [(kind, t) for t in texts if t]
    return found


def _cells(model) -> list[str]:
    texts = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(r, c), role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def live_controls(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted({(kind, t) for kind, t in found if CONTROLS.search(t)})


def test_the_worker_sees_bidi_controls_inertly(make_desktop, demo_vault):
    client_id = a_client(demo_vault, "in_use").client_id
    _seed(demo_vault, client_id)
    window = make_desktop()
    open_client(window, client_id)
    window.caseload.search.setText("Nelli")
    seen = shown_texts(window)
    for row in range(len(PAGES)):
        window.workspace.show_step(row)
        settle(window)
        seen += shown_texts(window)
    live = live_controls(seen)
    assert live == [], "\n".join(map(repr, live))
    joined = "\n".join(t for _, t in seen)
    assert "[U+202E]evil[U+202C]" in joined  # the purchase is there, its codes shown
    assert "Nelli[U+200F][U+2066]x[U+2069]" in joined  # the name in the caseload and heading


def _disclose(vault, client_id: str, folder) -> None:
    """A payment commitment to a provider whose name carries an override: a logged disclosure."""
    choices = documents_query.document_choices(vault, DEMO_WORKER, client_id)
    decision = next(d for d in choices.decisions if d.commitable)
    documents.write_payment_commitment(
        vault,
        DEMO_WORKER,
        client_id,
        decision.id,
        folder / "commitment.pdf",
        terms=documents.CommitmentTerms(
            line_id=decision.lines[0].id, provider=HOSTILE, service="Kuntosalikortti"
        ),
        payer=documents.Payer("Palvelukeskus", "PL 1, 99999 Esimerkkilä"),
    )


def test_the_client_sees_bidi_controls_inertly(make_desktop, demo_vault, tmp_path):
    client_id = a_client(demo_vault, "in_use").client_id
    _seed(demo_vault, client_id)
    _disclose(demo_vault, client_id, tmp_path)
    window = make_desktop()
    open_client(window, client_id)
    assert window.enter_client_view()
    settle(window)
    seen = shown_texts(window.client_view)
    log = window.open_client_log(large=True)
    settle(window)
    seen += shown_texts(log)
    live = live_controls(seen)
    assert live == [], "\n".join(map(repr, live))
    joined = "\n".join(t for _, t in seen)
    assert joined.count("Maksu [U+202E]evil[U+202C] gpj.exe") >= 2  # the view and the log
