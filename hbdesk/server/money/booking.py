"""Booking: a matched item becomes a ledger entry, a held one a held payment for the
caseworker — records authored by the source system (`authored.write`), so they reach the
client's laptops at their next sync like any change, with the source as their author.

Ids come from the issuer's own key: the same item booked again is the same op ("duplicate"),
and an entry booked before the run could note it is found again, never doubled.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.engine import Connection

from hbdesk.models.values import money_str
from hbdesk.models.vocab import PaymentMethod
from hbdesk.protocol import messages as p
from hbdesk.server import authored, store
from hbdesk.server.ids import name_hex, name_uuid
from hbdesk.server.money.matching import Verdict
from hbdesk.server.money.shape import Invoice, Item, Payment, Problem

DEVICE = "server:money"
_IDS = uuid.UUID("3c7d2b1e-8f4a-4e55-9a0c-6d1b5e2f7a90")


def author(item: Item) -> str:
    """The source system as the ledger names it: "e-lasku: Avustajapalvelut Oy"."""
    if isinstance(item, Invoice):
        return f"e-lasku: {item.seller_name}"[:64]
    word = "mobiilimaksu" if item.kind == "mobile" else "palveluseteli"
    return f"{word}: {item.issuer}"[:64]


def entry_id(key: str, on: dt.date) -> str:
    """The entry's id: from the issuer's key (the same item, the same id), led by its day so
    that a month's entries sit together in the server's indexes (fewer pages written)."""
    return f"{on:%Y%m%d}-{name_hex(_IDS, f'entry{key}')[:27]}"


def held_id(key: str) -> str:
    return name_uuid(_IDS, f"held\x1f{key}")


def method(item: Item) -> str:
    if isinstance(item, Invoice):
        return _INVOICE
    return _MOBILE if item.kind == "mobile" else _VOUCHER


# An enum member's .value is a descriptor call: asked for three times per item booked.
_INVOICE = PaymentMethod.INVOICE.value
_MOBILE = PaymentMethod.MOBILE_PAYMENT.value
_VOUCHER = PaymentMethod.SERVICE_VOUCHER.value


def amount(item: Item) -> Decimal:
    return item.total if isinstance(item, Invoice) else item.amount


def day(item: Item, verdict: Verdict) -> dt.date:
    if isinstance(item, Payment):
        return item.spent_on
    if verdict.reverses is not None:  # a credit is dated no earlier than what it reverses
        return max(item.issued_on, verdict.reverses.spent_on)
    return item.service_on


def provider(item: Item) -> str:
    return (item.seller_name if isinstance(item, Invoice) else item.merchant)[:300]


STATES = {"book": "booked", "hold": "flagged", "wait": "queued"}


class Plan(NamedTuple):
    """An item judged, with what its entry or held payment, the run's memory of it and its
    note in `money_items` all say — each worked out once (a month of mobile payments is a
    hundred thousand items; a tuple, made faster than a frozen dataclass)."""

    item: Item
    verdict: Verdict
    key: str
    state: str  # booked | flagged | queued
    day: dt.date
    amount: Decimal
    author: str
    record_id: str | None  # the entry booked, the payment held, or None (queued)


def plan(item: Item, verdict: Verdict) -> Plan:
    state = STATES[verdict.outcome]
    key, on = item.key, day(item, verdict)
    record = (
        entry_id(key, on) if state == "booked" else held_id(key) if state == "flagged" else None
    )
    return Plan(item, verdict, key, state, on, amount(item), author(item), record)


def _spending(plan: Plan) -> dict[str, p.JsonValue]:
    """What an entry and a held payment both say of the spending."""
    item, verdict = plan.item, plan.verdict
    assert verdict.client_id is not None
    return {
        "client_id": verdict.client_id,
        "method": method(item),
        "source": verdict.entry_source,
        "external_ref": item.ref,
        "spent_on": plan.day.isoformat(),
        "amount": money_str(plan.amount),
        "category": verdict.category,
        "provider": provider(item),
        "recorded_by": plan.author,
    }


def entry_fields(plan: Plan, now: str) -> dict[str, p.JsonValue]:
    """A spending entry's fields, as the laptop's generic apply inserts them (its id is
    the op's entity id: one row fewer to store); `now` as ISO text."""
    item, verdict = plan.item, plan.verdict
    assert verdict.decision is not None
    fields = _spending(plan)
    fields["decision_id"] = verdict.decision.id
    fields["chain_id"] = verdict.decision.chain_id
    fields["recorded_at"] = now
    if description := _description(item):  # else the column's own default, ""
        fields["description"] = description
    if verdict.reverses is not None and isinstance(item, Invoice):
        fields["reverses_id"] = verdict.reverses.entry_id
        fields["reason"] = f"Hyvityslasku {item.number} laskusta {item.credits}"
    return fields


def held_fields(plan: Plan, now: str) -> dict[str, p.JsonValue]:
    """A held payment's fields: what the caseworker sees of spending not booked."""
    verdict = plan.verdict
    return _spending(plan) | {
        "id": plan.record_id,
        "decision_id": verdict.decision.id if verdict.decision else None,
        "reason": verdict.reason or "",
        "held_at": now,
        "resolution": None,
        "resolved_on": None,
    }


def _description(item: Item) -> str:
    if isinstance(item, Invoice):
        word = "Hyvityslasku" if item.credit else "Lasku"
        return f"{word} {item.number}" + (f": {item.description}" if item.description else "")
    return f"{item.merchant} ({item.merchant_id})" if item.merchant_id else ""


@dataclass
class Written:
    """What was stored: the items booked or held, and those the store refused."""

    stored: set[str] = field(default_factory=set)  # item keys
    failed: list[Problem] = field(default_factory=list)


def write(conn: Connection, plans: Sequence[Plan], now: dt.datetime) -> Written:
    """Book the "book" plans as entries and the "hold" plans as held payments, inside the
    caller's administration transaction (`db.write_tx`)."""
    done = Written()
    when = now.isoformat()
    groups: dict[tuple[str, str], list[tuple[Plan, authored.Change]]] = {}
    for plan in plans:
        verdict = plan.verdict
        if verdict.outcome == "wait" or verdict.client_id is None:
            continue
        assert plan.record_id is not None
        if verdict.outcome == "book":
            change = authored.Change(
                verdict.client_id,
                "spending_entries",
                plan.record_id,
                entry_fields(plan, when),
                "append",
                key=plan.key,
            )
        elif verdict.outcome == "hold":
            change = authored.Change(
                verdict.client_id,
                "held_payments",
                plan.record_id,
                held_fields(plan, when),
                "upsert",
                key=f"{plan.key}#held",
            )
        else:
            continue  # pragma: no cover - three outcomes only
        groups.setdefault((plan.author, change.kind), []).append((plan, change))
    for (who, _), group in groups.items():
        source = authored.Source(DEVICE, author=who, author_role="source_system")
        results = authored.write_in(conn, source, [c for _, c in group])
        for (plan, _), result in zip(group, results, strict=True):
            _take(done, plan, result)
    return done


def _take(done: Written, plan: Plan, result: store.Judged) -> None:
    # op_id_reused: this key's entry was stored by a run that stopped before noting it
    if result.status in ("stored", "duplicate") or result.reason == p.REJECT_OP_ID_REUSED:
        done.stored.add(plan.key)
    else:
        done.failed.append(
            Problem(
                plan.item.where, "not_stored", f"the server refused to store it ({result.reason})"
            )
        )
