"""The watched inbox takes a settled file by its folder and files it away with its report; a
person resolves the queue (a held payment's resolution reaches the laptops); the county's
register is loaded from its CSV, row by row."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from hbdesk.server import db
from hbdesk.server.money import demo_files, importer, inbox, queue, registers
from tests.server.money.conftest import END, SELLER, SELLER_ID, START, TODAY, booked
from tests.server.money.county import Client, County
from tests.sync.servers import admin as run_admin

MOBILE = "transaction_id;card_id;merchant;category;amount;time\n"


def _invoice(number: str) -> bytes:
    return demo_files.finvoice(
        seller_id=SELLER_ID,
        seller_name=SELLER,
        number=number,
        issued=dt.date(2026, 11, 30),
        rows=[demo_files.Row("Avustajan tunnit", Decimal("100.00"), Decimal(0))],
        references=("MS-2026-0001",),
    )


def test_the_inbox_takes_each_file_by_its_folder_and_files_it_away(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    root = tmp_path / "inbox"
    inbox.prepare(root)
    (root / "invoices" / "lasku.xml").write_bytes(_invoice("77"))
    (root / "mobile" / "paiva.csv").write_text(
        MOBILE + "T1;C-1;Uimahalli;sports;6,50;2026-11-03T10:00\n"
    )
    (root / "mobile" / "kesken.csv.part").write_text(MOBILE)  # still being written
    (root / "vouchers" / "paha.csv").write_bytes(
        b"voucher_id;provider;amount;date\nV-1;\xe4;1;2026-11-01\n"
    )
    reports = inbox.look(engine, root, issuer="ePassi", today=TODAY)
    assert [(r.kind, r.booked, r.file_refused is not None) for r in reports] == [
        ("invoices", 1, False),
        ("mobile", 1, False),
        ("vouchers", 0, True),
    ]
    done = sorted(p.name.split("-", 1)[1] for p in (root / "done").iterdir())
    assert done == ["lasku.xml", "lasku.xml.report.txt", "paiva.csv", "paiva.csv.report.txt"]
    [refused_report] = (root / "refused").glob("*.report.txt")
    assert "not UTF-8" in refused_report.read_text()
    assert (root / "mobile" / "kesken.csv.part").exists()  # left for its writer to finish
    assert inbox.look(engine, root, issuer="ePassi", today=TODAY) == []  # nothing twice
    assert booked(engine) == 2


def test_the_inbox_waits_for_a_file_to_settle(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    root = tmp_path / "inbox"
    inbox.prepare(root)
    path = root / "mobile" / "paiva.csv"
    path.write_text(MOBILE + "T1;C-1;Uimahalli;sports;6,50;2026-11-03T10:00\n")
    seen: dict[Path, tuple[int, float]] = {}

    def settled(p: Path) -> bool:
        now = (p.stat().st_size, p.stat().st_mtime)
        before, seen[p] = seen.get(p), now
        return before == now

    assert inbox.look(engine, root, issuer="ePassi", today=TODAY, settled=settled) == []
    [report] = inbox.look(engine, root, issuer="ePassi", today=TODAY, settled=settled)
    assert report.booked == 1


def test_a_held_payment_set_aside_tells_the_laptops(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    c = county.client(START, END)
    county.register("card", [(c, "C-7")])
    path = tmp_path / "m.csv"
    path.write_text(MOBILE + "T1;C-7;Kasino Onnenpyörä;gambling;50,00;2026-11-03T21:00\n")
    report = importer.run(engine, "mobile", path, issuer="ePassi", today=TODAY)
    [held] = report.flagged
    never = queue.book(engine, held.key, by="pia", anyway=True)  # gambling: never booked
    assert (never.booked, never.reason) == (0, "category_refused")
    queue.dismiss(engine, held.key, by="pia", note="Peritty takaisin asiakkaalta")
    with engine.connect() as conn:
        resolution = conn.execute(
            select(db.field_state.c.value).where(
                db.field_state.c.entity == "held_payments", db.field_state.c.field == "resolution"
            )
        ).scalar()
    assert json.loads(resolution) == "dismissed"
    assert queue.items(engine) == [] and booked(engine) == 0
    assert queue.items(engine, "dismissed")[0].note == "Peritty takaisin asiakkaalta"


def test_a_held_payment_set_aside_after_midnight_in_helsinki_is_resolved_that_day(
    engine: Engine, county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caseworker's held payment says the day the county set it aside, by Helsinki's
    calendar: at 01:30 on 7 December in Helsinki it is still the 6th in UTC."""
    c = county.client(START, END)
    county.register("card", [(c, "C-7")])
    path = tmp_path / "m.csv"
    path.write_text(MOBILE + "T1;C-7;Kasino Onnenpyörä;gambling;50,00;2026-11-03T21:00\n")
    [held] = importer.run(engine, "mobile", path, issuer="ePassi", today=TODAY).flagged
    night = dt.datetime(2026, 12, 6, 23, 30, tzinfo=dt.UTC)  # 01:30 in Helsinki
    monkeypatch.setattr(queue, "now_utc", lambda: night)
    queue.dismiss(engine, held.key, by="pia", note="Peritty takaisin asiakkaalta")
    with engine.connect() as conn:
        day = conn.execute(
            select(db.field_state.c.value).where(
                db.field_state.c.entity == "held_payments",
                db.field_state.c.field == "resolved_on",
            )
        ).scalar()
    assert json.loads(day) == "2026-12-07"


