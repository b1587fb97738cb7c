"""A month of the demo county's money files, written from what this server knows (kept
beside the demo data: run it on a server the demo laptops have synced with).

For each open client whose decision covers the month: an e-invoice for each payment
commitment printed on the laptop (its reference quoted, the provider of its budget line as
the seller, a monthly share of its sum), mobile payments at the providers of the client's
sports, culture and leisure lines on the client's card, and a redeemed voucher for the
client's cleaning or home-help line. Clients without a card or voucher get one in the
register files written beside (`cards.csv`, `vouchers-register.csv`: load them with
`hbdesk-server money register`).

With a few deliberate problems, listed in problems-YYYY-MM.txt: an invoice quoting a
reference the county never gave, the first invoice again in a second file (Peppol UBL), an
extra visit billed and then credited (a credit note), a payment at a gambling merchant, and
a payment on the card of a client whose decision had already ended.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import Engine, select
from stdnum.fi import ytunnus

from hbdesk.server import db
from hbdesk.server.money import demo_files, tables
from hbdesk.server.money.demo_files import Row
from hbdesk.server.money.knowledge import (
    Commitment,
    Decision,
    Knowledge,
    in_force,
    load_commitments,
)

CARD = frozenset({"sports", "culture", "leisure", "course", "peer_support"})
VOUCHER = frozenset({"cleaning", "home_help"})
GAMBLING_MERCHANT = "Pelipiste Onnenpyörä"
UNKNOWN_REFERENCE = "TIL-0000-TUNTEMATON"
CENT = Decimal("0.01")


@dataclass
class Account:
    client_id: str
    decision: Decision  # governing the month (or, ended, the last one)
    lines: list[dict[str, str]] = field(default_factory=list)  # budget lines' fields
    commitments: list[Commitment] = field(default_factory=list)
    cards: list[str] = field(default_factory=list)
    vouchers: list[str] = field(default_factory=list)

    def has(self, kinds: frozenset[str]) -> list[dict[str, str]]:
        return [line for line in self.lines if line.get("category") in kinds]


@dataclass
class MonthFiles:
    invoices: Path
    peppol: Path
    mobile: Path
    vouchers: Path
    registers: list[Path]
    problems: Path


def business_id(name: str) -> str:
    """A stable, valid fictional business id (Y-tunnus) for a provider's name."""
    seed = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    for step in range(100):
        digits = f"{(seed + step) % 10_000_000:07d}"
        for check in "0123456789":
            if ytunnus.is_valid(digits + check):
                return ytunnus.format(digits + check)
    raise ValueError("no business id")  # pragma: no cover - one of ten digits always fits


def accounts(engine: Engine, first: dt.date, last: dt.date) -> list[Account]:
    """The open clients with a decision, what the month's files need of each."""
    with db.read_tx(engine) as conn:
        clients = sorted(
            conn.execute(
                select(db.clients.c.client_id).where(db.clients.c.closed_at.is_(None))
            ).scalars()
        )
        means = conn.execute(select(tables.register)).all()
    k = Knowledge(engine)
    k.prefetch(clients, (), ())
    lines = _lines(engine, clients)
    by_client: dict[str, list[Commitment]] = defaultdict(list)
    for commitments in load_commitments(engine).values():
        for c in commitments:
            by_client[c.client_id].append(c)
    found = []
    for client_id in clients:
        chains = k.decisions.get(client_id, [])
        decision = next(
            (d for c in chains for day in (first, last) if (d := in_force(c, day))), None
        )
        if decision is None and chains:
            decision = max((c[-1] for c in chains), key=lambda d: d.valid_to)
        if decision is None or decision.valid_to < first - dt.timedelta(days=120):
            continue
        found.append(
            Account(
                client_id,
                decision,
                lines.get(client_id, []),
                sorted(by_client[client_id], key=lambda c: c.reference),
            )
        )
    own = {a.client_id: a for a in found}
    for m in means:
        if m.client_id in own:
            (
                own[m.client_id].cards
                if m.kind == "card"
                else own[m.client_id].vouchers
                if m.kind == "voucher"
                else []
            ).append(m.ref)
    return found


