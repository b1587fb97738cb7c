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


# --- the server's own append ops (store.NewAppend) -------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from hbdesk.protocol import schema  # noqa: E402
from hbdesk.server import store  # noqa: E402

# Text near the edges of what the wire model takes: id characters, others, a newline
# (a `$` in a pattern may let one through), quotes and escapes, non-ASCII, the hole.
_EDGY = st.one_of(
    st.text(st.sampled_from(list('aZ09._:-/ \n"\\\x00\x1f\u202eäÅ€🙂')), max_size=70),
    st.just(_HOLE),
)
_IDS = st.one_of(st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\Z"), _EDGY)
_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), _EDGY, st.floats(), st.binary()
)
_NAMES = st.one_of(st.sampled_from(["amount", "provider", "client_id", "nope"]), _EDGY)
_ENTRY = {  # a sound spending entry: what the schema takes
    "client_id": "c-1",
    "decision_id": "d-1",
    "chain_id": "d-1",
    "method": "mobile_payment",
    "source": "mobile_payment_report",
    "external_ref": "ePassi:T1",
    "spent_on": "2026-11-03",
    "amount": "12.50",
    "category": "sports",
    "provider": "Uimahalli",
    "recorded_by": "mobiilimaksu: ePassi",
    "recorded_at": "2026-12-06T16:45:37.123456+00:00",
}


def _both(values: dict[str, object]) -> tuple[store.NewAppend | None, p.Op | None]:
    fast = store.new_append(**values)  # type: ignore[arg-type]
    try:
        validated = p.Op.model_validate({**values, "kind": "append"})
    except ValidationError:
        validated = None
    return fast, validated


def _same(fast: store.NewAppend, validated: p.Op) -> None:
    """The two are one op: equal values, stored text, digest input and schema verdict."""
    assert fast.validated() == validated
    fields_json = db.canonical(validated.fields)
    whole = db.canonical(validated.model_dump(mode="json"))
    assert store.append_body(fast, fields_json) == whole == op_body(validated, fields_json)
    assert schema.check_op(fast) == schema.check_op(validated)


_SOUND = {  # an op the model takes as it is; each example changes one or two of its values
    "op_id": "0b0e4f2c-1d1e-5a8b-9c3d-2e4f6a8b0c1d",
    "device_id": "server:money",
    "client_id": "c-1",
    "entity": "spending_entries",
    "entity_id": "20261103-abc",
    "author": "mobiilimaksu: ePassi",
    "author_role": "source_system",
    "local_time": WHEN,
    "local_seq": 1_765_000_000_000_000,
}
_CHANGES = st.one_of(
    st.tuples(st.sampled_from(["op_id", "device_id", "entity_id"]), _IDS),
    st.tuples(st.just("client_id"), st.one_of(st.none(), _IDS)),
    st.tuples(
        st.just("entity"), st.one_of(st.sampled_from(["notes", "Bad", "spending_entries"]), _EDGY)
    ),
    st.tuples(st.sampled_from(["author", "author_role"]), _EDGY),
    st.tuples(
        st.just("local_time"),
        st.one_of(
            st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=2))])),
            st.datetimes(),  # naive
        ),
    ),
    st.tuples(st.just("local_seq"), st.one_of(st.integers(-5, 2**63), st.booleans())),
    st.tuples(st.just("fields"), st.dictionaries(_NAMES, _VALUES, max_size=3)),
)


@settings(max_examples=400, deadline=None)
@given(changes=st.lists(_CHANGES, min_size=1, max_size=2))
def test_the_servers_own_append_is_the_op_the_model_validates(
    changes: list[tuple[str, object]],
) -> None:
    """Whatever the values, `new_append` makes an op only where the wire model takes them
    as they are, and then the same op: stored as the same text, judged by the schema alike;
    everything else (refused or converted by the model) is left to the model."""
    values: dict[str, object] = {**_SOUND, "fields": dict(_ENTRY)}
    for name, value in changes:
        values[name] = {**_ENTRY, **value} if name == "fields" else value  # type: ignore[dict-item]
    fast, validated = _both(values)
    if validated is None:
        assert fast is None
    elif fast is not None:
        _same(fast, validated)
    else:  # left to the model: it converted a value (else the fast path missed an op)
        given_ = {**values, "kind": "append", "base_versions": None}
        as_given = {name: given_.get(name) for name in p.Op.model_fields}
        assert repr(validated.model_dump()) != repr(as_given)  # repr: False is not 0


def test_a_money_entry_is_made_without_the_model_and_checked_alike() -> None:
    """The ops a money import makes take the fast path (else it saves nothing), and a
    value the schema refuses is refused with the same reason either way."""
    base = dict(_SOUND)
    for fields, reason in [
        (_ENTRY, None),
        (_ENTRY | {"amount": "12,50"}, "invalid_value:amount"),
        (_ENTRY | {"colour": "red"}, "unknown_field:colour"),
        (_ENTRY | {"client_id": "c-2"}, "id_mismatch:client_id"),
        (_ENTRY | {"provider": "x" * 301}, "too_long:provider"),
    ]:
        fast, validated = _both({**base, "fields": dict(fields)})
        assert fast is not None and validated is not None
        _same(fast, validated)
        assert schema.check_op(fast) == reason
    for changed in [
        {"author": "a" * 65},
        {"author": ""},
        {"client_id": "c-1\n"},
        {"entity_id": "x" * 65},
        {"local_time": WHEN.replace(tzinfo=None)},
        {"fields": _ENTRY | {"amount": 12.5}},
        {"fields": _ENTRY | {"Amount": "1.00"}},
        {"fields": _ENTRY | {"note": "x" * (p.MAX_TEXT_VALUE + 1)}},
        {"fields": {f"f{n}": None for n in range(p.MAX_FIELDS_PER_OP + 1)}},
    ]:
        fast, validated = _both(base | {"fields": dict(_ENTRY)} | changed)
        assert fast is None and validated is None, changed  # refused by the model
    for changed in [
        {"local_seq": True},  # taken as 1
        {"local_time": WHEN.astimezone(dt.timezone(dt.timedelta(hours=2)))},  # made UTC
        {"fields": _ENTRY | {"note": b"bytes"}},  # made text
    ]:
        fast, validated = _both(base | {"fields": dict(_ENTRY)} | changed)
        assert fast is None and validated is not None, changed  # converted: the model's
