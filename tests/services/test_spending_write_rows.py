"""A spending write stores exactly what the plain ORM way of writing it stored.

`record_spending` writes its entry, the access-log row, the outbox ops and the op counter
with single INSERT/UPSERT statements, and reads the decision chain, the client's stage and
the chain's spending in one SELECT. Here the same purchase is also written the ORM way
(`session.add` in a service transaction, as record_spending did before) for a twin client,
and the rows both left in the vault are read back with raw SQL and compared.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text

from hbdesk.models.audit import AccessLogEntry, verify_chain
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.vocab import Stage
from hbdesk.services import ledger, spending_view
from hbdesk.services.common import advance_stage, get_client
from hbdesk.services.context import Actor, transaction
from hbdesk.store import OpenVault
from tests.services.helpers import granted_budget, new_client

DAY = dt.date(2026, 3, 2)
# Values that differ between any two writes (new ids, clocks, the log's chain links).
VOLATILE = {"id", "recorded_at", "at", "seq", "hash", "prev_hash"}


def purchase(decision_id: str) -> ledger.Spending:
    return ledger.Spending(
        method="mobile_payment",
        amount=Decimal("12.50"),
        spent_on=DAY,
        category="sports",
        provider="Uimahalli",
        description="Sarjakortti",
        decision_id=decision_id,
    )


def record_the_orm_way(vault: OpenVault, actor: Actor, client_id: str, decision: Any) -> str:
    """The write as record_spending made it before: ORM objects, flushed by the commit."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        entry = SpendingEntry(
            client_id=client_id,
            decision_id=decision.id,
            chain_id=decision.chain_id,
            method="mobile_payment",
            source="laptop",
            external_ref=None,
            spent_on=DAY,
            amount=Decimal("12.50"),
            category="sports",
            provider="Uimahalli",
            description="Sarjakortti",
            recorded_by=actor.user_id,
        )
        tx.session.add(entry)
        advance_stage(client, Stage.IN_USE)
    return entry.id


def raw(vault: OpenVault, sql: str, **params: object) -> list[dict[str, Any]]:
    with vault.session() as s:
        return [dict(r._mapping) for r in s.execute(text(sql), params)]


def written(vault: OpenVault, entry_id: str, ids: dict[str, str], after_seq: int) -> Any:
    """What one write left (raw SQL), with its own ids named and volatile values blanked."""

    def name(value: Any) -> Any:
        if isinstance(value, str):
            for real, placeholder in ids.items():
                value = value.replace(real, placeholder)
        return value

    def plain(row: dict[str, Any]) -> dict[str, Any]:
        return {k: "*" if k in VOLATILE else name(v) for k, v in row.items()}

    (entry,) = raw(vault, "SELECT * FROM spending_entries WHERE id = :i", i=entry_id)
    ops = raw(vault, "SELECT * FROM outbox WHERE local_seq > :s ORDER BY local_seq", s=after_seq)
    logs = raw(vault, "SELECT * FROM access_log WHERE client_id = :c", c=ids_of(ids, "CLIENT"))
    op_rows = [
        {
            **plain({k: v for k, v in op.items() if k not in ("op_id", "local_seq", "local_time")}),
            "fields": plain(json.loads(op["fields"])),
            "base_versions": op["base_versions"],
            "entity_id": "*" if op["entity"] == "access_log" else name(op["entity_id"]),
        }
        for op in ops
    ]
    seqs = [op["local_seq"] for op in ops]
    return plain(entry), op_rows, plain(logs[-1]), seqs


def ids_of(ids: dict[str, str], placeholder: str) -> str:
    return next(real for real, p in ids.items() if p == placeholder)


def counter(vault: OpenVault) -> int:
    (row,) = raw(vault, "SELECT value FROM sync_state WHERE key = 'local_seq'")
    return int(row["value"])


