"""Direct payments out: the county pays the client's own share to their own account.

The payments to make come in as a CSV the county's payment officer keeps, columns
    payout_id;client_id;amount;iban;name;due_date;message
(`payout_id` is the county's own id of the payment: at most 35 characters, it travels as
the transfer's end-to-end id). IBANs are checked with schwifty; the client must be open and
have a decision in force on the due day. `batch` writes the planned payments as one SEPA
credit transfer file (ISO 20022 pain.001, by sepaxml, validated against the schema sepaxml
ships) for the county's bank, and books each as a direct payment in the client's ledger
(authored "maksatus: <the county>"); the client then reports receipts against it.

A payment goes into one batch only: the batch is noted, with its file's text, before the
file is written, so a run stopped half-way is finished by `batch` again (the entries are
keyed by the payout id) and a lost file is written again from the record, never paid twice.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from sepaxml import SepaTransfer
from sqlalchemy import Engine, insert, select, update

from hbdesk.models.values import money_str
from hbdesk.models.vocab import EntrySource, PaymentMethod
from hbdesk.protocol import messages as p
from hbdesk.server import authored, clock, db
from hbdesk.server.money import checks, csvfiles, tables
from hbdesk.server.money.knowledge import Knowledge, in_force
from hbdesk.server.money.shape import Problem
from hbdesk.server.scope import now_utc

SCHEMA = "pain.001.001.03"  # what Finnish banks take; sepaxml ships its XSD
COLUMNS = ("payout_id", "client_id", "amount", "iban", "name", "due_date", "message")
MAX_PAYOUT = Decimal("20000.00")
PROVIDER = "Suoramaksu asiakkaan tilille"


@dataclass
class Loaded:
    planned: int = 0
    already: int = 0
    refused: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Debtor:
    """The county's own account the payments leave from."""

    name: str
    iban: str
    bic: str | None = None


@dataclass(frozen=True)
class Batch:
    batch_id: str
    count: int
    total: Decimal
    path: Path
    booked: int


class PayoutError(Exception):
    def __init__(self, code: str, text: str) -> None:
        self.code, self.text = code, text
        super().__init__(f"{code}: {text}")


def iban(value: str, field_name: str = "iban") -> str:
    """An IBAN in its compact form, checked (country, length, check digits)."""
    try:
        return str(IBAN(value).compact)
    except (SchwiftyException, ValueError):
        raise checks.Bad(
            "not_an_iban", f"'{checks.shown(value)}' is not a valid IBAN", field_name
        ) from None


def load(engine: Engine, path: Path, today: dt.date | None = None) -> Loaded:
    """Plan the payments of a payout file (each row on its own; a bad row is named)."""
    csvfiles.inspect(path)
    day, done, k = today or clock.today(), Loaded(), Knowledge(engine)
    rows: list[dict[str, object]] = []
    for line, row in csvfiles.rows(path, COLUMNS):
        try:
            if row is None:
                raise checks.Bad("bad_row", "the row does not have one value for each column")
            rows.append(_planned(row, k, day))
        except checks.Bad as bad:
            where = f"line {line}, {bad.field}" if bad.field else f"line {line}"
            done.refused.append(Problem(where, bad.code, bad.text))
    with db.write_tx(engine) as conn:
        known = set(
            conn.execute(
                select(tables.payouts.c.payout_id).where(
                    tables.payouts.c.payout_id.in_([r["payout_id"] for r in rows])
                )
            ).scalars()
        )
        new = [r for r in rows if r["payout_id"] not in known]
        if new:
            conn.execute(insert(tables.payouts), new)
    done.planned, done.already = len(new), len(rows) - len(new)
    return done


def _planned(row: dict[str, str], k: Knowledge, today: dt.date) -> dict[str, object]:
    client_id = checks.identifier(row["client_id"], "client_id")
    due = checks.iso_day(row["due_date"], "due_date", dt.date.max)
    if due < today:
        raise checks.Bad("past_date", f"the due date {due} has passed", "due_date")
    k.prefetch([client_id], (), ())
    if not k.open_clients.get(client_id, False):
        raise checks.Bad("unknown_client", "no open client with this id on the server", "client_id")
    decision = next(
        (d for chain in k.decisions.get(client_id, []) if (d := in_force(chain, due))), None
    )
    if decision is None:
        raise checks.Bad(
            "no_decision", "no decision of the client is in force on the due date", "due_date"
        )
    return {
        "payout_id": checks.identifier(row["payout_id"], "payout_id", most=35),
        "client_id": client_id,
        "decision_id": decision.id,
        "amount": str(checks.amount(row["amount"], "amount", most=MAX_PAYOUT)),
        "iban": iban(row["iban"]),
        "name": checks.text(row["name"], "name", most=70),
        "due_on": due,
        "message": checks.text(row["message"], "message", most=140),
        "state": "planned",
        "batch_id": None,
        "entry_id": None,
        "added_at": now_utc(),
    }


