"""Mandates (valtuutus) on the laptop, and what the client or their authorised person did in
Oma HB: the key worker records a written mandate or its withdrawal; both sides read them.

Oma HB's own mandates and actions arrive through sync as the client's (or the authorised
person's) records; here they are read with who did what, by name, and how identified.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from hbdesk.models.base import utcnow
from hbdesk.models.errors import DomainError
from hbdesk.models.followup import GoalProgress
from hbdesk.models.identity import identity_code
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport
from hbdesk.models.mandate import Mandate, WebActionRecord, check_period
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Author, MandateBasis, check_choice
from hbdesk.services.common import get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


def record_written_mandate(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    person_name: str,
    person_identity_code: str,
    valid_from: dt.date,
    valid_to: dt.date,
    may_confirm: bool = True,
    today: dt.date | None = None,
) -> Outcome[Mandate]:
    """The key worker records a written authorisation the client gave someone."""
    code = identity_code(person_identity_code, "person_identity_code")
    check_period(valid_from, valid_to, today or dt.date.today())
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id, open_only=True)
        if client.identity_code == code:
            raise DomainError("mandate_for_oneself", "person_identity_code")
        row = Mandate(
            client_id=client_id,
            person_name=check_text(person_name, "person_name", max_chars=200),
            person_identity_code=code,
            may_confirm=may_confirm,
            valid_from=valid_from,
            valid_to=valid_to,
            basis=MandateBasis.WRITTEN.value,
            granted_by=Author.KEY_WORKER.value,
        )
        tx.session.add(row)
    return tx.outcome(row)


def withdraw_mandate(
    vault: OpenVault, actor: Actor, client_id: str, mandate_id: str, *, by: str = "client"
) -> Outcome[Mandate]:
    """The client withdraws a mandate (told to the key worker, or in Oma HB). Once."""
    who = check_choice(Author, by, "withdrawn_by")
    with transaction(vault, actor) as tx:
        row = get_for_client(tx.session, Mandate, mandate_id, client_id, "mandate_id")
        if row.withdrawn_at is not None:
            raise DomainError("mandate_withdrawn", "mandate_id")
        row.withdrawn_at = utcnow()
        row.withdrawn_by = who.value
    return tx.outcome(row)


def mandates_of(vault: OpenVault, actor: Actor, client_id: str) -> list[Mandate]:
    """Every mandate of the client, newest first (withdrawn and ended ones too)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(Mandate)
                .where(Mandate.client_id == client_id)
                .order_by(Mandate.granted_at.desc())
            )
        )
        tx.viewed(client_id, [ref(r) for r in rows])
    return rows


@dataclass(frozen=True)
class WebActionView:
    """One thing done in Oma HB, with what it created and who did it."""

    action: str  # vocab.WebAction
    record_table: str
    record_id: str
    actor: str  # Author: client | authorised_person
    actor_name: str
    mandate_id: str | None
    identified_with: str
    acted_at: dt.datetime
    author_on_record: str | None  # the author the record itself carries (None: no record yet)


_AUTHOR_FIELD = {
    "invoice_confirmations": (InvoiceConfirmation, "confirmed_by"),
    "receipt_reports": (ReceiptReport, "reported_by"),
    "goal_progress": (GoalProgress, "author"),
    "mandates": (Mandate, "granted_by"),
}


def web_actions_of(vault: OpenVault, actor: Actor, client_id: str) -> list[WebActionView]:
    """What the client and their authorised people did in Oma HB, newest first."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(WebActionRecord)
                .where(WebActionRecord.client_id == client_id)
                .order_by(WebActionRecord.acted_at.desc())
            )
        )
        result = []
        for r in rows:
            model, field = _AUTHOR_FIELD.get(r.record_table, (None, ""))
            record = tx.session.get(model, r.record_id) if model is not None else None
            result.append(
                WebActionView(
                    r.action,
                    r.record_table,
                    r.record_id,
                    r.actor,
                    r.actor_name,
                    r.mandate_id,
                    r.identified_with,
                    r.acted_at,
                    getattr(record, field, None) if record is not None else None,
                )
            )
        tx.viewed(client_id, [ref(r) for r in rows])
    return result
