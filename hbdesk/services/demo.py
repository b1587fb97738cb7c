"""A realistic synthetic caseload for `hbdesk --demo` and tests, built through the services.

Deterministic for a seed and a day: the same people, stages, budgets and spending (record
ids and log times differ). Everything goes through the services inside one `batch`, so
the access log and the outbox look as they would after real work.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from hbdesk.models.signature import Signature
from hbdesk.models.vocab import Stage
from hbdesk.services import (
    assessment,
    budget,
    catalogue,
    clients,
    decision,
    demo_catalogue,
    demo_people,
    people,
    plan,
    selfassessment,
)
from hbdesk.services.context import Actor, batch
from hbdesk.services.demo_followup import close_case, follow_up
from hbdesk.services.demo_spending import spend_year
from hbdesk.store import OpenVault

DEMO_WORKER = Actor(
    user_id="demo-worker",
    role="key_worker",
    device_id="demo-laptop",
    display_name="Sari Sosiaalityöntekijä",
)
APPEAL = decision.AppealSettings(
    organisation_name="Esimerkkilän hyvinvointialue (demo)",
    body="Hyvinvointialuehallituksen yksilöasioiden jaosto",
    address="Kirjaamo, PL 1000, 99999 Esimerkkilä\nKäyntiosoite: Virastokatu 1, Esimerkkilä",
    court="Esimerkkilän hallinto-oikeus",
    email="kirjaamo@esimerkkila.invalid",
    phone="029 000 0000",
)
MAKER = decision.DecisionMaker(name="Sari Sosiaalityöntekijä", title="sosiaalityöntekijä")
# How many clients stand at each stage, per 40 (cycled for other sizes).
SPREAD = (
    (Stage.CONTACT, 3),
    (Stage.SELF_ASSESSMENT, 3),
    (Stage.ASSESSMENT, 4),
    (Stage.PLAN, 4),
    (Stage.BUDGET, 3),
    (Stage.DECISION, 3),
    (Stage.IN_USE, 10),
    (Stage.FOLLOW_UP, 6),
    (Stage.CLOSED, 4),
)
ORDER = tuple(Stage)


@dataclass
class Case:
    """One demo client being walked through the process."""

    client_id: str
    situation: demo_people.Situation
    start: dt.date  # the budget's first day
    goal_ids: list[str]
    questionnaire_id: str
    ends_on: dt.date | None = None  # an early end of the budget's use (closed cases)


def targets(count: int) -> list[Stage]:
    spread = [stage for stage, n in SPREAD for _ in range(n)]
    return [
        spread[i * len(spread) // count] if count <= len(spread) else spread[i % len(spread)]
        for i in range(count)
    ]


def populate_demo(
    vault: OpenVault, *, seed: int = 1, clients: int = 40, today: dt.date | None = None
) -> None:
    """Fill the vault with a caseload spread over every stage, a catalogue and spending."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    day = today or dt.date.today()
    with batch(vault) as session:
        items = _reference(vault, day)
        qid = selfassessment.install_standard_questionnaire(vault, DEMO_WORKER).value.id
        for index, stage in enumerate(targets(clients)):
            _walk(vault, session, rng, day, stage, index, items, qid)


def _reference(vault: OpenVault, day: dt.date) -> dict[str, str]:
    """Publish the demo catalogue; return catalogue code → item id."""
    valid_from = day.replace(month=1, day=1) - dt.timedelta(days=366)
    rows = [
        catalogue.ItemData(
            code=r.code,
            name=r.name,
            category=r.category,
            service_area=r.area,
            unit=r.unit,
            unit_price=r.price,
            provider=r.provider,
            valid_from=valid_from,
            quality_notes=r.note or None,
            municipality="Esimerkkilä",
        )
        for r in demo_catalogue.rows()
    ]
    catalogue.publish_catalogue(vault, DEMO_WORKER, valid_from, rows, note="Demo")
    found = catalogue.search_catalogue(vault, DEMO_WORKER, limit=1000)
    return {item.code: item.id for item in found}


