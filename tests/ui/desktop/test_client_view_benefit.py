"""The client's view says, next to a budget line, what is known of the item's benefit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from hbdesk.services.client_view import client_view
from hbdesk.services.demo import DEMO_WORKER
from tests.ui.desktop.conftest import TODAY, a_client, open_client, settle
from tests.ui.desktop.test_client_view import assert_only_this_client, press
from tests.ui.money.test_budget_benefit import pull_figures

SAID = "Used by 12 clients; their goals were reached or exceeded for 8 of 12."


# These tests read the client's view in English: it speaks the client's own language.
pytestmark = pytest.mark.usefixtures("clients_read_english")


def test_the_client_reads_what_others_got_from_a_budget_line(make_desktop, demo_vault):
    client = a_client(demo_vault, "in_use")
    data = client_view(demo_vault, DEMO_WORKER, client.client_id, TODAY)
    assert data.budget is not None
    codes = [line.catalogue_code for line in data.budget.lines if line.catalogue_code]
    assert len(set(codes)) >= 2, codes
    first, second = codes[0], next(c for c in codes if c != codes[0])
    pull_figures(
        demo_vault,
        [
            {"code": first, "users": 12, "assessed": 12, "reached": 8},
            {"code": second, "users": 4, "assessed": 4, "reached": 4},
        ],
    )
    window = make_desktop("en")
    window.resize(1366, 768)
    open_client(window, client.client_id)
    press(window, Qt.Key.Key_F11)
    settle(window)
    view = window.client_view
    assert view is not None and view.isVisible()
    shown = assert_only_this_client(window, demo_vault, client.client_id)

    lines = [line for line in data.budget.lines if line.catalogue_code == first]
    assert shown.count(SAID) == len(lines)  # under each line of that item, nothing else
    assert shown.count("Used by ") == len(lines)  # four users: nothing at all of the other
    labels = [lab.text() for lab in view.content.findChildren(QLabel) if lab.isVisible()]
    title = f"{lines[0].description} — {lines[0].provider}"
    at = labels.index(title)
    assert SAID in labels[at + 1 : at + 3]  # right below the line and its price
    if os.environ.get("HBDESK_SCREENSHOTS"):  # to look at by hand (1366×768)
        label = next(lab for lab in view.content.findChildren(QLabel) if lab.text() == SAID)
        view.findChild(QScrollArea).ensureWidgetVisible(label, 0, 250)
        settle(window)
        window.grab().save(str(Path(os.environ["HBDESK_SCREENSHOTS"]) / "client_view_benefit.png"))
