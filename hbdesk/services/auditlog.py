"""Appends rows to the access and disclosure log, each linked to the previous row's hash."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.audit import GENESIS, AccessLogEntry, row_hash
from hbdesk.models.base import new_id, utcnow

_CACHE = "hbdesk_audit_last"


def forget(session: Session) -> None:
    """Drop the remembered newest row (a savepoint that wrote rows was rolled back)."""
    session.info.pop(_CACHE, None)


def _last(session: Session, device_id: str) -> tuple[int, str] | None:
    """(seq, hash) of the device's newest row (remembered within the transaction)."""
    cached = session.info.get(_CACHE, {}).get(device_id)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    row = session.execute(
        select(AccessLogEntry.seq, AccessLogEntry.hash)
        .where(AccessLogEntry.device_id == device_id)
        .order_by(AccessLogEntry.seq.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def append(
    session: Session,
    actor: Any,
    *,
    client_id: str,
    action: str,
    records: list[str],
    purpose: str,
    recipient: str | None = None,
    legal_basis: str | None = None,
    disclosed: str | None = None,
) -> AccessLogEntry:
    """Add one log row in the caller's transaction (so it commits with the read or change)."""
    last = _last(session, actor.device_id)
    row = AccessLogEntry(
        id=new_id(),
        device_id=actor.device_id,
        seq=(last[0] + 1) if last else 1,
        at=utcnow(),
        user_id=actor.user_id,
        user_role=actor.role,
        client_id=client_id,
        action=action,
        record_ids=records,
        purpose=purpose,
        app_version=actor.app_version,
        offline=actor.offline,
        recipient=recipient,
        legal_basis=legal_basis,
        disclosed=disclosed,
        prev_hash=last[1] if last else GENESIS,
        hash="",
    )
    row.hash = row_hash(row)
    session.add(row)
    session.info.setdefault(_CACHE, {})[actor.device_id] = (row.seq, row.hash)
    return row
