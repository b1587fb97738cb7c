"""What the money side keeps of each item it took in (`money_items`), and of each run (a line
in the server's admin log: who ran what, and the counts — never an item's content)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, insert

from hbdesk.server import db
from hbdesk.server.money import booking, tables
from hbdesk.server.money.matching import Verdict
from hbdesk.server.money.shape import Invoice, Item, to_json

STATES = {"book": "booked", "hold": "flagged", "wait": "queued"}


def note(engine: Engine, pairs: Sequence[tuple[Item, Verdict]], now: dt.datetime) -> None:
    """Keep each judged item with what became of it (one statement per chunk)."""
    rows = [_row(item, verdict, now) for item, verdict in pairs]
    credits = [
        (verdict.reverses.key, item.key)
        for item, verdict in pairs
        if verdict.outcome == "book" and verdict.reverses is not None
    ]
    if not rows:
        return
    with db.write_tx(engine) as conn:
        conn.execute(insert(tables.items), rows)
        for original, credit in credits:
            conn.execute(
                tables.items.update()
                .where(tables.items.c.item_key == original)
                .values(credited_by=credit)
            )


def _row(item: Item, verdict: Verdict, now: dt.datetime) -> dict[str, Any]:
    state = STATES[verdict.outcome]
    kind = (
        item.kind
        if not isinstance(item, Invoice)
        else ("credit_note" if item.credit else "invoice")
    )
    return {
        "item_key": item.key,
        "kind": kind,
        "state": state,
        "reason": verdict.reason,
        "client_id": verdict.client_id,
        "decision_id": verdict.decision.id if verdict.decision else None,
        "entry_id": _entry(item, state),
        "digest": item.digest(),
        "amount": str(booking.amount(item)),
        "spent_on": booking.day(item, verdict),
        "provider": booking.provider(item),
        "reference": verdict.reference[:100],
        "category": verdict.category,
        "entry_source": verdict.entry_source,
        "credited_by": None,
        "source": booking.author(item),
        "place": item.where,
        "body": None if state == "booked" else to_json(item),
        "received_at": now,
        "resolved_at": None,
        "resolved_by": None,
        "note": None,
    }


def _entry(item: Item, state: str) -> str | None:
    if state == "booked":
        return booking.entry_id(item.key)
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
