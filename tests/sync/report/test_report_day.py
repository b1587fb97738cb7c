"""A report counts a record made at an instant on Helsinki's day, as the laptops and the
server's other days do: a client taken in at 00:30 on New Year's Day in Finland (22:30 UTC
the evening before) is new in the new year's report, not the old one's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from hbdesk.server import db, projection
from hbdesk.server.report import Report, Selection, make_report

TAKEN_IN = "2026-12-31T22:30:00+00:00"  # 1 January 2027, 00:30 in Helsinki


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path: Path = tmp_path_factory.mktemp("report-day") / "server.sqlite3"
    engine = db.make_engine(str(path))
    db.create_schema(engine)
    with db.write_tx(engine) as conn:
        projection.mark_new(conn)
        for i in range(10):  # enough people that no figure is hidden
            client_id = f"new-year-{i}"
            conn.execute(insert(db.clients).values(client_id=client_id, caseworker_id="cw-1"))
            fields = {"unit": "A", "stage": "contact", "created_at": TAKEN_IN}
            conn.execute(
                insert(db.report_records).values(
                    entity="clients",
                    entity_id=client_id,
                    client_id=client_id,
                    f1=db.canonical("A"),
                    f2=db.canonical("contact"),
                    f3=db.canonical(TAKEN_IN),
                    fields=db.canonical(fields),
                )
            )
    return engine


def _figure(report: Report, code: str) -> object:
    (row,) = [r for r in report.tables[0].rows if r[0].value == code]
    return "< 5" if row[1].hidden else row[1].value


def test_clients_taken_in_after_midnight_in_helsinki_are_new_in_the_new_year(
    engine: Engine,
) -> None:
    new_year = make_report(engine, Selection(dt.date(2027, 1, 1), dt.date(2027, 12, 31)))
    assert (_figure(new_year, "p.clients"), _figure(new_year, "p.new")) == (10, 10)
    old_year = make_report(engine, Selection(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    assert _figure(old_year, "p.new") in (0, "< 5", None), _figure(old_year, "p.new")
