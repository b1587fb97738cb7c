"""Money tests on a real server database (SQLite, in this process: parsing and matching are
the same on PostgreSQL; tests/sync/test_money_*.py run the whole path on both). With
HBDESK_MONEY_PG=1 the same tests run on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from hbdesk.server import db
from tests.server.money.county import Client, County

TODAY = dt.date(2026, 12, 6)
START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
SELLER_ID, SELLER = "0112038-9", "Avustajapalvelut Oy"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    from tests.sync.servers import Postgres

    cluster = Postgres()
    yield cluster
    cluster.stop()


@pytest.fixture
def engine(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """SQLite; PostgreSQL when HBDESK_MONEY_PG=1 (a new database of a cluster per run)."""
    url = str(tmp_path / "server.sqlite3")
    if os.environ.get("HBDESK_MONEY_PG") == "1":
        url = request.getfixturevalue("pg_cluster").new_database()
    engine = db.make_engine(url)
    db.create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def county(engine: Engine) -> County:
    return County(engine)


@pytest.fixture
def client(county: County) -> Client:
    """A client with a decision for 2026, commitment MS-2026-0001, card C-1, voucher V-1."""
    c = county.client(START, END)
    county.commitment(c, "MS-2026-0001")
    county.register("card", [(c, "C-1")])
    county.register("voucher", [(c, "V-1")])
    return c


def booked(engine: Engine) -> int:
    """Ledger entries the server holds from the money systems (any client)."""
    ops = db.ops
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(ops)
                .where(ops.c.device_id == "server:money", ops.c.entity == "spending_entries")
            ).scalar_one()
        )
