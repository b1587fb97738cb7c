"""Stage 3: the service-need assessment and the client's own proposal."""

from __future__ import annotations

import datetime as dt

from hbdesk.models.contact import ClientProposal, NeedAssessment
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Author, ServiceArea, Stage, check_choice
from hbdesk.services.common import advance_stage, get_client
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


def record_need_assessment(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    assessed_on: dt.date,
    needs: str,
    entitlement: str,
    service_areas: list[str],
    author: str = Author.TOGETHER.value,
) -> Outcome[NeedAssessment]:
    """Palvelutarpeen arviointi: the need, the right to support, and under which laws."""
    areas = [check_choice(ServiceArea, a, "service_areas").value for a in service_areas]
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id, open_only=True)
        row = NeedAssessment(
            client_id=client_id,
            assessed_on=assessed_on,
            needs=check_text(needs, "needs"),
            entitlement=check_text(entitlement, "entitlement"),
            service_areas=areas,
            author=check_choice(Author, author, "author").value,
        )
        tx.session.add(row)
        advance_stage(client, Stage.ASSESSMENT)
    return tx.outcome(row)


def record_client_proposal(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    proposed_on: dt.date,
    goals: str,
    means: str,
    author: str = Author.CLIENT.value,
) -> Outcome[ClientProposal]:
    """Oma ehdotus: goals and means in the client's own words, kept verbatim."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id, open_only=True)
        row = ClientProposal(
            client_id=client_id,
            proposed_on=proposed_on,
            goals=check_text(goals, "goals"),
            means=check_text(means, "means"),
            author=check_choice(Author, author, "author").value,
        )
        tx.session.add(row)
        advance_stage(client, Stage.ASSESSMENT)
    return tx.outcome(row)
