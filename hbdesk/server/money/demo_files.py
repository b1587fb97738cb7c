"""Files as the county's systems send them, for the demo county and tests: Finvoice 3.0 and
Peppol BIS 3.0 UBL invoices and credit notes, a bank's delivery of many Finvoice messages
(each behind its SOAP transport frame), mobile-payment and voucher reports (CSV).

Synthetic and self-made (no third party's example is copied): fictional providers, the
demo county as the buyer. The amounts add up as real ones must: each row's VAT is its base
times the rate, rounded to the cent; the totals are the rows' sums.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree

from hbdesk.server.money import csvfiles
from hbdesk.server.money import ubl as reader

BUYER_ID, BUYER = "0000000-0", "Esimerkkilän hyvinvointialue (demo)"
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Row:
    name: str
    base: Decimal  # without VAT, positive (a credit note's rows too)
    rate: Decimal  # VAT %

    @property
    def vat(self) -> Decimal:
        return (self.base * self.rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Bill:
    """What an invoice or credit note says, in either format."""

    seller_id: str
    seller_name: str
    number: str
    issued: dt.date
    rows: Sequence[Row]
    references: Sequence[str] = ()
    credits: str | None = None  # a credit note: the number of the invoice it credits
    delivered: dt.date | None = None


def _fi(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _sub(
    parent: etree._Element, name: str, text: str | None = None, **attrs: str
) -> etree._Element:
    el = etree.SubElement(parent, name, attrs)
    if text is not None:
        el.text = text
    return el


def _totals(rows: Sequence[Row]) -> tuple[Decimal, Decimal, dict[Decimal, tuple[Decimal, Decimal]]]:
    by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for r in rows:
        base, vat = by_rate.get(r.rate, (Decimal(0), Decimal(0)))
        by_rate[r.rate] = (base + r.base, vat + r.vat)
    return sum((r.base for r in rows), Decimal(0)), sum((r.vat for r in rows), Decimal(0)), by_rate


def finvoice(**bill: Any) -> bytes:
    """A Finvoice 3.0 message (the fields of `Bill`); a credit note's amounts are negative."""
    return _finvoice(Bill(**bill))


