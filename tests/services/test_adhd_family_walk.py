"""The seed's ADHD family case (seed 003), walked from contact to closing through the services.

A school-aged child's ADHD diagnosis weighs on the whole family. The family may choose
between standard family work and a specialist ADHD coach; they choose the coach, the worker
asks the provider for a quote (the client's own found option, with its price), and the
budget pays for three months of support at home.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from hbdesk.models.outbox import OutboxOp
from hbdesk.models.progress import NextStep
from hbdesk.services import (
    access_log,
    assessment,
    budget,
    catalogue,
    clients,
    closing,
    decision,
    feedback,
    followup,
    ledger,
    overview,
    people,
    plan,
    selfassessment,
    spending_view,
)
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import APPEAL, MAKER

D = dt.date
FIRST, LAST = D(2026, 2, 1), D(2026, 4, 30)


def answers(level: int) -> dict[str, int | None]:
    q = {
        "physical": 6,
        "mental": 4,
        "social": 5,
        "everyday": 3,
        "work_study": 5,
        "participation": 5,
    }
    from hbdesk.models.questionnaire_data import DOMAINS

    return {i.code: min(10, q[d.code] + level) for d in DOMAINS for i in d.items}


def step(vault: OpenVault, worker: Actor, cid: str, day: dt.date) -> NextStep:
    return overview.client_overview(vault, worker, cid, today=day).next_step


def test_adhd_family_from_contact_to_closing(vault: OpenVault, worker: Actor) -> None:
    # The catalogue has standard family work and a peer group, but no ADHD specialist.
    catalogue.publish_catalogue(
        vault,
        worker,
        D(2026, 1, 1),
        [
            catalogue.ItemData(
                code="PERHETYO-H",
                name="Perhetyö, tunti",
                category="home_help",
                service_area="social_welfare",
                unit="hour",
                unit_price="62.00",
                provider="Kaupungin perhepalvelut",
                valid_from=D(2026, 1, 1),
            ),
            catalogue.ItemData(
                code="VERTAIS",
                name="Vertaistukiryhmä vanhemmille, kausi",
                category="peer_support",
                service_area="social_welfare",
                unit="course",
                unit_price="30.00",
                provider="ADHD-yhdistys ry",
                valid_from=D(2026, 1, 1),
            ),
        ],
    )
    qid = selfassessment.install_standard_questionnaire(vault, worker).value.id

    # 1 Contact: the early-support social workers meet the family with the school curator.
    c = clients.register_contact(
        vault,
        worker,
        clients.NewContact(
            first_name="Helmi",
            last_name="Esimerkki",
            identity_code="010185-9523",
            contacted_on=D(2026, 1, 8),
            channel="referral",
            author="client",
            described_needs=(
                "Poikamme sai ADHD-diagnoosin. Emme tiedä, miten arjessa pitäisi toimia."
            ),
            close_people_role="Puoliso jakaa arjen; mummo auttaa kuljetuksissa.",
        ),
    ).value
    cid = c.id
    assert c.stage == "contact" and c.key_worker_id == worker.user_id
    spouse = people.add_close_person(
        vault, worker, cid, name="Eino Esimerkki", relation="puoliso", trusted=True
    ).value
    curator = people.add_team_member(
        vault,
        worker,
        cid,
        name="Kaisa Kuraattori",
        organisation="Esimerkkilän koulu",
        role="koulukuraattori",
    ).value
    people.record_team_consent(
        vault,
        worker,
        cid,
        curator.id,
        may_see=["plan", "follow_up"],
        consent_on=D(2026, 1, 8),
        note="Suullinen suostumus tapaamisessa",
    )
    team = people.people_of(vault, worker, cid)
    assert team.has_trusted_person and not team.needs_attention
    assert team.team[0].consent_given and team.team[0].may_see == ["follow_up", "plan"]
    assert team.close_people[0].id == spouse.id
    assert step(vault, worker, cid, D(2026, 1, 8)) == NextStep.SELF_ASSESSMENT

    # 2 Self-assessment.
    before = selfassessment.record_self_assessment(
        vault,
        worker,
        cid,
        questionnaire_id=qid,
        answered_on=D(2026, 1, 8),
        answers=answers(0),
        occasion="start",
        author="client",
    ).value

    # 3 Need assessment and the family's own proposal.
    assessment.record_need_assessment(
        vault,
        worker,
        cid,
        assessed_on=D(2026, 1, 15),
        needs="Diagnoosi kuormittaa koko perhettä; arjen tilanteet kärjistyvät.",
        entitlement="Oikeus perhetyöhön sosiaalihuoltolain 18 §:n mukaan.",
        service_areas=["social_welfare"],
    )
    assessment.record_client_proposal(
        vault,
        worker,
        cid,
        proposed_on=D(2026, 1, 15),
        goals="Meillä on yhteiset pelisäännöt. Poika ymmärtää omaa erityisyyttään.",
        means="Haluamme ADHD-osaajan kotiin tavallisen perhetyön sijaan.",
    )
    assert step(vault, worker, cid, D(2026, 1, 15)) == NextStep.AGREE_PLAN

    # 4 Plan, written together; each entry carries its author; a disagreement is kept.
    p = plan.start_plan(vault, worker, cid).value
    need = plan.add_plan_entry(
        vault,
        worker,
        cid,
        p.id,
        section="need",
        author="key_worker",
        text="Perhe tarvitsee ADHD-erityisosaamista arjen tueksi.",
    ).value
    goals = [
        plan.add_plan_entry(vault, worker, cid, p.id, section="goal", author=a, text=t).value
        for a, t in (
            ("client", "Perheellä on yhteiset pelisäännöt."),
            ("together", "Lapsi oppii ymmärtämään omaa erityisyyttään."),
            ("client", "Selviämme arjen ongelmatilanteista."),
        )
    ]
    plan.add_plan_entry(
        vault,
        worker,
        cid,
        p.id,
        section="budget_use",
        author="together",
        text="ADHD-ohjaus kotona kolmen kuukauden ajan; vertaisryhmä.",
    )
    plan.add_plan_entry(
        vault,
        worker,
        cid,
        p.id,
        section="role",
        author="key_worker",
        text="Omatyöntekijä pyytää tarjouksen ADHD-ohjausta antavalta palveluntuottajalta.",
    )
    plan.add_plan_entry(
        vault,
        worker,
        cid,
        p.id,
        section="follow_up",
        author="together",
        text="Seuranta huhtikuun lopussa yhdessä kuraattorin kanssa.",
    )
    plan.record_disagreement(
        vault,
        worker,
        cid,
        record_table="plan_entries",
        record_id=need.id,
        text="Emme koe olevamme kriisissä, tarvitsemme vain oikeanlaista tietoa.",
    )
    plan.agree_plan(
        vault,
        worker,
        cid,
        p.id,
        agreed_on=D(2026, 1, 22),
        confirmed_by=["client", "key_worker"],
        next_follow_up_on=D(2026, 4, 28),
        confirmation=plan.Confirmation.typed("Testi Perhe"),
    )
    view = plan.get_plan(vault, worker, cid)
    assert view is not None and view.plan.status == "agreed"
    assert [e.author for e in view.entries["goal"]] == ["client", "together", "client"]
    (dis,) = view.disagreements[need.id]
    assert dis.author == "client" and dis.text.startswith("Emme koe olevamme kriisissä")
    assert step(vault, worker, cid, D(2026, 1, 22)) == NextStep.BUILD_BUDGET

    # 5 Budget: the provider's quote (own found option) and a peer group from the catalogue.
    family_work = catalogue.search_catalogue(vault, worker, "perhetyö")
    assert family_work[0].unit_price == Decimal("62.00")  # the standard option, not chosen
    peer = catalogue.search_catalogue(vault, worker, "vertaistuki")[0]
    b = budget.create_budget(
        vault, worker, cid, valid_from=FIRST, valid_to=LAST, plan_id=p.id
    ).value
    coach = budget.add_own_option_line(
        vault,
        worker,
        cid,
        b.id,
        budget.OwnOption(
            description="ADHD-ohjaus perheen kotona (lähiohjaaja)",
            provider="Neurovalmennus Kompassi Oy",
            unit="visit",
            unit_price="98.00",
            quantity=6,
            frequency="monthly",
            category="coaching",
            service_area="social_welfare",
            quote_ref="Tarjous 20.1.2026",
            goal_lineage_id=goals[1].lineage_id,
        ),
    ).value
    budget.add_catalogue_line(
        vault, worker, cid, b.id, item_id=peer.id, quantity=1, frequency="once"
    )
    budget.propose_budget(vault, worker, cid, b.id)
    bv = budget.get_budget(vault, worker, cid)
    assert bv is not None and bv.budget.catalogue_version_id is not None
    line_totals = {t.line_id: t.total for t in bv.totals.lines}
    assert line_totals[coach.id] == Decimal("1764.00")  # 98 € × 6 visits × 3 months
    assert bv.total == Decimal("1794.00")
    assert bv.totals.by_area == {"social_welfare": Decimal("1794.00")}
    assert coach.source == "own_option" and coach.quote_ref == "Tarjous 20.1.2026"
    assert step(vault, worker, cid, D(2026, 1, 25)) == NextStep.PREPARE_DECISION

    # 6 Decision: prepared from plan and budget, issued, notified electronically.
    draft = decision.prepare_decision(vault, worker, cid, b.id).value
    assert draft.proposed_sum == Decimal("1794.00") and draft.outcome == "granted"
    assert draft.grounds == "Perhe tarvitsee ADHD-erityisosaamista arjen tueksi."
    assert "Perheellä on yhteiset pelisäännöt." in draft.plan_summary
    assert (draft.valid_from, draft.valid_to) == (FIRST, LAST)
    decision.update_decision_draft(
        vault, worker, cid, draft.id, restrictions="Budjetti on tarkoitettu ADHD-ohjaukseen."
    )
    assert step(vault, worker, cid, D(2026, 1, 26)) == NextStep.ISSUE_DECISION
    issued = decision.issue_decision(
        vault, worker, cid, draft.id, decided_on=D(2026, 1, 27), decided_by=MAKER, appeal=APPEAL
    ).value
    notice = decision.record_notification(
        vault, worker, cid, issued.id, method="electronic", sent_on=D(2026, 1, 27)
    ).value
    assert notice.deemed_received == D(2026, 1, 30)
    assert notice.rectification_deadline == D(2026, 3, 2)  # 1.3. is a Sunday
    assert issued.granted_sum == Decimal("1794.00") and issued.appeal_court == APPEAL.court

    # 7 Use: the provider's monthly e-invoices, confirmed by the family; the peer group paid.
    ledger.record_spending(
        vault,
        worker,
        cid,
        ledger.Spending(
            method="mobile_payment",
            amount="30.00",
            spent_on=D(2026, 2, 3),
            category="peer_support",
            provider="ADHD-yhdistys ry",
        ),
    )
    invoices = []
    for month, sum_ in ((2, "588.00"), (3, "588.00"), (4, "490.00")):
        inv = ledger.record_spending(
            vault,
            worker,
            cid,
            ledger.Spending(
                method="invoice",
                amount=sum_,
                spent_on=D(2026, month, 28),
                category="coaching",
                provider="Neurovalmennus Kompassi Oy",
                source="e_invoice",
                external_ref=f"KOMPASSI-2026-{month}",
            ),
        ).value
        invoices.append(inv)
    for inv in invoices[:2]:
        ledger.confirm_invoice(
            vault, worker, cid, inv.id, confirmed_on=inv.spent_on + dt.timedelta(days=5)
        )
    (state,) = spending_view.budget_states(vault, worker, cid, as_of=D(2026, 4, 29))
    assert state.balance.confirmed == Decimal("1206.00")
    assert state.balance.pending == Decimal("490.00")
    assert state.balance.available == Decimal("98.00")
    assert [r.entry.id for r in state.pending_rows] == [invoices[2].id]
    assert step(vault, worker, cid, D(2026, 4, 29)) == NextStep.CONFIRM_INVOICES
    ledger.confirm_invoice(vault, worker, cid, invoices[2].id, confirmed_on=D(2026, 5, 2))

    # 8 Follow-up: goals scored, self-assessment again.
    after = selfassessment.record_self_assessment(
        vault,
        worker,
        cid,
        questionnaire_id=qid,
        answered_on=D(2026, 4, 28),
        answers=answers(2),
        occasion="follow_up",
        author="client",
    ).value
    meet = followup.record_follow_up(
        vault,
        worker,
        cid,
        held_on=D(2026, 4, 28),
        summary="Perhe on oppinut pelisäännöt ja sanoittaa vaikeita tilanteita.",
        self_assessment_id=after.id,
        next_follow_up_on=D(2026, 5, 15),
    ).value
    for goal, score in zip(goals, (1, 2, 0), strict=True):
        followup.record_goal_progress(
            vault,
            worker,
            cid,
            goal_lineage_id=goal.lineage_id,
            assessed_on=D(2026, 4, 28),
            score=score,
            note="Arvioitu yhdessä",
            follow_up_id=meet.id,
        )
    gas = followup.goal_attainment(vault, worker, cid)
    assert [g.latest for g in gas] == [1, 2, 0]
    delta = selfassessment.compare_self_assessments(vault, worker, cid, before.id, after.id)
    assert delta is not None and delta.overall == Decimal("2.0")
    assert delta.by_domain["everyday"] == Decimal("2.0")

    # 9 Feedback, anonymous.
    feedback.give_feedback(
        vault,
        worker,
        D(2026, 5, 1),
        feedback.FeedbackAnswers(
            unit="Lapsiperheiden sosiaalityö",
            felt_heard=5,
            budget_follow_ease=4,
            goals_reached=4,
            text="Saimme oikeaa apua oikeaan aikaan.",
        ),
    )

    # 10 Closing, after the three months of support have ended.
    final = selfassessment.record_self_assessment(
        vault,
        worker,
        cid,
        questionnaire_id=qid,
        answered_on=D(2026, 5, 15),
        answers=answers(3),
        occasion="final",
        author="client",
    ).value
    closed = closing.close_client(
        vault,
        worker,
        cid,
        closed_on=D(2026, 5, 15),
        reason="goals_reached",
        final_assessment_id=final.id,
        effects="Koko perhe sai tukea oikea-aikaisesti; lapsi tunnistaa vaikeat tilanteet.",
    ).value
    assert closed.reason == "goals_reached" and closed.final_assessment_id == final.id
    ov = overview.client_overview(vault, worker, cid, today=D(2026, 5, 16))
    assert ov.stage == "closed" and ov.next_step == NextStep.NONE
    assert ov.client.closed_on == D(2026, 5, 15) and ov.disagreements == 1

    # The family sees its own access log; the log holds; the outbox carries every stage.
    log = access_log.client_access_log(vault, worker, cid)
    assert {line.action for line in log} >= {"create", "change", "view"}
    assert all(line.user_id == worker.user_id for line in log)
    assert access_log.verify_access_log(vault).ok
    with vault.session() as s:
        entities = {o.entity for o in s.scalars(select(OutboxOp).where(OutboxOp.client_id == cid))}
        feedback_ops = s.scalars(select(OutboxOp).where(OutboxOp.entity == "feedback")).all()
    assert {
        "clients",
        "contacts",
        "close_people",
        "team_members",
        "self_assessments",
        "need_assessments",
        "client_proposals",
        "plans",
        "plan_entries",
        "disagreements",
        "budgets",
        "budget_lines",
        "decision_drafts",
        "decisions",
        "decision_notifications",
        "spending_entries",
        "invoice_confirmations",
        "follow_ups",
        "goal_progress",
        "closings",
        "access_log",
    } <= entities
    assert feedback_ops == []  # the feedback is not an op: it leaves through its own channel
