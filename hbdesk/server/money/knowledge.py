"""What the server knows that money is matched against: the clients' issued decisions and
payment commitments (synced from the laptops, read through `stored`), whether a client is
open, and what the money side booked before (`money_items`). Read in bulk per chunk of a
file and kept for the run: a file's items never cost a query each."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Engine, select

from hbdesk.server import db, stored
from hbdesk.server.money import registers, tables

DECISION_FIELDS = (
    "chain_id",
    "supersedes_id",
    "outcome",
    "valid_from",
    "valid_to",
    "excluded_categories",
    "allowed_categories",
)
COMMITMENT_FIELDS = (
    "reference",
    "decision_id",
    "chain_id",
    "provider",
    "category",
    "total",
    "valid_from",
    "valid_to",
    "recorded_at",
)


@dataclass(frozen=True)
class Decision:
    id: str
    client_id: str
    chain_id: str
    supersedes_id: str | None
    outcome: str
    valid_from: dt.date
    valid_to: dt.date
    excluded: tuple[str, ...]
    allowed: tuple[str, ...]


@dataclass(frozen=True)
class Commitment:
    id: str
    client_id: str
    decision_id: str
    chain_id: str
    reference: str
    provider: str
    category: str
    total: Decimal
    valid_from: dt.date
    valid_to: dt.date
    recorded_at: str


class Booked(NamedTuple):
    """An item the money side took in before (a tuple: one is made for each item a run
    takes in)."""

    key: str
    state: str
    digest: str | None
    client_id: str | None
    decision_id: str | None
    entry_id: str | None
    amount: Decimal
    spent_on: dt.date
    category: str | None
    entry_source: str | None
    credited_by: str | None = None  # the credit note that reversed it


@dataclass
class Knowledge:
    engine: Engine
    decisions: dict[str, list[list[Decision]]] = field(default_factory=dict)  # client → chains
    open_clients: dict[str, bool] = field(default_factory=dict)  # False: closed; absent: unknown
    booked: dict[str, Booked] = field(default_factory=dict)  # item key → what became of it
    spent: dict[str, Decimal] = field(default_factory=dict)  # commitment ref → booked so far
    register: dict[tuple[str, str], registers.Entry | None] = field(default_factory=dict)
    _commitments: dict[str, list[Commitment]] | None = None

    def commitments(self, reference: str) -> list[Commitment]:
        """The commitments printed with this reference (every client's: a shared one is
        doubtful); the latest print of each commitment line only."""
        if self._commitments is None:
            self._commitments = load_commitments(self.engine)
        return self._commitments.get(reference, [])

    def prefetch_means(self, means: Iterable[tuple[str, str]]) -> None:
        """The register's entries for (kind, ref) pairs the run has not looked up yet."""
        wanted: dict[str, list[str]] = {}
        for kind, ref in set(means) - set(self.register):
            wanted.setdefault(kind, []).append(ref)
        with db.read_tx(self.engine) as conn:
            for kind, refs in wanted.items():
                found = registers.lookup(conn, kind, refs)
                self.register.update(((kind, r), found.get(r)) for r in refs)

    def prefetch(self, clients: Iterable[str], keys: Iterable[str], refs: Iterable[str]) -> None:
        """Read at once what a chunk of items needs and the run does not know yet."""
        new_clients = sorted(set(clients) - set(self.open_clients) - set(self.decisions))
        new_keys = sorted(set(keys) - set(self.booked))
        new_refs = sorted(set(refs) - set(self.spent))
        with db.read_tx(self.engine) as conn:
            for chunk in _chunks(new_clients):
                self._read_clients(conn, chunk)
            for chunk in _chunks(new_keys):
                rows = conn.execute(select(tables.items).where(tables.items.c.item_key.in_(chunk)))
                self.booked.update((r.item_key, _booked(r)) for r in rows)
            for chunk in _chunks(new_refs):
                self.spent.update(dict.fromkeys(chunk, Decimal(0)))
                rows = conn.execute(
                    select(tables.items.c.reference, tables.items.c.amount).where(
                        tables.items.c.reference.in_(chunk), tables.items.c.state == "booked"
                    )
                )
                for r in rows:
                    self.spent[r.reference] += Decimal(r.amount)

    def _read_clients(self, conn: Any, chunk: list[str]) -> None:
        rows = conn.execute(
            select(db.clients.c.client_id, db.clients.c.closed_at).where(
                db.clients.c.client_id.in_(chunk)
            )
        )
        self.open_clients.update((r.client_id, r.closed_at is None) for r in rows)
        found_records = stored.records(
            conn, entities=["decisions"], client_ids=chunk, fields=DECISION_FIELDS
        )
        records = {
            entity_id: {**r.values, "client_id": r.client_id}
            for (_, entity_id), r in found_records.items()
        }
        found: dict[str, list[Decision]] = {c: [] for c in chunk}
        for decision_id, values in records.items():
            made = _decision(decision_id, values)
            if made is not None:
                found[made.client_id].append(made)
        for client_id, decisions in found.items():
            self.decisions[client_id] = _chains(decisions)


