"""The unit's outcomes in the app: the municipality's report, once synced down, beside the
worker's own clients; a plain message before anything has come."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.outbox import SyncState
from hbdesk.services import unit_outcomes
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.unit_outcomes_dialog import UnitOutcomesDialog
from tests.ui.desktop.conftest import TODAY

HIDDEN = "< 5"


def _words(text: str) -> dict[str, str]:
    return {"fi": text, "sv": text, "en": text}


def _report(
    clients: Any, reached: Any, goals: Any, granted: Any, used: Any, budget_n: Any
) -> dict[str, Any]:
    """A unit's report as `output.to_json` writes it (the parts the app reads)."""
    start = TODAY - dt.timedelta(days=365)
    goal_rows = [
        [HIDDEN, 0, HIDDEN],
        [HIDDEN, 0, HIDDEN],
        [6, 0, 6],
        [5, 0, 5],
        [HIDDEN, 0, HIDDEN],
    ]
    return {
        "format": "hbdesk-outcomes-report",
        "format_version": 1,
        "period": {"from": start.isoformat(), "to": TODAY.isoformat()},
        "key_figures": [
            {
                "key": "wellbeing.functional_capacity",
                "label": _words("Toimintakyky"),
                "form": "scale",
                "values": {"n": 25, "before": 6.8, "after": 7.5},
            },
            {
                "key": "wellbeing.participation",
                "label": _words("Osallisuus"),
                "form": "percent",
                "values": {"n": 24, "before": 6.9, "after": 7.4},
            },
            {
                "key": "wellbeing._overall",
                "label": _words("Kaikki osa-alueet"),
                "form": "scale",
                "values": {"n": 25, "before": 6.9, "after": 7.5},
            },
            {
                "key": "goals.reached",
                "label": _words("Saavutettu"),
                "form": "share",
                "values": {"part": 16, "whole": goals, "share": reached},
            },
            {
                "key": "feedback.answers",
                "label": _words("Palautteita"),
                "form": "count",
                "values": {"n": 25},
            },
            {
                "key": "feedback.heard",
                "label": _words("Kuultu"),
                "form": "share",
                "values": {"part": 20, "whole": 25, "share": 80},
            },
        ],
        "tables": [
            {
                "key": "people",
                "rows": [{"label": _words("Asiakkaita"), "cells": [clients, clients]}],
            },
            {
                "key": "goals",
                "rows": [
                    *(
                        {"label": _words(str(s)), "cells": r}
                        for s, r in zip(range(-2, 3), goal_rows, strict=True)
                    ),
                    {"label": _words("Tavoitteita"), "cells": [20, 0, 20]},
                ],
            },
            {
                "key": "costs",
                "rows": [
                    {"label": _words("Myönnetty"), "cells": [granted, budget_n]},
                    {"label": _words("Käytetty"), "cells": [used, budget_n]},
                ],
            },
            {
                "key": "costs_use",
                "rows": [
                    {"label": _words(b), "cells": [c]}
                    for b, c in (
                        ("0–25", HIDDEN),
                        ("25–50", 6),
                        ("50–75", 8),
                        ("75–100", 5),
                        ("≥100", HIDDEN),
                        ("total", 22),
                    )
                ],
            },
        ],
    }


def publish(vault, *units: tuple[str | None, dict[str, Any]]) -> None:
    """What sync stores when the "outcomes" reference data comes down."""
    start = TODAY - dt.timedelta(days=365)
    content = {
        "reports": [
            {
                "unit": {"kind": "unit" if name else "all", "name": name},
                "period": {"from": start.isoformat(), "to": TODAY.isoformat()},
                "made_at": dt.datetime(2027, 1, 5, 10, tzinfo=dt.UTC).isoformat(),
                "report": report,
            }
            for name, report in units
        ]
    }
    with vault.session() as s:
        s.merge(
            SyncState(
                key="reference:outcomes", value=json.dumps({"version": 3, "content": content})
            )
        )


def open_dialog(qtbot, make_ctx, vault, lang: str = "en") -> UnitOutcomesDialog:
    ctx = make_ctx(vault, lang)
    dialog = UnitOutcomesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert ctx.runner.wait_idle()
    for _ in range(3):
        QApplication.processEvents()
    return dialog


