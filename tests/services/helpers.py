"""Building blocks for service tests: a client walked quickly to a granted budget."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from hbdesk.models.decision import Decision
from hbdesk.services import budget, catalogue, clients, decision, plan
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault

APPEAL = decision.AppealSettings(
    organisation_name="Esimerkkilän hyvinvointialue",
    body="Yksilöasioiden jaosto",
    address="PL 100, 00099 Esimerkkilä",
    court="Esimerkkilän hallinto-oikeus",
    email="kirjaamo@example.invalid",
)
MAKER = decision.DecisionMaker(name="Sosiaalityöntekijä Testi", title="sosiaalityöntekijä")
START = dt.date(2026, 1, 1)
END = dt.date(2026, 12, 31)


@dataclass(frozen=True)
class Granted:
    client_id: str
    budget_id: str
    decision: Decision


def new_client(vault: OpenVault, actor: Actor, name: str = "Aino") -> str:
    contact = clients.NewContact(
        first_name=name,
        last_name="Testinen",
        contacted_on=dt.date(2025, 12, 1),
        channel="phone",
        described_needs="Arki on raskasta.",
    )
    return clients.register_contact(vault, actor, contact).value.id


def agreed_plan(vault: OpenVault, actor: Actor, client_id: str) -> str:
    p = plan.start_plan(vault, actor, client_id).value
    plan.add_plan_entry(
        vault,
        actor,
        client_id,
        p.id,
        section="need",
        text="Tarvitsen tukea arkeen.",
        author="client",
    )
    plan.add_plan_entry(
        vault,
        actor,
        client_id,
        p.id,
        section="goal",
        text="Liikun kaksi kertaa viikossa.",
        author="together",
    )
    plan.agree_plan(
        vault,
        actor,
        client_id,
        p.id,
        agreed_on=dt.date(2025, 12, 15),
        confirmed_by=["client", "key_worker"],
        confirmation=plan.Confirmation.typed("Aino Testinen"),
    )
    return p.id


def granted_budget(
    vault: OpenVault,
    actor: Actor,
    *,
    amount: Decimal = Decimal("1200.00"),
    outcome: str = "granted",
    granted: Decimal | None = None,
    start: dt.date = START,
    end: dt.date = END,
    client_id: str | None = None,
    **restrictions: list[str],
) -> Granted:
    """A client with an agreed plan and an issued decision over one own-option line."""
    cid = client_id or new_client(vault, actor)
    plan_id = agreed_plan(vault, actor, cid)
    b = budget.create_budget(
        vault, actor, cid, valid_from=start, valid_to=end, plan_id=plan_id
    ).value
    budget.add_own_option_line(
        vault,
        actor,
        cid,
        b.id,
        budget.OwnOption(
            description="Tuki",
            provider="Palvelu Oy",
            unit="piece",
            unit_price=amount,
            quantity=1,
            frequency="once",
            category="other",
            service_area="social_welfare",
        ),
    )
    draft = decision.prepare_decision(vault, actor, cid, b.id).value
    changes: dict[str, object] = dict(restrictions)
    if outcome != "granted":
        changes["outcome"] = outcome
    if granted is not None:
        changes["granted_sum"] = granted
    if changes:
        decision.update_decision_draft(vault, actor, cid, draft.id, **changes)
    issued = decision.issue_decision(
        vault, actor, cid, draft.id, decided_on=start, decided_by=MAKER, appeal=APPEAL
    ).value
    return Granted(cid, b.id, issued)


def publish_small_catalogue(vault: OpenVault, actor: Actor) -> None:
    items = [
        catalogue.ItemData(
            code="UIMA-10",
            name="Uimahallin sarjakortti 10 krt",
            category="sports",
            service_area="social_welfare",
            unit="card",
            unit_price="45.00",
            provider="Esimerkkilän liikuntapalvelut",
            valid_from=dt.date(2025, 1, 1),
        ),
        catalogue.ItemData(
            code="PERHETYO-H",
            name="Perhetyö, tunti",
            category="home_help",
            service_area="social_welfare",
            unit="hour",
            unit_price="62.00",
            provider="Esimerkkilän perhepalvelut",
            valid_from=dt.date(2025, 1, 1),
        ),
    ]
    catalogue.publish_catalogue(vault, actor, dt.date(2025, 1, 1), items)
