"""The registry of syncable entities (hbdesk/protocol/schema.py) is the models, nothing else."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, LargeBinary, MetaData, String

from hbdesk.models import registry
from hbdesk.models.outbox import LOCAL_ONLY_TABLES, REFERENCE_TABLES
from hbdesk.protocol import messages as p
from hbdesk.protocol import schema
from hbdesk.protocol.schema import ENTITIES, Kind


def test_every_table_is_an_entity_unless_it_stays_on_the_laptop_or_comes_down() -> None:
    names = set(registry.metadata.tables)
    assert set(ENTITIES) == names - LOCAL_ONLY_TABLES - REFERENCE_TABLES
    assert not set(ENTITIES) & LOCAL_ONLY_TABLES
    assert {"vault_meta", "outbox", "drafts", "pull_failures"} <= LOCAL_ONLY_TABLES
    for name, entity in ENTITIES.items():
        assert set(entity.fields) == set(registry.metadata.tables[name].c.keys()), name


def test_append_only_follows_the_models() -> None:
    marked = {
        m.local_table.name
        for m in registry.Base.registry.mappers
        if getattr(m.class_, "__append_only__", False)
    }
    assert {name for name, e in ENTITIES.items() if e.append_only} == marked
    assert {"decisions", "spending_entries", "access_log", "goal_progress"} <= marked


@pytest.mark.parametrize(
    ("entity", "name", "kind", "nullable", "extra"),
    [
        ("budget_lines", "unit_price", Kind.MONEY, False, {"places": 2}),
        ("budget_lines", "quantity", Kind.QUANTITY, False, {"places": 3, "low": Decimal(0)}),
        ("budget_lines", "starts_on", Kind.DATE, True, {}),
        ("budget_lines", "created_at", Kind.INSTANT, False, {}),
        ("budget_lines", "budget_id", Kind.ID, False, {"max_length": 36}),
        ("budget_lines", "provider", Kind.TEXT, False, {"max_length": 300}),
        ("notes", "text", Kind.TEXT, False, {"max_length": p.MAX_TEXT_VALUE}),
        ("decisions", "excluded_categories", Kind.CODES, False, {}),
        ("team_members", "active", Kind.BOOL, False, {}),
        ("goal_progress", "score", Kind.INT, False, {"low": -2, "high": 2}),
        ("clients", "id", Kind.ID, False, {}),
    ],
)
def test_fields_carry_their_kind_nullability_and_limits(
    entity: str, name: str, kind: Kind, nullable: bool, extra: dict[str, object]
) -> None:
    spec = ENTITIES[entity].fields[name]
    assert (spec.kind, spec.nullable) == (kind, nullable)
    for attribute, value in extra.items():
        assert getattr(spec, attribute) == value, attribute


def _copy_with(change: str) -> MetaData:
    copy = MetaData()
    for table in registry.metadata.sorted_tables:
        table.to_metadata(copy)
    if change == "new column":
        copy.tables["budget_lines"].append_column(Column("travel_minutes", Integer))
        copy.tables["vault_meta"].append_column(Column("secret", String(10)))
    elif change == "odd type":
        copy.tables["notes"].append_column(Column("photo", LargeBinary))
    return copy


def test_a_new_column_appears_and_a_laptop_only_table_never_does() -> None:
    built = schema.build(_copy_with("new column"))
    assert built["budget_lines"].fields["travel_minutes"].kind is Kind.INT
    assert "vault_meta" not in built and "outbox" not in built


def test_a_column_type_without_a_kind_stops_the_registry() -> None:
    with pytest.raises(TypeError, match=r"notes\.photo"):
        schema.build(_copy_with("odd type"))


class _Text(str):
    """A str subclass: the compiled check takes the general way for it."""


_ODD_VALUES = [
    None, True, False, 0, 1, -5, 2**40, 1.5, "", "x", "a\x00b", "x" * 70, "x" * 300,
    "45.00", "45.001", "-3.5", "99999999.99", "1e3", "2026-11-30", "2026-02-30", "2026-1-3",
    "2026-11-30T08:00:00+00:00", "2026-11-30T08:00:00", "2026-11-30T25:00:00Z",
    '["sports"]', '["a", 1]', "[", "id-1.a:b", "-bad", "has space", _Text("x"), [], {},
]  # fmt: skip


def test_the_compiled_check_of_every_field_says_what_the_general_one_says() -> None:
    for entity in ENTITIES.values():
        assert set(entity.checks) == set(entity.fields)
        for name, spec in entity.fields.items():
            for value in _ODD_VALUES:
                expected = schema.check_value(spec, value)
                assert entity.checks[name](value) == expected, (entity.name, name, value)


def test_a_verdict_given_from_memory_is_the_verdict_of_the_general_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ids, days, instants and amounts are judged once per value and field and then answered
    from memory: asked again (every field after every other), and with the memory full, a
    refused value is refused with the same code and a sound one passes, as the first time."""
    for _ in range(2):
        for entity in ENTITIES.values():
            for name, spec in entity.fields.items():
                for value in _ODD_VALUES:
                    expected = schema.check_value(spec, value)
                    assert entity.checks[name](value) == expected, (entity.name, name, value)
    monkeypatch.setattr(schema, "_REMEMBERED", 3)
    for kind in ("amount", "spent_on", "recorded_at", "client_id"):
        spec = ENTITIES["spending_entries"].fields[kind]
        check = schema.checker(spec)
        for value in [*_ODD_VALUES, *_ODD_VALUES]:
            assert check(value) == schema.check_value(spec, value), (kind, value)


def test_the_refusal_names_the_first_bad_field_by_name_whatever_the_order() -> None:
    entity = ENTITIES["spending_entries"]
    fields = {"provider": "a\x00b", "amount": "1.001", "method": None, "zzz": 1}
    assert schema.check_fields(entity, fields) == f"{p.REJECT_INVALID_VALUE}:amount"
    assert schema.check_fields(entity, {"zzz": 1, "_deleted": True}) == (
        f"{p.REJECT_UNKNOWN_FIELD}:zzz"
    )
    assert schema.check_fields(entity, {"_deleted": True, "amount": "1.00"}) is None
