"""Appends rows to the access and disclosure log, each linked to the previous row's hash.

A row is written at once with one INSERT (not through the unit of work: it is never changed
or read back in its transaction); the caller collects it for the outbox.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ScalarSelect, Table, bindparam, select
from sqlalchemy.orm import Session

from hbdesk.models.audit import GENESIS, AccessLogEntry, row_hash
from hbdesk.models.base import utcnow
from hbdesk.models.ids import new_id

_CACHE = "hbdesk_audit_last"


def forget(session: Session) -> None:
    """Drop the remembered newest row (a savepoint that wrote rows was rolled back)."""
    session.info.pop(_CACHE, None)


_NEWEST = (
    select(AccessLogEntry.seq)
    .where(AccessLogEntry.device_id == bindparam("log_device"))
    .order_by(AccessLogEntry.seq.desc())
    .limit(1)
)
# Built once: a statement built per call costs more than the SQL it sends (bound at execution).
LAST_COLUMNS: tuple[ScalarSelect[Any], ScalarSelect[Any]] = (
    _NEWEST.scalar_subquery(),
    _NEWEST.with_only_columns(AccessLogEntry.hash).scalar_subquery(),
)
_LAST = select(*LAST_COLUMNS)
_INSERT = cast(Table, AccessLogEntry.__table__).insert()


def last_params(device_id: str) -> dict[str, Any]:
    """The parameters of `LAST_COLUMNS`: the device's newest row's seq and hash."""
    return {"log_device": device_id}


def remember(session: Session, device_id: str, seq: Any, hash_: Any) -> None:
    """What `LAST_COLUMNS` read, remembered for the transaction (no second read)."""
    session.info.setdefault(_CACHE, {})[device_id] = (
        (int(seq), str(hash_)) if seq is not None else None
    )


def known(session: Session, device_id: str) -> bool:
    return device_id in session.info.get(_CACHE, {})


def _last(session: Session, device_id: str) -> tuple[int, str] | None:
    """(seq, hash) of the device's newest row (remembered within the transaction)."""
    if not known(session, device_id):
        row = session.connection().execute(_LAST, last_params(device_id)).one()
        remember(session, device_id, *row)
    return session.info[_CACHE][device_id]  # type: ignore[no-any-return]


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
    """Write one log row in the caller's transaction (so it commits with the read or change).

    The row is not in the session: the caller collects it for the outbox (`oplog.track_new`).
    """
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
    session.connection().execute(_INSERT, {c.key: getattr(row, c.key) for c in _INSERT.table.c})
    session.info.setdefault(_CACHE, {})[actor.device_id] = (row.seq, row.hash)
    return row
