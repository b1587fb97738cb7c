"""The one internal shape of what the county's systems send, whatever the file's format."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar, overload

MAX_FILE_BYTES = 100 * 1024 * 1024  # a month of a county's mobile payments is ~10 MB
MAX_MESSAGE_BYTES = 2 * 1024 * 1024  # one e-invoice with its rows (attachments travel apart)


T = TypeVar("T")


class once(Generic[T]):
    """`functools.cached_property` without its lock: Python 3.11's takes one at every first
    read (an item's key and digest: two per item, a hundred thousand items a run). The
    value is kept in the instance's own dict, read from there after the first time."""

    def __init__(self, make: Callable[[Any], T]) -> None:
        self.make = make
        self.name = make.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> once[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | once[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.make(obj)
        return value


class FileRefused(Exception):
    """The whole file is refused before anything of it is booked."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        super().__init__(f"{code}: {text}")


@dataclass(frozen=True)
class Problem:
    """An item that cannot be taken in: where it is in the file, and why in words."""

    where: str  # "line 17", "message 3 (invoice 1012), InvoiceDetails/InvoiceNumber"
    code: str
    text: str


@dataclass(frozen=True)
class Invoice:
    """An e-invoice or credit note (Finvoice or UBL): what the ledger needs of it."""

    where: str
    format: str  # "finvoice" | "ubl"
    seller_id: str  # the seller's business id (Y-tunnus "1234567-8") or "scheme:id"
    seller_name: str
    number: str
    issued_on: dt.date
    service_on: dt.date  # delivery day or the end of the invoiced period, else the issue day
    total: Decimal  # VAT included; negative on a credit note
    vat: Decimal
    references: tuple[str, ...]  # the county's references it quotes, in the order tried
    credits: str | None = None  # a credit note: the number of the invoice it credits
    description: str = ""

    @property
    def credit(self) -> bool:
        return self.credits is not None

    @once  # asked for many times while the item is judged and booked
    def key(self) -> str:
        """The issuer's own id: the same invoice from any file, in any format, is this."""
        return f"invoice:{self.seller_id}:{self.number}"

    @property
    def ref(self) -> str:
        """Its `external_ref` on the ledger (unique per source on the laptop)."""
        return f"{self.seller_id}:{self.number}"[:100]

    def digest(self) -> str:
        """What the invoice says, format aside: a changed resend has another digest."""
        return self._said

    @once
    def _said(self) -> str:
        return _digest(
            [self.seller_id, self.number, str(self.total), str(self.service_on), self.credits]
        )


Kind = Literal["mobile", "voucher"]


@dataclass(frozen=True)
class Payment:
    """A mobile payment or a redeemed service voucher, one row of the provider's report."""

    where: str
    kind: Kind
    issuer: str  # the reporting system, as the county names it ("ePassi", "Palse")
    means: str  # the card or account id (mobile), the voucher id (voucher)
    txn: str  # the issuer's own id of the row
    merchant: str
    merchant_id: str
    category: str  # as the provider wrote it (mobile); "" for a voucher
    amount: Decimal
    spent_on: dt.date

    @once  # asked for many times while the item is judged and booked
    def key(self) -> str:
        return f"{self.kind}:{self.issuer}:{self.txn}"

    @property
    def ref(self) -> str:
        return f"{self.issuer}:{self.txn}"[:100]

    def digest(self) -> str:
        return self._said

    @once
    def _said(self) -> str:
        return _digest([self.means, self.merchant, str(self.amount), str(self.spent_on)])


Item = Invoice | Payment


def _digest(parts: list[str | None]) -> str:
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode()).hexdigest()


def to_json(item: Item) -> str:
    """An item as kept in the queue (so a person can book it later)."""
    data: dict[str, Any] = asdict(item)
    data["type"] = type(item).__name__
    return json.dumps(data, default=str, ensure_ascii=False)


def from_json(text: str) -> Item:
    data = json.loads(text)
    kind = data.pop("type")
    for name in ("issued_on", "service_on", "spent_on"):
        if name in data:
            data[name] = dt.date.fromisoformat(data[name])
    for name in ("total", "vat", "amount"):
        if name in data:
            data[name] = Decimal(data[name])
    if kind == "Invoice":
        data["references"] = tuple(data["references"])
        return Invoice(**data)
    return Payment(**data)
