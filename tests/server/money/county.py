"""A fictional county on a server database for money tests and the benchmark: clients with
an issued decision, payment commitments, cards and vouchers in the county's registers.

Decisions and commitments are written as the laptops' synced records (through
`authored`, as a source "server:test-county"), so the money import sees what it would see
after the caseworkers' laptops have synced.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, insert

from hbdesk.server import authored, db
from hbdesk.server.money import registers

SOURCE = authored.Source("server:test-county", author="test county", author_role="key_worker")


@dataclass(frozen=True)
class Client:
    client_id: str
    decision_id: str
    valid_from: dt.date
    valid_to: dt.date


def new_id() -> str:
    return str(uuid.uuid4())


class County:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def clients(
        self,
        count: int,
        valid_from: dt.date,
        valid_to: dt.date,
        *,
        granted: str = "6000.00",
        excluded: Sequence[str] = (),
        allowed: Sequence[str] = (),
        caseworker: str = "cw-county",
    ) -> list[Client]:
        """`count` clients, each with one granted decision over the period."""
        made = [Client(new_id(), new_id(), valid_from, valid_to) for _ in range(count)]
        with db.write_tx(self.engine) as conn:
            conn.execute(
                insert(db.clients),
                [{"client_id": c.client_id, "caseworker_id": caseworker} for c in made],
            )
        changes = [
            authored.Change(
                c.client_id, "decisions", c.decision_id, _decision(c, granted, excluded, allowed)
            )
            for c in made
        ]
        for start in range(0, len(changes), 500):
            results = authored.write(self.engine, SOURCE, changes[start : start + 500])
            assert {r.status for r in results} == {"stored"}, results[0]
        return made

    def client(self, valid_from: dt.date, valid_to: dt.date, **kwargs: object) -> Client:
        return self.clients(1, valid_from, valid_to, **kwargs)[0]  # type: ignore[arg-type]

    def commitments(
        self,
        pairs: Sequence[tuple[Client, str]],
        total: str = "3000.00",
        provider: str = "Avustajapalvelut Oy",
        category: str = "personal_assistance",
    ) -> None:
        """A payment commitment with this reference for each (client, reference)."""
        changes = []
        for client, reference in pairs:
            cid = new_id()
            changes.append(
                authored.Change(
                    client.client_id,
                    "payment_commitments",
                    cid,
                    {
                        "id": cid,
                        "client_id": client.client_id,
                        "decision_id": client.decision_id,
                        "chain_id": client.decision_id,
                        "line_id": new_id(),
                        "reference": reference,
                        "provider": provider,
                        "category": category,
                        "total": total,
                        "valid_from": client.valid_from.isoformat(),
                        "valid_to": client.valid_to.isoformat(),
                        "issued_on": client.valid_from.isoformat(),
                        "recorded_by": "cw-county",
                        "recorded_at": "2026-01-02T08:00:00+00:00",
                    },
                )
            )
        for start in range(0, len(changes), 500):
            results = authored.write(self.engine, SOURCE, changes[start : start + 500])
            assert {r.status for r in results} == {"stored"}, results[0]

    def commitment(self, client: Client, reference: str, **kwargs: str) -> None:
        self.commitments([(client, reference)], **kwargs)

    def register(self, kind: str, pairs: Sequence[tuple[Client, str]]) -> None:
        """Cards or vouchers ("card", "voucher") of the county's register."""
        registers.add(self.engine, kind, [(ref, c.client_id) for c, ref in pairs])


def _decision(
    c: Client, granted: str, excluded: Sequence[str], allowed: Sequence[str]
) -> dict[str, object]:
    return {
        "id": c.decision_id,
        "client_id": c.client_id,
        "number": f"HB-{c.decision_id[:8]}",
        "kind": "budget",
        "outcome": "granted",
        "supersedes_id": None,
        "chain_id": c.decision_id,
        "proposed_sum": granted,
        "granted_sum": granted,
        "excluded_categories": json.dumps(list(excluded)),
        "allowed_categories": json.dumps(list(allowed)),
        "service_area": "disability",
        "valid_from": c.valid_from.isoformat(),
        "valid_to": c.valid_to.isoformat(),
        "decided_on": c.valid_from.isoformat(),
        "issued_at": "2026-01-02T08:00:00+00:00",
    }