def _walk(
    vault: OpenVault,
    session: Session,
    rng: random.Random,
    day: dt.date,
    stage: Stage,
    index: int,
    items: dict[str, str],
    qid: str,
) -> None:
    situation = demo_people.SITUATIONS[index % len(demo_people.SITUATIONS)]
    reach = ORDER.index(stage)
    if stage == Stage.CLOSED:
        start = day - dt.timedelta(days=rng.randint(420, 520))
    elif reach >= ORDER.index(Stage.IN_USE):
        start = day - dt.timedelta(days=rng.randint(45, 320))
    else:
        start = day + dt.timedelta(days=rng.randint(5, 30))
    case = _contact(vault, rng, day, situation, start, qid)
    steps = (_self_assess, _assess, _plan, _budget, _decide)
    for step_stage, step in zip(ORDER[1:], steps, strict=False):
        if reach < ORDER.index(step_stage):
            return
        step(vault, rng, case, items, stage)
    if stage == Stage.CLOSED and rng.random() < 0.5:
        case.ends_on = case.start + dt.timedelta(days=rng.randint(200, 300))
    if reach >= ORDER.index(Stage.IN_USE):
        last = case.ends_on or case.start + dt.timedelta(days=364)
        spend_year(
            vault,
            session,
            DEMO_WORKER,
            rng,
            case.client_id,
            case.start,
            min(day, last),
            fast=index % 7 == 3,
        )
    if reach >= ORDER.index(Stage.FOLLOW_UP):
        follow_up(vault, DEMO_WORKER, rng, case, day)
    if stage == Stage.CLOSED:
        close_case(vault, DEMO_WORKER, rng, case, MAKER, APPEAL)


def _contact(
    vault: OpenVault,
    rng: random.Random,
    day: dt.date,
    situation: demo_people.Situation,
    start: dt.date,
    qid: str,
) -> Case:
    lo, hi = situation.ages
    born = demo_people.birth_date(rng, lo, hi, day)
    contact_day = min(start - dt.timedelta(days=60), day - dt.timedelta(days=rng.randint(1, 20)))
    new = clients.NewContact(
        first_name=rng.choice(demo_people.FIRST_NAMES),
        last_name=rng.choice(demo_people.LAST_NAMES),
        identity_code=demo_people.identity_code(rng, born),
        contacted_on=contact_day,
        channel=rng.choice(("web_request", "phone", "office", "referral", "chat")),
        described_needs=situation.described,
        author="client",
        unit=situation.unit,
        close_people_role="Läheiset tukevat arjessa." if rng.random() < 0.7 else None,
    )
    client = clients.register_contact(vault, DEMO_WORKER, new).value
    case = Case(client.id, situation, start, [], qid)
    if rng.random() < 0.75:
        people.add_close_person(
            vault,
            DEMO_WORKER,
            client.id,
            name=_person_name(rng),
            relation=rng.choice(("äiti", "sisko", "ystävä", "puoliso")),
            trusted=True,
        )
    return case


def _person_name(rng: random.Random) -> str:
    return f"{rng.choice(demo_people.FIRST_NAMES)} {rng.choice(demo_people.LAST_NAMES)}"


def _day(case: Case, days_before_start: int) -> dt.date:
    return case.start - dt.timedelta(days=days_before_start)


def _answers(rng: random.Random, base: int) -> dict[str, int | None]:
    from hbdesk.models.questionnaire_data import DOMAINS

    return {
        item.code: max(0, min(10, base + rng.randint(-2, 2)))
        for domain in DOMAINS
        for item in domain.items
    }


def _self_assess(
    vault: OpenVault, rng: random.Random, case: Case, items: dict[str, str], stage: Stage
) -> None:
    selfassessment.record_self_assessment(
        vault,
        DEMO_WORKER,
        case.client_id,
        questionnaire_id=case.questionnaire_id,
        answered_on=_day(case, 50),
        answers=_answers(rng, rng.randint(4, 7)),
        occasion="start",
    )


def _assess(
    vault: OpenVault, rng: random.Random, case: Case, items: dict[str, str], stage: Stage
) -> None:
    s = case.situation
    assessment.record_need_assessment(
        vault,
        DEMO_WORKER,
        case.client_id,
        assessed_on=_day(case, 40),
        needs=s.needs,
        entitlement="Tarve ja oikeus tukeen todettu palvelutarpeen arvioinnissa.",
        service_areas=[s.area],
    )
    if stage != Stage.ASSESSMENT or rng.random() < 0.5:
        assessment.record_client_proposal(
            vault,
            DEMO_WORKER,
            case.client_id,
            proposed_on=_day(case, 35),
            goals=" ".join(s.goals),
            means=s.means,
        )


