"""What is known of a catalogue item's benefit, read from the county's pulled figures."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hbdesk.models.outbox import SyncState
from hbdesk.services import catalogue_benefit
from hbdesk.services.catalogue_benefit import Benefit, benefit_of, sentence_fi
from hbdesk.store import OpenVault


def pulled(vault: OpenVault, content: Any, version: int = 1) -> None:
    """As the sync engine stores a pulled reference set."""
    with vault.session() as s:
        s.merge(
            SyncState(
                key="reference:outcomes", value=json.dumps({"version": version, "content": content})
            )
        )


def test_figures_of_a_pulled_item(vault: OpenVault) -> None:
    pulled(
        vault,
        {
            "computed_on": "2026-11-20",
            "reports": {"x": 1},
            "benefit": [
                {"code": "LII-001", "users": 12, "assessed": 12, "reached": 8},
                {"code": "KUL-001", "users": 9, "reached": 3},
            ],
        },
    )  # no "assessed": all were
    assert benefit_of(vault, "LII-001") == Benefit("LII-001", 12, 12, 8, dt.date(2026, 11, 20))
    assert benefit_of(vault, "KUL-001") == Benefit("KUL-001", 9, 9, 3, dt.date(2026, 11, 20))
    assert benefit_of(vault, "VIR-001") is None  # not in the figures
    assert benefit_of(vault, None) is None  # a line of the client's own found option


def test_nothing_when_nothing_was_pulled(vault: OpenVault) -> None:
    assert benefit_of(vault, "LII-001") is None
    assert catalogue_benefit.all_benefits(vault) == {}


def test_fewer_than_five_or_broken_figures_say_nothing(vault: OpenVault) -> None:
    pulled(
        vault,
        {
            "benefit": [
                {"code": "A", "users": 4, "assessed": 4, "reached": 4},
                {
                    "code": "B",
                    "users": 6,
                    "assessed": 5,
                    "reached": 7,
                },  # more reached than assessed
                {"code": "C", "users": "12", "reached": 8},
                {"code": "D", "users": True, "reached": 1},
                "E",
                {"users": 7, "reached": 1},
                {"code": "F", "users": 5, "assessed": 0, "reached": 0},
            ]
        },
    )
    assert set(catalogue_benefit.all_benefits(vault)) == {"F"}
    pulled(vault, {"benefit": "not a list"}, version=2)
    assert catalogue_benefit.all_benefits(vault) == {}


def test_the_finnish_sentence() -> None:
    every = Benefit("X", 12, 12, 8, None)
    assert sentence_fi(every) == (
        "12 asiakasta on käyttänyt tätä; 8 heistä saavutti tavoitteensa tai ylitti ne."
    )
    some = Benefit("X", 12, 10, 7, None)
    assert sentence_fi(some) == (
        "12 asiakasta on käyttänyt tätä; tavoitteet on arvioitu 10 "
        "asiakkaalla, ja heistä 7 saavutti tavoitteensa tai ylitti ne."
    )
    none = Benefit("X", 6, 0, 0, None)
    assert sentence_fi(none) == (
        "6 asiakasta on käyttänyt tätä; tavoitteiden toteutumista ei ole vielä arvioitu."
    )