def batch(
    engine: Engine,
    out: Path,
    debtor: Debtor,
    *,
    execution: dt.date | None = None,
    by: str = "money payouts",
) -> Batch:
    """Write the planned payments as one pain.001 file and book them (see the module doc)."""
    when = execution or clock.today()
    try:
        payer = Debtor(debtor.name, iban(debtor.iban, "debtor iban"), debtor.bic)
    except checks.Bad as bad:
        raise PayoutError("debtor_iban", f"the county's account: {bad.text}") from None
    with db.read_tx(engine) as conn:
        planned = conn.execute(
            select(tables.payouts)
            .where(tables.payouts.c.state == "planned")
            .order_by(tables.payouts.c.payout_id)
        ).all()
    if not planned:
        raise PayoutError("nothing_planned", "no payments are waiting to be paid")
    transfer, total = _transfer(payer, planned, when)
    xml = transfer.export(validate=True)  # raises if the file would not match the XSD
    batch_id = transfer.msg_id
    with db.write_tx(engine) as conn:
        conn.execute(
            insert(tables.batches).values(
                batch_id=batch_id,
                created_at=now_utc(),
                count=str(len(planned)),
                total=str(total),
                xml=xml.decode(),
            )
        )
        conn.execute(
            update(tables.payouts)
            .where(tables.payouts.c.payout_id.in_([r.payout_id for r in planned]))
            .values(state="sent", batch_id=batch_id)
        )
    write_atomically(out, xml)
    booked = book_sent(engine, payer.name, when)
    return Batch(batch_id, len(planned), total, out, booked)


def _transfer(payer: Debtor, planned: Sequence[Any], when: dt.date) -> tuple[SepaTransfer, Decimal]:
    config: dict[str, object] = {
        "name": payer.name,
        "IBAN": payer.iban,
        "batch": True,
        "currency": "EUR",
    }
    if payer.bic:
        config["BIC"] = payer.bic
    transfer = SepaTransfer(config, schema=SCHEMA, clean=True)
    total = Decimal(0)
    for r in planned:
        amount = Decimal(r.amount)
        total += amount
        transfer.add_payment(
            {
                "name": r.name,
                "IBAN": r.iban,
                "amount": int(amount * 100),
                "execution_date": max(when, r.due_on),
                "description": r.message,
                "endtoend_id": r.payout_id,
            }
        )
    return transfer, total


def book_sent(engine: Engine, county: str, when: dt.date) -> int:
    """Book every sent payment not booked yet as a direct payment (keyed: never twice)."""
    with db.read_tx(engine) as conn:
        sent = conn.execute(
            select(tables.payouts).where(
                tables.payouts.c.state == "sent", tables.payouts.c.entry_id.is_(None)
            )
        ).all()
    if not sent:
        return 0
    source = authored.Source(
        "server:money", author=f"maksatus: {county}"[:64], author_role="source_system"
    )
    k = Knowledge(engine)
    k.prefetch({r.client_id for r in sent}, (), ())
    chain_of = {d.id: d.chain_id for chains in k.decisions.values() for c in chains for d in c}
    changes = [_entry(r, chain_of.get(r.decision_id, r.decision_id), source, when) for r in sent]
    results = authored.write(engine, source, changes)
    stored = [
        (r.payout_id, c.entity_id)
        for r, c, res in zip(sent, changes, results, strict=True)
        if res.status in ("stored", "duplicate") or res.reason == p.REJECT_OP_ID_REUSED
    ]
    with db.write_tx(engine) as conn:
        for payout_id, entry_id in stored:
            conn.execute(
                update(tables.payouts)
                .where(tables.payouts.c.payout_id == payout_id)
                .values(entry_id=entry_id)
            )
    return len(stored)


def _entry(r, chain_id: str, source: authored.Source, when: dt.date) -> authored.Change:  # type: ignore[no-untyped-def]
    from hbdesk.server.money.booking import entry_id

    key = f"payout:{r.payout_id}"
    eid = entry_id(key, max(when, r.due_on))
    return authored.Change(
        r.client_id,
        "spending_entries",
        eid,
        {
            "id": eid,
            "client_id": r.client_id,
            "decision_id": r.decision_id,
            "chain_id": chain_id,
            "method": PaymentMethod.DIRECT_PAYMENT.value,
            "source": EntrySource.PAYMENT_SYSTEM.value,
            "external_ref": f"maksatus:{r.payout_id}",
            "spent_on": max(when, r.due_on).isoformat(),
            "amount": money_str(Decimal(r.amount)),
            "category": "other",
            "provider": PROVIDER,
            "description": r.message,
            "recorded_by": source.author,
            "recorded_at": now_utc().isoformat(),
        },
        key=key,
    )


def rewrite(engine: Engine, batch_id: str, out: Path) -> Path:
    """A batch's file again, exactly as first written (the file was lost)."""
    with db.read_tx(engine) as conn:
        xml = conn.execute(
            select(tables.batches.c.xml).where(tables.batches.c.batch_id == batch_id)
        ).scalar()
    if xml is None:
        raise PayoutError("not_found", "no such batch")
    write_atomically(out, xml.encode())
    return out


def write_atomically(path: Path, data: bytes) -> None:
    """The whole file or none of it (a temporary beside it, renamed)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
