"""The server's "today" is Helsinki's, whatever zone the server machine's clock runs in.

A county's server often runs in UTC. Oma HB already dates a client's confirmation by
Helsinki's day; the money side must agree with it, or between midnight in Helsinki and
midnight UTC a payment made today would be refused as "in the future", and between the two
midnights the other way round a payment dated tomorrow would be booked.

The process's own zone is moved (TZ and tzset, as a server configured far from Finland would
have it) to UTC-22, whose date is behind Helsinki's at every hour, so the attack holds
whenever the test runs; and to UTC+24, ahead of it at most hours."""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from hbdesk.server import authored, db
from hbdesk.server.money import importer, ledger_view
from hbdesk.server.report import benefit
from tests.server.money.county import SOURCE, County

HELSINKI = ZoneInfo("Europe/Helsinki")
BEHIND = "XXX+22"  # UTC-22: its date is always a day (or two) behind Helsinki's
AHEAD = "YYY-24"  # UTC+24: a day ahead of Helsinki's, except in Helsinki's first hours
OMA_HB = authored.Source("server:oma-hb", author="client", author_role="client")


def _helsinki_today() -> dt.date:
    return dt.datetime.now(dt.UTC).astimezone(HELSINKI).date()


@contextmanager
def _server_zone(rule: str) -> Iterator[dt.date]:
    """The process's clock in another zone (TZ and tzset, as a server configured so would
    have it); yields that zone's date now. Finnish time again afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = rule
    time.tzset()
    try:
        yield dt.date.today()
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.mark.parametrize("rule", [BEHIND, AHEAD])
def test_a_payment_made_today_in_helsinki_is_booked_and_one_dated_tomorrow_refused(
    engine: Engine, tmp_path: Path, rule: str
) -> None:
    today = _helsinki_today()
    county = County(engine)
    c = county.client(today - dt.timedelta(days=60), today + dt.timedelta(days=60))
    county.register("card", [(c, "C-7")])
    tomorrow = today + dt.timedelta(days=1)
    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n"
        f"T1;C-7;Uimahalli;sports;6,50;{today.isoformat()}T00:30\n"
        f"T2;C-7;Uimahalli;sports;6,50;{tomorrow.isoformat()}T00:30\n"
    )
    with _server_zone(rule) as server_day:
        report = importer.run(engine, "mobile", path, issuer="ePassi")  # the clock's day
    refused = [(r.where, r.code) for r in report.refused]
    assert (report.booked, refused) == (1, [("line 3, time", "future_date")]), (
        f"server's zone on {server_day}, Helsinki on {today}"
    )


def test_an_invoice_the_client_confirmed_today_shows_confirmed_in_the_servers_ledger(
    engine: Engine,
) -> None:
    """Oma HB dates the confirmation by Helsinki's day; the county's ledger view must not
    show it pending until the server's own zone reaches that day."""
    today = _helsinki_today()
    county = County(engine)
    c = county.client(today - dt.timedelta(days=60), today + dt.timedelta(days=60))
    entry_id, confirmation_id = str(uuid.uuid4()), str(uuid.uuid4())
    invoice = {
        "id": entry_id,
        "client_id": c.client_id,
        "decision_id": c.decision_id,
        "chain_id": c.decision_id,
        "method": "invoice",
        "source": "e_invoice",
        "external_ref": "LASKU-77",
        "spent_on": (today - dt.timedelta(days=3)).isoformat(),
        "amount": "120.00",
        "category": "assistance",
        "provider": "Avustajapalvelut Oy",
        "recorded_by": "e-lasku: Avustajapalvelut Oy",
        "recorded_at": "2026-01-01T12:00:00+00:00",
    }
    confirmation = {
        "id": confirmation_id,
        "entry_id": entry_id,
        "client_id": c.client_id,
        "verdict": "correct",
        "confirmed_by": "client",
        "confirmed_on": today.isoformat(),  # as Oma HB dates it: settings.day()
        "confirmed_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    stored = authored.write(
        engine, SOURCE, [authored.Change(c.client_id, "spending_entries", entry_id, invoice)]
    ) + authored.write(
        engine,
        OMA_HB,
        [authored.Change(c.client_id, "invoice_confirmations", confirmation_id, confirmation)],
    )
    assert [s.status for s in stored] == ["stored", "stored"], [s.reason for s in stored]
    with _server_zone(BEHIND) as server_day:
        ledger = ledger_view.client_ledger(engine, c.client_id)  # as of the clock's day
    assert [(r.entry.id, r.status) for r in ledger.rows] == [(entry_id, "confirmed")], (
        f"server's zone on {server_day}, Helsinki on {today}"
    )


def test_the_benefit_figures_are_dated_by_helsinki(engine: Engine) -> None:
    with _server_zone(BEHIND) as server_day, db.read_tx(engine) as conn:
        content = benefit.benefit_content(conn, {})
    assert content["computed_on"] == _helsinki_today().isoformat(), server_day
