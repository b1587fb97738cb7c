"""The outcomes report (issue 8) from data made through the app's services and a real sync.

One synthetic group per module: 25 clients in "Tiimi Itä" whose self-assessments and
anonymous feedback give the pilot evaluation's figures (seed 003, "Mallin arviointi"), and
3 clients in "Tiimi Pieni". The app's own vault, services and sync engine push them to a
real `hbdesk-server` process; the report is run through the `hbdesk-server report` CLI and
read back from its PDF (pdftotext), CSV and JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from stdnum.fi import hetu

from hbdesk.server import admin, db
from hbdesk.services import reference, selfassessment
from hbdesk.services.clients import NewContact, add_note, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.feedback import FeedbackAnswers, give_feedback
from hbdesk.services.selfassessment import record_self_assessment
from hbdesk.store import OpenVault
from hbdesk.sync import app_sync
from tests.conftest import fresh_vault
from tests.sync.conftest import Backend
from tests.sync.report import audit
from tests.sync.report.laptop import enrol, server_of_its_own
from tests.sync.servers import ServerProcess
from tests.sync.servers import admin_in_process as run_admin

UNIT, SMALL_UNIT = "Tiimi Itä", "Tiimi Pieni"
CANARY_FIRST, CANARY_LAST = "Kanarialintu", "Vaarallinen-Nimi"
CANARY_CODE = "010190-9123"  # test range (individual number 900–999)
FROM, TO = "2026-01-01", "2026-12-31"

# The county's questionnaire as reference data, with the item ids the laptops use.
Q_ID = "7d6f6a1e-0000-4000-8000-000000000001"
DOMAINS = (
    ("functional_capacity", "Toimintakyky", ("fc_1", "fc_2")),
    ("participation", "Osallisuus", ("part_1",)),
    ("overall_situation", "Kokonaistilanne", ("overall_1",)),
)


def _item_id(code: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hbdesk-test/{code}"))


QUESTIONNAIRE = {
    "questionnaires": [
        {
            "id": Q_ID,
            "code": "hb_seuranta",
            "version": 1,
            "title_fi": "HB-seuranta",
            "title_sv": "HB-uppföljning",
            "title_en": "HB follow-up",
            "scale_min": 0,
            "scale_max": 10,
            "valid_from": "2026-01-01",
            "domains": [
                {
                    "code": code,
                    "title_fi": title,
                    "title_sv": title,
                    "title_en": code,
                    "items": [
                        {"id": _item_id(i), "code": i, "text_fi": f"Kysymys {i}"} for i in items
                    ],
                }
                for code, title, items in DOMAINS
            ],
        }
    ]
}


def _values(n_high: int, high: int, total: int) -> list[int]:
    return [high] * n_high + [high - 1] * (total - n_high)


# Per client i (0..24): functional capacity 20×7 + 5×6 = 170/25 = 6.8 → 12×8 + 13×7 = 187/25
# = 7.48 ≈ 7.5; participation (clients 0..23) 22×7 + 2×6 = 166/24 → 69 %, 9×8 + 15×7 = 177/24
# → 74 %; overall situation (clients 0..19) 12×8 + 8×7 = 152/20 = 76 %, 16×8 + 4×7 → 78 %.
FC = (_values(20, 7, 25), _values(12, 8, 25))
PART = (_values(22, 7, 24), _values(9, 8, 24))
OVERALL = (_values(12, 8, 20), _values(16, 8, 20))


def _answers(i: int, which: int) -> dict[str, int | None]:
    return {
        "fc_1": FC[which][i],
        "fc_2": FC[which][i],
        "part_1": PART[which][i] if i < 24 else None,
        "overall_1": OVERALL[which][i] if i < 20 else None,
    }


@dataclass
class Setup:
    server: ServerProcess
    out: Path
    small_out: Path
    county_out: Path
    log: list[str]


def _report(server: ServerProcess, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_admin(
        server.home,
        "report",
        "--from",
        FROM,
        "--to",
        TO,
        "--out",
        str(out),
        "--by",
        "raportoija-1",
        *extra,
        db=server.db_url,
    )


@pytest.fixture(scope="module")
def setup(
    server_home: Path, backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Setup]:
    """The group on a server of its own, on SQLite and on PostgreSQL (the production path)."""
    tmp = tmp_path_factory.mktemp("report")
    with server_of_its_own(server_home, backend, tmp) as (server, engine):
        admin.load_reference(engine, "questionnaire", QUESTIONNAIRE)
        vault = fresh_vault(tmp / "vault")
        actor = enrol(vault, engine, server_home, tmp, "cw-report")
        pulled = app_sync.run(vault, server.url, timeout=30)  # the county's questionnaire
        assert pulled.clean, pulled
        assert reference.take_pulled_questionnaire(vault, actor) == 1
        assert selfassessment.questionnaire(vault, actor).questionnaire.id == Q_ID
        _populate(vault, actor)
        report = app_sync.run(vault, server.url, timeout=30)
        assert report.clean and report.pending_left == 0, report
        vault.lock()
        out, small_out = tmp / "out", tmp / "small"
        done = _report(server, out, "--unit", UNIT)
        assert done.returncode == 0, done.stderr
        done = _report(server, small_out, "--unit", SMALL_UNIT)
        assert done.returncode == 0, done.stderr
        county_out = tmp / "county"
        done = _report(server, county_out, "--no-publish")
        assert done.returncode == 0, done.stderr
        with engine.connect() as conn:
            log = [r.actor for r in conn.execute(select(db.admin_log)).all()]
        if os.environ.get("HBDESK_REPORT_KEEP"):  # to look at the files by hand
            shutil.copytree(out.parent, os.environ["HBDESK_REPORT_KEEP"], dirs_exist_ok=True)
        yield Setup(server, out, small_out, county_out, log)


def _populate(vault: OpenVault, actor: Actor) -> None:
    assert hetu.validate(CANARY_CODE, allow_temporary=True)
    for i in range(25):
        canary = i == 3
        new = NewContact(
            first_name=CANARY_FIRST if canary else f"Testi{i}",
            last_name=CANARY_LAST if canary else "Henkilö",
            identity_code=CANARY_CODE if canary else None,
            contacted_on=dt.date(2026, 1, 10),
            channel="phone",
            described_needs=f"Arjen tukea {CANARY_LAST if canary else ''}",
            address="Canarytie 1 A 2" if canary else None,
            unit=UNIT,
        )
        client_id = register_contact(vault, actor, new).value.id
        if canary:
            add_note(vault, actor, client_id, f"{CANARY_FIRST} {CANARY_CODE} kertoi", "together")
        for which, day in ((0, dt.date(2026, 2, 1)), (1, dt.date(2026, 10, 1))):
            record_self_assessment(
                vault,
                actor,
                client_id,
                questionnaire_id=Q_ID,
                answered_on=day,
                answers=_answers(i, which),
                occasion="start" if which == 0 else "follow_up",
            )
    for i in range(25):
        give_feedback(
            vault,
            actor,
            dt.date(2026, 11, 1),
            FeedbackAnswers(
                unit=UNIT,
                felt_heard=5 if i < 12 else 4 if i < 20 else 2,
                budget_follow_ease=None if i == 24 else 1 if i < 3 else 2 if i < 7 else 4,
                goals_reached=4,
                text="Joustavaa ja hyvää palvelua." if i % 5 == 0 else "",
            ),
        )
    for i in range(3):
        client_id = register_contact(
            vault,
            actor,
            NewContact(
                first_name=f"Pieni{i}",
                last_name="Testinen",
                contacted_on=dt.date(2026, 3, 1),
                channel="office",
                described_needs="Tukea",
                unit=SMALL_UNIT,
            ),
        ).value.id
        for which, day in ((0, dt.date(2026, 3, 5)), (1, dt.date(2026, 9, 5))):
            record_self_assessment(
                vault,
                actor,
                client_id,
                questionnaire_id=Q_ID,
                answered_on=day,
                answers=_answers(i, which),
            )
        give_feedback(
            vault,
            actor,
            dt.date(2026, 9, 1),
            FeedbackAnswers(
                unit=SMALL_UNIT,
                felt_heard=5,
                budget_follow_ease=2,
                text="Pienen tiimin oma palaute",
            ),
        )


def _pdf_text(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", done.stdout.replace("\u00a0", " "))


def _csv(folder: Path, name: str) -> list[list[str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8") as f:
        return list(csv.reader(f))


def _row(rows: list[list[str]], first: str) -> list[str]:
    found = [r for r in rows if r[0] == first]
    assert len(found) == 1, (first, rows)
    return found[0]


def test_seed_figures_in_the_pdf(setup: Setup) -> None:
    text = _pdf_text(setup.out / "report.pdf")
    assert "Toimintakyky: 6,8 → 7,5 / 10 (68 % → 75 %), n = 25" in text
    assert "Osallisuus: 69 % → 74 % (6,9 → 7,4 / 10), n = 24" in text
    assert "Kokonaistilanne: 76 % → 78 % (7,6 → 7,8 / 10), n = 20" in text
    assert "Palautteita: 25" in text
    assert "Koki tulleensa kuulluksi ja rohkaistuksi (4–5/5): 80 % (n = 25)" in text
    assert (
        "Koki budjetin toteuttamisen ja seuraamisen melko tai erittäin vaikeaksi (1–2/5): 7 / 24"
    ) in text
    assert "Joustavaa ja hyvää palvelua." in text  # 25 answers: free text may be shown


def test_seed_figures_in_the_csv(setup: Setup) -> None:
    wellbeing = _csv(setup.out, "wellbeing")
    assert wellbeing[0][:5] == ["Osa-alue", "n", "Alussa /10", "Nyt /10", "Muutos"]
    assert _row(wellbeing, "Toimintakyky")[1:6] == ["25", "6.8", "7.5", "0.7", "68"]
    assert _row(wellbeing, "Osallisuus")[1:7] == ["24", "6.9", "7.4", "0.5", "69", "74"]
    assert _row(wellbeing, "Kokonaistilanne")[1:7] == ["20", "7.6", "7.8", "0.2", "76", "78"]
    feedback = _csv(setup.out, "feedback")
    assert _row(feedback, "Palautteita")[1] == "25"
    assert _row(feedback, "Koki tulleensa kuulluksi ja rohkaistuksi (4–5/5)")[1:] == [
        "20",
        "25",
        "80",
    ]
    assert _row(
        feedback, "Koki budjetin toteuttamisen ja seuraamisen melko tai erittäin vaikeaksi (1–2/5)"
    )[1:] == ["7", "24", "29"]
    data = json.loads((setup.out / "report.json").read_text(encoding="utf-8"))
    figures = {f["key"]: f["values"] for f in data["key_figures"]}
    assert figures["wellbeing.functional_capacity"]["before"] == 6.8
    assert figures["feedback.heard"]["share"] == 80
    assert data["unit"] == {"kind": "unit", "name": UNIT}


def _groups_ok(rows: list[list[str]], total_row: str | None) -> None:
    """In each column: no single hidden cell beside a shown total (it could be computed)."""
    body = [r for r in rows[1:] if r[0] != total_row]
    total = next((r for r in rows[1:] if r[0] == total_row), None)
    for col in range(1, len(rows[0])):
        hidden = [r[col] for r in body if r[col] == "< 5"]
        if total is not None and total[col] != "< 5":
            assert len(hidden) != 1, (rows[0][col], rows)


def test_small_unit_shows_less_than_five_and_nothing_computable(setup: Setup) -> None:
    text = _pdf_text(setup.small_out / "report.pdf")
    assert "< 5" in text
    assert "Pienen tiimin oma palaute" not in text  # free text of fewer than five answers
    assert "Vapaita palautteita ei näytetä" in text
    for path in sorted(setup.small_out.glob("*.csv")):
        rows = list(csv.reader(path.open(encoding="utf-8")))
        for row in rows[1:]:
            for cell in row[1:]:
                # nothing but hidden, zero or empty: every figure rests on three people
                assert cell in ("< 5", "0", "", "0.0", "0.00"), (path.name, row)
    # rows of per-answer counts with their total: never one lone hidden cell
    answers = _csv(setup.small_out, "feedback_answers")
    for row in answers[1:]:
        hidden = [c for c in row[1:-1] if c == "< 5"]
        assert row[-1] == "< 5" or len(hidden) != 1, row
    _groups_ok(_csv(setup.small_out, "stages"), "Yhteensä")
    data = json.loads((setup.small_out / "report.json").read_text(encoding="utf-8"))
    assert data["feedback_texts"] is None
    figures = {f["key"]: f["values"] for f in data["key_figures"]}
    assert figures["wellbeing.functional_capacity"]["before"] == "< 5"
    assert figures["feedback.answers"]["n"] == "< 5"


def test_canary_name_and_identity_code_are_nowhere(setup: Setup) -> None:
    needles = [CANARY_FIRST, CANARY_LAST, CANARY_CODE, "Canarytie", "Testi3", "Pieni0"]
    for folder in (setup.out, setup.small_out):
        files = sorted(folder.iterdir())
        assert len(files) >= 10
        for path in files:
            blob = path.read_bytes()
            assert not any(n.encode() in blob for n in needles), path.name
        text = _pdf_text(folder / "report.pdf")  # the PDF's text is compressed: read it too
        assert not any(n in text for n in needles)


def test_who_ran_the_report_is_in_the_server_log(setup: Setup) -> None:
    assert setup.log == ["raportoija-1"] * 3


def test_no_hidden_figure_can_be_computed_back_from_the_published_family(setup: Setup) -> None:
    """Issue 18, item 2: the seed's unit, the small unit and the whole county as published;
    every sum and difference their tables allow (within a report, and the county against
    its units), shares against wholes, means against counts, zeros beside hidden cells."""
    pub = audit.Published()
    for name, folder in (
        ("county", setup.county_out),
        (UNIT, setup.out),
        (SMALL_UNIT, setup.small_out),
    ):
        pub.add(name, json.loads((folder / "report.json").read_text(encoding="utf-8")))
    assert audit.attack(pub, "county", [UNIT, SMALL_UNIT]) == []
    assert sum(1 for v in pub.cells.values() if v == audit.HIDDEN) > 50  # it had work to do


def test_the_county_shows_no_free_text_its_small_unit_hides(setup: Setup) -> None:
    """The county's texts minus the seed unit's would be the small unit's own words."""
    county = json.loads((setup.county_out / "report.json").read_text(encoding="utf-8"))
    assert county["feedback_texts"] == ["Joustavaa ja hyvää palvelua."] * 5
    assert "Pienen tiimin oma palaute" not in _pdf_text(setup.county_out / "report.pdf")