def test_before_any_report_a_plain_message(qtbot, make_ctx, demo_vault):
    dialog = open_dialog(qtbot, make_ctx, demo_vault)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "No report has come from the municipality yet; it "
        "arrives with sync after the report is run."
    )
    assert not dialog.body.isVisible() and not dialog.unit_picker.isVisible()


def test_the_units_figures_beside_your_clients(qtbot, make_ctx, demo_vault):
    publish(demo_vault, ("Tiimi Itä", _report(30, 80, 20, 24000.0, 15600.0, 22)))
    with demo_vault.session() as s:
        views_before = s.query(AccessLogEntry).filter_by(purpose="outcomes_comparison").count()
    dialog = open_dialog(qtbot, make_ctx, demo_vault)
    rows = {name: (theirs, yours) for name, theirs, yours in dialog.shown_rows()}
    assert rows["Clients"][0] == "30"
    assert rows["Goals reached or exceeded at the latest follow-up"][0] == "80% (of 20 goals)"
    assert rows["Budget used of the budget granted"][0] == "65% (22 clients)"
    assert (
        rows["Self-assessment, all domains (0–10): first → latest"][0] == "6,9 → 7,5 (n = 25)"
    )  # en_FI: a decimal comma
    assert rows["Felt heard and encouraged (anonymous feedback)"] == (
        "80% (n = 25)",
        "not known: feedback names no one",
    )
    # your clients: the demo worker's own, counted by the same rules
    own = unit_outcomes.compare(demo_vault, DEMO_WORKER)
    assert own is not None and own.own_clients > 0
    assert rows["Clients"][1] == (str(own.own_clients) if own.own_clients >= 5 else HIDDEN)
    assert not dialog.unit_picker.isVisible()  # one unit: nothing to pick
    assert "Tiimi Itä" in dialog.period.text()
    assert "−2: < 5 / " in dialog.goals_chart.text_alternative()  # rests on fewer than five
    assert "; 0: 30 / " in dialog.goals_chart.text_alternative()  # 6 of 20 goals at 0
    with demo_vault.session() as s:  # reading the worker's clients was logged
        assert (
            s.query(AccessLogEntry).filter_by(purpose="outcomes_comparison").count() > views_before
        )
    if os.environ.get("HBDESK_SCREENSHOTS"):  # to look at it by hand
        dialog.grab().save(str(Path(os.environ["HBDESK_SCREENSHOTS"]) / "unit_outcomes.png"))


def test_a_small_unit_says_less_than_five_and_the_picker_switches(qtbot, make_ctx, demo_vault):
    publish(
        demo_vault,
        (None, _report(120, 70, 60, 90000.0, 45000.0, 80)),
        ("Tiimi Pieni", _report(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
    )
    dialog = open_dialog(qtbot, make_ctx, demo_vault)
    assert dialog.unit_picker.isVisible()
    assert [dialog.unit_picker.itemText(i) for i in range(dialog.unit_picker.count())] == [
        "The whole municipality",
        "Tiimi Pieni",
    ]
    assert dict((n, t) for n, t, _ in dialog.shown_rows())["Clients"] == "120"
    dialog.unit_picker.setCurrentIndex(1)
    dialog.unit_picker.activated.emit(1)
    assert dialog.ctx.runner.wait_idle()
    QApplication.processEvents()
    theirs = {n: t for n, t, _ in dialog.shown_rows()}
    assert theirs["Clients"] == HIDDEN
    assert theirs["Goals reached or exceeded at the latest follow-up"] == HIDDEN
    assert theirs["Budget used of the budget granted"] == HIDDEN


def test_the_view_menu_opens_it_but_not_while_co_reading(make_desktop):
    window = make_desktop("en")
    assert window.unit_outcomes_action.shortcut().toString() == "Ctrl+Shift+U"
    assert window.unit_outcomes_action in window.view_menu.actions()
    window.unit_outcomes_action.trigger()
    assert window.ctx.runner.wait_idle()
    assert window.unit_outcomes_dialog.isVisible()
    window.unit_outcomes_dialog.close()
    window.set_co_reading(True)  # the client is reading: nothing about other clients
    assert not window.unit_outcomes_action.isEnabled()
    assert window.open_unit_outcomes() is None