def test_a_payment_after_the_decision_can_be_booked_by_a_person(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    c = county.client(START, dt.date(2026, 10, 31))
    county.register("card", [(c, "C-8")])
    path = tmp_path / "m.csv"
    path.write_text(MOBILE + "T1;C-8;Uimahalli;sports;6,50;2026-11-02T10:00\n")
    [held] = importer.run(engine, "mobile", path, issuer="ePassi", today=TODAY).flagged
    assert queue.book(engine, held.key, by="pia").booked == 0  # still after the decision
    assert queue.book(engine, held.key, by="pia", anyway=True, note="Sovittu jatko").booked == 1
    assert booked(engine) == 1


def test_the_register_is_loaded_row_by_row(engine: Engine, client: Client, tmp_path: Path) -> None:
    path = tmp_path / "kortit.csv"
    path.write_text(
        "ref;client_id;valid_from;valid_to\n"
        f"C-20;{client.client_id};2026-01-01;2026-06-30\n"
        f"=C-21;{client.client_id};;\n"
        f"C-22;{client.client_id};ei päivä;\n"
    )
    count, problems = registers.load(engine, "card", path)
    assert count == 1
    assert [(p.where, p.code) for p in problems] == [
        ("line 3, ref", "formula"),
        ("line 4, valid_from", "not_a_date"),
    ]
    mobile = tmp_path / "m.csv"
    mobile.write_text(
        MOBILE
        + "T1;C-20;Uimahalli;sports;6,50;2026-03-02T10:00\n"
        + "T2;C-20;Uimahalli;sports;6,50;2026-09-02T10:00\n"  # the card was no longer theirs
    )
    report = importer.run(engine, "mobile", mobile, issuer="ePassi", today=TODAY)
    assert (report.booked, [q.reason for q in report.queued]) == (1, ["unmatched"])


def test_the_cli_takes_a_file_in_and_says_what_it_did(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("88") + _invoice("88"))
    url = engine.url.render_as_string(hide_password=False)
    done = run_admin(tmp_path / "home", "money", "import", "invoices", str(path), db=url)
    assert done.returncode == 0, done.stderr
    assert "booked 1, already taken in 1" in done.stdout
    refused = run_admin(
        tmp_path / "home", "money", "import", "mobile", str(tmp_path / "nope.csv"), db=url
    )
    assert refused.returncode == 2 and "file not found" in refused.stderr
    assert "Traceback" not in refused.stderr