def _plan(
    vault: OpenVault, rng: random.Random, case: Case, items: dict[str, str], stage: Stage
) -> None:
    cid, s = case.client_id, case.situation
    p = plan.start_plan(vault, DEMO_WORKER, cid).value
    plan.add_plan_entry(
        vault, DEMO_WORKER, cid, p.id, section="need", text=s.needs, author="together"
    )
    for goal in s.goals:
        entry = plan.add_plan_entry(
            vault,
            DEMO_WORKER,
            cid,
            p.id,
            section="goal",
            text=goal,
            author=rng.choice(("client", "together")),
        ).value
        case.goal_ids.append(entry.lineage_id)
    plan.add_plan_entry(
        vault, DEMO_WORKER, cid, p.id, section="budget_use", text=s.budget_use, author="together"
    )
    plan.add_plan_entry(
        vault,
        DEMO_WORKER,
        cid,
        p.id,
        section="follow_up",
        text="Seuranta kolmen kuukauden välein.",
        author="key_worker",
    )
    if rng.random() < 0.15:
        plan.record_disagreement(
            vault,
            DEMO_WORKER,
            cid,
            record_table="plan_entries",
            record_id=case.goal_ids[0],
            text="Minusta tavoite on liian kova näin alkuun.",
        )
    if stage == Stage.PLAN and rng.random() < 0.5:
        return  # still being written
    people.record_support_need(
        vault,
        DEMO_WORKER,
        cid,
        considered_on=_day(case, 26),
        support_needed=False,
        reasoning="Läheiset ja omatyöntekijä riittävät tueksi.",
    )
    signed = dt.datetime.combine(_day(case, 25), dt.time(9, 30), tzinfo=dt.UTC)
    plan.agree_plan(
        vault,
        DEMO_WORKER,
        cid,
        p.id,
        agreed_on=_day(case, 25),
        confirmed_by=["client", "key_worker"],
        confirmation=plan.Confirmation.drawn(_demo_signature(), signed),
        next_follow_up_on=case.start + dt.timedelta(days=90),
    )


def _demo_signature() -> Signature:
    """A drawn-looking signature for demo plans: a looping stroke and an underline."""
    loop = [(20 + i * 4.0, 60 - 30 * math.sin(i / 3.0) * (1 - i / 140)) for i in range(100)]
    return Signature.from_points([loop, [(30.0, 95.0), (400.0, 88.0)]], 440, 120)


def _budget(
    vault: OpenVault, rng: random.Random, case: Case, items: dict[str, str], stage: Stage
) -> None:
    cid = case.client_id
    b = budget.create_budget(
        vault, DEMO_WORKER, cid, valid_from=case.start, valid_to=case.start + dt.timedelta(days=364)
    ).value
    for code, quantity, frequency in case.situation.items:
        budget.add_catalogue_line(
            vault,
            DEMO_WORKER,
            cid,
            b.id,
            item_id=items[code],
            quantity=quantity,
            frequency=frequency,
            goal_lineage_id=case.goal_ids[0] if case.goal_ids else None,
        )
    if rng.random() < 0.3:
        price = Decimal(rng.randint(30, 90) * 5)
        budget.add_own_option_line(
            vault,
            DEMO_WORKER,
            cid,
            b.id,
            budget.OwnOption(
                description="Itse löydetty kurssi",
                provider="Yhdistys ry",
                unit="course",
                unit_price=price,
                quantity=1,
                frequency="once",
                category="course",
                service_area=case.situation.area,
                quote_ref="tarjous sähköpostilla",
            ),
        )
    budget.propose_budget(vault, DEMO_WORKER, cid, b.id)


def _decide(
    vault: OpenVault, rng: random.Random, case: Case, items: dict[str, str], stage: Stage
) -> None:
    cid = case.client_id
    view = budget.get_budget(vault, DEMO_WORKER, cid)
    assert view is not None
    draft = decision.prepare_decision(vault, DEMO_WORKER, cid, view.budget.id).value
    roll = rng.random()
    if stage == Stage.DECISION and roll < 0.3:
        decision.update_decision_draft(
            vault,
            DEMO_WORKER,
            cid,
            draft.id,
            outcome="refused",
            granted_sum="0",
            grounds="Tarve katetaan muulla tuella.",
        )
    elif roll < 0.2:
        partial = (view.total * Decimal("0.85")).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        decision.update_decision_draft(
            vault, DEMO_WORKER, cid, draft.id, outcome="partly_granted", granted_sum=partial
        )
    issued = decision.issue_decision(
        vault,
        DEMO_WORKER,
        cid,
        draft.id,
        decided_on=_day(case, 14),
        decided_by=MAKER,
        appeal=APPEAL,
    ).value
    decision.record_notification(
        vault,
        DEMO_WORKER,
        cid,
        issued.id,
        method=rng.choice(("letter", "electronic", "in_person")),
        sent_on=_day(case, 13),
        acknowledged_by="asiakas",
    )
