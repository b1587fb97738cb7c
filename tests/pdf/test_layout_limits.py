"""The renderers alone: the longest text the domain accepts still lays out, page after page."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from decimal import Decimal
from pathlib import Path

from hbdesk.models.values import check_text
from hbdesk.pdf import decision_pdf, export_pdf
from hbdesk.pdf.base import inert
from hbdesk.pdf.documents import Appeal, DecisionDoc, ExportDoc, Organisation, Person
from tests.pdf.helpers import flat

LONGEST = check_text(("Pitkä perustelu, joka jatkuu ja jatkuu. " * 600)[:20_000], "grounds")
ORG = Organisation("Testialueen hyvinvointialue", "PL 1, 99999 Testilä")


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_decision_with_the_longest_grounds_flows_over_pages(tmp_path: Path) -> None:
    doc = DecisionDoc(
        ORG,
        Person("Testi Henkilö"),
        "HB-2026-00000001",
        dt.date(2026, 1, 1),
        "budget",
        "granted",
        Decimal("1.00"),
        Decimal("1.00"),
        dt.date(2026, 1, 1),
        dt.date(2026, 6, 30),
        LONGEST,
        "Laki",
        "Päättäjä",
        "sosiaalityöntekijä",
        Appeal("Jaosto", "PL 1", "Hallinto-oikeus"),
        plan_summary=LONGEST,
        restrictions=LONGEST,
    )
    out = io.BytesIO()
    decision_pdf.write_decision(doc, out)
    text = _text(out.getvalue(), tmp_path)
    assert text.count("\f") >= 5  # many pages, nothing cut off
    assert "Oikaisuvaatimusohje" in text


def test_an_export_with_long_texts_in_tables_flows_over_pages(tmp_path: Path) -> None:
    data = {
        "client": {"first_name": "Testi", "last_name": "Henkilö"},
        "decisions": [
            {
                "id": "d1",
                "number": "HB-1",
                "grounds": LONGEST,
                "restrictions": LONGEST,
                "granted_sum": "10.00",
            }
        ],
        "decision_drafts": [{"id": "x", "grounds": LONGEST}],
        "notes": [
            {
                "id": "n1",
                "text": LONGEST,
                "author": "client",
                "created_at": "2026-01-01T10:00:00+00:00",
            }
        ],
    }
    out = io.BytesIO()
    export_pdf.write_export_pdf(ExportDoc(ORG, data, dt.date(2026, 1, 2)), out)
    text = flat(_text(out.getvalue(), tmp_path))
    assert "Kirjoittanut: asiakas, 1.1.2026" in text
    assert text.count("Pitkä perustelu") > 1000


def test_inert_markup_shows_tags_and_bidi_controls_as_typed() -> None:
    assert inert("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert inert("a\u202eb") == "a[U+202E]b"
    assert inert("rivi\nrivi") == "rivi<br/>rivi"
    assert "\u200b" in inert("x" * 100)


def test_an_ending_decision_says_so_and_still_carries_the_appeal_route(tmp_path: Path) -> None:
    doc = DecisionDoc(
        ORG,
        Person("Testi Henkilö"),
        "HB-2026-00000002",
        dt.date(2026, 5, 1),
        "ending",
        "ended",
        Decimal("900.00"),
        Decimal("900.00"),
        dt.date(2026, 1, 1),
        dt.date(2026, 5, 31),
        "Tavoitteet saavutettu.",
        "Sosiaalihuoltolaki (1301/2014)",
        "Päättäjä",
        "sosiaalityöntekijä",
        Appeal("Jaosto", "PL 1", "Testilän hallinto-oikeus"),
        supersedes="HB-2026-00000001",
    )
    out = io.BytesIO()
    decision_pdf.write_decision(doc, out, "sv")
    text = flat(_text(out.getvalue(), tmp_path))
    assert "Beslut om att användningen av den personliga budgeten upphör" in text
    assert "Användningen av budgeten upphör" in text
    assert "Detta beslut ersätter beslut HB-2026-00000001" in text
    assert "1.1.2026 – 31.5.2026" in text and "inom 30 dagar" in text
