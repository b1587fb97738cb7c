"""Peppol BIS Billing 3.0 (UBL 2.1, EN 16931) into the internal `Invoice`.

Finnish public buyers must take these too. An `Invoice` document is an invoice, a
`CreditNote` document a credit note (its amounts are positive in UBL: negated here, as a
Finvoice credit note's are). What is read: cbc:ID, cbc:IssueDate, the currency (euros
only), the seller's business id (PartyLegalEntity/CompanyID, PartyTaxScheme/CompanyID or
the EndpointID) and name, the county's references (OrderReference/ID, BuyerReference,
ContractDocumentReference/ID), BillingReference/InvoiceDocumentReference/ID of a credit
note, Delivery/ActualDeliveryDate or InvoicePeriod/EndDate, LegalMonetaryTotal, TaxTotal
with its TaxSubtotal rows, and the lines' Item/Name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lxml import etree

from hbdesk.server.money import checks
from hbdesk.server.money.invoice_rules import MAX_INVOICE, check_vat, rate, service_day
from hbdesk.server.money.shape import Invoice

UBL = "urn:oasis:names:specification:ubl:schema:xsd:"
INVOICE, CREDIT_NOTE = f"{UBL}Invoice-2", f"{UBL}CreditNote-2"
NS = {
    "cac": f"{UBL}CommonAggregateComponents-2",
    "cbc": f"{UBL}CommonBasicComponents-2",
}
_SELLER = "cac:AccountingSupplierParty/cac:Party"


def is_ubl(root: etree._Element) -> bool:
    return etree.QName(root).namespace in (INVOICE, CREDIT_NOTE)


def read(root: etree._Element, where: str, today: dt.date) -> Invoice:
    """The invoice of a UBL document (raises checks.Bad naming the element)."""
    credit = etree.QName(root).namespace == CREDIT_NOTE
    currency = _text(root, "cbc:DocumentCurrencyCode")
    if currency != "EUR":
        raise checks.Bad(
            "not_euro",
            f"the currency is '{checks.shown(currency)}', not EUR",
            "DocumentCurrencyCode",
        )
    issued = checks.iso_day(_text(root, "cbc:IssueDate"), "cbc:IssueDate", today)
    sign = Decimal(-1) if credit else Decimal(1)
    total = sign * _amount(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")
    excluded = sign * _amount(root, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", zero=True)
    vat = sign * _amount(root, "cac:TaxTotal/cbc:TaxAmount", zero=True)
    check_vat(total, vat, excluded, _breakdown(root, sign), "cac:TaxTotal/cac:TaxSubtotal")
    credits = None
    if credit:
        path = "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"
        credits = checks.identifier(_text(root, path), path)
    line = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    names = [
        checks.text(n.text, f"{line}/cac:Item/cbc:Name", most=200, required=False)
        for n in root.iterfind(f"{line}/cac:Item/cbc:Name", NS)
    ]
    return Invoice(
        where=where,
        format="ubl",
        seller_id=checks.business_id(
            _seller_id(root), f"{_SELLER}/cac:PartyLegalEntity/cbc:CompanyID"
        ),
        seller_name=checks.text(
            _seller_name(root), f"{_SELLER}/cac:PartyLegalEntity/cbc:RegistrationName", most=200
        ),
        number=checks.identifier(_text(root, "cbc:ID"), "cbc:ID"),
        issued_on=issued,
        service_on=service_day(issued, _service_days(root, today), today),
        total=total,
        vat=vat,
        references=_references(root),
        credits=credits,
        description=", ".join(dict.fromkeys(n for n in names if n))[:500],
    )


def _text(root: etree._Element, path: str) -> str:
    found = root.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _amount(root: etree._Element, path: str, *, zero: bool = False) -> Decimal:
    """A UBL amount: positive (a credit note's too), in euros."""
    found = root.find(path, NS)
    if found is not None and found.get("currencyID", "EUR") != "EUR":
        raise checks.Bad("not_euro", "an amount is not in euros", path)
    return checks.amount(_text(root, path), path, most=MAX_INVOICE, zero=zero)


def _breakdown(root: etree._Element, sign: Decimal) -> list[tuple[Decimal, Decimal, Decimal]]:
    rows = []
    for sub in root.iterfind("cac:TaxTotal/cac:TaxSubtotal", NS):
        where = "cac:TaxTotal/cac:TaxSubtotal"
        base = _amount(sub, "cbc:TaxableAmount", zero=True)
        tax = _amount(sub, "cbc:TaxAmount", zero=True)
        percent = rate(
            _text(sub, "cac:TaxCategory/cbc:Percent"), f"{where}/cac:TaxCategory/cbc:Percent"
        )
        rows.append((sign * base, percent, sign * tax))
    return rows


def _seller_id(root: etree._Element) -> str:
    for path in (
        f"{_SELLER}/cac:PartyLegalEntity/cbc:CompanyID",
        f"{_SELLER}/cac:PartyTaxScheme/cbc:CompanyID",
        f"{_SELLER}/cbc:EndpointID",
    ):
        found = root.find(path, NS)
        if found is not None and (found.text or "").strip():
            value = found.text.strip()
            scheme = found.get("schemeID", "")
            finnish = scheme in ("", "0212", "0213", "0216", "0037") or value.upper().startswith(
                "FI"
            )
            return value if finnish else f"{scheme}:{value}"
    return ""


def _seller_name(root: etree._Element) -> str:
    return _text(root, f"{_SELLER}/cac:PartyLegalEntity/cbc:RegistrationName") or _text(
        root, f"{_SELLER}/cac:PartyName/cbc:Name"
    )


def _service_days(root: etree._Element, today: dt.date) -> list[tuple[str, dt.date]]:
    found = []
    for path in ("cac:Delivery/cbc:ActualDeliveryDate", "cac:InvoicePeriod/cbc:EndDate"):
        if _text(root, path):
            found.append((path, checks.iso_day(_text(root, path), path, today)))
    return found


def _references(root: etree._Element) -> tuple[str, ...]:
    paths = (
        "cac:OrderReference/cbc:ID",
        "cbc:BuyerReference",
        "cac:ContractDocumentReference/cbc:ID",
    )
    values = [checks.text(_text(root, p), p, most=70, required=False) for p in paths]
    return tuple(dict.fromkeys(v for v in values if v))
