"""Finvoice's values read faster must read as before: each element as ElementPath finds it,
a CCYYMMDD date exactly as `strptime("%Y%m%d")` reads it (or refused alike), a business id
the same every time it is seen (and refused every time when it is not one)."""

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
        return finvoice._date(finvoice.Tree(root), "InvoiceDetails/InvoiceDate")
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


_TAGS = st.sampled_from(["A", "B", "C"])
_TREES = st.recursive(
    st.tuples(_TAGS, st.just(())),
    lambda kids: st.tuples(_TAGS, st.lists(kids, max_size=4).map(tuple)),
    max_leaves=12,
)


def _build(spec: tuple[str, tuple[object, ...]], parent: etree._Element) -> None:
    tag, kids = spec
    element = etree.SubElement(parent, tag)
    element.text = f"{tag}{len(parent)}"
    for kid in kids:
        _build(kid, element)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.lists(_TREES, max_size=5))
def test_the_tree_finds_what_elementpath_finds(children: list[object]) -> None:
    """Repeated tags at each level: the first B under any A is `find("A/B")`'s."""
    root = etree.Element("Finvoice")
    for child in children:
        _build(child, root)  # type: ignore[arg-type]
    etree.SubElement(root, "{urn:x}A")  # another namespace's A is not an A
    tree = finvoice.Tree(root)
    for path in ("A", "B", "A/B", "B/A", "A/A", "C/B", "D", "A/D"):
        assert tree.all(path) == list(root.iterfind(path)), path
        assert tree.text(path) == finvoice._text(root, path)
