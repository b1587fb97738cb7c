"""What Oma HB tests do around the pages: make spending on the laptop and sync it, read
what the server stored, craft a session cookie with the server's own key."""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
from decimal import Decimal
from typing import Any

import itsdangerous
from sqlalchemy import select

from hbdesk.app.sync import sync
from hbdesk.server import db, stored
from hbdesk.server.omahb import identity, tables
from hbdesk.services import ledger
from tests.omahb.conftest import Stack
from tests.sync.servers import uid


def laptop_sync(stack: Stack) -> None:
    sync(stack.vault, stack.world.server.url, stack.actor, timeout=30)


def new_spending(stack: Stack, code: str, method: str = "invoice", amount: str = "30.00") -> str:
    """A new invoice (or payment) of the client, written on the laptop and synced up."""
    entry = ledger.record_spending(
        stack.vault,
        stack.actor,
        stack.client(code).client_id,
        ledger.Spending(
            method=method,
            amount=Decimal(amount),
            spent_on=dt.date.today() - dt.timedelta(days=3),
            category="personal_assistance",
            provider="Testipalvelu Oy",
            description="Testilasku",
            external_ref=f"INV-{uid('n')}" if method == "invoice" else None,
        ),
    ).value
    laptop_sync(stack)
    return entry.id


def records_of(stack: Stack, entity: str, field: str, value: str) -> list[str]:
    """Ids of the server's live `entity` records whose `field` is `value`."""
    with stack.world.engine.connect() as conn:
        found = stored.records(conn, entities=[entity])
    return [
        entity_id
        for (_, entity_id), record in found.items()
        if record.values.get(field) == value and not record.values.get(db.DELETED)
    ]


def fields_of(stack: Stack, entity: str, entity_id: str) -> dict[str, Any]:
    with stack.world.engine.connect() as conn:
        found = stored.records(conn, entities=[entity])
    record = found.get((entity, entity_id))
    return dict(record.values) if record is not None else {}


def session_cookie(
    stack: Stack, code: str, *, seen_ago: int, login_ago: int, key: bytes | None = None
) -> str:
    """A session cookie of the person's current generation, signed with the server's own
    key (as SessionMiddleware makes it), or with `key`."""
    server_key = (stack.world.server.home / "omahb" / "session.key").read_bytes()
    person_key = identity.person_key(server_key, code)
    key = key or server_key
    with stack.world.engine.connect() as conn:
        generation = conn.execute(
            select(tables.people.c.generation).where(tables.people.c.person_key == person_key)
        ).scalar()
    now = int(time.time())
    data = {
        "sid": uid("sid"),
        "pk": person_key,
        "gen": generation or 1,
        "how": "crafted",
        "login": now - login_ago,
        "seen": now - seen_ago,
    }
    payload = base64.b64encode(json.dumps(data).encode())
    return itsdangerous.TimestampSigner(key.hex()).sign(payload).decode()
