"""The wire messages refuse what they must: unknown fields, floats, oversize, bad names."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from hbdesk.protocol import messages as p


def _op(**changes: object) -> dict[str, object]:
    op: dict[str, object] = {
        "op_id": "6f1c2a9e-0000-4000-8000-000000000001",
        "device_id": "dev-1",
        "client_id": "c-1",
        "entity": "budget_lines",
        "entity_id": "line-1",
        "kind": "upsert",
        "fields": {"quantity": "3", "unit_price": "45.00"},
        "base_versions": {"quantity": 2, "unit_price": 2},
        "author": "u-1",
        "author_role": "key_worker",
        "local_time": "2026-11-24T10:00:00+00:00",
        "local_seq": 17,
        "resolves_conflict": None,
    }
    op.update(changes)
    return op


def test_the_contracts_op_is_accepted() -> None:
    op = p.Op.model_validate(_op())
    assert op.local_time == dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC)
    assert p.Op.model_validate_json(op.model_dump_json()) == op


@pytest.mark.parametrize(
    "bad",
    [
        {"surprise": 1},  # unknown field
        {"fields": {"amount": 45.5}},  # float money
        {"fields": {"note": "x" * (p.MAX_TEXT_VALUE + 1)}},  # oversize text
        {"fields": {"Robert'); DROP TABLE": "1"}},  # not a column name
        {"entity": "../etc"},
        {"local_time": "2026-11-24T10:00:00"},  # no offset: a guessed zone
        {"kind": "merge"},
        {"local_seq": -1},
        {"kind": "append"},  # append with base versions
        {"fields": {}},  # upsert of nothing
        {"fields": {f"f{i}": 1 for i in range(p.MAX_FIELDS_PER_OP + 1)}},
    ],
)
def test_bad_ops_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        p.Op.model_validate(_op(**bad))


def test_hostile_text_is_kept_verbatim() -> None:
    text = "<b>x</b>\u202e\x00'; --"
    op = p.Op.model_validate(_op(fields={"note": text}, base_versions={"note": 0}))
    assert p.Op.model_validate_json(op.model_dump_json()).fields["note"] == text


def test_batch_and_page_limits() -> None:
    op = _op()
    with pytest.raises(ValidationError):
        p.PushRequest.model_validate(
            {"device_id": "dev-1", "ops": [op] * (p.MAX_OPS_PER_BATCH + 1)}
        )
    with pytest.raises(ValidationError):
        p.PullRequest.model_validate({"cursor": 0, "limit": p.MAX_PULL_LIMIT + 1})
    assert p.PullRequest.model_validate({"cursor": 5}).limit == p.DEFAULT_PULL_LIMIT
