"""The client's right to know: their access and disclosure log, disclosures, chain check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from hbdesk.models.audit import AccessLogEntry, ChainCheck, verify_chain
from hbdesk.models.errors import DomainError
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Action
from hbdesk.services.common import get_client
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class LogLine:
    """One row of the log in plain data, as the client sees it."""

    at: dt.datetime
    seq: int
    device_id: str
    user_id: str
    user_role: str
    action: str
    purpose: str
    record_ids: tuple[str, ...]
    recipient: str | None
    legal_basis: str | None
    disclosed: str | None


def client_access_log(vault: OpenVault, actor: Actor, client_id: str) -> list[LogLine]:
    """Who used the client's data, when, why and to whom it was disclosed (newest first)."""
    with transaction(vault, actor, purpose="access_log_request") as tx:
        get_client(tx.session, client_id)
        tx.viewed(client_id, ["access_log:" + client_id])
        rows = tx.session.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.client_id == client_id)
            .order_by(AccessLogEntry.at.desc(), AccessLogEntry.seq.desc())
        )
        return [
            LogLine(
                r.at,
                r.seq,
                r.device_id,
                r.user_id,
                r.user_role,
                r.action,
                r.purpose,
                tuple(r.record_ids),
                r.recipient,
                r.legal_basis,
                r.disclosed,
            )
            for r in rows
        ]


def record_disclosure(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    recipient: str,
    legal_basis: str,
    disclosed: str,
    records: Iterable[str] = (),
) -> Outcome[None]:
    """Log that the client's data was given to someone outside, on what basis, and what."""
    with transaction(vault, actor, purpose="disclosure") as tx:
        get_client(tx.session, client_id)
        tx.log(
            client_id,
            Action.DISCLOSE,
            records,
            recipient=check_text(recipient, "recipient", max_chars=300),
            legal_basis=check_text(legal_basis, "legal_basis"),
            disclosed=check_text(disclosed, "disclosed"),
        )
    return tx.outcome(None)


def record_output(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    action: str,
    records: Iterable[str],
    purpose: str,
) -> Outcome[None]:
    """Log a print or an export of the client's records (the PDF and export code call this)."""
    if action not in (Action.PRINT, Action.EXPORT):
        raise DomainError("invalid_choice", "action")
    with transaction(vault, actor, purpose=check_text(purpose, "purpose", max_chars=100)) as tx:
        get_client(tx.session, client_id)
        tx.log(client_id, action, records)
    return tx.outcome(None)


def verify_access_log(vault: OpenVault) -> ChainCheck:
    """Check the hash chain of every device's log rows: an edited or removed row is found."""
    with vault.session() as session:
        return verify_chain(session.scalars(select(AccessLogEntry)))