def _decision(decision_id: str, v: dict[str, Any]) -> Decision | None:
    try:
        return Decision(
            decision_id,
            v["client_id"],
            v.get("chain_id") or decision_id,
            v.get("supersedes_id"),
            v.get("outcome") or "",
            dt.date.fromisoformat(v["valid_from"]),
            dt.date.fromisoformat(v["valid_to"]),
            tuple(json.loads(v.get("excluded_categories") or "[]")),
            tuple(json.loads(v.get("allowed_categories") or "[]")),
        )
    except (KeyError, TypeError, ValueError):
        return None  # a record the laptops have not finished sending: not matched against


def _chains(decisions: list[Decision]) -> list[list[Decision]]:
    """Each chain first to latest (each superseding the one before)."""
    chains = []
    for chain_id in sorted({d.chain_id for d in decisions}):
        members = [d for d in decisions if d.chain_id == chain_id]
        by_prev = {d.supersedes_id: d for d in members}
        ordered, current = [], next((d for d in members if d.supersedes_id is None), None)
        while current is not None and current not in ordered:
            ordered.append(current)
            current = by_prev.get(current.id)
        if ordered:
            chains.append(ordered)
    return chains


def in_force(chain: list[Decision], day: dt.date) -> Decision | None:
    """The decision of a chain that governs `day` (a later one cuts off the earlier ones)."""
    for decision in reversed(chain):
        if decision.valid_from <= day:
            return decision if day <= decision.valid_to else None
    return None


def load_commitments(engine: Engine) -> dict[str, list[Commitment]]:
    with db.read_tx(engine) as conn:
        found_records = stored.records(
            conn, entities=["payment_commitments"], fields=COMMITMENT_FIELDS
        )
    records = {
        entity_id: {**r.values, "client_id": r.client_id}
        for (_, entity_id), r in found_records.items()
    }
    found: dict[str, list[Commitment]] = {}
    for commitment_id, v in records.items():
        try:
            made = Commitment(
                commitment_id,
                v["client_id"],
                v["decision_id"],
                v["chain_id"],
                v["reference"],
                v.get("provider") or "",
                v.get("category") or "other",
                Decimal(v["total"]),
                dt.date.fromisoformat(v["valid_from"]),
                dt.date.fromisoformat(v["valid_to"]),
                v.get("recorded_at") or "",
            )
        except (KeyError, TypeError, ValueError, ArithmeticError):
            continue
        found.setdefault(made.reference, []).append(made)
    return found


def _booked(r: Any) -> Booked:
    return Booked(
        r.item_key,
        r.state,
        r.digest,
        r.client_id,
        r.decision_id,
        r.entry_id,
        Decimal(r.amount),
        r.spent_on,
        r.category,
        r.entry_source,
        r.credited_by,
    )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
