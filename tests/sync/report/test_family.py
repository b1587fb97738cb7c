"""Reports protected with their family (hbdesk/server/report/family.py): the county around
its units, a team against the rest of the county.

The server's report copy is written directly (as a pushed record would leave it): ten
clients in unit A, two in unit B; team T's caseworker holds A's ten and one of B's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from hbdesk.server import db, projection
from hbdesk.server.report import Report, Selection, make_report

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path: Path = tmp_path_factory.mktemp("family") / "server.sqlite3"
    engine = db.make_engine(str(path))
    db.create_schema(engine)
    people = [(f"a-{i}", "A", "cw-t") for i in range(10)]
    people += [("b-0", "B", "cw-t"), ("b-1", "B", "cw-other")]
    with db.write_tx(engine) as conn:
        projection.mark_new(conn)  # as the first push of a new server does
        conn.execute(insert(db.team_members).values(team_id="T", caseworker_id="cw-t"))
        for client_id, unit, worker in people:
            conn.execute(insert(db.clients).values(client_id=client_id, caseworker_id=worker))
            fields = {"unit": unit, "stage": "plan", "created_at": "2026-02-01T09:00:00+00:00"}
            conn.execute(
                insert(db.report_records).values(
                    entity="clients",
                    entity_id=client_id,
                    client_id=client_id,
                    f1=db.canonical(unit),
                    f2=db.canonical("plan"),
                    f3=db.canonical(fields["created_at"]),
                    fields=db.canonical(fields),
                )
            )
    return engine


def _clients(report: Report) -> object:
    (row,) = [r for r in report.tables[0].rows if r[0].value == "p.clients"]
    return "< 5" if row[1].hidden else row[1].value


def _plan(report: Report) -> object:
    (row,) = [r for r in report.tables[1].rows if r[0].value == "stage.plan"]
    return "< 5" if row[1].hidden else row[1].value


def test_a_unit_shows_what_it_would_alone(engine: Engine) -> None:
    report = make_report(engine, Selection(*PERIOD, unit="A"))
    assert (_clients(report), _plan(report)) == (10, 10)
    assert _clients(make_report(engine, Selection(*PERIOD, unit="B"))) == "< 5"


def test_the_county_gives_way_where_a_unit_is_hidden(engine: Engine) -> None:
    """12 in the county minus unit A's 10 would be unit B's hidden 2."""
    report = make_report(engine, Selection(*PERIOD))
    assert (_clients(report), _plan(report)) == ("< 5", "< 5")


def test_a_team_gives_way_when_the_rest_of_the_county_is_small(engine: Engine) -> None:
    """The county's 12 minus the team's 11 would be the one client outside the team."""
    report = make_report(engine, Selection(*PERIOD, team="T"))
    assert (_clients(report), _plan(report)) == ("< 5", "< 5")
