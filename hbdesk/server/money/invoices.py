"""An e-invoice file, Finvoice or UBL, message by message: each an `Invoice` or a `Problem`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from hbdesk.server.money import checks, finvoice, ubl, xmlfiles
from hbdesk.server.money.shape import Invoice, Problem

SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/"


def read(path: Path, today: dt.date) -> Iterator[Invoice | Problem]:
    """Every invoice of the file (FileRefused first if the file as a whole is not taken)."""
    xmlfiles.inspect(path)
    for message in xmlfiles.messages(path):
        where = f"message {message.index}"
        if message.root is None:
            yield Problem(where, "not_xml", message.error)
            continue
        root = message.root
        if etree.QName(root).namespace == SOAP_ENVELOPE:
            continue  # a bank's transport frame in front of the invoice
        yield _invoice(root, where, today)


def _invoice(root: etree._Element, where: str, today: dt.date) -> Invoice | Problem:
    reader = finvoice if finvoice.is_finvoice(root) else ubl if ubl.is_ubl(root) else None
    if reader is None:
        name = checks.shown(etree.QName(root).localname)
        return Problem(where, "unknown_document", f"a <{name}> is neither Finvoice nor UBL")
    number = checks.shown(_number(root))
    named = f"{where} (invoice {number})" if number else where
    try:
        read: Invoice | Problem = reader.read(root, named, today)
        return read
    except checks.Bad as bad:
        return Problem(f"{named}, {bad.field}" if bad.field else named, bad.code, bad.text)


def _number(root: etree._Element) -> str:
    found = root.find("InvoiceDetails/InvoiceNumber")
    if found is None:
        found = root.find("cbc:ID", ubl.NS)
    return (found.text or "").strip() if found is not None else ""
