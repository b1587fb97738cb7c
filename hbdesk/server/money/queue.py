"""The county's queue: items no reference matched or that look doubtful, and items held
for the caseworker. A person looks at them (`hbdesk-server money queue`), books one to
the client they establish, or sets it aside — never the server guessing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row, select

from hbdesk.server import authored, db
from hbdesk.server.clock import HELSINKI
from hbdesk.server.money import booking, csvfiles, importer, tables
from hbdesk.server.money.knowledge import Knowledge
from hbdesk.server.money.matching import REFUSED, Verdict, judge_for, means
from hbdesk.server.money.shape import Invoice, from_json
from hbdesk.server.scope import now_utc

OPEN = ("queued", "flagged")
COLUMNS = (
    "item_key",
    "state",
    "reason",
    "what",
    "place",
    "spent_on",
    "amount",
    "provider",
    "reference",
    "client_id",
    "received_at",
)


class QueueError(Exception):
    def __init__(self, code: str, text: str) -> None:
        self.code, self.text = code, text
        super().__init__(f"{code}: {text}")


@dataclass(frozen=True)
class QueueItem:
    item_key: str
    kind: str
    state: str
    reason: str | None
    client_id: str | None
    amount: str
    spent_on: dt.date
    provider: str
    reference: str | None
    place: str
    received_at: dt.datetime
    resolved_by: str | None
    note: str | None

    @property
    def what(self) -> str:
        return importer.REASONS.get(self.reason or "", self.reason or "")


def items(engine: Engine, state: str | tuple[str, ...] = OPEN) -> list[QueueItem]:
    """The items in these states (default: those waiting for a person), oldest first."""
    states = (state,) if isinstance(state, str) else state
    t = tables.items
    with db.read_tx(engine) as conn:
        rows = conn.execute(
            select(t).where(t.c.state.in_(states)).order_by(t.c.received_at, t.c.item_key)
        ).all()
    return [
        QueueItem(
            r.item_key,
            r.kind,
            r.state,
            r.reason,
            r.client_id,
            r.amount,
            r.spent_on,
            r.provider,
            r.reference,
            r.place,
            r.received_at,
            r.resolved_by,
            r.note,
        )
        for r in rows
    ]


def export_csv(engine: Engine, path: Path, state: str | tuple[str, ...] = OPEN) -> int:
    """The queue as CSV for the county's staff; every cell escaped against formulas."""
    return csvfiles.write(
        path,
        COLUMNS,
        (
            [
                q.item_key,
                q.state,
                q.reason,
                q.what,
                q.place,
                q.spent_on.isoformat(),
                q.amount,
                q.provider,
                q.reference,
                q.client_id,
                q.received_at.isoformat(),
            ]
            for q in items(engine, state)
        ),
    )


@dataclass(frozen=True)
class Resolved:
    booked: int
    state: str
    reason: str | None


def book(
    engine: Engine,
    item_key: str,
    client_id: str | None = None,
    *,
    by: str,
    today: dt.date | None = None,
    decision_id: str | None = None,
    anyway: bool = False,
    note: str | None = None,
) -> Resolved:
    """Book a waiting item to the client a person established (or, held, to its own).

    `anyway`: a held item is booked although its day is outside the decision or its
    category restricted (the person has looked); gambling and crime are never booked."""
    row = _open_row(engine, item_key)
    item = from_json(row.body)
    who = client_id or row.client_id
    if who is None:
        raise QueueError("client_required", "name the client this item belongs to")
    k = Knowledge(engine)
    k.prefetch_means(means(item))
    credited = (
        [f"invoice:{item.seller_id}:{item.credits}"]
        if isinstance(item, Invoice) and item.credit
        else []
    )
    k.prefetch([who], credited, [row.reference] if row.reference else [])
    verdict = judge_for(item, k, who, decision_id)
    if verdict.outcome == "hold" and anyway and verdict.reason != REFUSED:
        verdict = verdict._replace(outcome="book", reason=None)
    if verdict.outcome != "book":
        return Resolved(0, row.state, verdict.reason)
    now = now_utc()
    plan = booking.plan(item, verdict)
    with db.write_tx(engine) as conn:
        written = booking.write(conn, [plan], now)
    if item.key not in written.stored:
        raise QueueError("not_stored", written.failed[0].text if written.failed else "not stored")
    _resolve(engine, row, "booked", by, note, now, verdict, plan.record_id)
    return Resolved(1, "booked", None)


def dismiss(engine: Engine, item_key: str, *, by: str, note: str) -> None:
    """Set an item aside (the county settles it another way); it stays in the record."""
    if not note.strip():
        raise QueueError("note_required", "say why the item is set aside")
    row = _open_row(engine, item_key)
    _resolve(engine, row, "dismissed", by, note, now_utc(), None, None)


def _open_row(engine: Engine, item_key: str):  # type: ignore[no-untyped-def]
    with db.read_tx(engine) as conn:
        row = conn.execute(select(tables.items).where(tables.items.c.item_key == item_key)).first()
    if row is None:
        raise QueueError("not_found", "no such item")
    if row.state not in OPEN:
        raise QueueError("not_open", f"the item is {row.state} already")
    return row


def _resolve(
    engine: Engine,
    row: Row[Any],
    state: str,
    by: str,
    note: str | None,
    now: dt.datetime,
    verdict: Verdict | None,
    entry_id: str | None,
) -> None:
    if row.state == "flagged":
        _tell_caseworker(engine, row, "booked" if state == "booked" else "dismissed", now)
    values: dict[str, object] = {
        "state": state,
        "resolved_at": now,
        "resolved_by": by[:200],
        "note": note,
    }
    if verdict is not None:
        values |= {
            "client_id": verdict.client_id,
            "decision_id": verdict.decision.id if verdict.decision else None,
            "entry_id": entry_id,
            "category": verdict.category,
            "entry_source": verdict.entry_source,
            "body": None,
        }
    with db.write_tx(engine) as conn:
        conn.execute(
            tables.items.update().where(tables.items.c.item_key == row.item_key).values(**values)
        )


def _tell_caseworker(engine: Engine, row, resolution: str, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    """The held payment on the laptops shows what the county decided."""
    source = authored.Source(
        booking.DEVICE, author=row.source or "money", author_role="source_system"
    )
    change = authored.Change(
        row.client_id,
        "held_payments",
        booking.held_id(row.item_key),
        {"resolution": resolution, "resolved_on": now.astimezone(HELSINKI).date().isoformat()},
        "upsert",
    )
    result = authored.write(engine, source, [change])[0]
    if result.status not in ("stored", "duplicate"):
        raise QueueError("not_stored", f"the held payment was not updated ({result.reason})")