def _lines(engine: Engine, clients: list[str]) -> dict[str, list[dict[str, str]]]:
    fs = db.field_state
    records: dict[str, dict[str, str]] = defaultdict(dict)
    with db.read_tx(engine) as conn:
        for start in range(0, len(clients), 500):
            for r in conn.execute(
                select(fs.c.entity_id, fs.c.client_id, fs.c.field, fs.c.value).where(
                    fs.c.client_id.in_(clients[start : start + 500]),
                    fs.c.entity == "budget_lines",
                    fs.c.field.in_(
                        ("provider", "category", "description", "unit_price", "client_id")
                    ),
                )
            ):
                records[r.entity_id][r.field] = json.loads(r.value) if r.value else ""
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    for record in records.values():
        if record.get("client_id"):
            found[record["client_id"]].append(record)
    return found


def write_month(
    engine: Engine, out: Path, month: dt.date, *, seed: int = 1, issuer: str = "ePassi"
) -> MonthFiles:
    """The month's files in `out` (see the module doc)."""
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)  # noqa: S311 - synthetic data
    found = accounts(engine, first, last)
    registers = _assign_means(found, out)
    active = [a for a in found if a.decision.valid_from <= last and first <= a.decision.valid_to]
    notes: list[str] = []
    messages, peppol = _invoices(active, first, last, rng, notes)
    tag = f"{first:%Y-%m}"
    files = MonthFiles(
        out / f"einvoices-{tag}.xml",
        out / f"peppol-{tag}.xml",
        out / f"mobile-{tag}.csv",
        out / f"vouchers-{tag}.csv",
        registers,
        out / f"problems-{tag}.txt",
    )
    files.invoices.write_bytes(demo_files.bank_delivery(messages))
    files.peppol.write_bytes(b"".join(peppol))
    files.mobile.write_text(_mobile(found, first, last, rng, notes), encoding="utf-8")
    files.vouchers.write_text(_vouchers(active, first, last, rng), encoding="utf-8")
    files.problems.write_text("\n".join(notes) + "\n", encoding="utf-8")
    return files


def _assign_means(found: list[Account], out: Path) -> list[Path]:
    """A card for each client with card spending, a voucher for each with voucher spending,
    where the register has none; written as register files beside the month's files."""
    cards, vouchers = [], []
    for a in found:
        tag = hashlib.sha256(a.client_id.encode()).hexdigest()[:10].upper()
        if a.has(CARD) and not a.cards:
            a.cards.append(f"EP-{tag}")
            cards.append((a.cards[0], a.client_id))
        if a.has(VOUCHER) and not a.vouchers:
            a.vouchers.append(f"PS-{tag}")
            vouchers.append((a.vouchers[0], a.client_id))
    written = []
    for name, pairs in (("cards.csv", cards), ("vouchers-register.csv", vouchers)):
        if pairs:
            path = out / name
            path.write_text(demo_files.csv_text(("ref", "client_id"), pairs), encoding="utf-8")
            written.append(path)
    return written


def _invoices(
    active: list[Account], first: dt.date, last: dt.date, rng: random.Random, notes: list[str]
) -> tuple[list[bytes], list[bytes]]:
    messages: list[bytes] = []
    peppol: list[bytes] = []
    made: list[dict[str, object]] = []
    for a in active:
        for c in a.commitments:
            if not (c.valid_from <= last and first <= c.valid_to):
                continue
            months = max(1, round((c.valid_to - c.valid_from).days / 30.4))
            share = (c.total / months * Decimal("0.9")).quantize(CENT, rounding=ROUND_HALF_UP)
            rows = [Row(f"{c.provider}: palvelu {first:%m/%Y}", share, Decimal(0))]
            if rng.random() < 0.3 and share > 50:
                rows = [
                    Row(rows[0].name, share - 20, Decimal(0)),
                    Row("Matkakulut", Decimal("15.94"), Decimal("25.5")),
                ]
            args = {
                "seller_id": business_id(c.provider),
                "seller_name": c.provider,
                "number": f"{first:%Y%m}-{len(made) + 1:04d}",
                "issued": last,
                "rows": rows,
                "references": (c.reference,),
                "delivered": last,
            }
            made.append(args)
            messages.append(demo_files.finvoice(**args))
    if made:
        head = made[0]
        peppol.append(demo_files.ubl(**head))
        notes.append(f"duplicate: invoice {head['number']} again as Peppol UBL in the peppol file")
        visit = {
            **head,
            "number": f"{first:%Y%m}-8000",
            "rows": [Row("Lisäkäynti", Decimal("56.00"), Decimal(0))],
        }
        messages.append(demo_files.finvoice(**visit))
        credit = {**visit, "number": f"{visit['number']}-H", "credits": visit["number"]}
        messages.append(demo_files.finvoice(**credit))
        notes.append(
            f"credit note: {credit['number']} credits invoice {visit['number']} (a visit cancelled)"
        )
        unknown = {**head, "number": f"{first:%Y%m}-9999", "references": (UNKNOWN_REFERENCE,)}
        messages.append(demo_files.finvoice(**unknown))
        notes.append(f"unknown reference: invoice {unknown['number']} quotes {UNKNOWN_REFERENCE}")
    return messages, peppol


