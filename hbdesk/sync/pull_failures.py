"""Pulled changes this laptop cannot apply: kept aside with their reason, tried again later.

A pull never wedges on one change: a value the registry (hbdesk/protocol/schema.py) refuses
— an op an older server stored unchecked, a field of a newer app — or one the vault refuses
(a record it refers to is not here yet) is kept in `pull_failures` with a stable reason
code, the person sees it, and the cursor moves on. Every later sync tries the kept changes
again (field versions keep an older value from overwriting a newer one), so a newer app's
change applies once this laptop is updated.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from hbdesk.models.outbox import PullFailure
from hbdesk.protocol import messages as p
from hbdesk.protocol import schema

DELETED = schema.DELETED


def refusal(entity: str, values: dict[str, Any]) -> str | None:
    """Why the registry says these values of `entity` cannot be applied, or None."""
    refused = schema.entity_refusal(entity)
    if refused:
        return refused
    return schema.check_fields(schema.ENTITIES[entity], values)


@dataclass
class Change:
    """Fields of one record to apply, from a pulled op, a snapshot or a conflict's value."""

    entity: str
    entity_id: str
    client_id: str | None
    fields: dict[str, tuple[Any, int]]  # name -> (JSON value, version)
    refusal: str | None  # why the registry says it cannot be applied
    op: p.Op | None = None
    server_seq: int | None = None
    equal_too: bool = False  # a conflict's stored value: applied at an equal version too

    @classmethod
    def of_op(cls, sop: p.ServerOp) -> Change:
        fields = {
            name: (True if name == DELETED else sop.op.fields.get(name), version)
            for name, version in sop.applied.items()
        }
        op = sop.op
        return cls(
            op.entity, op.entity_id, op.client_id, fields, schema.check_op(op), op, sop.server_seq
        )

    @classmethod
    def of_values(
        cls,
        entity: str,
        entity_id: str,
        client_id: str | None,
        fields: dict[str, tuple[Any, int]],
        equal_too: bool = False,
    ) -> Change:
        values = {name: value for name, (value, _) in fields.items()}
        return cls(
            entity, entity_id, client_id, fields, refusal(entity, values), equal_too=equal_too
        )

    @classmethod
    def of_row(cls, row: PullFailure) -> Change:
        kept = json.loads(row.change)
        fields = {name: (value, int(version)) for name, (value, version) in kept["fields"].items()}
        if kept.get("op") is None:
            change = cls.of_values(
                row.entity, row.entity_id, row.client_id, fields, bool(kept.get("equal_too"))
            )
        else:
            op = p.Op.model_validate(kept["op"])
            change = cls(row.entity, row.entity_id, row.client_id, fields, schema.check_op(op), op)
        change.server_seq = row.server_seq
        return change

    def as_json(self) -> str:
        return json.dumps(
            {
                "fields": {
                    name: [value, version] for name, (value, version) in self.fields.items()
                },
                "equal_too": self.equal_too,
                "op": self.op.model_dump(mode="json") if self.op is not None else None,
            },
            ensure_ascii=False,
        )


def cannot_apply(exc: Exception) -> bool:
    """A fault of the pulled data (kept aside), not of the vault or the disk (stops the sync)."""
    if isinstance(exc, DBAPIError):
        return isinstance(exc, IntegrityError)  # a constraint; "disk full", "locked" stop
    return isinstance(exc, StatementError | ArithmeticError | ValueError | TypeError | LookupError)


def keep(s: Session, change: Change, reason: str) -> None:
    """Keep `change` aside with its reason (replacing what was kept of the same change)."""
    op_id = change.op.op_id if change.op is not None else None
    same = PullFailure.op_id == op_id if op_id is not None else PullFailure.op_id.is_(None)
    s.execute(
        delete(PullFailure).where(
            PullFailure.entity == change.entity, PullFailure.entity_id == change.entity_id, same
        )
    )
    s.add(
        PullFailure(
            server_seq=change.server_seq,
            op_id=op_id,
            client_id=change.client_id,
            entity=change.entity,
            entity_id=change.entity_id,
            reason=reason[:100],
            change=change.as_json(),
            failed_at=dt.datetime.now(dt.UTC),
        )
    )


def kept(s: Session) -> list[PullFailure]:
    """Every change kept aside, the oldest first."""
    return list(s.scalars(select(PullFailure).order_by(PullFailure.id)))


def forget_client(s: Session, client_id: str) -> None:
    """A client left this laptop: what was kept of its records goes with it."""
    s.execute(delete(PullFailure).where(PullFailure.client_id == client_id))
