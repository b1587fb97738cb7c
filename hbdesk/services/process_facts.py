"""What exists for each of many clients, enough to say their next step, in a few grouped reads.

The caseload says every client's next step with these (so that opening a client shows its
next step's page at once, in the same screen as the client's overview); the overview of
one client reads the same facts the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models.budget import Budget
from hbdesk.models.client import Client
from hbdesk.models.contact import ClientProposal, NeedAssessment
from hbdesk.models.decision import Decision, DecisionDraft, DecisionNotification
from hbdesk.models.people import ClosePerson, SupportNeedConsideration
from hbdesk.models.plan import Plan
from hbdesk.models.progress import ProcessFacts
from hbdesk.models.selfassessment import SelfAssessment
from hbdesk.models.vocab import PersonRole
from hbdesk.services.caseload_rows import Recorded, process_facts_of


def _having(session: Session, column: Any, *where: Any) -> set[str]:
    """The client ids (of `column`) that have a row matching `where`."""
    return {str(c) for c in session.scalars(select(column).where(*where).distinct())}


def _latest_status(session: Session, model: Any, ids: Sequence[str]) -> dict[str, str]:
    """The status of each client's newest version (plan or budget)."""
    found: dict[str, str] = {}
    rows = session.execute(
        select(model.client_id, model.status)
        .where(model.client_id.in_(ids))
        .order_by(model.client_id, model.version)
    )
    for client_id, status in rows:
        found[client_id] = status
    return found


def process_facts(
    session: Session,
    clients: Sequence[Client],
    money: dict[str, Any],
    follow: dict[str, dt.date | None],
) -> dict[str, ProcessFacts]:
    """ProcessFacts per client; `money`: each client's MoneyState (or None), `follow`: the
    next agreed follow-up (caseload.next_follow_ups)."""
    return process_facts_of(clients, recorded(session, [c.id for c in clients]), money, follow)


def recorded(session: Session, ids: Sequence[str]) -> Recorded:
    """What exists for each of the clients (hbdesk.services.caseload_rows.Recorded)."""
    assessed = dict(
        session.execute(
            select(SelfAssessment.client_id, func.count())
            .where(SelfAssessment.client_id.in_(ids))
            .group_by(SelfAssessment.client_id)
        ).all()
    )
    needs = _having(session, NeedAssessment.client_id, NeedAssessment.client_id.in_(ids))
    proposals = _having(session, ClientProposal.client_id, ClientProposal.client_id.in_(ids))
    trusted = _having(
        session,
        ClosePerson.client_id,
        ClosePerson.client_id.in_(ids),
        ClosePerson.active.is_(True),
        (ClosePerson.trusted.is_(True)) | (ClosePerson.role == PersonRole.SUPPORT_PERSON),
    ) | _having(
        session,
        SupportNeedConsideration.client_id,
        SupportNeedConsideration.client_id.in_(ids),
    )
    plans, budgets = _latest_status(session, Plan, ids), _latest_status(session, Budget, ids)
    drafts = _having(
        session,
        DecisionDraft.client_id,
        DecisionDraft.client_id.in_(ids),
        DecisionDraft.issued_decision_id.is_(None),
    )
    unnotified = _having(
        session,
        Decision.client_id,
        Decision.client_id.in_(ids),
        Decision.id.not_in(select(DecisionNotification.decision_id)),
    )
    return Recorded(assessed, needs, proposals, trusted, plans, budgets, drafts, unnotified)