def _finvoice(b: Bill) -> bytes:
    sign = Decimal(-1) if b.credits else Decimal(1)
    root = etree.Element("Finvoice", {"Version": "3.0"})
    seller = _sub(root, "SellerPartyDetails")
    _sub(seller, "SellerPartyIdentifier", b.seller_id)
    _sub(seller, "SellerOrganisationName", b.seller_name)
    buyer = _sub(root, "BuyerPartyDetails")
    _sub(buyer, "BuyerPartyIdentifier", BUYER_ID)
    _sub(buyer, "BuyerOrganisationName", BUYER)
    if b.delivered:
        _sub(
            _sub(root, "DeliveryDetails"),
            "DeliveryDate",
            b.delivered.strftime("%Y%m%d"),
            Format="CCYYMMDD",
        )
    details = _sub(root, "InvoiceDetails")
    _sub(details, "InvoiceTypeCode", "INV02" if b.credits else "INV01")
    _sub(details, "InvoiceTypeText", "HYVITYSLASKU" if b.credits else "LASKU")
    _sub(details, "OriginCode", "Original")
    _sub(details, "InvoiceNumber", b.number)
    _sub(details, "InvoiceDate", b.issued.strftime("%Y%m%d"), Format="CCYYMMDD")
    if b.credits:
        _sub(details, "OriginalInvoiceNumber", b.credits)
    for name, ref in zip(
        ("OrderIdentifier", "BuyerReferenceIdentifier", "AgreementIdentifier"),
        b.references,
        strict=False,
    ):
        _sub(details, name, ref)
    excluded, vat, by_rate = _totals(b.rows)
    for name, amount in (
        ("InvoiceTotalVatExcludedAmount", excluded),
        ("InvoiceTotalVatAmount", vat),
        ("InvoiceTotalVatIncludedAmount", excluded + vat),
    ):
        _sub(details, name, _fi(sign * amount), AmountCurrencyIdentifier="EUR")
    for rate, (base, tax) in by_rate.items():
        spec = _sub(details, "VatSpecificationDetails")
        _sub(spec, "VatBaseAmount", _fi(sign * base), AmountCurrencyIdentifier="EUR")
        _sub(spec, "VatRatePercent", _fi(rate).removesuffix(",00"))
        _sub(spec, "VatRateAmount", _fi(sign * tax), AmountCurrencyIdentifier="EUR")
    _sub(
        _sub(details, "PaymentTermsDetails"),
        "InvoiceDueDate",
        (b.issued + dt.timedelta(days=14)).strftime("%Y%m%d"),
        Format="CCYYMMDD",
    )
    for r in b.rows:
        row = _sub(root, "InvoiceRow")
        _sub(row, "ArticleName", r.name)
        _sub(row, "RowVatRatePercent", _fi(r.rate).removesuffix(",00"))
        _sub(row, "RowVatAmount", _fi(sign * r.vat), AmountCurrencyIdentifier="EUR")
        _sub(row, "RowVatExcludedAmount", _fi(sign * r.base), AmountCurrencyIdentifier="EUR")
        _sub(row, "RowAmount", _fi(sign * (r.base + r.vat)), AmountCurrencyIdentifier="EUR")
    epi = _sub(_sub(root, "EpiDetails"), "EpiPaymentInstructionDetails")
    _sub(epi, "EpiInstructedAmount", _fi(sign * (excluded + vat)), AmountCurrencyIdentifier="EUR")
    text: str = DECLARATION + etree.tostring(root, encoding="unicode") + "\n"
    return text.encode()


def ubl(**bill: Any) -> bytes:
    """A Peppol BIS 3.0 UBL Invoice, or CreditNote (the fields of `Bill`; a credit note's
    amounts positive, as UBL has them)."""
    return _ubl(Bill(**bill))


