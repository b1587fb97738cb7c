"""Which clients a caseworker's devices may hold, and the feed rows that order everything.

A client is in a caseworker's scope when the caseworker is the client's own caseworker, or
a member of a team the client has consented to — and the client is not closed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.engine import Connection

from hbdesk.server.db import client_teams, clients, feed, team_members


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id_text() -> str:
    return str(uuid.uuid4())


def add_feed(conn: Connection, kind: str, client_id: str | None, ref: str, **options: Any) -> int:
    """Append one row to the global order at once (administration: it runs alone, see the
    db module doc); returns its sequence number. `options`: those of `feed_row`."""
    row = conn.execute(_INSERT_FEED, feed_row(kind, client_id, ref, **options)).one()
    return int(row.seq)


def feed_row(
    kind: str,
    client_id: str | None,
    ref: str,
    *,
    down: bool = True,
    before: Iterable[str] | None = None,
    after: Iterable[str] | None = None,
) -> dict[str, object]:
    """A feed row's values, without its sequence number."""
    return {
        "kind": kind,
        "client_id": client_id,
        "ref": ref,
        "down": down,
        "before": None if before is None else json.dumps(sorted(before)),
        "after": None if after is None else json.dumps(sorted(after)),
        "created_at": now_utc(),
    }


_INSERT_FEED = insert(feed).returning(feed.c.seq)


def audience(conn: Connection, client_id: str) -> set[str]:
    """The caseworkers whose devices may hold this client now."""
    row = conn.execute(
        select(clients.c.caseworker_id, clients.c.closed_at).where(clients.c.client_id == client_id)
    ).first()
    if row is None or row.closed_at is not None:
        return set()
    members = (
        conn.execute(
            select(team_members.c.caseworker_id)
            .join(client_teams, client_teams.c.team_id == team_members.c.team_id)
            .where(client_teams.c.client_id == client_id)
        )
        .scalars()
        .all()
    )
    found = set(members)
    if row.caseworker_id:
        found.add(row.caseworker_id)
    return found


def teamed(conn: Connection, caseworker_id: str, client_ids: Iterable[str]) -> set[str]:
    """Those of these clients that consented to a team the caseworker is a member of (one
    read for many clients: a push asks it for its batch's clients at once)."""
    ids = sorted(set(client_ids))
    if not ids:
        return set()
    rows = conn.execute(
        select(client_teams.c.client_id)
        .join(team_members, team_members.c.team_id == client_teams.c.team_id)
        .where(team_members.c.caseworker_id == caseworker_id, client_teams.c.client_id.in_(ids))
    ).scalars()
    return set(rows)


def scope_clients(conn: Connection, caseworker_id: str) -> set[str]:
    """Every open client this caseworker's devices may hold."""
    teams_of = select(team_members.c.team_id).where(team_members.c.caseworker_id == caseworker_id)
    consented = select(client_teams.c.client_id).where(client_teams.c.team_id.in_(teams_of))
    rows = (
        conn.execute(
            select(clients.c.client_id).where(
                and_(
                    clients.c.closed_at.is_(None),
                    or_(
                        clients.c.caseworker_id == caseworker_id, clients.c.client_id.in_(consented)
                    ),
                )
            )
        )
        .scalars()
        .all()
    )
    return set(rows)


def in_scope(conn: Connection, caseworker_id: str, client_id: str) -> bool:
    return caseworker_id in audience(conn, client_id)


def changing_scope(
    conn: Connection, client_ids: Iterable[str], change: Callable[[], object]
) -> list[int]:
    """Run `change`; for every client whose audience changed, add a scope row to the feed.

    Devices that gain the client get its records at that point of the order; devices that
    lose it are told to remove it.
    """
    ids = sorted(set(client_ids))
    before = {cid: audience(conn, cid) for cid in ids}
    change()
    seqs = []
    for cid in ids:
        after = audience(conn, cid)
        if after != before[cid]:
            seqs.append(add_feed(conn, "scope", cid, cid, before=before[cid], after=after))
    return seqs
