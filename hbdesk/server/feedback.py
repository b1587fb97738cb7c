"""Anonymous feedback on the server: stored apart from the op feed, with nothing that links it.

A row holds what the feedback says and the month it is about — no device, client, worker,
sequence, batch or arrival time (SECURITY.md: "Anonymity is a property of the whole
channel"). Even the database's own bookkeeping tells nothing:
- SQLite keeps the table WITHOUT ROWID, in the order of the random ids;
- PostgreSQL stamps every row version with the transaction that wrote it (`xmin`) and
  keeps it where it was written (`ctid`): each batch therefore rewrites every row of the
  months it touches, in id order, so all rows of a month carry the last batch's
  transaction and sit in id order — no row shows which batch brought it.
Old rows (feedback synced as ops before this channel) are moved here and their ops, feed
entries and field states deleted (`move_old_ops`, run by `db.create_schema`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)
from sqlalchemy.engine import Connection

from hbdesk.protocol import feedback as p
from hbdesk.server import db

feedback = Table(
    "feedback",
    db.metadata,
    Column("feedback_id", db.Id, primary_key=True),  # the laptop's random id (UUID4)
    Column("period", String(7), nullable=False),  # "YYYY-MM"
    Column("unit", String(200), nullable=False),
    Column("given_by", String(32), nullable=False),
    Column("felt_heard", Integer),
    Column("budget_follow_ease", Integer),
    Column("goals_reached", Integer),
    Column("text", Text, nullable=False),
    sqlite_with_rowid=False,
)
Index("ix_feedback_period", feedback.c.period)

COLUMNS = tuple(c.name for c in feedback.columns)


def store(engine: Engine, items: Sequence[p.FeedbackItem]) -> p.FeedbackStored:
    """Store a batch (a feedback already stored is a duplicate); one transaction."""
    with db.side_tx(engine) as conn:
        ids = [item.feedback_id for item in items]
        known = set(
            conn.execute(select(feedback.c.feedback_id).where(feedback.c.feedback_id.in_(ids)))
            .scalars()
            .all()
        )
        new = {i.feedback_id: i.model_dump() for i in items if i.feedback_id not in known}
        _put(conn, list(new.values()))
    return p.FeedbackStored(stored=len(new), duplicates=len(items) - len(new))


def _put(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add `rows`, rewriting every row of their months in id order (see the module doc)."""
    if not rows:
        return
    months = sorted({r["period"] for r in rows})
    query = select(feedback).where(feedback.c.period.in_(months))
    old = [dict(r) for r in conn.execute(query).mappings()]
    conn.execute(delete(feedback).where(feedback.c.period.in_(months)))
    everything = sorted([*old, *rows], key=lambda r: str(r["feedback_id"]))
    conn.execute(insert(feedback), [{c: r.get(c) for c in COLUMNS} for r in everything])


def rows(conn: Connection, months: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Every stored feedback (or those of months first…last, "YYYY-MM"), as dicts."""
    query = select(feedback)
    if months is not None:
        query = query.where(feedback.c.period >= months[0], feedback.c.period <= months[1])
    return [dict(r) for r in conn.execute(query.order_by(feedback.c.feedback_id)).mappings()]


# --- feedback that came as ops before this channel ----------------------------------------


def old_ops_left(conn: Connection) -> bool:
    """Whether feedback stored as ops (before its own channel) is still in the op feed."""
    fs = db.field_state
    return (
        conn.execute(select(fs.c.entity).where(fs.c.entity == p.ENTITY).limit(1)).first()
        is not None
    )


def move_old_ops(conn: Connection) -> int:
    """Feedback stored as ops (with device, sequence and arrival time) moved here; its
    ops, feed entries, field states and report copy deleted. The number moved."""
    if not old_ops_left(conn):
        return 0
    fs = db.field_state
    records: dict[str, dict[str, Any]] = {}
    for entity_id, name, value in conn.execute(
        select(fs.c.entity_id, fs.c.field, fs.c.value).where(fs.c.entity == p.ENTITY)
    ):
        records.setdefault(entity_id, {})[name] = json.loads(value) if value else None
    live = [_old_row(k, v) for k, v in sorted(records.items()) if not v.get(db.DELETED)]
    known = set(conn.execute(select(feedback.c.feedback_id)).scalars().all())
    _put(conn, [r for r in live if r["feedback_id"] not in known])
    _forget_ops(conn, p.ENTITY)
    return len(live)


def _old_row(feedback_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "feedback_id": feedback_id,
        "period": str(fields.get("period") or ""),
        "unit": str(fields.get("unit") or ""),
        "given_by": str(fields.get("given_by") or "client"),
        "felt_heard": fields.get("felt_heard"),
        "budget_follow_ease": fields.get("budget_follow_ease"),
        "goals_reached": fields.get("goals_reached"),
        "text": str(fields.get("text") or ""),
    }


def _forget_ops(conn: Connection, entity: str) -> None:
    op_ids = _ids(conn.execute(select(db.ops.c.op_id).where(db.ops.c.entity == entity)).scalars())
    for chunk in _chunks(op_ids, 500):
        conn.execute(delete(db.feed).where(db.feed.c.kind == "op", db.feed.c.ref.in_(chunk)))
        conn.execute(delete(db.ops).where(db.ops.c.op_id.in_(chunk)))
    conn.execute(delete(db.field_state).where(db.field_state.c.entity == entity))
    conn.execute(delete(db.report_records).where(db.report_records.c.entity == entity))
    conn.execute(delete(db.conflicts).where(db.conflicts.c.entity == entity))


def _ids(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values]


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
