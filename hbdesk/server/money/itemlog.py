"""What the money side keeps of each item it took in (`money_items`), and of each run (a line
in the server's admin log: who ran what, and the counts — never an item's content)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, insert
from sqlalchemy.engine import Connection

from hbdesk.server import db
from hbdesk.server.money import booking, tables
from hbdesk.server.money.matching import Verdict
from hbdesk.server.money.shape import Invoice, Item, to_json

STATES = {"book": "booked", "hold": "flagged", "wait": "queued"}


def note(conn: Connection, pairs: Sequence[tuple[Item, Verdict]], now: dt.datetime) -> None:
    """Keep each judged item with what became of it (one statement per chunk), in the
    transaction that booked them (`db.write_tx`)."""
    credits = [
        (verdict.reverses.key, item.key)
        for item, verdict in pairs
        if verdict.outcome == "book" and verdict.reverses is not None
    ]
    if not pairs:
        return
    at = db.stored_instant(conn, now)
    taken = _noted(conn, [item.key for item, _ in pairs])  # by a run beside this one
    rows = [_row(item, verdict, at) for item, verdict in pairs if item.key not in taken]
    dates = COLUMNS.index("spent_on")
    rows = [(*r[:dates], db.stored_day(conn, r[dates]), *r[dates + 1 :]) for r in rows]
    db.insert_rows(conn, tables.items, COLUMNS, rows)
    for original, credit in credits:
        conn.execute(
            tables.items.update()
            .where(tables.items.c.item_key == original)
            .values(credited_by=credit)
        )


COLUMNS = (
    "item_key",
    "kind",
    "state",
    "reason",
    "client_id",
    "decision_id",
    "entry_id",
    "digest",
    "amount",
    "spent_on",
    "provider",
    "reference",
    "category",
    "entry_source",
    "source",
    "place",
    "body",
    "received_at",
)


def _row(item: Item, verdict: Verdict, at: Any) -> tuple[Any, ...]:
    """A `money_items` row in COLUMNS' order (`at`: the time as stored)."""
    state = STATES[verdict.outcome]
    kind = (
        item.kind
        if not isinstance(item, Invoice)
        else ("credit_note" if item.credit else "invoice")
    )
    return (
        item.key,
        kind,
        state,
        verdict.reason,
        verdict.client_id,
        verdict.decision.id if verdict.decision else None,
        _entry(item, state, verdict),
        item.digest(),
        str(booking.amount(item)),
        booking.day(item, verdict),
        booking.provider(item),
        verdict.reference[:100],
        verdict.category,
        verdict.entry_source,
        booking.author(item),
        item.where,
        None if state == "booked" else to_json(item),
        at,
    )


def _noted(conn: Any, keys: list[str]) -> set[str]:
    return {r.item_key for r in db.rows_in(conn, tables.items, ("item_key",), "item_key", keys)}


def _entry(item: Item, state: str, verdict: Verdict) -> str | None:
    if state == "booked":
        return booking.entry_of(item, verdict)
    return booking.held_id(item.key) if state == "flagged" else None


def log(engine: Engine, by: str | None, action: str, details: dict[str, object]) -> None:
    """A line in the admin log: who, what, and counts only."""
    with db.write_tx(engine) as conn:
        conn.execute(
            insert(db.admin_log).values(
                at=dt.datetime.now(dt.UTC),
                actor=by or _whoami(),
                action=action,
                details=json.dumps(details, ensure_ascii=False, sort_keys=True),
            )
        )


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