def write_both(vault: OpenVault, worker: Actor, fast: Any, slow: Any) -> list[tuple[Any, int]]:
    """One purchase for `fast` through the service and one for `slow` the ORM way: the rows
    each left (ids and clocks named, see `written`) and the op counter before it."""
    results = []
    for g, write in (
        (
            fast,
            lambda: (
                ledger.record_spending(
                    vault, worker, fast.client_id, purchase(fast.decision.id)
                ).value.id
            ),
        ),
        (slow, lambda: record_the_orm_way(vault, worker, slow.client_id, slow.decision)),
    ):
        before = counter(vault)
        entry_id = write()
        ids = {entry_id: "ENTRY", g.client_id: "CLIENT", g.decision.id: "DECISION"}
        results.append((written(vault, entry_id, ids, before), before))
    return results


def test_a_spending_write_stores_what_the_orm_write_stored(vault: OpenVault, worker: Actor) -> None:
    fast = granted_budget(vault, worker)
    slow = granted_budget(vault, worker)
    (fast_rows, fast_before), (slow_rows, slow_before) = write_both(vault, worker, fast, slow)
    assert fast_rows[:3] == slow_rows[:3]  # entry, ops, log row: the same but for ids and clocks
    entry, ops, log, seqs = fast_rows
    assert entry["amount"] == 1250 and entry["decision_id"] == "DECISION"
    assert entry["chain_id"] == "DECISION"  # the first decision of its line names the chain
    assert [(op["entity"], op["kind"]) for op in ops] == [
        ("spending_entries", "append"),
        ("clients", "upsert"),  # the first purchase moves the client to "in use"
        ("access_log", "append"),
    ]
    assert ops[1]["fields"] == {"stage": "in_use"} and ops[1]["base_versions"] == '{"stage": 0}'
    assert log["action"] == "change" and log["record_ids"] == json.dumps(
        ["clients:CLIENT", "spending_entries:ENTRY"]
    )
    assert seqs == [fast_before + 1, fast_before + 2, fast_before + 3]
    assert slow_rows[3] == [slow_before + 1, slow_before + 2, slow_before + 3]
    assert counter(vault) == slow_before + 3
    with vault.session() as s:
        assert verify_chain(s.scalars(select(AccessLogEntry))).ok


def test_a_second_purchase_stores_what_the_orm_write_stored(
    vault: OpenVault, worker: Actor
) -> None:
    """Once the client is "in use": the entry, its log row and two ops, nothing else."""
    fast = granted_budget(vault, worker)
    slow = granted_budget(vault, worker)
    ledger.record_spending(vault, worker, fast.client_id, purchase(fast.decision.id))
    record_the_orm_way(vault, worker, slow.client_id, slow.decision)
    rows = [written_rows for written_rows, _ in write_both(vault, worker, fast, slow)]
    assert rows[0][:3] == rows[1][:3]
    assert [(op["entity"], op["kind"]) for op in rows[0][1]] == [
        ("spending_entries", "append"),
        ("access_log", "append"),
    ]
    assert rows[0][2]["action"] == "create"
    balance = spending_view.budget_states(vault, worker, fast.client_id)[-1]
    assert balance.decision.id == fast.decision.id
    assert sum(r.entry.amount for r in balance.rows) == Decimal("25.00")


def test_a_decision_that_is_not_the_clients_is_not_found(vault: OpenVault, worker: Actor) -> None:
    mine = granted_budget(vault, worker)
    theirs = granted_budget(vault, worker)
    lone = new_client(vault, worker)
    cases = [
        (mine.client_id, theirs.decision.id, "decision_id"),  # another client's decision
        (mine.client_id, "no-such-decision", "decision_id"),
        ("no-such-client", mine.decision.id, "client_id"),
        ("no-such-client", "no-such-decision", "client_id"),
        (lone, mine.decision.id, "decision_id"),
    ]
    for client_id, decision_id, field in cases:
        with pytest.raises(DomainError) as err:
            ledger.record_spending(vault, worker, client_id, purchase(decision_id))
        assert (err.value.code, err.value.field) == ("not_found", field), (client_id, decision_id)
    assert raw(vault, "SELECT count(*) AS n FROM spending_entries")[0]["n"] == 0
