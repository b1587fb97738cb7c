"""What the desktop shows first after unlock, read with plain SQL in one snapshot: the stored
drafts, this laptop's device id, the client count and the caseload.

The same columns the services read through the ORM (services.drafts, sync.app_identity,
services.caseload), read without loading SQLAlchemy's ORM and the models (~0.3 s of CPU on
the unlock's path): the caseload shows first, the rest of hbdesk loads after. The caseload's
rows are made by services.caseload_rows, as the service makes them;
tests/app/test_first_screen.py holds the two reads to the same rows. Like the service, the
caseload read writes no access-log entry (names, stages and sums only: opening a client is
what is logged).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from hbdesk.services.caseload_rows import (
    CaseloadRow,
    Recorded,
    caseload_rows,
    chains_by_client_of,
    facts_by_chain_of,
    latest_follow_ups,
    money_state,
    process_facts_of,
)

DEVICE_ID_KEY = "device:id"  # hbdesk.sync.app_identity.DEVICE_ID
CENT = Decimal("0.01")


@dataclass(frozen=True)
class FirstScreen:
    drafts: dict[str, str]
    device_id: str | None
    client_count: int
    caseload: list[CaseloadRow]


@dataclass(frozen=True, slots=True)
class _Client:
    id: str
    first_name: str
    last_name: str
    identity_code: str | None
    stage: str
    key_worker_id: str | None


@dataclass(frozen=True, slots=True)
class _Decision:
    id: str
    client_id: str
    chain_id: str
    supersedes_id: str | None
    outcome: str
    granted_sum: Decimal
    valid_from: dt.date
    valid_to: dt.date
    decided_on: dt.date


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    chain_id: str
    method: str
    reverses_id: str | None
    spent_on: dt.date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class _Confirmation:
    entry_id: str
    verdict: str
    confirmed_on: dt.date


@dataclass(frozen=True, slots=True)
class _Receipt:
    entry_id: str
    reported_on: dt.date
    amount: Decimal


def read(db: Any, today: dt.date | None = None) -> FirstScreen:
    """Everything of the first screen, from `OpenVault.reading()`'s connection."""
    return FirstScreen(
        drafts(db), device_id(db), client_count(db), caseload(db, today or dt.date.today())
    )


def drafts(db: Any) -> dict[str, str]:
    return {place: text for place, text in db.execute("SELECT place, text FROM drafts")}


def device_id(db: Any) -> str | None:
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (DEVICE_ID_KEY,)).fetchone()
    return None if row is None else str(row[0])


def client_count(db: Any) -> int:
    return int(db.execute("SELECT count(*) FROM clients").fetchone()[0])


def caseload(db: Any, day: dt.date) -> list[CaseloadRow]:
    """services.caseload.caseload(vault, actor) for `day`: every client, no filter."""
    clients = [
        _Client(*row)
        for row in db.execute(
            "SELECT clients.id, clients.first_name, clients.last_name, clients.identity_code, "
            "clients.stage, clients.key_worker_id FROM clients "
            "ORDER BY clients.last_name, clients.first_name"
        )
    ]
    ids = [c.id for c in clients]
    follow = latest_follow_ups(
        _dated(
            _select(
                db,
                "client_id, next_follow_up_on",
                "plans",
                ids,
                "status = 'agreed'",
                order="version",
            )
        ),
        _dated(
            _select(
                db, "client_id, next_follow_up_on", "follow_ups", ids, order="held_on, created_at"
            )
        ),
    )
    decisions = [
        _Decision(i, c, ch, sup, out, _money(granted), _day(f), _day(t), _day(on))
        for i, c, ch, sup, out, granted, f, t, on in _select(
            db,
            "id, client_id, chain_id, supersedes_id, outcome, granted_sum, valid_from, "
            "valid_to, decided_on",
            "decisions",
            ids,
        )
    ]
    entries = [
        _Entry(i, ch, m, rev, _day(on), _money(amount))
        for i, ch, m, rev, on, amount in _select(
            db, "id, chain_id, method, reverses_id, spent_on, amount", "spending_entries", ids
        )
    ]
    confirmations = [
        _Confirmation(e, v, _day(on))
        for e, v, on in _select(db, "entry_id, verdict, confirmed_on", "invoice_confirmations", ids)
    ]
    receipts = [
        _Receipt(e, _day(on), _money(amount))
        for e, on, amount in _select(db, "entry_id, reported_on, amount", "receipt_reports", ids)
    ]
    # The rules are typed with the models; these rows carry the fields they read.
    chains = chains_by_client_of(decisions)
    facts = facts_by_chain_of(cast(Any, entries), cast(Any, confirmations), cast(Any, receipts))
    money = {c.id: money_state(cast(Any, chains.get(c.id, [])), facts, day) for c in clients}
    progress = process_facts_of(clients, recorded(db, ids), money, follow)
    return caseload_rows(clients, follow, money, progress, day)


def recorded(db: Any, ids: Sequence[str]) -> Recorded:
    """services.process_facts.recorded, in plain SQL."""
    assessed = {
        c: int(n)
        for c, n in _select(db, "client_id, count(*)", "self_assessments", ids, group="client_id")
    }
    trusted = _having(
        db, "close_people", ids, "active IS 1 AND (trusted IS 1 OR role = 'support_person')"
    ) | _having(db, "support_need_considerations", ids)
    return Recorded(
        assessed,
        _having(db, "need_assessments", ids),
        _having(db, "client_proposals", ids),
        trusted,
        _latest_status(db, "plans", ids),
        _latest_status(db, "budgets", ids),
        _having(db, "decision_drafts", ids, "issued_decision_id IS NULL"),
        _having(
            db,
            "decisions",
            ids,
            "id NOT IN (SELECT decision_notifications.decision_id FROM decision_notifications)",
        ),
    )


def _select(
    db: Any,
    columns: str,
    table: str,
    ids: Sequence[str],
    where: str = "",
    *,
    order: str = "",
    group: str = "",
) -> list[tuple[Any, ...]]:
    """Rows of `table` whose client is one of `ids` (the table and columns are ours)."""
    # Names from this module only; the values are bound.
    sql = f"SELECT {columns} FROM {table} WHERE client_id IN ({', '.join('?' * len(ids))})"  # noqa: S608
    if where:
        sql += f" AND {where}"
    if group:
        sql += f" GROUP BY {group}"
    if order:
        sql += f" ORDER BY {order}"
    return list(db.execute(sql, tuple(ids)))


def _having(db: Any, table: str, ids: Sequence[str], where: str = "") -> set[str]:
    return {str(c) for (c,) in _select(db, "DISTINCT client_id", table, ids, where)}


def _latest_status(db: Any, table: str, ids: Sequence[str]) -> dict[str, str]:
    return dict(_select(db, "client_id, status", table, ids, order="client_id, version"))


def _dated(rows: list[tuple[Any, ...]]) -> list[tuple[str, dt.date | None]]:
    return [(c, None if d is None else _day(d)) for c, d in rows]


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _money(cents: int) -> Decimal:
    """hbdesk.models.base.Money: integer cents to euros with two decimals."""
    return Decimal(int(cents)).scaleb(-2).quantize(CENT)
