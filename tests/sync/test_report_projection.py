"""The report's copy of the records (`report_records`) follows every push exactly.

Pushed through the real server (SQLite and PostgreSQL): a new record, an edit, a conflict
that must not change the copy, a deletion, and fields the report must never see. The copy
written push by push must equal one rebuilt from `field_state` from scratch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import select

from benchmarks.bench_report import populate
from hbdesk.server import db, projection
from hbdesk.server.report import Report, Selection, make_report
from tests.sync.conftest import World
from tests.sync.servers import uid


def _copy(world: World, ids: set[str]) -> dict[tuple[str, str], tuple[str | None, dict]]:
    rr = db.report_records
    with world.engine.connect() as conn:
        rows = conn.execute(select(rr).where(rr.c.entity_id.in_(ids))).all()
    return {(r.entity, r.entity_id): (r.client_id, json.loads(r.fields)) for r in rows}


def test_the_copy_follows_pushes_and_equals_a_rebuild(world: World) -> None:
    cw = uid("cw")
    a, b = world.laptop(cw), world.laptop(cw)
    client_id, line, entry, answer = uid("client"), uid("line"), uid("plan"), uid("answer")
    a.edit(
        client_id,
        "clients",
        client_id,
        {
            "first_name": "Kanarialintu",
            "identity_code": "010190-9123",
            "unit": "Tiimi Itä",
            "stage": "plan",
        },
    )
    a.edit(
        client_id,
        "budget_lines",
        line,
        {
            "category": "sports",
            "source": "catalogue",
            "note": "Uimahalli, Kanarialintu",
            "goal_lineage_id": "g-1",
        },
    )
    a.edit(
        client_id,
        "plan_entries",
        entry,
        {"section": "goal", "lineage_id": "g-1", "text": "Haluan uida"},
    )
    a.edit(
        client_id,
        "self_assessment_answers",
        answer,
        {"assessment_id": "s-1", "item_id": "i-1", "value": 7},
    )
    for laptop in (a, b):
        with laptop.client() as sync:
            laptop.sync(sync)
    ids = {client_id, line, entry, answer}
    assert _copy(world, ids) == {
        ("clients", client_id): (client_id, {"unit": "Tiimi Itä", "stage": "plan"}),
        ("budget_lines", line): (
            client_id,
            {"category": "sports", "source": "catalogue", "goal_lineage_id": "g-1"},
        ),
        ("plan_entries", entry): (client_id, {"section": "goal", "lineage_id": "g-1"}),
        ("self_assessment_answers", answer): (
            client_id,
            {"assessment_id": "s-1", "item_id": "i-1", "value": 7},
        ),
    }

    a.edit(client_id, "budget_lines", line, {"category": "culture"})  # stored first
    b.edit(client_id, "budget_lines", line, {"category": "leisure"})  # a conflict: kept aside
    a.edit(client_id, "clients", client_id, {"stage": "use", "first_name": "Toinen"})
    a.edit(client_id, "plan_entries", entry, {}, kind="delete")
    for laptop in (a, b):
        with laptop.client() as sync:
            laptop.sync(sync)
    assert b.conflicts
    copied = _copy(world, ids)
    assert copied[("budget_lines", line)][1]["category"] == "culture"
    assert copied[("clients", client_id)][1] == {"unit": "Tiimi Itä", "stage": "use"}
    assert ("plan_entries", entry) not in copied  # deleted: gone from the report's copy
    rr = db.report_records
    with world.engine.connect() as conn:
        every = " ".join(
            r.fields for r in conn.execute(select(rr).where(rr.c.client_id == client_id))
        )
    assert "Kanarialintu" not in every and "010190-9123" not in every
    assert "Uimahalli" not in every and "Haluan uida" not in every

    with db.write_tx(world.engine) as conn:  # rebuilt from field_state, then rolled back
        assert projection.current(conn)
        projection.rebuild(conn)
        rebuilt = {
            (r.entity, r.entity_id): (r.client_id, json.loads(r.fields))
            for r in conn.execute(select(rr).where(rr.c.entity_id.in_(ids)))
        }
        conn.rollback()
    assert rebuilt == copied


def test_a_server_with_records_from_before_rebuilds_its_copy_once(world: World) -> None:
    cw = uid("cw")
    laptop = world.laptop(cw)
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"unit": "Tiimi Länsi", "stage": "contact"})
    with laptop.client() as sync:
        laptop.sync(sync)
    meta, rr = db.server_meta, db.report_records
    with db.write_tx(world.engine) as conn:  # as a server upgraded from an older version
        conn.execute(meta.delete().where(meta.c.key == projection.MARKER))
        conn.execute(rr.delete().where(rr.c.entity_id == client_id))
    assert _copy(world, {client_id}) == {}
    assert projection.ensure(world.engine)  # rebuilt: some records copied
    assert _copy(world, {client_id}) == {
        ("clients", client_id): (client_id, {"unit": "Tiimi Länsi", "stage": "contact"})
    }
    assert projection.ensure(world.engine) is None  # current now: not again


def _clients_counted(report: Report) -> int:
    (people,) = [t for t in report.tables if t.key == "people"]
    (row,) = [r for r in people.rows if r[0].value == "p.clients"]
    return int(row[1].value)


def test_a_copy_the_server_did_not_build_is_never_taken_as_current(
    own_server: Callable[..., World],
) -> None:
    world = own_server()  # a new server: its process made the schema on an empty database
    populate(world.engine, 6)  # records written past the push path (a bulk load, a restore)
    county = Selection(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert _clients_counted(make_report(world.engine, county)) == 6


def test_a_new_server_builds_its_copy_push_by_push(own_server: Callable[..., World]) -> None:
    world = own_server()
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"unit": "Tiimi Itä", "stage": "contact"})
    with laptop.client() as sync:
        laptop.sync(sync)
    assert projection.ensure(world.engine) is None  # current from the first push: no rebuild
    assert _copy(world, {client_id}) == {
        ("clients", client_id): (client_id, {"unit": "Tiimi Itä", "stage": "contact"})
    }


def test_an_empty_copy_marked_by_an_older_version_is_rebuilt(
    own_server: Callable[..., World],
) -> None:
    world = own_server()
    with db.write_tx(world.engine) as conn:  # an older version marked every new database
        conn.execute(db.server_meta.insert().values(key=projection.MARKER, value=projection.DIGEST))
    populate(world.engine, 6)
    county = Selection(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert _clients_counted(make_report(world.engine, county)) == 6
