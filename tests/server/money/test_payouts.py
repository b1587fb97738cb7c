"""Direct payments out: a pain.001 batch that its ISO 20022 schema accepts, whose sums are the
payments; IBANs checked; each payment paid once and booked in the client's ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
from lxml import etree
from sqlalchemy import Engine, select

from hbdesk.protocol import messages as p
from hbdesk.server import db
from hbdesk.server.money import payouts
from tests.server.money.conftest import TODAY
from tests.server.money.county import Client, County

COUNTY = payouts.Debtor("Esimerkkilan hyvinvointialue", "FI21 1234 5600 0007 85", "NDEAFIHH")
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
XSD = Path(sepaxml.__file__).parent / "schemas" / "pain.001.001.03.xsd"


def _file(tmp_path: Path, c: Client, *rows: str) -> Path:
    path = tmp_path / "maksut.csv"
    path.write_text(
        "payout_id;client_id;amount;iban;name;due_date;message\n"
        + "\n".join(r.replace("{c}", c.client_id) for r in rows)
        + "\n"
    )
    return path


def _entries(engine: Engine) -> list[p.Op]:
    with engine.connect() as conn:
        bodies = conn.execute(
            select(db.ops.c.body).where(
                db.ops.c.entity == "spending_entries", db.ops.c.device_id == "server:money"
            )
        ).scalars()
        return [p.Op.model_validate_json(b) for b in bodies]


def test_a_batch_validates_against_its_schema_and_its_sums_are_the_payments(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    loaded = payouts.load(
        engine,
        _file(
            tmp_path,
            client,
            "P-1;{c};120,00;FI49 5000 9420 0287 30;Testi Äijälä;2026-12-10;Omavastuuosuus 12/2026",
            "P-2;{c};35,50;DE89370400440532013000;Testi Äijälä;2026-12-10;Kuitit 11/2026",
            "P-3;{c};200,00;FI49 5000 9420 0287 31;Testi Äijälä;2026-12-10;Väärä tili",
            "P-4;nobody;10,00;FI49 5000 9420 0287 30;Testi Muu;2026-12-10;Tuntematon",
            "P-5;{c};12,25;FI4950009420028730;Testi Äijälä;2026-12-11;Matkat 11/2026",
        ),
        today=TODAY,
    )
    assert loaded.planned == 3
    assert [(x.where, x.code) for x in loaded.refused] == [
        ("line 4, iban", "not_an_iban"),
        ("line 5, client_id", "unknown_client"),
    ]
    out = tmp_path / "pain001.xml"
    made = payouts.batch(engine, out, COUNTY, execution=dt.date(2026, 12, 10))
    doc = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True))
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(doc)
    amounts = [
        Decimal(a) for a in doc.xpath("//p:CdtTrfTxInf/p:Amt/p:InstdAmt/text()", namespaces=NS)
    ]
    assert sorted(amounts) == [Decimal("12.25"), Decimal("35.50"), Decimal("120.00")]
    assert Decimal(doc.xpath("string(//p:GrpHdr/p:CtrlSum)", namespaces=NS)) == sum(amounts)
    assert doc.xpath("string(//p:GrpHdr/p:NbOfTxs)", namespaces=NS) == "3"
    assert sorted(doc.xpath("//p:EndToEndId/text()", namespaces=NS)) == ["P-1", "P-2", "P-5"]
    assert (made.count, made.total, made.booked) == (3, Decimal("167.75"), 3)
    entries = _entries(engine)
    assert sorted(e.fields["amount"] for e in entries) == ["12.25", "120.00", "35.50"]
    assert {(e.fields["method"], e.author, e.client_id) for e in entries} == {
        ("direct_payment", f"maksatus: {COUNTY.name}", client.client_id)
    }


def test_a_payment_is_paid_once(engine: Engine, client: Client, tmp_path: Path) -> None:
    path = _file(tmp_path, client, "P-9;{c};50,00;FI4950009420028730;Testi;2026-12-10;Osuus")
    assert payouts.load(engine, path, today=TODAY).planned == 1
    payouts.batch(engine, tmp_path / "a.xml", COUNTY, execution=dt.date(2026, 12, 10))
    again = payouts.load(engine, path, today=TODAY)
    assert (again.planned, again.already) == (0, 1)
    with pytest.raises(payouts.PayoutError) as raised:
        payouts.batch(engine, tmp_path / "b.xml", COUNTY, execution=dt.date(2026, 12, 10))
    assert raised.value.code == "nothing_planned" and not (tmp_path / "b.xml").exists()
    assert len(_entries(engine)) == 1


def test_a_bad_county_account_writes_nothing(
    engine: Engine, client: Client, tmp_path: Path
) -> None:
    path = _file(tmp_path, client, "P-8;{c};50,00;FI4950009420028730;Testi;2026-12-10;Osuus")
    payouts.load(engine, path, today=TODAY)
    with pytest.raises(payouts.PayoutError, match="not a valid IBAN"):
        payouts.batch(
            engine, tmp_path / "x.xml", payouts.Debtor("County", "FI00 0000"), execution=TODAY
        )
    assert not (tmp_path / "x.xml").exists() and _entries(engine) == []


def test_the_county_can_have_a_lost_file_written_again(
    engine: Engine, client: Client, county: County, tmp_path: Path
) -> None:
    path = _file(tmp_path, client, "P-7;{c};50,00;FI4950009420028730;Testi;2026-12-10;Osuus")
    payouts.load(engine, path, today=TODAY)
    first = payouts.batch(engine, tmp_path / "a.xml", COUNTY, execution=dt.date(2026, 12, 10))
    payouts.rewrite(engine, first.batch_id, tmp_path / "again.xml")
    assert (tmp_path / "again.xml").read_bytes() == (tmp_path / "a.xml").read_bytes()