def test_the_admin_api_runs_the_same_report_and_logs_who(setup: Setup, tmp_path: Path) -> None:
    from hbdesk.server.report import Selection

    engine = db.make_engine(setup.server.db_url)
    try:
        sel = Selection(dt.date.fromisoformat(FROM), dt.date.fromisoformat(TO), unit=UNIT)
        paths = admin.outcomes_report(
            engine, sel, tmp_path / "api", run_by="api-kayttaja", publish=False
        )
        with pytest.raises(admin.AdminError):
            admin.outcomes_report(engine, sel, tmp_path / "x", run_by=" ")
        with engine.connect() as conn:
            last = conn.execute(select(db.admin_log).order_by(db.admin_log.c.at.desc())).first()
    finally:
        engine.dispose()
    assert {p.name for p in paths} >= {"report.pdf", "report.json", "wellbeing.csv"}
    assert _csv(tmp_path / "api", "wellbeing") == _csv(setup.out, "wellbeing")
    assert last is not None and (last.actor, last.action) == ("api-kayttaja", "report")
    assert not (tmp_path / "x").exists()


def test_report_refuses_a_period_ending_before_it_starts(setup: Setup, tmp_path: Path) -> None:
    done = run_admin(
        setup.server.home,
        "report",
        "--from",
        TO,
        "--to",
        FROM,
        "--out",
        str(tmp_path / "x"),
        db=setup.server.db_url,
    )
    assert done.returncode == 2
    assert not (tmp_path / "x").exists()
    from hbdesk.server.report import Selection

    with pytest.raises(ValueError):  # the admin API refuses it the same way
        Selection(dt.date.fromisoformat(TO), dt.date.fromisoformat(FROM))
