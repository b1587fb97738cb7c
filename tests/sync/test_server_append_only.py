"""The server's stored ops and admin log are append-only in the database itself (SQLite and
PostgreSQL): an UPDATE, DELETE or TRUNCATE through any connection is refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError

from hbdesk.server import db
from tests.sync.conftest import World
from tests.sync.servers import uid


def _one_op_and_one_log_row(world: World) -> str:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Testi"})
    with laptop.client() as sync:
        laptop.push(sync)
    with world.engine.begin() as conn:
        conn.execute(
            insert(db.admin_log).values(
                at=dt.datetime.now(dt.UTC), actor="admin", action="report", details="{}"
            )
        )
    return client_id


def test_stored_ops_and_the_admin_log_cannot_be_changed(world: World) -> None:
    client_id = _one_op_and_one_log_row(world)
    with world.engine.connect() as conn:
        body = conn.execute(select(db.ops.c.body).where(db.ops.c.client_id == client_id)).scalar()
        logs = conn.execute(select(func.count()).select_from(db.admin_log)).scalar()
    assert json.loads(body or "{}")["fields"] == {"first_name": "Testi"}
    attacks = [
        f"UPDATE ops SET body = '{{}}' WHERE client_id = '{client_id}'",  # noqa: S608
        f"DELETE FROM ops WHERE client_id = '{client_id}'",  # noqa: S608
        "UPDATE admin_log SET actor = 'someone else'",
        "DELETE FROM admin_log",
    ]
    if world.engine.dialect.name == "postgresql":
        attacks += ["TRUNCATE ops", "TRUNCATE admin_log"]
    for attack in attacks:
        with pytest.raises(DBAPIError, match="append_only"), world.engine.begin() as conn:
            conn.exec_driver_sql(attack)
    with world.engine.connect() as conn:
        after = conn.execute(select(db.ops.c.body).where(db.ops.c.client_id == client_id)).scalar()
        assert after == body
        assert conn.execute(select(func.count()).select_from(db.admin_log)).scalar() == logs


def test_create_schema_again_keeps_one_set_of_triggers(world: World) -> None:
    db.create_schema(world.engine)  # every server start runs it
    db.create_schema(world.engine)
    client_id = _one_op_and_one_log_row(world)
    with pytest.raises(DBAPIError, match="append_only"), world.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM ops WHERE client_id = '{client_id}'")  # noqa: S608
