"""Finvoice 3.0 (Finance Finland's e-invoice message) into the internal `Invoice`.

What is read: the seller (SellerPartyIdentifier, SellerOrganisationName), InvoiceDetails
(InvoiceTypeCode INV01 invoice / INV02 credit note, InvoiceNumber, InvoiceDate,
OriginalInvoiceNumber, InvoicingPeriodEndDate, the county's references OrderIdentifier,
BuyerReferenceIdentifier and AgreementIdentifier, the totals and the VAT breakdown
VatSpecificationDetails), DeliveryDetails/DeliveryDate and the rows' ArticleName. Amounts
are written with a decimal comma; a credit note's are negative. Older Finvoice versions
(1.3, 2.01) name these elements the same way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from lxml import etree

from hbdesk.server.money import checks
from hbdesk.server.money.invoice_rules import MAX_INVOICE, check_vat, rate, service_day
from hbdesk.server.money.shape import Invoice

INVOICE, CREDIT_NOTE = "INV01", "INV02"
DETAILS = "InvoiceDetails"


def is_finvoice(root: etree._Element) -> bool:
    return etree.QName(root).localname == "Finvoice" and not etree.QName(root).namespace


class Tree:
    """`root.iterfind(path)` for the paths read here ("Tag" or "Tag/Tag"), the children of
    each level grouped by tag once: ElementPath costs some 3 µs a call, twenty calls an
    invoice (tests/server/money/test_finvoice_values.py)."""

    def __init__(self, root: etree._Element) -> None:
        self.top = _grouped([root])
        self._below: dict[str, dict[Any, list[etree._Element]]] = {}

    def all(self, path: str) -> list[etree._Element]:
        first, _, rest = path.partition("/")
        found = self.top.get(first, [])
        if not rest:
            return found
        below = self._below.get(first)
        if below is None:
            below = self._below[first] = _grouped(found)
        return below.get(rest, [])

    def text(self, path: str) -> str:
        found = self.all(path)
        return (found[0].text or "").strip() if found else ""


def _grouped(elements: list[etree._Element]) -> dict[Any, list[etree._Element]]:
    """The children of `elements` by tag, each tag's in document order."""
    found: dict[Any, list[etree._Element]] = {}
    for element in elements:
        for child in element:
            found.setdefault(child.tag, []).append(child)
    return found


def read(root: etree._Element, where: str, today: dt.date) -> Invoice:
    """The invoice of a Finvoice message (raises checks.Bad naming the element)."""
    tree = Tree(root)
    kind = tree.text(f"{DETAILS}/InvoiceTypeCode")
    if kind not in (INVOICE, CREDIT_NOTE):
        raise checks.Bad(
            "not_an_invoice",
            f"type '{checks.shown(kind)}' is neither an invoice nor a credit note",
            f"{DETAILS}/InvoiceTypeCode",
        )
    credit = kind == CREDIT_NOTE
    number = checks.identifier(tree.text(f"{DETAILS}/InvoiceNumber"), f"{DETAILS}/InvoiceNumber")
    issued = checks.day(_date(tree, f"{DETAILS}/InvoiceDate"), f"{DETAILS}/InvoiceDate", today)
    total = _amount(tree, f"{DETAILS}/InvoiceTotalVatIncludedAmount", credit) or Decimal(0)
    vat = _amount(tree, f"{DETAILS}/InvoiceTotalVatAmount", credit, optional=True)
    excluded = _amount(tree, f"{DETAILS}/InvoiceTotalVatExcludedAmount", credit, optional=True)
    check_vat(total, vat, excluded, _breakdown(tree, credit), f"{DETAILS}/VatSpecificationDetails")
    credits = None
    if credit:
        field = f"{DETAILS}/OriginalInvoiceNumber"
        credits = checks.identifier(tree.text(field), field)
    return Invoice(
        where=where,
        format="finvoice",
        seller_id=checks.business_id(
            tree.text("SellerPartyDetails/SellerPartyIdentifier"),
            "SellerPartyDetails/SellerPartyIdentifier",
        ),
        seller_name=checks.text(
            tree.text("SellerPartyDetails/SellerOrganisationName"),
            "SellerPartyDetails/SellerOrganisationName",
            most=200,
        ),
        number=number,
        issued_on=issued,
        service_on=service_day(issued, _service_days(tree), today),
        total=total,
        vat=vat or Decimal("0.00"),
        references=_references(tree),
        credits=credits,
        description=_rows_text(tree),
    )


def _text(root: etree._Element, path: str) -> str:
    found = root.find(path)
    return (found.text or "").strip() if found is not None else ""


def _date(tree: Tree, path: str) -> dt.date:
    """CCYYMMDD, the only date format Finvoice uses."""
    value = tree.text(path)
    try:
        if len(value) == 8 and value.isascii() and value.isdigit():  # as strptime reads them
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise checks.Bad(
            "not_a_date", f"'{checks.shown(value)}' is not a date (CCYYMMDD)", path
        ) from None


def _amount(tree: Tree, path: str, credit: bool, *, optional: bool = False) -> Decimal | None:
    """The total (`optional` False: never zero) or a part of it (VAT, without VAT)."""
    value = tree.text(path)
    if optional and not value:
        return None
    number = checks.amount(value, path, most=MAX_INVOICE, negative=credit, zero=optional)
    if credit and number > 0:
        raise checks.Bad(
            "positive_credit", f"a credit note's amount {number} is not negative", path
        )
    return number


def _breakdown(tree: Tree, credit: bool) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(base, rate %, VAT) of each VatSpecificationDetails."""
    rows = []
    for spec in tree.all(f"{DETAILS}/VatSpecificationDetails"):
        where = f"{DETAILS}/VatSpecificationDetails"
        base, vat = (
            checks.amount(
                _text(spec, name), f"{where}/{name}", most=MAX_INVOICE, negative=credit, zero=True
            )
            for name in ("VatBaseAmount", "VatRateAmount")
        )
        rows.append((base, rate(_text(spec, "VatRatePercent"), f"{where}/VatRatePercent"), vat))
    return rows


def _service_days(tree: Tree) -> list[tuple[str, dt.date]]:
    found = []
    for path in ("DeliveryDetails/DeliveryDate", f"{DETAILS}/InvoicingPeriodEndDate"):
        if tree.text(path):
            found.append((path, _date(tree, path)))
    return found


def _references(tree: Tree) -> tuple[str, ...]:
    names = ("OrderIdentifier", "BuyerReferenceIdentifier", "AgreementIdentifier")
    values = [
        checks.text(tree.text(f"{DETAILS}/{n}"), f"{DETAILS}/{n}", most=70, required=False)
        for n in names
    ]
    return tuple(dict.fromkeys(v for v in values if v))


def _rows_text(tree: Tree) -> str:
    names = [
        checks.text(row.findtext("ArticleName"), "InvoiceRow/ArticleName", most=200, required=False)
        for row in tree.all("InvoiceRow")
    ]
    return ", ".join(dict.fromkeys(n for n in names if n))[:500]
