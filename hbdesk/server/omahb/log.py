"""The client's access log in Oma HB: every laptop's log rows for the client (synced up),
and every page of Oma HB that the client or their authorised person opened, and what they
did there — written before the page is shown, in the same transaction as its reading.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from hbdesk.models.audit import AccessLogEntry
from hbdesk.server.omahb import records, tables
from hbdesk.server.omahb.identity import Access
from hbdesk.server.omahb.security import Login
from hbdesk.server.scope import now_utc


def record(
    conn: Connection,
    access: Access,
    login: Login,
    page: str,
    *,
    action: str = "view",
    records_seen: Iterable[str] = (),
) -> None:
    """One row of the client's log for what this person opened or did in Oma HB."""
    conn.execute(
        insert(tables.access_log).values(
            client_id=access.client_id,
            at=now_utc(),
            actor=access.as_role,
            actor_name=login.name[:200],
            mandate_id=access.mandate_id,
            action=action,
            page=page,
            records=json.dumps(sorted(set(records_seen))),
        )
    )


@dataclass(frozen=True)
class Line:
    """One row as the client reads it (worded by the template)."""

    at: dt.datetime
    where: str  # "laptop" | "oma_hb"
    role: str  # the user's role (laptop), or client | authorised_person (Oma HB)
    who: str  # the laptop user's id, or the Oma HB person's name
    device: str  # the laptop's device id ("" in Oma HB)
    action: str  # vocab.Action
    what: tuple[str, ...]  # record kinds ("table"), never content
    page: str  # Oma HB's page or action ("" for a laptop's row)
    purpose: str
    recipient: str | None = None
    legal_basis: str | None = None
    disclosed: str | None = None


def lines(conn: Connection, client_id: str, limit: int = 500) -> list[Line]:
    """Who has used the client's data, newest first (at most `limit` rows)."""
    found = [_laptop(r) for r in records.load(conn, client_id, [AccessLogEntry]).of(AccessLogEntry)]
    log = tables.access_log
    rows = conn.execute(
        select(log).where(log.c.client_id == client_id).order_by(log.c.at.desc()).limit(limit)
    ).all()
    found += [
        Line(
            r.at,
            "oma_hb",
            r.actor,
            r.actor_name,
            "",
            r.action,
            _kinds(json.loads(r.records)),
            r.page,
            "oma_hb",
        )
        for r in rows
    ]
    return sorted(found, key=lambda line: line.at, reverse=True)[:limit]


def _laptop(r: AccessLogEntry) -> Line:
    return Line(
        r.at,
        "laptop",
        r.user_role or "",
        r.user_id or "",
        r.device_id or "",
        r.action or "",
        _kinds(r.record_ids or []),
        "",
        r.purpose or "",
        r.recipient,
        r.legal_basis,
        r.disclosed,
    )


def _kinds(record_ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(r).split(":", 1)[0] for r in record_ids))
