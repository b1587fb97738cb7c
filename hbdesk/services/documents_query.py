"""What the documents dialog offers for one client, the commitment preview, the log's check.

Read-only: every read goes through the services that log it (viewing the choices is a view
of the plan, the decisions and their budgets), in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.client import Client
from hbdesk.models.vocab import DecisionOutcome
from hbdesk.pdf.documents import CommitmentDoc, Payer
from hbdesk.services import access_log, budget, decision, documents, plan
from hbdesk.services.context import Actor, batch
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class LineChoice:
    """A budget line of a decision: what a payment commitment can cover."""

    id: str
    description: str
    provider: str
    unit: str  # Unit code
    unit_price: Decimal
    quantity: Decimal  # over the whole period
    total: Decimal


@dataclass(frozen=True)
class DecisionChoice:
    """An issued decision; `commitable` when a payment commitment can be made under it."""

    id: str
    number: str
    outcome: str  # DecisionOutcome code
    decided_on: dt.date
    granted_sum: Decimal
    valid_from: dt.date
    valid_to: dt.date
    superseded: bool
    lines: tuple[LineChoice, ...]

    @property
    def commitable(self) -> bool:
        return (
            not self.superseded
            and bool(self.lines)
            and self.outcome not in (DecisionOutcome.REFUSED, DecisionOutcome.ENDED)
        )


@dataclass(frozen=True)
class DocumentChoices:
    plan_version: int | None  # the newest plan version, None when there is no plan
    decisions: tuple[DecisionChoice, ...]  # newest first
    organisation_name: str  # as the newest decision names it ("" when none)
    language: str = "fi"  # the client's own: their documents are written in it by default


def _lines(
    vault: OpenVault, actor: Actor, client_id: str, budget_id: str | None
) -> tuple[LineChoice, ...]:
    view = budget.get_budget(vault, actor, client_id, budget_id) if budget_id else None
    if view is None:
        return ()
    times = {c.line_id: (c.occurrences, c.total) for c in view.totals.lines}
    return tuple(
        LineChoice(
            line.id,
            line.description,
            line.provider,
            line.unit,
            line.unit_price,
            line.quantity * times[line.id][0],
            times[line.id][1],
        )
        for line in view.lines
    )


def document_choices(vault: OpenVault, actor: Actor, client_id: str) -> DocumentChoices:
    """The client's newest plan version and issued decisions with their budget lines."""
    with batch(vault):
        plan_view = plan.get_plan(vault, actor, client_id)
        views = decision.list_decisions(vault, actor, client_id)
        found = []
        lines: dict[str | None, tuple[LineChoice, ...]] = {}  # revisions share their budget
        for v in reversed(views):
            d = v.decision
            if d.budget_id not in lines:
                lines[d.budget_id] = _lines(vault, actor, client_id, d.budget_id)
            found.append(
                DecisionChoice(
                    d.id,
                    d.number,
                    d.outcome,
                    d.decided_on,
                    d.granted_sum,
                    d.valid_from,
                    d.valid_to,
                    v.superseded_by is not None,
                    lines[d.budget_id],
                )
            )
    with vault.session() as session:  # a setting of the client's, not their record's content
        language = session.scalar(select(Client.language).where(Client.id == client_id))
    return DocumentChoices(
        plan_view.plan.version if plan_view else None,
        tuple(found),
        views[-1].decision.organisation_name if views else "",
        language or "fi",
    )


def commitment_preview(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    decision_id: str,
    *,
    terms: documents.CommitmentTerms,
    payer: Payer,
    today: dt.date | None = None,
) -> CommitmentDoc:
    """Exactly the commitment `write_payment_commitment` would write (nothing disclosed yet).

    Uses the writer's own builder so the preview cannot drift from the document; raises the
    same DomainErrors (not neutral, outside the decision, more than granted).
    """
    with batch(vault) as session:
        doc, _ = documents._commitment_doc(  # the writer's own builder, shared on purpose
            vault, actor, session, client_id, decision_id, terms, payer, today or dt.date.today()
        )
    return doc


@dataclass(frozen=True)
class LogCheck:
    """The hash chain's state: where it first breaks (device and its entry number)."""

    ok: bool
    rows: int
    device_id: str | None = None
    seq: int | None = None


def access_log_check(vault: OpenVault) -> LogCheck:
    """verify_access_log, with the broken entry's number on its device for people to read."""
    check = access_log.verify_access_log(vault)
    if check.ok or check.broken_at is None:
        return LogCheck(check.ok, check.rows)
    with vault.session() as session:
        seq = session.scalar(select(AccessLogEntry.seq).where(AccessLogEntry.id == check.broken_at))
    return LogCheck(False, check.rows, check.device_id, seq)
