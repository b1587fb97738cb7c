"""Finvoice's values read faster must read as before: a CCYYMMDD date exactly as
`strptime("%Y%m%d")` reads it (or refused alike), a business id the same every time it is
seen (and refused every time when it is not one)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from hbdesk.server.money import checks, finvoice


def _strptime(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def _read(value: str) -> dt.date | None:
    root = etree.fromstring("<Finvoice><InvoiceDetails><InvoiceDate/></InvoiceDetails></Finvoice>")
    root[0][0].text = value
    try:
        return finvoice._date(root, "InvoiceDetails/InvoiceDate")
    except checks.Bad:
        return None


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text("0123456789", min_size=6, max_size=9),
        st.dates().map(lambda d: d.strftime("%Y%m%d")),
        st.text("0123456789 +-٣", min_size=7, max_size=9),  # signs, blanks, Arabic-Indic 3
    )
)
def test_a_finvoice_date_is_read_as_strptime_reads_it(value: str) -> None:
    assert _read(value) == _strptime(value.strip())


def test_known_dates_and_impossible_ones() -> None:
    assert _read("20261130") == dt.date(2026, 11, 30)
    assert _read("2026111") == _strptime("2026111")  # one digit for the month: strptime's way
    for bad in ("20261301", "20260230", "20260100", "2026-11-30", "٢٠٢٦١١٣٠", ""):
        assert _read(bad) is None, bad


def test_a_business_id_is_the_same_each_time_and_refused_each_time() -> None:
    for _ in range(3):
        assert checks.business_id("FI01120389", "x") == "0112038-9"
        assert checks.business_id("003701120389", "x") == "0112038-9"
        assert checks.business_id("0088:1234567890123", "x") == "0088:1234567890123"
        with pytest.raises(checks.Bad) as refused:
            checks.business_id("0112038-8", "SellerPartyIdentifier")  # wrong check digit
        assert (refused.value.code, refused.value.field) == (
            "not_a_business_id",
            "SellerPartyIdentifier",
        )
