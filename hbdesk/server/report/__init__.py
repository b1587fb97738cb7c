"""The outcomes report for the municipality: how HB works, anonymised (issue 8).

    from hbdesk.server.report import Selection, run_report
    paths = run_report(engine, Selection(date_from, date_to, unit="Tiimi Itä"), out_dir,
                       run_by="admin-user")

Reads the server's stored records (`field_state`, reference data) through SQLAlchemy Core
on SQLite and PostgreSQL, computes the figures (`compute`), hides every figure resting on
fewer than five people and every figure from which one could be computed back (`suppress`)
— within the report, and against the county's and every unit's report (`family`) — and
writes a PDF, one CSV per table and a JSON (`output`). Who ran it and when is written to
the server's admin log (`db.admin_log`), with the version of the "outcomes" reference data
it was published as: the unit's figures (the JSON, nothing unprotected) go down to the
laptops with the next sync (`giveback`), replacing the unit's previous report.

Questionnaire answers are mapped to domains through the reference data kind
"questionnaire" loaded on the server (`hbdesk-server load-reference questionnaire F`):
    {"questionnaires": [{"code", "version", "scale_min", "scale_max",
      "domains": [{"code", "title_fi", "title_sv", "title_en",
                   "items": [{"id", "code"}, ...]}, ...]}, ...]}
An answer's `item_id` must be the item's id there (the laptops must take the questionnaire
from this reference data, not make their own ids).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path

from sqlalchemy import Engine, insert

from hbdesk.server import db, projection
from hbdesk.server.report import family, giveback
from hbdesk.server.report.compute import Report, Selection, build
from hbdesk.server.report.output import to_json, write_all

__all__ = ["Report", "Selection", "build", "make_report", "run_report", "to_json", "write_all"]


def make_report(engine: Engine, selection: Selection) -> Report:
    """Compute the report in one read transaction (a consistent snapshot). The report's copy
    of the records is rebuilt first if this server version reads other fields."""
    projection.ensure(engine)
    with db.read_tx(engine) as conn:
        if conn.dialect.name == "postgresql":
            # The records are streamed through server-side cursors, which PostgreSQL plans
            # for the first rows by default (nested loops: 20 s instead of 1 s for a unit);
            # the report reads every row.
            conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1.0")
        return family.protected(conn, selection)


def run_report(
    engine: Engine,
    selection: Selection,
    out_dir: Path,
    *,
    lang: str = "fi",
    run_by: str | None = None,
    publish: bool = True,
) -> list[Path]:
    """Compute, write the files, give the unit's figures back to the laptops (unless
    `publish` is False: a trial run), and log who ran it and when (no figures in the log)."""
    report = make_report(engine, selection)
    paths = write_all(report, out_dir, lang)
    details: dict[str, object] = {
        "from": selection.date_from.isoformat(),
        "to": selection.date_to.isoformat(),
        "unit": selection.unit,
        "team": selection.team,
        "lang": lang,
        "files": len(paths),
        "published": giveback.publish(engine, selection, report) if publish else None,
    }
    with db.write_tx(engine) as conn:
        conn.execute(
            insert(db.admin_log).values(
                at=dt.datetime.now(dt.UTC),
                actor=run_by or _whoami(),
                action="report",
                details=json.dumps(details, ensure_ascii=False, sort_keys=True),
            )
        )
    return paths


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
