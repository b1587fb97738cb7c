"""A client walked through the services to an issued, notified decision with spending,
and how the tests read documents back: `pdftotext -layout`, `pdftoppm`."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hbdesk.services import (
    assessment,
    budget,
    catalogue,
    clients,
    decision,
    followup,
    ledger,
    people,
    plan,
    selfassessment,
)
from hbdesk.services.context import Actor
from hbdesk.services.documents import Organisation, Payer
from hbdesk.store import OpenVault

WORKER = Actor(
    user_id="worker-7", role="key_worker", device_id="laptop-7", display_name="Kaisa Omatyöntekijä"
)
IDENTITY_CODE = "010190-900P"  # test range (900–999)
DIAGNOSIS = "ADHD-diagnoosi"
NEED = f"Äidin jaksaminen on lopussa; lapsella {DIAGNOSIS} ja uniongelmia."
OWN_WORDS = "Haluan että meidän perhe saa nukkua ja että jaksan olla äiti, en vain hoitaja."
GOAL = "Lapsi pääsee uimaan kerran viikossa ja äiti saa oman illan."
DISAGREEMENT = "En ole samaa mieltä: siivousapu ei ole minulle tärkein, uni on."
RESTRICTION = "Budjettia ei käytetä alkoholiin eikä tupakkaan."
APPEAL = decision.AppealSettings(
    organisation_name="Järvelän hyvinvointialue",
    body="Yksilöasioiden jaosto",
    address="Kirjaamo, PL 77, 99100 Järvelä",
    court="Järvelän hallinto-oikeus",
    email="kirjaamo@jarvela.invalid",
    phone="029 111 2222",
)
MAKER = decision.DecisionMaker(name="Päivi Päättäjä", title="johtava sosiaalityöntekijä")
ORGANISATION = Organisation(
    name="Järvelän hyvinvointialue",
    address="PL 77, 99100 Järvelä",
    deciding_body="Perhepalvelut",
    phone="029 111 2222",
)
PAYER = Payer(
    name="Järvelän palvelukeskus",
    invoicing_address="PL 88, 99100 Järvelä",
    e_invoice_address="003712345678",
)
LETTER_SENT = dt.date(2026, 1, 5)  # deemed received 12.1.2026; deadline 11.2.2026 (Wed)


@dataclass(frozen=True)
class Case:
    vault: OpenVault
    client_id: str
    decision_id: str
    line_id: str  # the swimming card (catalogue)
    plan_text: str


def walk(vault: OpenVault) -> Case:
    w = WORKER
    client = clients.register_contact(
        vault,
        w,
        clients.NewContact(
            first_name="Åsa",
            last_name="Ström-Äijälä",
            identity_code=IDENTITY_CODE,
            contacted_on=dt.date(2025, 11, 3),
            channel="web_request",
            described_needs=OWN_WORDS,
            author="client",
            address="Koivukuja 3, 99100 Järvelä",
            phone="040 000 0000",
        ),
    ).value
    cid = client.id
    friend = people.add_close_person(
        vault, w, cid, name="Märta Vän", relation="ystävä", trusted=True
    ).value
    people.choose_support_person(vault, w, cid, friend.id, tasks="Tulee mukaan tapaamisiin.")
    people.add_team_member(
        vault, w, cid, name="Olli Opettaja", organisation="Järvelän koulu", role="luokanopettaja"
    )
    q = selfassessment.install_standard_questionnaire(vault, w).value
    items = selfassessment.questionnaire(vault, w).items
    selfassessment.record_self_assessment(
        vault,
        w,
        cid,
        questionnaire_id=q.id,
        answered_on=dt.date(2025, 11, 10),
        answers={i.code: 5 for i in items},
    )
    assessment.record_need_assessment(
        vault,
        w,
        cid,
        assessed_on=dt.date(2025, 11, 20),
        needs=NEED,
        entitlement="Oikeus perhetyöhön.",
        service_areas=["social_welfare"],
    )
    assessment.record_client_proposal(
        vault,
        w,
        cid,
        proposed_on=dt.date(2025, 11, 25),
        goals=OWN_WORDS,
        means="Uinti, siivousapu.",
    )
    p = plan.start_plan(vault, w, cid).value
    plan.add_plan_entry(vault, w, cid, p.id, section="need", text=NEED, author="together")
    plan.add_plan_entry(vault, w, cid, p.id, section="need", text=OWN_WORDS, author="client")
    goal = plan.add_plan_entry(
        vault, w, cid, p.id, section="goal", text=GOAL, author="support_person"
    ).value
    plan.add_plan_entry(
        vault,
        w,
        cid,
        p.id,
        section="budget_use",
        text="Uimakortti ja siivousapua kerran kuussa.",
        author="key_worker",
    )
    plan.add_plan_entry(
        vault,
        w,
        cid,
        p.id,
        section="follow_up",
        text="Tavataan kolmen kuukauden välein.",
        author="together",
    )
    plan.record_disagreement(
        vault, w, cid, record_table="plan_entries", record_id=goal.id, text=DISAGREEMENT
    )
    plan.agree_plan(
        vault,
        w,
        cid,
        p.id,
        agreed_on=dt.date(2025, 12, 10),
        confirmed_by=["client", "key_worker", "support_person"],
        confirmation=plan.Confirmation.typed("Åsa Ström-Äijälä"),
        next_follow_up_on=dt.date(2026, 3, 10),
    )
    catalogue.publish_catalogue(
        vault,
        w,
        dt.date(2025, 1, 1),
        [
            catalogue.ItemData(
                code="UIMA-10",
                name="Uimahallin sarjakortti 10 krt",
                category="sports",
                service_area="social_welfare",
                unit="card",
                unit_price="45.00",
                provider="Järvelän uimahalli",
                valid_from=dt.date(2025, 1, 1),
            )
        ],
    )
    item = catalogue.search_catalogue(vault, w, limit=10)[0]
    b = budget.create_budget(
        vault, w, cid, valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 12, 31), plan_id=p.id
    ).value
    line = budget.add_catalogue_line(
        vault, w, cid, b.id, item_id=item.id, quantity=1, frequency="once"
    ).value
    budget.add_own_option_line(
        vault,
        w,
        cid,
        b.id,
        budget.OwnOption(
            description="Siivousapu, 12 käyntiä",
            provider="Siivouspalvelu Kide",
            unit="piece",
            unit_price=Decimal("1189.50"),
            quantity=1,
            frequency="once",
            category="cleaning",
            service_area="social_welfare",
        ),
    )
    budget.propose_budget(vault, w, cid, b.id)
    draft = decision.prepare_decision(vault, w, cid, b.id).value
    decision.update_decision_draft(
        vault, w, cid, draft.id, restrictions=RESTRICTION, excluded_categories=["leisure"]
    )
    issued = decision.issue_decision(
        vault, w, cid, draft.id, decided_on=dt.date(2026, 1, 2), decided_by=MAKER, appeal=APPEAL
    ).value
    decision.record_notification(vault, w, cid, issued.id, method="letter", sent_on=LETTER_SENT)
    entry = ledger.record_spending(
        vault,
        w,
        cid,
        ledger.Spending(
            method="invoice",
            amount="45.00",
            spent_on=dt.date(2026, 2, 1),
            category="sports",
            provider="Järvelän uimahalli",
        ),
    ).value
    ledger.confirm_invoice(vault, w, cid, entry.id, confirmed_on=dt.date(2026, 2, 3))
    meeting = followup.record_follow_up(
        vault, w, cid, held_on=dt.date(2026, 3, 10), summary="Uni on parantunut."
    ).value
    followup.record_goal_progress(
        vault,
        w,
        cid,
        goal_lineage_id=goal.lineage_id,
        assessed_on=dt.date(2026, 3, 10),
        score=1,
        follow_up_id=meeting.id,
    )
    return Case(vault, cid, issued.id, line.id, GOAL)


def pdf_text(path: Path) -> str:
    """What a reader sees: `pdftotext -layout`, no-break spaces made plain."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.replace("\u00a0", " ").replace("\u202f", " ")


def flat(text: str) -> str:
    """The text with line breaks and runs of spaces folded (for phrases that wrap)."""
    return " ".join(text.split())


def pages_as_png(path: Path, folder: Path) -> list[Path]:
    """Render every page at 60 dpi (for a person to look at, and to prove it renders)."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(folder / path.stem)], check=True)
    return sorted(folder.glob(f"{path.stem}*.png"))
