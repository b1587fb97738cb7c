"""Mobile-payment reports and redeemed-voucher reports (CSV) into the internal `Payment`.

Mobile payments (a file per day or month from the provider, ePassi-like), columns:
    transaction_id (optional: else derived from the row), card_id, merchant,
    merchant_id (optional), category, amount, time (ISO 8601; local time when no offset)
Redeemed service vouchers (from the voucher system), columns:
    redemption_id (optional: else derived from the row), voucher_id, provider,
    provider_id (optional), category (optional), amount, date
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from hbdesk.server import clock
from hbdesk.server.money import checks, csvfiles
from hbdesk.server.money.shape import Payment, Problem

MAX_MOBILE = Decimal("5000.00")  # one card payment; more is a typing slip or worse
MAX_VOUCHER = Decimal("20000.00")
MOBILE_COLUMNS = ("card_id", "merchant", "category", "amount", "time")
MOBILE_OPTIONAL = ("transaction_id", "merchant_id")
VOUCHER_COLUMNS = ("voucher_id", "provider", "amount", "date")
VOUCHER_OPTIONAL = ("redemption_id", "provider_id", "category")


def read_mobile(path: Path, issuer: str, today: dt.date) -> Iterator[Payment | Problem]:
    """Each row of a mobile-payment report (FileRefused first for the file as a whole)."""
    return _read(path, MOBILE_COLUMNS, MOBILE_OPTIONAL, lambda r, w: _mobile(r, w, issuer, today))


def read_vouchers(path: Path, issuer: str, today: dt.date) -> Iterator[Payment | Problem]:
    """Each row of a redeemed-voucher report."""
    return _read(
        path, VOUCHER_COLUMNS, VOUCHER_OPTIONAL, lambda r, w: _voucher(r, w, issuer, today)
    )


def _read(
    path: Path,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    make: Callable[[dict[str, str], str], Payment],
) -> Iterator[Payment | Problem]:
    csvfiles.inspect(path)
    for line, row in csvfiles.rows(path, required, optional):
        where = f"line {line}"
        if row is None:
            yield Problem(where, "bad_row", "the row does not have one value for each column")
            continue
        try:
            yield make(row, where)
        except checks.Bad as bad:
            yield Problem(f"{where}, {bad.field}" if bad.field else where, bad.code, bad.text)


# Checks of values a report repeats row after row (its cards, merchants, categories: a few
# thousand at most), each value judged once; a refusal is raised again each time.
_identifier = functools.lru_cache(maxsize=4096)(checks.identifier)
_text = functools.lru_cache(maxsize=4096)(checks.text)


def _mobile(row: dict[str, str], where: str, issuer: str, today: dt.date) -> Payment:
    card = _identifier(row["card_id"], "card_id")
    merchant = _text(row["merchant"], "merchant", most=200)
    amount = checks.amount(row["amount"], "amount", most=MAX_MOBILE)
    spent_on = checks.day(_local_day(row["time"]), "time", today)
    category = _text(row["category"], "category", most=100, required=False)
    txn = row.get("transaction_id", "").strip()
    txn = checks.identifier(txn, "transaction_id") if txn else _derived(row, MOBILE_COLUMNS)
    return Payment(
        where=where,
        kind="mobile",
        issuer=issuer,
        means=card,
        txn=txn,
        merchant=merchant,
        merchant_id=_text(row.get("merchant_id"), "merchant_id", most=64, required=False),
        category=category,
        amount=amount,
        spent_on=spent_on,
    )


def _voucher(row: dict[str, str], where: str, issuer: str, today: dt.date) -> Payment:
    voucher = _identifier(row["voucher_id"], "voucher_id")
    txn = row.get("redemption_id", "").strip()
    return Payment(
        where=where,
        kind="voucher",
        issuer=issuer,
        means=voucher,
        txn=checks.identifier(txn, "redemption_id") if txn else _derived(row, VOUCHER_COLUMNS),
        merchant=_text(row["provider"], "provider", most=200),
        merchant_id=_text(row.get("provider_id"), "provider_id", most=64, required=False),
        category=_text(row.get("category"), "category", most=100, required=False),
        amount=checks.amount(row["amount"], "amount", most=MAX_VOUCHER),
        spent_on=checks.iso_day(row["date"], "date", today),
    )


def _local_day(text: str) -> dt.date:
    value = (text or "").strip()
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise checks.Bad(
            "not_a_time", f"'{checks.shown(value)}' is not a time (YYYY-MM-DDTHH:MM)", "time"
        ) from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(clock.HELSINKI)
        except OverflowError:  # 0001-01-01T00:00+02:00: no day of Helsinki's; the row's refusal
            raise checks.Bad(
                "not_a_time", f"'{checks.shown(value)}' is out of range", "time"
            ) from None
    return moment.date()


def _derived(row: dict[str, str], columns: tuple[str, ...]) -> str:
    """A row's id when the provider gives none: the same row is always the same payment."""
    parts = "\x1f".join(row.get(c, "").strip() for c in columns)
    return "row-" + hashlib.sha256(parts.encode()).hexdigest()[:24]
