"""Taking money in: matched by the county's own references only, booked once, held or queued
for a person when it cannot be booked, a half-bad file books its good items."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from hbdesk.protocol import messages as p
from hbdesk.server import db
from hbdesk.server.money import demo_files, importer, queue, tables
from tests.server.money.conftest import END, SELLER, SELLER_ID, START, TODAY, booked
from tests.server.money.county import Client, County

ROWS = [
    demo_files.Row("Henkilökohtainen apu 10 h", Decimal("280.00"), Decimal(0)),
    demo_files.Row("Apuväline", Decimal("40.00"), Decimal("25.5")),
]


def _invoice(number: str, refs: tuple[str, ...] = ("MS-2026-0001",), **kwargs: object) -> bytes:
    return demo_files.finvoice(
        seller_id=SELLER_ID,
        seller_name=SELLER,
        number=number,
        issued=dt.date(2026, 11, 30),
        rows=ROWS,
        references=refs,
        **kwargs,  # type: ignore[arg-type]
    )


def _run(engine: Engine, kind: str, path: Path) -> importer.Report:
    return importer.run(engine, kind, path, issuer="ePassi", today=TODAY)


def _entries(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        bodies = conn.execute(
            select(db.ops.c.body)
            .where(db.ops.c.entity == "spending_entries", db.ops.c.device_id == "server:money")
            .order_by(db.ops.c.seq)
        ).scalars()
        return [p.Op.model_validate_json(b).model_dump() for b in bodies]


def test_an_invoice_is_booked_pending_to_the_client_of_its_commitment(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("2026-77"))
    report = _run(engine, "invoices", path)
    assert report.booked == 1, report.summary()
    [op] = _entries(engine)
    fields = op["fields"]
    assert (op["client_id"], op["author"], op["author_role"]) == (
        client.client_id,
        f"e-lasku: {SELLER}",
        "source_system",
    )
    assert fields["decision_id"] == client.decision_id and fields["method"] == "invoice"
    assert fields["amount"] == "330.20"  # 280 + 40 + 25.5 % of 40
    assert fields["source"] == "commitment_billing" and fields["category"] == "personal_assistance"
    assert fields["external_ref"] == f"{SELLER_ID}:2026-77"


def test_the_same_invoice_in_two_files_and_two_formats_is_booked_once(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    first.write_bytes(_invoice("2026-78"))
    second.write_bytes(
        demo_files.ubl(
            seller_id=SELLER_ID,
            seller_name=SELLER,
            number="2026-78",
            issued=dt.date(2026, 11, 30),
            rows=ROWS,
            references=("MS-2026-0001",),
        )
        + _invoice("2026-79")
    )
    assert _run(engine, "invoices", first).booked == 1
    again = _run(engine, "invoices", second)
    assert (again.booked, again.already) == (1, 1), again.summary()
    assert again.summary().count("already booked") == 1
    assert booked(engine) == 2


def test_a_file_imported_again_changes_nothing(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("1") + _invoice("2") + _invoice("3", refs=("TUNTEMATON-1",)))
    first = _run(engine, "invoices", path)
    with engine.connect() as conn:
        before = conn.execute(select(db.feed.c.seq).order_by(db.feed.c.seq.desc())).first()
    again = _run(engine, "invoices", path)
    with engine.connect() as conn:
        after = conn.execute(select(db.feed.c.seq).order_by(db.feed.c.seq.desc())).first()
    assert (first.booked, len(first.queued)) == (2, 1)
    assert (again.booked, again.already, len(again.queued)) == (0, 3, 0)
    assert again.summary().count("already in the queue") == 1
    assert before == after and len(queue.items(engine)) == 1


def test_three_broken_invoices_of_fifty_book_the_other_47_and_are_named(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    c = county.client(START, END, granted="20000.00")
    county.commitment(c, "MS-2026-0001", total="20000.00")
    messages = [_invoice(f"5-{n}") for n in range(50)]
    messages[7] = messages[7].replace(
        b"<InvoiceNumber>5-7</InvoiceNumber>", b"<InvoiceNumber></InvoiceNumber>"
    )
    messages[21] = messages[21].replace(
        b">330,20</InvoiceTotalVatIncludedAmount>", b">331,20</InvoiceTotalVatIncludedAmount>"
    )
    messages[40] = messages[40][: len(messages[40]) // 2]  # cut off in transfer
    path = tmp_path / "pankki.xml"
    path.write_bytes(demo_files.bank_delivery(messages))
    report = _run(engine, "invoices", path)
    assert report.booked == 47, report.summary()
    assert [(p.where.split(",")[0], p.code) for p in report.refused] == [
        ("message 16", "missing"),
        ("message 44 (invoice 5-21)", "totals_disagree"),
        ("message 82", "not_xml"),
    ]
    assert "InvoiceDetails/InvoiceNumber" in report.refused[0].where
    fixed = [_invoice(f"5-{n}") for n in range(50)]
    path.write_bytes(demo_files.bank_delivery(fixed))
    rerun = _run(engine, "invoices", path)
    assert (rerun.booked, rerun.already) == (3, 47)
    assert booked(engine) == 50


def test_an_unknown_reference_waits_in_the_queue_never_booked_by_a_name(
    engine: Engine, client: Client, county: County, tmp_path: Path
) -> None:
    """The invoice names the client (as the buyer's contact) but not a reference the county
    gave: it is never booked to a guessed client; a person books it from the queue."""
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("9", refs=("OSTAJAN VIITE",)))
    report = _run(engine, "invoices", path)
    assert (report.booked, [q.reason for q in report.queued]) == (0, ["unmatched"])
    [item] = queue.items(engine)
    assert (item.state, item.client_id, item.amount) == ("queued", None, "330.20")
    done = queue.book(engine, item.item_key, client.client_id, by="maksatus-pia", today=TODAY)
    assert done.booked == 1 and booked(engine) == 1
    assert queue.items(engine) == []
    assert queue.items(engine, state="booked")[0].resolved_by == "maksatus-pia"


def test_a_reference_two_clients_share_is_doubtful_and_queued(
    engine: Engine, client: Client, county: County, tmp_path: Path
) -> None:
    other = county.client(START, END)
    county.commitment(other, "MS-2026-0001")
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("10"))
    report = _run(engine, "invoices", path)
    assert [q.reason for q in report.queued] == ["doubtful_reference"] and booked(engine) == 0


def test_a_credit_note_reverses_its_invoice_and_links_to_it(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("20"))
    _run(engine, "invoices", path)
    credit = tmp_path / "hyvitys.xml"
    credit.write_bytes(
        demo_files.finvoice(
            seller_id=SELLER_ID,
            seller_name=SELLER,
            number="20-H",
            issued=dt.date(2026, 12, 2),
            rows=[demo_files.Row("Hyvitys: 2 h", Decimal("56.00"), Decimal(0))],
            references=("MS-2026-0001",),
            credits="20",
        )
    )
    report = _run(engine, "invoices", credit)
    assert report.booked == 1, report.summary()
    original, reversal = _entries(engine)
    assert reversal["fields"]["reverses_id"] == original["entity_id"]
    assert reversal["fields"]["amount"] == "-56.00"
    assert "20-H" in str(reversal["fields"]["reason"])


def test_a_credit_note_for_an_invoice_never_booked_waits(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    credit = tmp_path / "hyvitys.xml"
    credit.write_bytes(
        demo_files.finvoice(
            seller_id=SELLER_ID,
            seller_name=SELLER,
            number="21-H",
            issued=dt.date(2026, 12, 2),
            rows=[demo_files.Row("Hyvitys", Decimal("56.00"), Decimal(0))],
            references=("MS-2026-0001",),
            credits="21",
        )
    )
    report = _run(engine, "invoices", credit)
    assert [q.reason for q in report.queued] == ["credit_without_invoice"] and booked(engine) == 0


def test_invoices_over_the_commitment_wait_for_a_person(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    c = county.client(START, END)
    county.commitment(c, "MS-PIENI", total="500.00")
    path = tmp_path / "lasku.xml"
    path.write_bytes(_invoice("30", refs=("MS-PIENI",)) + _invoice("31", refs=("MS-PIENI",)))
    report = _run(engine, "invoices", path)
    assert (report.booked, [q.reason for q in report.queued]) == (1, ["exceeds_commitment"])


def test_gambling_and_spending_after_the_decision_are_held_for_the_caseworker(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    c = county.client(START, dt.date(2026, 10, 31))  # expired before November
    county.register("card", [(c, "C-9")])
    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n"
        "T1;C-9;Kasino Onnenpyörä;gambling;50,00;2026-10-03T21:00\n"
        "T2;C-9;Uimahalli;sports;6,50;2026-10-04T10:00\n"
        "T3;C-9;Uimahalli;sports;6,50;2026-11-04T10:00\n"
    )
    report = _run(engine, "mobile", path)
    assert report.booked == 1
    assert [(f.where, f.reason) for f in report.flagged] == [
        ("line 2", "category_refused"),
        ("line 4", "decision_expired"),
    ]
    with engine.connect() as conn:
        held = conn.execute(
            select(db.field_state.c.entity_id, db.field_state.c.value).where(
                db.field_state.c.entity == "held_payments", db.field_state.c.field == "reason"
            )
        ).all()
    assert sorted(json.loads(h.value) for h in held) == ["category_refused", "decision_expired"]
    assert {i.state for i in queue.items(engine)} == {"flagged"}
    again = _run(engine, "mobile", path)
    assert (again.booked, again.flagged, again.already) == (0, [], 3)


def test_an_unknown_card_is_queued_and_a_closed_client_is_not_booked(
    engine: Engine, client: Client, county: County, tmp_path: Path
) -> None:
    from hbdesk.server import admin

    gone = county.client(START, END)
    county.register("card", [(gone, "C-GONE")])
    admin.close_client(engine, gone.client_id)
    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n"
        "T1;C-404;Kuntosali;sports;12,00;2026-11-03T10:00\n"
        "T2;C-GONE;Kuntosali;sports;12,00;2026-11-03T10:00\n"
        "T3;C-1;Kuntosali;sports;12,00;2026-11-03T10:00\n"
    )
    report = _run(engine, "mobile", path)
    assert report.booked == 1
    assert [(q.where, q.reason) for q in report.queued] == [
        ("line 2", "unmatched"),
        ("line 3", "client_closed"),
    ]


def test_a_redeemed_voucher_is_booked_once(engine: Engine, client: Client, tmp_path: Path) -> None:
    path = tmp_path / "setelit.csv"
    path.write_text(
        "voucher_id;provider;provider_id;amount;date\n"
        "V-1;Siivouspalvelu Kiilto Oy;2345678-0;85,00;2026-11-12\n"
        "V-1;Siivouspalvelu Kiilto Oy;2345678-0;85,00;2026-11-12\n"
    )
    report = _run(engine, "vouchers", path)
    assert (report.booked, report.already) == (1, 1)
    [op] = _entries(engine)
    assert (op["fields"]["method"], op["fields"]["source"]) == (
        "service_voucher",
        "voucher_redemption",
    )
    assert op["author"] == "palveluseteli: ePassi"


def test_a_finvoice_in_iso_8859_15_as_its_declaration_says_is_taken(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    """Finnish banks still deliver Finvoice in ISO-8859-15: a declared encoding is honoured;
    only undeclared bytes that are not UTF-8 are refused."""
    text = (
        _invoice("8859")
        .decode()
        .replace('encoding="UTF-8"', 'encoding="ISO-8859-15"')
        .replace(SELLER, "Äijälän Avustajat Oy")
    )
    path = tmp_path / "latin9.xml"
    path.write_bytes(text.encode("iso-8859-15"))
    report = _run(engine, "invoices", path)
    assert report.booked == 1, report.summary()
    assert _entries(engine)[0]["author"] == "e-lasku: Äijälän Avustajat Oy"


def test_two_runs_of_one_file_side_by_side_book_it_once(
    engine: Engine, county: County, tmp_path: Path
) -> None:
    """The inbox and a person may take the same file in at once: each item is booked and
    noted once (the later run finds the earlier one's op and note)."""
    import threading

    path = tmp_path / "lasku.xml"
    c = county.client(START, END, granted="20000.00")
    county.commitment(c, "MS-ISO", total="20000.00")
    path.write_bytes(b"".join(_invoice(f"R-{n}", refs=("MS-ISO",)) for n in range(20)))
    reports: list[importer.Report] = []
    runs = [
        threading.Thread(target=lambda: reports.append(_run(engine, "invoices", path)))
        for _ in range(2)
    ]
    for t in runs:
        t.start()
    for t in runs:
        t.join()
    assert booked(engine) == 20 and not any(r.refused for r in reports)
    assert sum(r.booked for r in reports) + sum(r.already for r in reports) == 40


def test_a_run_stopped_between_booking_and_noting_leaves_nothing_of_that_chunk(
    engine: Engine, client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chunk's entries and the notes of its items commit together: a run stopped before
    it noted them left entries no note names; run again, each item is booked once."""
    from hbdesk.server.money import itemlog

    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n"
        + "".join(f"T{n};C-1;Kuntosali;sports;12,00;2026-11-03T10:00\n" for n in range(5))
    )

    def stop(*_args: object) -> None:
        raise OSError("the disk filled up")

    with monkeypatch.context() as m:
        m.setattr(itemlog, "note", stop)
        with pytest.raises(OSError):
            _run(engine, "mobile", path)
    with engine.connect() as conn:
        noted = conn.execute(select(tables.items.c.item_key)).scalars().all()
    assert (booked(engine), noted) == (0, [])
    report = _run(engine, "mobile", path)
    assert (report.booked, report.already, booked(engine)) == (5, 0, 5), report.summary()


def test_a_run_leaves_the_garbage_collector_as_it_found_it(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    """A run collects less often and leaves the server's older objects alone while it runs
    (importer.few_collections); afterwards the server collects as before and nothing of
    it stays frozen, also when the run fails."""
    import gc

    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n"
        "T1;C-1;Kuntosali;sports;12,00;2026-11-03T10:00\n"
    )
    before = gc.get_threshold(), gc.get_freeze_count()
    seen: list[tuple[tuple[int, ...], int]] = []
    with importer.few_collections():
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        assert _run(engine, "mobile", path).booked == 1
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
    assert seen[0][0][0] == importer.YOUNG and seen[0][1] > 0  # frozen (by it, or before)
    assert seen[1] == seen[0]  # a run inside a run changes nothing more, nor undoes it
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    with pytest.raises(FileNotFoundError):
        _run(engine, "mobile", tmp_path / "gone.csv")
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
