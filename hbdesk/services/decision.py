"""Stage 6 and 10: prepare a decision from plan and budget, issue it, notify it, end it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.base import utcnow
from hbdesk.models.budget import Budget
from hbdesk.models.deadlines import deemed_received, rectification_deadline
from hbdesk.models.decision import Decision, DecisionDraft, DecisionNotification, check_outcome
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id, short_id
from hbdesk.models.legal_basis import LEGAL_BASIS as LEGAL_BASIS
from hbdesk.models.legal_basis import basis_text, check_names_every_law, parts_of
from hbdesk.models.plan import Plan, PlanEntry
from hbdesk.models.values import check_date, check_period, check_text, parse_money
from hbdesk.models.vocab import (
    REFUSED_CATEGORIES,
    Category,
    DecisionKind,
    DecisionOutcome,
    NotificationMethod,
    PlanSection,
    ServiceArea,
    Stage,
    check_choice,
)
from hbdesk.services.budget import budget_view
from hbdesk.services.common import advance_stage, get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.services.decisions_query import chain_tip, chains_of
from hbdesk.store import OpenVault

EDITABLE = (
    "outcome",
    "granted_sum",
    "grounds",
    "plan_summary",
    "restrictions",
    "excluded_categories",
    "allowed_categories",
    "service_area",
    "legal_basis",
    "follow_up",
    "valid_from",
    "valid_to",
)


@dataclass(frozen=True)
class AppealSettings:
    """Who handles a request for rectification: the county's settings, never hard-coded."""

    organisation_name: str  # e.g. the wellbeing services county
    body: str  # e.g. its individual-matters section
    address: str
    court: str  # the administrative court for the appeal after that
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class DecisionMaker:
    name: str
    title: str


def _plan_texts(session: Session, plan_id: str | None) -> dict[str, str]:
    if plan_id is None:
        return {}
    entries = session.scalars(
        select(PlanEntry).where(PlanEntry.plan_id == plan_id).order_by(PlanEntry.position)
    )
    texts: dict[str, list[str]] = {}
    for e in entries:
        texts.setdefault(e.section, []).append(e.text)
    return {section: "\n".join(lines) for section, lines in texts.items()}


def prepare_decision(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    budget_id: str,
    *,
    supersedes_id: str | None = None,
    service_area: str | None = None,
) -> Outcome[DecisionDraft]:
    """A decision draft prefilled from the plan and the budget: sum, grounds, period, basis.

    With `service_area`, only that law's lines are proposed (one client may have decisions
    under different laws from one budget); otherwise the whole budget, under its largest area.
    """
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id, open_only=True)
        budget = get_for_client(tx.session, Budget, budget_id, client_id, "budget_id")
        if supersedes_id is not None:
            _current(tx.session, client_id, supersedes_id)
        view = budget_view(tx.session, budget)
        plan_id = budget.plan_id or tx.session.scalar(
            select(Plan.id)
            .where(Plan.client_id == client_id, Plan.status == "agreed")
            .order_by(Plan.version.desc())
            .limit(1)
        )
        texts = _plan_texts(tx.session, plan_id)
        area = max(
            view.totals.by_area.items(),
            key=lambda kv: kv[1],
            default=(ServiceArea.SOCIAL_WELFARE.value, 0),
        )[0]
        proposed = view.total
        if service_area is not None:
            area = check_choice(ServiceArea, service_area, "service_area").value
            proposed = view.totals.by_area.get(area, Decimal("0.00"))
            if not proposed:
                raise DomainError("no_lines_in_area", "service_area")
        laws = parts_of(view.totals.by_area, area, proposed)
        summary = "\n\n".join(
            texts[s] for s in (PlanSection.GOAL, PlanSection.BUDGET_USE) if s in texts
        )
        draft = DecisionDraft(
            client_id=client_id,
            budget_id=budget.id,
            kind=(DecisionKind.REVISION if supersedes_id else DecisionKind.BUDGET).value,
            supersedes_id=supersedes_id,
            outcome=DecisionOutcome.GRANTED.value,
            proposed_sum=proposed,
            granted_sum=proposed,
            grounds=texts.get(PlanSection.NEED, ""),
            plan_summary=summary,
            restrictions="",
            excluded_categories=[],
            allowed_categories=[],
            service_area=area,
            legal_basis=basis_text(laws),
            follow_up=texts.get(PlanSection.FOLLOW_UP, ""),
            valid_from=budget.valid_from,
            valid_to=budget.valid_to,
        )
        tx.session.add(draft)
    return tx.outcome(draft)


def _clean(name: str, value: Any) -> Any:
    if name == "outcome":
        return check_choice(DecisionOutcome, value, name).value
    if name == "granted_sum":
        return parse_money(value, name, allow_zero=True)
    if name == "service_area":
        return check_choice(ServiceArea, value, name).value
    if name in ("excluded_categories", "allowed_categories"):
        return sorted({check_choice(Category, v, name).value for v in value})
    if name in ("valid_from", "valid_to"):
        return check_date(value, name)
    return check_text(value, name, required=name in ("grounds", "legal_basis"))


