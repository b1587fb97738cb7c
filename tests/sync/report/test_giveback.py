"""The outcomes report given back (issue 8): the latest report of each unit syncs down to the
laptops, and the app shows it beside the worker's own clients.

One caseworker's laptop records, through the app's services, ten clients in "Tiimi Itä" (goals
followed up, budgets granted and used, self-assessments) and three in "Tiimi Pieni", and syncs
to a real `hbdesk-server` (TLS, client certificate). The report is run through the CLI; the
laptop syncs again and the app's service reads the unit's figures from what came down.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hbdesk.server import admin, db
from hbdesk.services import followup, ledger, reference, unit_outcomes
from hbdesk.services.clients import NewContact, add_note, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.feedback import FeedbackAnswers, give_feedback
from hbdesk.services.selfassessment import record_self_assessment
from hbdesk.store import OpenVault
from hbdesk.sync import app_sync
from tests.conftest import fresh_vault
from tests.services.helpers import granted_budget
from tests.sync.conftest import Backend
from tests.sync.report.laptop import enrol, server_of_its_own
from tests.sync.report.test_report import CANARY_CODE, CANARY_FIRST, CANARY_LAST, Q_ID
from tests.sync.report.test_report import QUESTIONNAIRE as COUNTY_QUESTIONNAIRE
from tests.sync.servers import ServerProcess
from tests.sync.servers import admin_in_process as run_admin

UNIT, SMALL_UNIT = "Tiimi Itä", "Tiimi Pieni"
FROM, TO = "2026-01-01", "2026-12-31"
SCORES = (0, 0, 1, 1, 2, -1, -1, -1, -2, -2)  # five reached or exceeded of ten: 50 %
BENEFIT = [{"code": "UIMA-10", "users": 7, "assessed": 6, "reached": 4}]
KEPT = {"what": "a key some other publisher wrote"}


@dataclass
class Given:
    first: dict[str, Any]  # the published content after the first runs
    first_version: int
    trial_version: int  # the newest version after a --no-publish run
    after_rerun: dict[str, Any]  # after the unit's report was run again (other keys kept)
    log: list[dict[str, Any]]  # the admin log's details
    comparison: unit_outcomes.Comparison | None
    comparison_small: unit_outcomes.Comparison | None
    units: list[unit_outcomes.PublishedUnit]
    views_logged: int  # access-log view rows the comparison wrote
    all_published: list[str]  # every version of the content, as stored


def _answers(value: int) -> dict[str, int | None]:
    return {"fc_1": value, "fc_2": value, "part_1": value, "overall_1": value}


def _populate(vault: OpenVault, actor: Actor) -> None:
    for i, score in enumerate(SCORES):
        canary = i == 3
        cid = register_contact(
            vault,
            actor,
            NewContact(
                first_name=CANARY_FIRST if canary else f"Anna{i}",
                last_name=CANARY_LAST if canary else "Esimerkki",
                identity_code=CANARY_CODE if canary else None,
                contacted_on=dt.date(2026, 1, 5),
                channel="phone",
                described_needs="Arjen tukea",
                unit=UNIT,
                address="Canarytie 1 A 2" if canary else None,
            ),
        ).value.id
        if canary:
            add_note(vault, actor, cid, f"{CANARY_FIRST} {CANARY_CODE} kertoi", "together")
        record_self_assessment(
            vault,
            actor,
            cid,
            questionnaire_id=Q_ID,
            answered_on=dt.date(2026, 1, 20),
            answers=_answers(6),
        )
        granted = granted_budget(vault, actor, client_id=cid, amount=Decimal("1200.00"))
        ledger.record_spending(
            vault,
            actor,
            cid,
            ledger.Spending(
                method="mobile_payment",
                amount="600.00",
                spent_on=dt.date(2026, 3, 1),
                category="other",
                provider="Palvelu Oy",
            ),
        )
        goal = followup.goal_attainment(vault, actor, cid)[0].goal_lineage_id
        followup.record_goal_progress(
            vault, actor, cid, goal_lineage_id=goal, assessed_on=dt.date(2026, 9, 1), score=score
        )
        record_self_assessment(
            vault,
            actor,
            cid,
            questionnaire_id=Q_ID,
            answered_on=dt.date(2026, 10, 1),
            answers=_answers(7),
            occasion="follow_up",
        )
        assert granted.decision.granted_sum == Decimal("1200.00")
    for _ in range(5):
        give_feedback(
            vault,
            actor,
            dt.date(2026, 11, 1),
            FeedbackAnswers(
                unit=UNIT,
                felt_heard=5,
                budget_follow_ease=4,
                text=f"{CANARY_FIRST} {CANARY_LAST} auttoi paljon",
            ),
        )
    for i in range(3):
        cid = register_contact(
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
        for day, value in ((dt.date(2026, 3, 5), 6), (dt.date(2026, 9, 5), 7)):
            record_self_assessment(
                vault, actor, cid, questionnaire_id=Q_ID, answered_on=day, answers=_answers(value)
            )


def _latest(engine: Any) -> tuple[int, dict[str, Any]]:
    ref = db.reference_data
    with engine.connect() as conn:
        row = conn.execute(
            select(ref.c.version, ref.c.content)
            .where(ref.c.kind == "outcomes")
            .order_by(ref.c.version.desc())
            .limit(1)
        ).one()
    return int(row.version), json.loads(row.content)


def _report(server: ServerProcess, out: Path, *extra: str, start: str = FROM) -> None:
    done = run_admin(
        server.home,
        "report",
        "--from",
        start,
        "--to",
        TO,
        "--out",
        str(out),
        "--by",
        "raportoija-2",
        *extra,
        db=server.db_url,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def given(
    server_home: Path, backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Given]:
    tmp = tmp_path_factory.mktemp("giveback")
    with server_of_its_own(server_home, backend, tmp) as (server, engine):
        admin.load_reference(engine, "questionnaire", COUNTY_QUESTIONNAIRE)
        vault = fresh_vault(tmp / "vault")
        actor = enrol(vault, engine, server_home, tmp, "cw-give")
        assert app_sync.run(vault, server.url, timeout=30).clean
        assert reference.take_pulled_questionnaire(vault, actor) == 1
        assert unit_outcomes.compare(vault, actor) is None  # nothing has come down yet
        _populate(vault, actor)
        pushed = app_sync.run(vault, server.url, timeout=30)
        assert pushed.clean and pushed.pending_left == 0, pushed

        _report(server, tmp / "unit", "--unit", UNIT)
        _report(server, tmp / "small", "--unit", SMALL_UNIT)
        first_version, first = _latest(engine)
        _report(server, tmp / "trial", "--no-publish")  # the whole municipality, trial
        trial_version, _ = _latest(engine)

        pulled = app_sync.run(vault, server.url, timeout=30)
        assert pulled.clean, pulled
        units = unit_outcomes.published_units(vault)
        with vault.session() as s:
            from hbdesk.models.audit import AccessLogEntry

            before = s.query(AccessLogEntry).count()
        comparison = unit_outcomes.compare(vault, actor)  # the worker's own unit
        with vault.session() as s:
            views = s.query(AccessLogEntry).count() - before
        comparison_small = unit_outcomes.compare(vault, actor, f"unit:{SMALL_UNIT}")

        # The benefit figures (published by another command) share the content; a new
        # run of the unit's report, for another period, replaces its entry and keeps them.
        admin.load_reference(engine, "outcomes", {**first, "benefit": BENEFIT, "kept": KEPT})
        _report(server, tmp / "again", "--unit", UNIT, start="2026-07-01")
        _, after_rerun = _latest(engine)

        with engine.connect() as conn:
            log = [json.loads(r.details) for r in conn.execute(select(db.admin_log))]
            stored = [
                r.content
                for r in conn.execute(
                    select(db.reference_data.c.content).where(
                        db.reference_data.c.kind == "outcomes"
                    )
                )
            ]
        vault.lock()
        yield Given(
            first,
            first_version,
            trial_version,
            after_rerun,
            log,
            comparison,
            comparison_small,
            units,
            views,
            stored,
        )


def _entry(content: dict[str, Any], name: str) -> dict[str, Any]:
    found = [r for r in content["reports"] if r["unit"] == {"kind": "unit", "name": name}]
    assert len(found) == 1, content["reports"]
    return found[0]


def test_running_the_report_publishes_each_units_latest_report(given: Given) -> None:
    units = [r["unit"] for r in given.first["reports"]]
    assert units == [{"kind": "unit", "name": UNIT}, {"kind": "unit", "name": SMALL_UNIT}]
    entry = _entry(given.first, UNIT)
    assert entry["period"] == {"from": FROM, "to": TO}
    assert dt.datetime.fromisoformat(entry["made_at"]).tzinfo is not None
    figures = {f["key"]: f["values"] for f in entry["report"]["key_figures"]}
    assert figures["goals.reached"]["share"] == 50
    assert figures["wellbeing._overall"]["n"] == 10
    # the server's log says which version the figures went down as; a trial run sends none
    published = [d["published"] for d in given.log]
    assert published[:2] == [given.first_version - 1, given.first_version]
    assert published[2] is None
    assert given.trial_version == given.first_version


def test_a_new_run_replaces_the_units_previous_report_and_keeps_other_keys(given: Given) -> None:
    assert given.after_rerun["kept"] == KEPT
    # the catalogue's benefit is computed anew with each run (this group used no catalogue)
    assert given.after_rerun["benefit"] == []
    assert [r["unit"]["name"] for r in given.after_rerun["reports"]] == [UNIT, SMALL_UNIT]
    assert _entry(given.after_rerun, UNIT)["period"] == {"from": "2026-07-01", "to": TO}
    assert _entry(given.after_rerun, SMALL_UNIT) == _entry(given.first, SMALL_UNIT)


def test_small_units_figures_go_down_hidden(given: Given) -> None:
    report = _entry(given.first, SMALL_UNIT)["report"]
    figures = {f["key"]: f["values"] for f in report["key_figures"]}
    assert figures["wellbeing.functional_capacity"]["before"] == "< 5"
    assert figures["wellbeing._overall"]["n"] == "< 5"
    for table in report["tables"]:
        for row in table["rows"]:
            for cell in row["cells"]:  # every figure rests on three people
                assert cell in ("< 5", 0, 0.0, None), (table["key"], row)
    small = given.comparison_small
    assert small is not None
    assert small.theirs.wellbeing_n.hidden and small.theirs.wellbeing_before.hidden


def test_no_name_identity_code_or_free_text_goes_down(given: Given) -> None:
    needles = [
        CANARY_FIRST,
        CANARY_LAST,
        CANARY_CODE,
        "Canarytie",
        "Anna3",
        "Pieni0",
        "auttoi paljon",
    ]
    assert len(given.all_published) >= 3
    for content in given.all_published:
        assert not any(n in content for n in needles)
    assert "feedback_texts" not in _entry(given.first, UNIT)["report"]


def test_the_laptop_shows_the_units_figures_beside_its_own_clients(given: Given) -> None:
    assert [u.key for u in given.units] == [f"unit:{UNIT}", f"unit:{SMALL_UNIT}"]
    c = given.comparison
    assert c is not None
    assert c.unit.name == UNIT  # most of the worker's clients are in it
    assert (c.unit.date_from, c.unit.date_to) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    theirs, yours = c.theirs, c.yours
    assert theirs.clients.number == 10
    assert theirs.goals_reached.number == 50 and theirs.goals.number == 10
    assert theirs.used_pct.number == 50 and theirs.budget_clients.number == 10
    assert theirs.use_bands[2].number == 100  # everyone used 50–75 % of the budget
    assert (theirs.wellbeing_before.number, theirs.wellbeing_after.number) == (6, 7)
    assert theirs.felt_heard is not None and theirs.felt_heard.number == 100
    assert [d.title["fi"] for d in theirs.domains] == [
        "Toimintakyky",
        "Osallisuus",
        "Kokonaistilanne",
    ]
    # the worker's own clients: both teams, the same definitions and period
    assert c.own_clients == 13 and yours.clients.number == 13
    assert yours.goals_reached.number == 50 and yours.goals.number == 10
    assert yours.used_pct.number == 50 and yours.budget_clients.number == 10
    assert yours.wellbeing_n.number == 13
    assert (yours.wellbeing_before.number, yours.wellbeing_after.number) == (6, 7)
    assert yours.felt_heard is None  # feedback names no client
    # reading the clients' records for the comparison was logged, one view per client
    assert given.views_logged == 13
