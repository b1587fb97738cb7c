"""An op's stored text is the same whether its fields' JSON is spliced in or encoded with
the rest: the digest a resent op is compared by must not change (a re-import would be
refused as a reused id instead of answered "duplicate")."""

from __future__ import annotations

import datetime as dt

from hbdesk.protocol import messages as p
from hbdesk.server import db
from hbdesk.server.store import _HOLE, op_body

WHEN = dt.datetime(2026, 12, 6, 16, 45, 37, 123456, tzinfo=dt.UTC)


def _op(
    author: str = "e-lasku: Avustajapalvelut Oy",
    envelope: dict[str, object] | None = None,
    **fields: p.JsonValue,
) -> p.Op:
    return p.Op.model_validate(
        {
            "op_id": "0b0e4f2c-1d1e-5a8b-9c3d-2e4f6a8b0c1d",
            "device_id": "server:money",
            "client_id": "c-1",
            "entity": "spending_entries",
            "entity_id": "20261103-abc",
            "kind": "append",
            "fields": fields,
            "author": author,
            "author_role": "source_system",
            "local_time": WHEN,
            "local_seq": 1_765_000_000_000_000,
        }
        | (envelope or {})
    )


OPS = [
    _op(),
    _op(client_id="c-1", amount="12.50", description='Uimahalli ÅÄÖ € 🙂 "quoted" \\ \n'),
    _op(flag=True, count=3, none=None, zero=0, empty=""),
    _op(author=_HOLE, amount="1.00"),  # the hole itself as another value
    _op(author=f"x{_HOLE}y", amount="1.00"),
    _op(note=_HOLE),  # and inside the fields themselves
    _op(author="\u202e\x1f", z="last", a="first", m="\x7f"),
    # the rest of the wire form, as a laptop's ops carry it
    _op(envelope={"local_time": WHEN.replace(microsecond=0)}, amount="1.00"),
    _op(envelope={"local_time": "2026-12-06T18:45:37.5+02:00"}, amount="1.00"),
    _op(envelope={"local_time": dt.datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC)}),
    _op(
        envelope={
            "kind": "upsert",
            "client_id": None,
            "base_versions": {"quantity": 2, "note": 0},
            "resolves_conflict": "conflict-7",
            "local_seq": 0,
        },
        quantity="3",
    ),
    _op(envelope={"kind": "delete", "base_versions": {}}, _deleted=True),
]


def test_the_spliced_body_is_the_encoded_one() -> None:
    for op in OPS:
        whole = db.canonical(op.model_dump(mode="json"))
        assert op_body(op) == whole
        assert op_body(op, db.canonical(op.fields)) == whole