def update_decision_draft(
    vault: OpenVault, actor: Actor, client_id: str, draft_id: str, **fields: Any
) -> Outcome[DecisionDraft]:
    """Edit a draft; an issued decision is never edited (revise it with a new decision)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise DomainError("unknown_field", sorted(unknown)[0])
    with transaction(vault, actor) as tx:
        draft = get_for_client(tx.session, DecisionDraft, draft_id, client_id, "draft_id")
        if draft.issued_decision_id is not None:
            raise DomainError("decision_issued", "draft_id", decision_id=draft.issued_decision_id)
        for name, value in fields.items():
            setattr(draft, name, _clean(name, value))
        check_period(draft.valid_from, draft.valid_to)
        draft.updated_at = utcnow()
    return tx.outcome(draft)


def _current(session: Session, client_id: str, decision_id: str) -> Decision:
    """The decision, only if nothing has superseded it yet."""
    old = get_for_client(session, Decision, decision_id, client_id, "supersedes_id")
    if chain_tip(session, old.chain_id).id != old.id:
        raise DomainError("decision_already_superseded", "supersedes_id")
    return old


def _check_ready(session: Session, draft: DecisionDraft) -> None:
    check_period(draft.valid_from, draft.valid_to)
    check_outcome(draft.outcome, draft.proposed_sum, draft.granted_sum)
    check_text(draft.grounds, "grounds")
    check_text(draft.legal_basis, "legal_basis")
    if set(draft.allowed_categories) & REFUSED_CATEGORIES:
        raise DomainError("category_refused", "allowed_categories")
    check_names_every_law(draft.legal_basis, [area for area, _ in law_parts(session, draft)])


def law_parts(session: Session, d: DecisionDraft | Decision) -> list[tuple[str, Decimal]]:
    """The service areas (laws) a decision or draft covers, each with its part of the budget."""
    budget = session.get(Budget, d.budget_id) if d.budget_id else None
    if budget is None:
        return [(d.service_area, d.proposed_sum)]
    by_area = budget_view(session, budget).totals.by_area
    areas = parts_of(by_area, d.service_area, d.proposed_sum)
    return [(area, by_area.get(area, d.proposed_sum)) for area in areas]


def _number(decided_on: dt.date, decision_id: str) -> str:
    return f"HB-{decided_on.year}-{short_id(decision_id).upper()}"


def issue_decision(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    draft_id: str,
    *,
    decided_on: dt.date,
    decided_by: DecisionMaker,
    appeal: AppealSettings,
) -> Outcome[Decision]:
    """Issue the draft as a decision (append-only); a revision supersedes the one it names."""
    check_date(decided_on, "decided_on")
    with transaction(vault, actor, purpose="decision") as tx:
        client = get_client(tx.session, client_id, open_only=True)
        draft = get_for_client(tx.session, DecisionDraft, draft_id, client_id, "draft_id")
        if draft.issued_decision_id is not None:
            raise DomainError("decision_issued", "draft_id")
        _check_ready(tx.session, draft)
        old = _current(tx.session, client_id, draft.supersedes_id) if draft.supersedes_id else None
        decision = _new_decision(draft, old, decided_on, decided_by, appeal, actor)
        tx.session.add(decision)
        draft.issued_decision_id = decision.id
        if draft.budget_id:
            get_for_client(
                tx.session, Budget, draft.budget_id, client_id, "budget_id"
            ).status = "decided"
        advance_stage(client, Stage.DECISION)
    return tx.outcome(decision)


def _new_decision(
    draft: DecisionDraft,
    old: Decision | None,
    decided_on: dt.date,
    maker: DecisionMaker,
    appeal: AppealSettings,
    actor: Actor,
) -> Decision:
    decision_id = new_id()
    copied = {
        name: getattr(draft, name)
        for name in (
            "kind",
            "outcome",
            "budget_id",
            "supersedes_id",
            "proposed_sum",
            "granted_sum",
            "grounds",
            "plan_summary",
            "restrictions",
            "excluded_categories",
            "allowed_categories",
            "service_area",
            "legal_basis",
            "follow_up",
            "valid_from",
            "valid_to",
        )
    }
    return Decision(
        id=decision_id,
        client_id=draft.client_id,
        number=_number(decided_on, decision_id),
        draft_id=draft.id,
        chain_id=old.chain_id if old else decision_id,
        decided_on=decided_on,
        decided_by_name=check_text(maker.name, "decided_by", max_chars=200),
        decided_by_title=check_text(maker.title, "decided_by_title", max_chars=200),
        decided_by_user_id=actor.user_id,
        **_appeal_fields(appeal),
        **copied,
    )


def _appeal_fields(appeal: AppealSettings) -> dict[str, Any]:
    return dict(
        organisation_name=check_text(appeal.organisation_name, "organisation_name", max_chars=300),
        appeal_body=check_text(appeal.body, "appeal_body", max_chars=300),
        appeal_address=check_text(appeal.address, "appeal_address"),
        appeal_email=appeal.email,
        appeal_phone=appeal.phone,
        appeal_court=check_text(appeal.court, "appeal_court", max_chars=300),
    )


def end_budget_use(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    decision_id: str,
    *,
    ends_on: dt.date,
    grounds: str,
    decided_on: dt.date,
    decided_by: DecisionMaker,
    appeal: AppealSettings,
) -> Outcome[Decision]:
    """Ending the use of a budget is itself a decision (appealable): no spending after `ends_on`."""
    check_date(ends_on, "ends_on")
    check_date(decided_on, "decided_on")
    with transaction(vault, actor, purpose="decision") as tx:
        old = _current(tx.session, client_id, decision_id)
        check_period(old.valid_from, ends_on, "ends_on")
        if ends_on > old.valid_to:
            raise DomainError("ending_after_validity", "ends_on")
        new = new_id()
        keep = {
            name: getattr(old, name)
            for name in (
                "budget_id",
                "proposed_sum",
                "granted_sum",
                "plan_summary",
                "restrictions",
                "excluded_categories",
                "allowed_categories",
                "service_area",
                "legal_basis",
                "follow_up",
                "valid_from",
                "chain_id",
            )
        }
        decision = Decision(
            id=new,
            client_id=client_id,
            number=_number(decided_on, new),
            kind=DecisionKind.ENDING.value,
            outcome=DecisionOutcome.ENDED.value,
            draft_id=None,
            supersedes_id=old.id,
            grounds=check_text(grounds, "grounds"),
            valid_to=ends_on,
            decided_on=decided_on,
            decided_by_name=check_text(decided_by.name, "decided_by"),
            decided_by_title=check_text(decided_by.title, "decided_by_title"),
            decided_by_user_id=actor.user_id,
            **_appeal_fields(appeal),
            **keep,
        )
        tx.session.add(decision)
    return tx.outcome(decision)


@dataclass(frozen=True)
class NotificationView:
    notification: DecisionNotification
    deemed_received: dt.date
    rectification_deadline: dt.date


def _notification_view(row: DecisionNotification) -> NotificationView:
    return NotificationView(
        row,
        deemed_received(row.method, row.sent_on),
        rectification_deadline(row.method, row.sent_on),
    )


def record_notification(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    decision_id: str,
    *,
    method: str,
    sent_on: dt.date,
    acknowledged_by: str | None = None,
) -> Outcome[NotificationView]:
    """How and when the decision was notified; the deadline for rectification follows."""
    how = check_choice(NotificationMethod, method, "method")
    check_date(sent_on, "sent_on")
    if how == NotificationMethod.IN_PERSON and not (acknowledged_by or "").strip():
        raise DomainError("acknowledgement_required", "acknowledged_by")
    with transaction(vault, actor, purpose="decision") as tx:
        decision = get_for_client(tx.session, Decision, decision_id, client_id, "decision_id")
        if sent_on < decision.decided_on:
            raise DomainError("notified_before_decided", "sent_on")
        row = DecisionNotification(
            decision_id=decision.id,
            client_id=client_id,
            method=how.value,
            sent_on=sent_on,
            acknowledged_by=acknowledged_by,
        )
        tx.session.add(row)
    return tx.outcome(_notification_view(row))


@dataclass(frozen=True)
class DecisionView:
    decision: Decision
    superseded_by: str | None
    notifications: list[NotificationView]


def list_decisions(vault: OpenVault, actor: Actor, client_id: str) -> list[DecisionView]:
    """Every decision of the client, oldest first, with what superseded it and its notices."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = [d for chain in chains_of(tx.session, client_id) for d in chain]
        later = {d.supersedes_id: d.id for d in rows if d.supersedes_id}
        notes: dict[str, list[NotificationView]] = {}
        for n in tx.session.scalars(
            select(DecisionNotification)
            .where(DecisionNotification.client_id == client_id)
            .order_by(DecisionNotification.sent_on)
        ):
            notes.setdefault(n.decision_id, []).append(_notification_view(n))
        tx.viewed(client_id, [ref(d) for d in rows])
    rows.sort(key=lambda d: (d.decided_on, d.issued_at))
    return [DecisionView(d, later.get(d.id), notes.get(d.id, [])) for d in rows]


def get_decision_draft(
    vault: OpenVault, actor: Actor, client_id: str, draft_id: str
) -> DecisionDraft:
    """A decision draft, for the preparation view."""
    with transaction(vault, actor) as tx:
        draft = get_for_client(tx.session, DecisionDraft, draft_id, client_id, "draft_id")
        tx.viewed(client_id, [ref(draft)])
    return draft
