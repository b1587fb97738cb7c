"""The server's view of a client's ledger, as the laptops' records and the money side's
entries stand on it: each entry with its status (an invoice pending until the client's
confirmation arrives — from the laptop or Oma HB) and each decision chain's balance,
by the same rules the laptop uses (`hbdesk.models.balance`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine

from hbdesk.models.balance import Balance, EntryFacts, balance, status_of
from hbdesk.models.codec import from_json
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.server import clock, db, stored

_MODELS = {
    "spending_entries": SpendingEntry,
    "invoice_confirmations": InvoiceConfirmation,
    "receipt_reports": ReceiptReport,
}


@dataclass(frozen=True)
class Row:
    entry: SpendingEntry
    status: str
    confirmed_on: dt.date | None


@dataclass(frozen=True)
class Ledger:
    rows: list[Row]
    balances: dict[str, Balance]  # chain id → balance


def client_ledger(engine: Engine, client_id: str, as_of: dt.date | None = None) -> Ledger:
    """Every entry of the client with its status, and each chain's balance as of a day."""
    day = as_of or clock.today()
    records = _records(engine, client_id)
    entries = [e for e in records["spending_entries"] if isinstance(e, SpendingEntry)]
    confs = {
        c.entry_id: c
        for c in records["invoice_confirmations"]
        if isinstance(c, InvoiceConfirmation)
    }
    receipts: dict[str, list[ReceiptReport]] = defaultdict(list)
    for r in records["receipt_reports"]:
        if isinstance(r, ReceiptReport):
            receipts[r.entry_id].append(r)
    facts = [EntryFacts(e, confs.get(e.id), tuple(receipts[e.id])) for e in entries]
    reversed_ids = {e.reverses_id for e in entries if e.reverses_id}
    rows = [
        Row(
            f.entry,
            "reversed"
            if f.entry.id in reversed_ids or f.entry.reverses_id
            else status_of(f, day).value,
            f.confirmation.confirmed_on if f.confirmation else None,
        )
        for f in sorted(facts, key=lambda f: (f.entry.spent_on, f.entry.id))
    ]
    granted = _granted(engine, client_id, day)
    by_chain: dict[str, list[EntryFacts]] = defaultdict(list)
    for f in facts:
        by_chain[f.entry.chain_id].append(f)
    balances = {
        chain: balance(granted.get(chain, Decimal(0)), fs, day) for chain, fs in by_chain.items()
    }
    return Ledger(rows, balances)


def _records(engine: Engine, client_id: str) -> dict[str, list[object]]:
    with db.read_tx(engine) as conn:
        values = stored.records(conn, entities=list(_MODELS), client_ids=[client_id])
    found: dict[str, list[object]] = {name: [] for name in _MODELS}
    for (entity, entity_id), record in values.items():
        fields = record.values
        model = _MODELS[entity]
        table = model.__table__
        known = {k: from_json(table.c[k], v) for k, v in fields.items() if k in table.c}
        known["id"] = entity_id  # the record's id is its op's entity id (may not be a field)
        found[entity].append(model(**known))
    return found


def _granted(engine: Engine, client_id: str, day: dt.date) -> dict[str, Decimal]:
    """Each chain's granted sum as of the day (the decision in force, else the latest)."""
    from hbdesk.server.money.knowledge import Knowledge, in_force

    k = Knowledge(engine)
    k.prefetch([client_id], (), ())
    with db.read_tx(engine) as conn:
        decisions = stored.records(
            conn, entities=["decisions"], client_ids=[client_id], fields=["granted_sum"]
        )
    sums = {
        entity_id: Decimal(r.values["granted_sum"])
        for (_, entity_id), r in decisions.items()
        if "granted_sum" in r.values
    }
    return {
        chain[0].chain_id: sums.get((in_force(chain, day) or chain[-1]).id, Decimal(0))
        for chain in k.decisions.get(client_id, [])
    }
