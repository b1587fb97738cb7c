"""What is known of a catalogue item's benefit, given back to clients (issue 8).

A synthetic group made through the app's services and pushed by a real sync to a real
`hbdesk-server`: a gym card bought and used by 12 clients, 8 of whom reached or exceeded the
goal it served; a museum card used by 4 (too few: nothing may be said of it); a course in
the decided budgets of 6 but spent on by only 3. `hbdesk-server publish-benefit` publishes
the figures as reference data, and the laptop pulls them and reads them back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from hbdesk.server import admin, db
from hbdesk.server.report.benefit import compute_benefit
from hbdesk.services import (
    budget,
    catalogue,
    catalogue_benefit,
    decision,
    followup,
    ledger,
    people,
    plan,
)
from hbdesk.services.client_view import client_view
from hbdesk.services.clients import NewContact, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.demo import APPEAL, MAKER
from hbdesk.store import OpenVault
from hbdesk.sync import app_sync
from tests.conftest import fresh_vault
from tests.sync.conftest import Backend
from tests.sync.report.laptop import enrol, server_of_its_own
from tests.sync.servers import admin_in_process as run_admin

GYM, MUSEUM, COURSE = "BEN-GYM", "BEN-MUSEUM", "BEN-COURSE"
ITEMS = (  # code, name, category, unit, price, provider
    (GYM, "Kuntosalin kuukausikortti", "sports", "month", "49.00", "Kuntokulma Oy"),
    (MUSEUM, "Museokortti, 12 kk", "culture", "card", "89.00", "Museokortti"),
    (COURSE, "Kansalaisopiston kurssi", "course", "course", "120.00", "Kansalaisopisto"),
)
START, END = dt.date(2026, 2, 1), dt.date(2027, 1, 31)
OTHER_KEYS = {"reports": {"unit": "Tiimi Itä", "figures": [1, 2, 3]}}


@dataclass
class Setup:
    engine: object
    vault: OpenVault
    actor: Actor
    client_ids: list[str]
    goal_ids: list[str] = field(default_factory=list)
    published: str = ""  # the "outcomes" reference content as stored on the server


def _client(vault: OpenVault, actor: Actor, i: int, items: dict[str, str]) -> tuple[str, str]:
    """One client through contact, plan, budget, decision, spending and follow-up.

    Gym: everyone (0..11), serving goal A; spent on. Goal A's latest attainment is 0 or more
    for 0..7 (client 0 first scored −2, then +1) and below 0 for 8..11 (clients 8 and 9
    first +2, then −1). Museum: 0..3, serving no goal (all goals). Course: 0..5 in the
    budget, spent on by 0..2 only."""
    cid = register_contact(
        vault,
        actor,
        NewContact(
            first_name=f"Testi{i}",
            last_name="Hyötyläinen",
            contacted_on=dt.date(2026, 1, 2),
            channel="phone",
            described_needs="Arki ja liikkuminen",
            author="client",
            unit="Tiimi Itä",
        ),
    ).value.id
    p = plan.start_plan(vault, actor, cid).value
    plan.add_plan_entry(
        vault, actor, cid, p.id, section="need", text="Liikkumisen tarve", author="together"
    )
    goal_a = plan.add_plan_entry(
        vault, actor, cid, p.id, section="goal", text="Liikun kolmesti viikossa", author="client"
    ).value
    goal_b = plan.add_plan_entry(
        vault, actor, cid, p.id, section="goal", text="Tapaan ystäviä", author="client"
    ).value
    people.record_support_need(
        vault,
        actor,
        cid,
        considered_on=dt.date(2026, 1, 9),
        support_needed=False,
        reasoning="Läheiset tukevat.",
    )
    plan.agree_plan(
        vault,
        actor,
        cid,
        p.id,
        agreed_on=dt.date(2026, 1, 10),
        confirmed_by=["client", "key_worker"],
        confirmation=plan.Confirmation.typed(f"Testi{i} Hyötyläinen"),
    )
    b = budget.create_budget(vault, actor, cid, valid_from=START, valid_to=END).value
    lines = [(GYM, goal_a.lineage_id)]
    if i < 4:
        lines.append((MUSEUM, None))
    if i < 6:
        lines.append((COURSE, goal_a.lineage_id))
    for code, goal in lines:
        budget.add_catalogue_line(
            vault,
            actor,
            cid,
            b.id,
            item_id=items[code],
            quantity="1",
            frequency="once",
            goal_lineage_id=goal,
        )
    budget.propose_budget(vault, actor, cid, b.id)
    draft = decision.prepare_decision(vault, actor, cid, b.id).value
    decision.issue_decision(
        vault,
        actor,
        cid,
        draft.id,
        decided_on=dt.date(2026, 1, 20),
        decided_by=MAKER,
        appeal=APPEAL,
    )
    spent = [GYM] + ([MUSEUM] if i < 4 else []) + ([COURSE] if i < 3 else [])
    for code in spent:
        _, name, category, _, price, provider = next(r for r in ITEMS if r[0] == code)
        ledger.record_spending(
            vault,
            actor,
            cid,
            ledger.Spending(
                method="mobile_payment",
                amount=price,
                spent_on=dt.date(2026, 3, 2),
                category=category,
                provider=provider,
                description=name,
            ),
        )
    scores_a = (-2, 1) if i == 0 else (2, -1) if i in (8, 9) else (1,) if i < 8 else (-1,)
    for n, score in enumerate(scores_a):
        followup.record_goal_progress(
            vault,
            actor,
            cid,
            goal_lineage_id=goal_a.lineage_id,
            assessed_on=dt.date(2026, 6 + 3 * n, 1),
            score=score,
        )
    followup.record_goal_progress(
        vault,
        actor,
        cid,
        goal_lineage_id=goal_b.lineage_id,
        assessed_on=dt.date(2026, 6, 1),
        score=1,
    )
    return cid, goal_a.lineage_id


@pytest.fixture(scope="module")
def setup(
    server_home: Path, backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Setup]:
    tmp = tmp_path_factory.mktemp("benefit")
    with server_of_its_own(server_home, backend, tmp) as (server, engine):
        vault = fresh_vault(tmp / "vault")
        try:
            admin.load_reference(engine, "outcomes", OTHER_KEYS)  # the unit report's share
            actor = enrol(vault, engine, server_home, tmp, "cw-benefit")
            catalogue.publish_catalogue(
                vault,
                actor,
                dt.date(2026, 1, 1),
                [
                    catalogue.ItemData(
                        code=code,
                        name=name,
                        category=cat,
                        unit=unit,
                        service_area="social_welfare",
                        unit_price=price,
                        provider=provider,
                        valid_from=dt.date(2026, 1, 1),
                    )
                    for code, name, cat, unit, price, provider in ITEMS
                ],
            )
            items = {i.code: i.id for i in catalogue.search_catalogue(vault, actor)}
            made = [_client(vault, actor, i, items) for i in range(12)]
            sent = app_sync.run(vault, server.url, timeout=60)
            assert sent.clean and sent.pending_left == 0, sent
            done = run_admin(server_home, "publish-benefit", db=server.db_url)
            assert done.returncode == 0, done.stderr
            pulled = app_sync.run(vault, server.url, timeout=60)
            assert pulled.clean, pulled
            with engine.connect() as conn:
                published = conn.execute(
                    select(db.reference_data.c.content)
                    .where(db.reference_data.c.kind == "outcomes")
                    .order_by(db.reference_data.c.version.desc())
                    .limit(1)
                ).scalar_one()
            yield Setup(engine, vault, actor, [c for c, _ in made], [g for _, g in made], published)
        finally:
            vault.lock()


def test_an_item_used_by_twelve_shows_twelve_and_eight(setup: Setup) -> None:
    with setup.engine.connect() as conn:  # type: ignore[attr-defined]
        found = compute_benefit(conn)
    assert found == [{"code": GYM, "users": 12, "assessed": 12, "reached": 8}]


def test_the_published_content_has_the_figures_and_keeps_the_other_keys(setup: Setup) -> None:
    content = json.loads(setup.published)
    assert content["benefit"] == [{"code": GYM, "users": 12, "assessed": 12, "reached": 8}]
    assert content["reports"] == OTHER_KEYS["reports"]  # the other helper's data kept
    assert dt.date.fromisoformat(content["computed_on"]) == dt.date.today()


def test_an_item_used_by_four_appears_nowhere(setup: Setup) -> None:
    assert MUSEUM not in setup.published
    assert COURSE not in setup.published  # six had it in the budget, only three used it
    assert catalogue_benefit.benefit_of(setup.vault, MUSEUM) is None
    assert catalogue_benefit.benefit_of(setup.vault, COURSE) is None


def test_no_client_or_goal_ids_or_names_in_what_is_published(setup: Setup) -> None:
    for secret in [*setup.client_ids, *setup.goal_ids, "Hyötyläinen", "Testi"]:
        assert secret not in setup.published
        assert secret.lower() not in setup.published.lower()


def test_the_laptop_reads_the_pulled_figures(setup: Setup) -> None:
    known = catalogue_benefit.benefit_of(setup.vault, GYM)
    assert known is not None
    assert (known.users, known.assessed, known.reached) == (12, 12, 8)
    assert catalogue_benefit.sentence_fi(known) == (
        "12 asiakasta on käyttänyt tätä; 8 heistä saavutti tavoitteensa tai ylitti ne."
    )
    data = client_view(setup.vault, setup.actor, setup.client_ids[0])
    assert data.budget is not None
    by_code = {line.catalogue_code: data.benefits.get(line.id) for line in data.budget.lines}
    assert by_code == {GYM: known, MUSEUM: None, COURSE: None}
