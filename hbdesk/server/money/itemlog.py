"""What the money side keeps of each item it took in (`money_items`), and of each run (a line
in the server's admin log: who ran what, and the counts — never an item's content)."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Engine, insert
from sqlalchemy.engine import Connection

from hbdesk.server import db
from hbdesk.server.money import booking, tables
from hbdesk.server.money.shape import Invoice, to_json


def note(conn: Connection, plans: Sequence[booking.Plan], now: dt.datetime) -> None:
    """Keep each judged item with what became of it (one statement per chunk), in the
    transaction that booked them (`db.write_tx`)."""
    credits = [
        (x.verdict.reverses.key, x.key)
        for x in plans
        if x.verdict.outcome == "book" and x.verdict.reverses is not None
    ]
    if not plans:
        return
    at = db.stored_instant(conn, now)
    taken = _noted(conn, [x.key for x in plans])  # by a run beside this one
    day = functools.partial(db.stored_day, conn)
    rows = [_row(x, at, day) for x in plans if x.key not in taken]
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


def _row(plan: booking.Plan, at: Any, day: Callable[[dt.date], Any]) -> tuple[Any, ...]:
    """A `money_items` row in COLUMNS' order (`at`: the time as stored, `day`: a date as
    stored)."""
    item, verdict = plan.item, plan.verdict
    kind = (
        item.kind
        if not isinstance(item, Invoice)
        else ("credit_note" if item.credit else "invoice")
    )
    return (
        plan.key,
        kind,
        plan.state,
        verdict.reason,
        verdict.client_id,
        verdict.decision.id if verdict.decision else None,
        plan.record_id,
        item.digest(),
        str(plan.amount),
        day(plan.day),
        booking.provider(item),
        verdict.reference[:100],
        verdict.category,
        verdict.entry_source,
        plan.author,
        item.where,
        None if plan.state == "booked" else to_json(item),
        at,
    )


def _noted(conn: Any, keys: list[str]) -> set[str]:
    return {r.item_key for r in db.rows_in(conn, tables.items, ("item_key",), "item_key", keys)}


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
