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
    ids = [c.id for c in clients]
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
    result = {}
    for c in clients:
        m = money.get(c.id)
        result[c.id] = ProcessFacts(
            closed=c.stage == "closed",
            self_assessments=int(assessed.get(c.id, 0)),
            need_assessed=c.id in needs,
            proposal=c.id in proposals,
            trusted_person_ok=c.id in trusted,
            plan_status=plans.get(c.id),
            budget_status=budgets.get(c.id),
            open_draft=c.id in drafts,
            unnotified_decision=c.id in unnotified,
            decision_in_force=m is not None,
            pending_invoices=m.pending_invoices if m else 0,
            next_follow_up_on=follow.get(c.id),
            decision_ends_on=m.valid_to if m else None,
        )
    return result
