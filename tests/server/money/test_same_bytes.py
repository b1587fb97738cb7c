"""The import makes its ledger entries' ops without the wire model (`store.NewAppend`, a
money import's hundred thousand of them): what it stores must be, byte for byte, what the
validated ops stored — for every kind of item: a booked invoice and payment, a credit note
reversing its invoice, one waiting for its invoice, payments held for the caseworker,
items in the queue. Two copies of one county take the same files in at the same frozen
moment, one with the fast ops and one with every op made by the model; every table is then
compared whole (the run's admin log line aside: it holds counts and the clock)."""

from __future__ import annotations

import datetime as dt
import itertools
import types
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from hbdesk.server import authored, db, fields, scope, store
from hbdesk.server.money import demo_files, importer, registers
from tests.server.money import county as county_module
from tests.server.money.conftest import END, SELLER, SELLER_ID, START, TODAY
from tests.server.money.county import County

MOMENT = dt.datetime(2026, 12, 6, 16, 45, 37, 123456, tzinfo=dt.UTC)


def _files(folder: Path) -> list[tuple[str, Path]]:
    def invoice(number: str, ref: str = "MS-2026-0001", **kwargs: Any) -> bytes:
        return demo_files.finvoice(
            seller_id=SELLER_ID,
            seller_name=SELLER,
            number=number,
            issued=dt.date(2026, 11, 30),
            rows=[
                demo_files.Row("Henkilökohtainen apu 10 h", Decimal("280.00"), Decimal(0)),
                demo_files.Row('Apuväline "ÅÄÖ" €', Decimal("40.00"), Decimal("25.5")),
            ],
            references=(ref,),
            **kwargs,
        )

    def credit(number: str, credits: str) -> bytes:
        return demo_files.finvoice(
            seller_id=SELLER_ID,
            seller_name=SELLER,
            number=number,
            issued=dt.date(2026, 12, 2),
            rows=[demo_files.Row("Hyvitys: 2 h", Decimal("56.00"), Decimal(0))],
            references=("MS-2026-0001",),
            credits=credits,
        )

    bills = folder / "laskut.xml"
    bills.write_bytes(
        invoice("40")  # booked
        + credit("40-H", "40")  # booked: reverses 40
        + credit("41-H", "41")  # waits: no invoice 41
        + invoice("42", ref="MS-TUNTEMATON")  # waits: no such reference
    )
    mobile = folder / "mobiili.csv"
    mobile.write_text(
        "transaction_id;card_id;merchant;merchant_id;category;amount;time\n"
        'T1;C-1;Uimahalli "Aalto";;sports;6,50;2026-11-04T10:00\n'  # booked
        "T2;C-1;Kasino Onnenpyörä;;gambling;50,00;2026-11-03T21:00\n"  # held: refused
        "T3;C-OLD;Uimahalli;2345678-0;sports;6,50;2026-11-04T10:00+02:00\n"  # held: expired
        "T4;C-404;Kuntosali;;sports;12,00;2026-11-03T10:00\n"  # waits: unknown card
        "T5;C-1;Kaupunginmuseo;;7991;8,00;2026-11-05T12:00Z\n",  # booked (an MCC)
        encoding="utf-8",
    )
    vouchers = folder / "setelit.csv"
    vouchers.write_text(
        "voucher_id;provider;provider_id;amount;date\n"
        "V-1;Siivouspalvelu Kiilto Oy;2345678-0;85,00;2026-11-12\n",  # booked
        encoding="utf-8",
    )
    return [("invoices", bills), ("mobile", mobile), ("vouchers", vouchers)]


def _county(url: str) -> None:
    """The same county in any database: ids counted, not drawn (the moment is frozen)."""
    numbers = itertools.count()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(county_module, "new_id", lambda: f"id-{next(numbers):04d}")
        ops = types.SimpleNamespace(uuid4=lambda: uuid.UUID(int=next(numbers)))  # unkeyed ops
        patch.setattr(authored, "uuid", ops)
        engine = db.make_engine(url)
        db.create_schema(engine)
        county = County(engine)
        c = county.client(START, END)
        county.commitment(c, "MS-2026-0001")
        county.register("card", [(c, "C-1")])
        county.register("voucher", [(c, "V-1")])
        old = county.client(START, dt.date(2026, 10, 31))  # expired before November
        county.register("card", [(old, "C-OLD")])
        engine.dispose()


def _take_in(url: str, files: list[tuple[str, Path]]) -> dict[str, list[tuple[Any, ...]]]:
    _county(url)
    engine = db.make_engine(url)
    for kind, file in files:
        importer.run(engine, kind, file, issuer="ePassi", today=TODAY, by="test")
    tables = _tables(engine)
    engine.dispose()
    return tables


def _tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr)
            for t in db.metadata.sorted_tables
            if t.name != "admin_log"
        }


def test_every_kind_of_item_stores_the_bytes_its_validated_op_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compare(str(tmp_path / "fast.sqlite3"), str(tmp_path / "model.sqlite3"), tmp_path, monkeypatch)


def compare(fast_url: str, model_url: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both databases (new, empty) take the county and the files in; the fast one's tables
    must be the validated one's (tests/sync/test_money_same_bytes.py: on PostgreSQL too)."""
    files = _files(folder)
    for module in (scope, authored, store, fields, importer, registers):  # one frozen moment
        monkeypatch.setattr(module, "now_utc", lambda: MOMENT)
    monkeypatch.setattr(authored, "time", types.SimpleNamespace(time_ns=lambda: 1_765_000_000))

    made: list[object] = []
    real = store.new_append

    def counted(*args: Any) -> store.NewAppend | None:
        op = real(*args)
        if args[3] == "spending_entries":
            made.append(op)
        return op

    monkeypatch.setattr(store, "new_append", counted)
    fast = _take_in(fast_url, files)
    assert len(made) == 5 and all(made), "the entries were not made on the fast path"

    monkeypatch.setattr(store, "new_append", lambda *args: None)  # the model makes each op
    validated = _take_in(model_url, files)

    entries = [r for r in fast["ops"] if "spending_entries" in r]
    held = [r for r in fast["field_state"] if "held_payments" in r and "reason" in r]
    assert (len(entries), len(held)) == (5, 2)  # 40, 40-H, T1, T5, V-1; T2, T3
    assert sum('"reverses_id"' in str(r) for r in entries) == 1
    assert [name for name in fast if fast[name] != validated[name]] == []