def _ubl(b: Bill) -> bytes:
    cac, cbc = (f"{{{reader.NS[p]}}}" for p in ("cac", "cbc"))
    kind = "CreditNote" if b.credits else "Invoice"
    nsmap: dict[str | None, str] = {None: f"{reader.UBL}{kind}-2"}
    nsmap.update(reader.NS)
    root = etree.Element(f"{{{reader.UBL}{kind}-2}}{kind}", nsmap=nsmap)
    _sub(
        root,
        f"{cbc}CustomizationID",
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
    )
    _sub(root, f"{cbc}ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
    _sub(root, f"{cbc}ID", b.number)
    _sub(root, f"{cbc}IssueDate", b.issued.isoformat())
    _sub(root, f"{cbc}{kind}TypeCode", "381" if b.credits else "380")
    _sub(root, f"{cbc}DocumentCurrencyCode", "EUR")
    order, buyer_ref, contract = [*b.references, "", "", ""][:3]
    if buyer_ref:
        _sub(root, f"{cbc}BuyerReference", buyer_ref)
    if order:
        _sub(_sub(root, f"{cac}OrderReference"), f"{cbc}ID", order)
    if b.credits:
        _sub(
            _sub(_sub(root, f"{cac}BillingReference"), f"{cac}InvoiceDocumentReference"),
            f"{cbc}ID",
            b.credits,
        )
    if contract:
        _sub(_sub(root, f"{cac}ContractDocumentReference"), f"{cbc}ID", contract)
    party = _sub(_sub(root, f"{cac}AccountingSupplierParty"), f"{cac}Party")
    _sub(party, f"{cbc}EndpointID", "0037" + b.seller_id.replace("-", ""), schemeID="0216")
    legal = _sub(party, f"{cac}PartyLegalEntity")
    _sub(legal, f"{cbc}RegistrationName", b.seller_name)
    _sub(legal, f"{cbc}CompanyID", b.seller_id, schemeID="0212")
    customer = _sub(_sub(root, f"{cac}AccountingCustomerParty"), f"{cac}Party")
    _sub(_sub(customer, f"{cac}PartyLegalEntity"), f"{cbc}RegistrationName", BUYER)
    if b.delivered:
        _sub(_sub(root, f"{cac}Delivery"), f"{cbc}ActualDeliveryDate", b.delivered.isoformat())
    excluded, vat, by_rate = _totals(b.rows)
    tax_total = _sub(root, f"{cac}TaxTotal")
    _sub(tax_total, f"{cbc}TaxAmount", f"{vat:.2f}", currencyID="EUR")
    for rate, (base, tax) in by_rate.items():
        sub = _sub(tax_total, f"{cac}TaxSubtotal")
        _sub(sub, f"{cbc}TaxableAmount", f"{base:.2f}", currencyID="EUR")
        _sub(sub, f"{cbc}TaxAmount", f"{tax:.2f}", currencyID="EUR")
        category = _sub(sub, f"{cac}TaxCategory")
        _sub(category, f"{cbc}ID", "S" if rate else "E")
        _sub(category, f"{cbc}Percent", f"{rate}")
        _sub(_sub(category, f"{cac}TaxScheme"), f"{cbc}ID", "VAT")
    totals = _sub(root, f"{cac}LegalMonetaryTotal")
    for name, amount in (
        ("LineExtensionAmount", excluded),
        ("TaxExclusiveAmount", excluded),
        ("TaxInclusiveAmount", excluded + vat),
        ("PayableAmount", excluded + vat),
    ):
        _sub(totals, f"{cbc}{name}", f"{amount:.2f}", currencyID="EUR")
    for n, r in enumerate(b.rows, start=1):
        line = _sub(root, f"{cac}{kind}Line")
        _sub(line, f"{cbc}ID", str(n))
        _sub(line, f"{cbc}{'Credited' if b.credits else 'Invoiced'}Quantity", "1", unitCode="C62")
        _sub(line, f"{cbc}LineExtensionAmount", f"{r.base:.2f}", currencyID="EUR")
        _sub(_sub(line, f"{cac}Item"), f"{cbc}Name", r.name)
        _sub(_sub(line, f"{cac}Price"), f"{cbc}PriceAmount", f"{r.base:.2f}", currencyID="EUR")
    text: str = DECLARATION + etree.tostring(root, encoding="unicode") + "\n"
    return text.encode()


def bank_delivery(messages: Iterable[bytes], sender: str = "003701120389") -> bytes:
    """Finvoice messages as a bank delivers them: each behind its SOAP transport frame."""
    parts = []
    for n, message in enumerate(messages, start=1):
        parts.append(_envelope(f"MSG-{n}", sender))
        parts.append(message)
    return b"".join(parts)


def _envelope(message_id: str, sender: str) -> bytes:
    soap = "http://schemas.xmlsoap.org/soap/envelope/"
    eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd"
    env = etree.Element(f"{{{soap}}}Envelope", nsmap={"SOAP-ENV": soap, "eb": eb})
    header = etree.SubElement(etree.SubElement(env, f"{{{soap}}}Header"), f"{{{eb}}}MessageHeader")
    party = etree.SubElement(etree.SubElement(header, f"{{{eb}}}From"), f"{{{eb}}}PartyId")
    party.text = sender
    data = etree.SubElement(header, f"{{{eb}}}MessageData")
    etree.SubElement(data, f"{{{eb}}}MessageId").text = message_id
    etree.SubElement(env, f"{{{soap}}}Body")
    text: str = DECLARATION + etree.tostring(env, encoding="unicode") + "\n"
    return text.encode()


def csv_text(header: Sequence[str], records: Iterable[Sequence[object]]) -> str:
    """A report in the declared dialect (`csvfiles.Dialect`)."""
    return csvfiles.text_of(header, records)
