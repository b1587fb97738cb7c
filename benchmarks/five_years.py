"""A client with five years of history, built through the services (issue 15's benchmark client).

312 spending entries over all five payment methods in one decision chain of 3 budget
versions and decisions, 61 monthly follow-ups with 183 goal scores (three goals), 120
notes, 80 plan entries over 5 plan versions and 11 self-assessments. `check_counts` says
whether a vault's client has exactly that (a benchmark that measured a thinner client
would measure nothing).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from hbdesk.models.budget import Budget
from hbdesk.models.client import Client, Note
from hbdesk.models.decision import Decision
from hbdesk.models.followup import FollowUp, GoalProgress
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.plan import Plan, PlanEntry
from hbdesk.models.selfassessment import Questionnaire, SelfAssessment
from hbdesk.services import (
    assessment,
    budget,
    clients,
    decision,
    followup,
    ledger,
    people,
    plan,
    selfassessment,
)
from hbdesk.services.context import Actor, batch
from hbdesk.services.demo import APPEAL, MAKER
from hbdesk.store import OpenVault

LAST_NAME = "Viisivuotinen"  # fictional; the benchmark finds the client by it
EXPECTED = {
    "spending_entries": 312,
    "payment_methods": 5,
    "follow_ups": 61,
    "goal_progress": 183,
    "notes": 120,
    "plan_entries": 80,
    "plans": 5,
    "self_assessments": 11,
    "budgets": 3,
    "decisions": 3,
}
YEARS_DAYS = 1860  # the first budget starts this many days before today
# (category, payment method, county source or None for the laptop, unit price)
LINES = (
    ("home_help", "invoice", "e_invoice", Decimal("120.00")),
    ("cleaning", "service_voucher", "voucher_redemption", Decimal("80.00")),
    ("transport", "direct_payment", "payment_system", Decimal("35.00")),
    ("equipment", "payment_commitment", "commitment_billing", Decimal("60.00")),
    ("sports", "mobile_payment", "mobile_payment_report", Decimal("25.00")),
)
SECTIONS = (("need", 2), ("goal", 3), ("budget_use", 4), ("role", 4), ("follow_up", 3))


@dataclass
class _Built:
    client_id: str
    goals: list[str] = field(default_factory=list)
    questionnaire_id: str = ""
    decisions: list[Decision] = field(default_factory=list)
    entries: int = 0


def build(vault: OpenVault, actor: Actor, today: dt.date, seed: int = 15) -> str:
    """Add the five-year client to a vault that has the standard questionnaire; its id."""
    rng = random.Random(seed)
    start = today - dt.timedelta(days=YEARS_DAYS)
    with batch(vault) as session:
        qid = session.scalar(select(Questionnaire.id).limit(1))
        if qid is None:
            qid = selfassessment.install_standard_questionnaire(vault, actor).value.id
        built = _contact(vault, actor, start)
        built.questionnaire_id = qid
        _plans(vault, actor, built, start)
        _decisions(vault, actor, built, start, today)
        _spend(vault, actor, rng, built, start, today)
        _follow(vault, actor, rng, built, start)
        _notes(vault, actor, built)
    return built.client_id


def _contact(vault: OpenVault, actor: Actor, start: dt.date) -> _Built:
    new = clients.NewContact(
        first_name="Ilmari",
        last_name=LAST_NAME,
        identity_code="010170-999R",
        contacted_on=start - dt.timedelta(days=60),
        channel="phone",
        described_needs="Apua arkeen ja liikkumiseen.",
        author="client",
        unit="Tiimi Itä",
    )
    cid = clients.register_contact(vault, actor, new).value.id
    people.add_close_person(
        vault, actor, cid, name="Aino Esimerkki", relation="sisko", trusted=True
    )
    assessment.record_need_assessment(
        vault,
        actor,
        cid,
        assessed_on=start - dt.timedelta(days=40),
        needs="Arjen tuki, siivous, kuljetukset.",
        entitlement="Tarve todettu palvelutarpeen arvioinnissa.",
        service_areas=["social_welfare"],
    )
    assessment.record_client_proposal(
        vault,
        actor,
        cid,
        proposed_on=start - dt.timedelta(days=35),
        goals="Liikun itse kaupassa.",
        means="Kotiapu ja kuljetus.",
    )
    return _Built(cid)


def _plans(vault: OpenVault, actor: Actor, built: _Built, start: dt.date) -> None:
    """Version 1 with 16 entries, then four revisions that carry them over (80 in all)."""
    cid = built.client_id
    for version in range(5):
        p = plan.start_plan(vault, actor, cid).value
        if version == 0:
            for section, count in SECTIONS:
                for n in range(count):
                    entry = plan.add_plan_entry(
                        vault,
                        actor,
                        cid,
                        p.id,
                        section=section,
                        text=f"{section} {n + 1}: kirjattu yhdessä asiakkaan kanssa.",
                        author="together",
                    ).value
                    if section == "goal":
                        built.goals.append(entry.lineage_id)
        agreed = start - dt.timedelta(days=25) + dt.timedelta(days=365 * version)
        plan.agree_plan(
            vault,
            actor,
            cid,
            p.id,
            agreed_on=agreed,
            confirmed_by=["client", "key_worker"],
            confirmation=plan.Confirmation.typed("Ilmari Viisivuotinen"),
            next_follow_up_on=agreed + dt.timedelta(days=30),
        )


def _decisions(
    vault: OpenVault, actor: Actor, built: _Built, start: dt.date, today: dt.date
) -> None:
    """Three budget versions, each decided; the second and third revise the first."""
    cid = built.client_id
    ends = [
        start + dt.timedelta(days=608),
        start + dt.timedelta(days=1217),
        today + dt.timedelta(days=180),
    ]
    begin = start
    for n, end in enumerate(ends):
        b = budget.create_budget(vault, actor, cid, valid_from=begin, valid_to=end).value
        if n == 0:
            for category, _method, _source, price in LINES:
                budget.add_own_option_line(
                    vault,
                    actor,
                    cid,
                    b.id,
                    budget.OwnOption(
                        description=f"{category} (oma valinta)",
                        provider=f"Palvelu {category} Oy",
                        unit="month",
                        unit_price=price * 5,
                        quantity=1,
                        frequency="monthly",
                        category=category,
                        service_area="social_welfare",
                    ),
                )
        budget.propose_budget(vault, actor, cid, b.id)
        supersedes = built.decisions[-1].id if built.decisions else None
        draft = decision.prepare_decision(vault, actor, cid, b.id, supersedes_id=supersedes).value
        issued = decision.issue_decision(
            vault,
            actor,
            cid,
            draft.id,
            decided_on=begin - dt.timedelta(days=14),
            decided_by=MAKER,
            appeal=APPEAL,
        ).value
        built.decisions.append(issued)
        begin = end + dt.timedelta(days=1)


def _spend(
    vault: OpenVault,
    actor: Actor,
    rng: random.Random,
    built: _Built,
    start: dt.date,
    today: dt.date,
) -> None:
    """312 entries, all five methods, confirmations, receipts, and a few disputes corrected."""
    cid, total, n = built.client_id, EXPECTED["spending_entries"], 0
    span = (today - start).days - 10
    while n < total:
        category, method, source, price = LINES[n % len(LINES)]
        day = start + dt.timedelta(days=span * n // total + rng.randint(0, 3))
        amount = (price * Decimal(rng.randint(80, 120)) / 100).quantize(Decimal("0.01"))
        laptop = n % 13 == 0
        entry = ledger.record_spending(
            vault,
            actor,
            cid,
            ledger.Spending(
                method=method,
                amount=amount,
                spent_on=day,
                category=category,
                provider=f"Palvelu {category} Oy",
                source="laptop" if laptop else source,
                external_ref=None if laptop else f"5y-{n}",
                decision_id=built.decisions[0].id,
            ),
        ).value
        n += 1
        n += _settle(vault, actor, rng, cid, entry, today, room=total - n)


def _settle(
    vault: OpenVault,
    actor: Actor,
    rng: random.Random,
    cid: str,
    entry: object,
    today: dt.date,
    room: int,
) -> int:
    """Confirm an invoice (now and then disputed and reversed) or report receipts: entries added."""
    assert isinstance(entry, SpendingEntry)
    later = entry.spent_on + dt.timedelta(days=rng.randint(3, 12))
    if later > today:
        return 0
    if entry.method == "invoice":
        disputed = room > 0 and rng.random() < 0.1
        ledger.confirm_invoice(
            vault,
            actor,
            cid,
            entry.id,
            confirmed_on=later,
            verdict="disputed" if disputed else "correct",
        )
        if disputed:
            ledger.reverse_entry(
                vault, actor, cid, entry.id, reason="Asiakas kiisti laskun.", on=later
            )
            return 1
    elif entry.method == "direct_payment":
        ledger.report_receipts(
            vault,
            actor,
            cid,
            entry.id,
            amount=entry.amount,
            reported_on=later,
            description="Kuitit toimitettu.",
        )
    return 0


def _follow(
    vault: OpenVault, actor: Actor, rng: random.Random, built: _Built, start: dt.date
) -> None:
    """61 monthly follow-ups, three goals scored at each, 11 self-assessments in all."""
    cid = built.client_id
    selfassessment.record_self_assessment(
        vault,
        actor,
        cid,
        questionnaire_id=built.questionnaire_id,
        answered_on=start - dt.timedelta(days=50),
        answers=_answers(rng),
        occasion="start",
    )
    for month in range(61):
        held = start + dt.timedelta(days=30 * (month + 1))
        assessed = None
        if month % 6 == 5:  # every six months the client answers again: 10 more
            assessed = selfassessment.record_self_assessment(
                vault,
                actor,
                cid,
                questionnaire_id=built.questionnaire_id,
                answered_on=held,
                answers=_answers(rng),
                occasion="follow_up",
            ).value.id
        meeting = followup.record_follow_up(
            vault,
            actor,
            cid,
            held_on=held,
            summary=f"Kuukauden {month + 1} seuranta: arki sujuu.",
            next_follow_up_on=held + dt.timedelta(days=30),
            self_assessment_id=assessed,
        ).value
        for goal in built.goals:
            followup.record_goal_progress(
                vault,
                actor,
                cid,
                goal_lineage_id=goal,
                assessed_on=held,
                score=rng.randint(-1, 2),
                note="Arvioitu yhdessä.",
                follow_up_id=meeting.id,
            )


def _answers(rng: random.Random) -> dict[str, int | None]:
    from hbdesk.models.questionnaire_data import DOMAINS

    return {item.code: rng.randint(3, 9) for domain in DOMAINS for item in domain.items}


def _notes(vault: OpenVault, actor: Actor, built: _Built) -> None:
    for n in range(EXPECTED["notes"]):
        clients.add_note(
            vault,
            actor,
            built.client_id,
            f"Muistiinpano {n + 1}: soitto ja kuulumiset, sovittiin seuraavasta käynnistä.",
            "key_worker",
        )


def find(vault: OpenVault) -> str | None:
    """The five-year client's id in a vault, if it has one."""
    with vault.session() as s:
        return s.scalar(select(Client.id).where(Client.last_name == LAST_NAME))


def counts(vault: OpenVault, client_id: str) -> dict[str, int]:
    """What the client holds, in EXPECTED's terms (read straight from the vault)."""

    def n(model: type, *where: object) -> int:
        stmt = select(func.count()).select_from(model).where(model.client_id == client_id, *where)  # type: ignore[attr-defined]
        return int(s.scalar(stmt) or 0)

    with vault.session() as s:
        methods = Counter(
            s.scalars(select(SpendingEntry.method).where(SpendingEntry.client_id == client_id))
        )
        return {
            "spending_entries": n(SpendingEntry),
            "payment_methods": len(methods),
            "follow_ups": n(FollowUp),
            "goal_progress": n(GoalProgress),
            "notes": n(Note),
            "plan_entries": n(PlanEntry),
            "plans": n(Plan),
            "self_assessments": n(SelfAssessment),
            "budgets": n(Budget),
            "decisions": n(Decision),
        }


def check_counts(vault: OpenVault, client_id: str) -> list[str]:
    """What differs from the issue's counts (empty: the client is the one the issue names)."""
    found = counts(vault, client_id)
    return [f"{k}: {found[k]} (want {v})" for k, v in EXPECTED.items() if found[k] != v]