def _mobile(
    found: list[Account], first: dt.date, last: dt.date, rng: random.Random, notes: list[str]
) -> str:
    records: list[list[object]] = []
    days = (last - first).days
    for a in found:
        if not a.cards:
            continue
        active = a.decision.valid_from <= last and first <= a.decision.valid_to
        for line in a.has(CARD) if active else []:
            for _ in range(rng.randint(2, 5)):
                price = Decimal(str(line.get("unit_price") or "10"))
                amount = max(
                    Decimal("1.00"), (price * Decimal(rng.randint(30, 100)) / 100).quantize(CENT)
                )
                when = dt.datetime.combine(
                    first + dt.timedelta(days=rng.randint(0, days)),
                    dt.time(rng.randint(8, 20), rng.randint(0, 59)),
                )
                records.append(
                    [
                        f"T{len(records) + 1:07d}",
                        a.cards[0],
                        line.get("provider") or "Kauppa",
                        line.get("category"),
                        _fi(amount),
                        when.isoformat(timespec="minutes"),
                    ]
                )
    with_cards = [
        a
        for a in found
        if a.cards and a.decision.valid_from <= last and first <= a.decision.valid_to
    ]
    if with_cards:
        a = with_cards[0]
        records.append(
            [
                f"T{len(records) + 1:07d}",
                a.cards[0],
                GAMBLING_MERCHANT,
                "gambling",
                "50,00",
                f"{first + dt.timedelta(days=9)}T21:15",
            ]
        )
        notes.append(f"gambling: {records[-1][0]} at {GAMBLING_MERCHANT} on card {a.cards[0]}")
    ended = [a for a in found if a.cards and a.decision.valid_to < last]
    if ended:
        a = ended[0]
        day = max(first, a.decision.valid_to + dt.timedelta(days=1))
        records.append(
            [
                f"T{len(records) + 1:07d}",
                a.cards[0],
                "Uimahalli Aalto",
                "sports",
                "6,50",
                f"{day}T10:30",
            ]
        )
        notes.append(
            f"after expiry: {records[-1][0]} on card {a.cards[0]}, "
            f"decision ended {a.decision.valid_to}"
        )
    else:
        notes.append("after expiry: no client with a card and an ended decision on this server")
    header = ("transaction_id", "card_id", "merchant", "category", "amount", "time")
    return demo_files.csv_text(header, records)


def _vouchers(active: list[Account], first: dt.date, last: dt.date, rng: random.Random) -> str:
    records: list[list[object]] = []
    for a in active:
        lines = a.has(VOUCHER)
        for voucher, line in zip(a.vouchers, lines, strict=False):
            price = Decimal(str(line.get("unit_price") or "40"))
            amount = (price * rng.randint(2, 4)).quantize(CENT)
            day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
            provider = line.get("provider") or "Palveluntuottaja"
            redemption = f"R{first:%Y%m}-{len(records) + 1:05d}"
            records.append(
                [
                    redemption,
                    voucher,
                    provider,
                    business_id(provider),
                    line.get("category"),
                    _fi(amount),
                    day.isoformat(),
                ]
            )
    header = (
        "redemption_id",
        "voucher_id",
        "provider",
        "provider_id",
        "category",
        "amount",
        "date",
    )
    return demo_files.csv_text(header, records)


def _fi(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")
