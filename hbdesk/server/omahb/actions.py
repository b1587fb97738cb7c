"""What the client (or their authorised person) does in Oma HB, written as their changes.

Each action is checked against the client's synced records, then written through
`hbdesk.server.authored` as the record it makes plus a `web_actions` record saying who did
it (by name, under which mandate, identified how) — both in one push, so they reach the
caseworker's laptop together at its next sync. The author of every op is the person who
acted: "client", or "authorised_person:<mandate id>" — never the client for someone else.

Ids are derived, not random: an invoice's confirmation from the invoice (a second word on
the same invoice is refused by the store itself, whoever comes first), any other record
from the form's one-time nonce (a form sent twice is stored once).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from hbdesk.models import codec
from hbdesk.models.balance import SpendingRow
from hbdesk.models.base import Base, utcnow
from hbdesk.models.errors import DomainError
from hbdesk.models.followup import GAS_MAX, GAS_MIN, GoalProgress
from hbdesk.models.identity import identity_code
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport
from hbdesk.models.mandate import Mandate, WebActionRecord, check_period
from hbdesk.models.values import parse_money
from hbdesk.models.vocab import (
    EntryStatus,
    MandateBasis,
    PaymentMethod,
    Verdict,
    WebAction,
)
from hbdesk.protocol import messages as p
from hbdesk.server import authored, db
from hbdesk.server.omahb import content, records
from hbdesk.server.omahb.identity import Access
from hbdesk.server.omahb.security import Login
from hbdesk.server.omahb.settings import Settings

log = logging.getLogger("hbdesk.server.omahb")

DEVICE = "server:oma-hb"
MAX_WORDS = 2000  # characters of a reason, a note, a description typed in Oma HB
_NAMESPACE = uuid.UUID("0b9e5c1e-6f7a-4d1b-8a52-3c2b7f0e9d14")


class Refusal(Exception):
    """Why an action was not done, as a message code the page words."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Done:
    code: str  # "stored" | "duplicate"
    record_id: str


def _derived(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def _source(access: Access) -> authored.Source:
    if access.own:
        return authored.Source(DEVICE, author="client", author_role="client")
    return authored.Source(
        DEVICE, author=f"authorised_person:{access.mandate_id}", author_role="authorised_person"
    )


def _fields(model: type[Base], values: Mapping[str, object]) -> dict[str, p.JsonValue]:
    table = model.__table__
    return {name: codec.to_json(table.c[name], value) for name, value in values.items()}


def _words(text: object, *, required: bool) -> str:
    value = str(text or "").strip()
    if required and not value:
        raise Refusal("words_required")
    if len(value) > MAX_WORDS or "\x00" in value:
        raise Refusal("words_too_long")
    return value


def _write(
    settings: Settings,
    access: Access,
    login: Login,
    action: WebAction,
    model: type[Base],
    record_id: str,
    values: Mapping[str, object],
    kind: str = "append",
) -> Done:
    """The record and who made it, in one push; Refusal if the store would not take it."""
    web = {
        "id": _derived("web_actions", model.__tablename__, record_id, action.value),
        "client_id": access.client_id,
        "action": action.value,
        "record_table": model.__tablename__,
        "record_id": record_id,
        "actor": access.as_role,
        "actor_name": login.name[:200],
        "mandate_id": access.mandate_id,
        "identified_with": login.identified_with[:200],
        "acted_at": utcnow(),
    }
    changes = [
        authored.Change(
            access.client_id,
            model.__tablename__,
            record_id,
            _fields(model, values),
            kind,  # type: ignore[arg-type]
        ),
        authored.Change(
            access.client_id, "web_actions", web["id"], _fields(WebActionRecord, web), "append"
        ),
    ]
    first = authored.write(settings.engine, _source(access), changes)[0]
    if first.status == "rejected":
        if first.reason == p.REJECT_APPEND_EXISTS:
            return Done("duplicate", record_id)
        log.warning("Oma HB change refused by the store: %s", first.reason)  # a code only
        raise Refusal("not_stored")
    return Done(first.status, record_id)


# --- invoices ---------------------------------------------------------------------------


def confirm_invoice(
    settings: Settings,
    access: Access,
    login: Login,
    entry_id: str,
    verdict: str,
    reason: object,
) -> Done:
    """The client's word on an invoice: correct, or not recognised (with a reason)."""
    if not access.may_confirm:
        raise Refusal("not_allowed")
    if verdict not in (Verdict.CORRECT, Verdict.DISPUTED):
        raise Refusal("choose_verdict")
    words = _words(reason, required=verdict == Verdict.DISPUTED)
    today = settings.day()
    row = _row(settings, access, entry_id, today)
    if row is None or row.entry.method != PaymentMethod.INVOICE:
        raise Refusal("not_found")
    if row.confirmed_by is not None:
        raise Refusal("already_confirmed")
    if row.status == EntryStatus.REVERSED or row.entry.reverses_id:
        raise Refusal("handled_by_worker")
    record_id = _derived("invoice_confirmations", entry_id)
    values = {
        "id": record_id,
        "entry_id": entry_id,
        "client_id": access.client_id,
        "verdict": verdict,
        "confirmed_by": access.as_role,
        "confirmed_on": max(today, row.entry.spent_on),
        "comment": words or None,
        "confirmed_at": utcnow(),
    }
    action = WebAction.CONFIRM_INVOICE if verdict == Verdict.CORRECT else WebAction.DISPUTE_INVOICE
    done = _write(settings, access, login, action, InvoiceConfirmation, record_id, values)
    if done.code == "duplicate":
        raise Refusal("already_confirmed")
    return done


def _row(settings: Settings, access: Access, entry_id: str, today: dt.date) -> SpendingRow | None:
    """The client's spending entry with its state today (read, then let go: the write that
    follows takes the server's write lock itself)."""
    with db.read_tx(settings.engine) as conn:
        recs = records.load(conn, access.client_id, content.MONEY_MODELS)
    for state in content.money(recs, today):
        for row in state.rows:
            if row.entry.id == entry_id:
                return row
    return None


# --- receipts ---------------------------------------------------------------------------


def receipt_fits(settings: Settings, access: Access, entry_id: str, amount: object) -> Decimal:
    """The receipt's amount, if the payment is the client's, open, and not yet covered."""
    if not access.own:
        raise Refusal("not_allowed")
    try:
        value = parse_money(amount)
    except (DomainError, InvalidOperation):
        raise Refusal("bad_amount") from None
    row = _row(settings, access, entry_id, settings.day())
    if row is None or row.entry.method != PaymentMethod.DIRECT_PAYMENT or row.entry.reverses_id:
        raise Refusal("not_found")
    if row.status == EntryStatus.REVERSED:
        raise Refusal("handled_by_worker")
    if row.receipts_total + value > row.entry.amount:
        raise Refusal("receipts_exceed_payment")
    return value


def report_receipt(
    settings: Settings,
    access: Access,
    login: Login,
    entry_id: str,
    amount: Decimal,
    what: object,
    nonce: str,
) -> Done:
    record_id = _derived("receipt_reports", nonce)
    values = {
        "id": record_id,
        "entry_id": entry_id,
        "client_id": access.client_id,
        "reported_on": settings.day(),
        "amount": amount,
        "description": _words(what, required=True),
        "reported_by": access.as_role,
        "recorded_at": utcnow(),
    }
    return _write(
        settings, access, login, WebAction.REPORT_RECEIPT, ReceiptReport, record_id, values
    )


def receipt_id(nonce: str) -> str:
    return _derived("receipt_reports", nonce)


# --- goals ------------------------------------------------------------------------------


def evaluate_goal(
    settings: Settings,
    access: Access,
    login: Login,
    lineage_id: str,
    score: object,
    note: object,
    nonce: str,
) -> Done:
    """The client's own evaluation of a goal of their agreed plan (−2…+2, own words)."""
    if not access.own:
        raise Refusal("not_allowed")
    try:
        value = int(str(score))
    except ValueError:
        raise Refusal("choose_score") from None
    if not GAS_MIN <= value <= GAS_MAX:
        raise Refusal("choose_score")
    with db.read_tx(settings.engine) as conn:
        plan = content.plan_view(records.load(conn, access.client_id, content.PLAN_MODELS))
    if plan is None or lineage_id not in {g.lineage_id for g in plan.goals}:
        raise Refusal("not_found")
    record_id = _derived("goal_progress", nonce)
    values = {
        "id": record_id,
        "client_id": access.client_id,
        "goal_lineage_id": lineage_id,
        "follow_up_id": None,
        "assessed_on": settings.day(),
        "score": value,
        "note": _words(note, required=False),
        "author": "client",
        "recorded_at": utcnow(),
    }
    return _write(settings, access, login, WebAction.EVALUATE_GOAL, GoalProgress, record_id, values)


# --- mandates ---------------------------------------------------------------------------


def grant_mandate(
    settings: Settings,
    access: Access,
    login: Login,
    form: Mapping[str, object],
    nonce: str,
) -> Done:
    """The client authorises a person, strongly identified by their identity code."""
    if not access.own:
        raise Refusal("not_allowed")
    name = _words(form.get("person_name"), required=True)[:200]
    try:
        code = identity_code(str(form.get("person_identity_code") or ""))
    except DomainError:
        raise Refusal("bad_identity_code") from None
    if code == login.identity_code:
        raise Refusal("mandate_for_oneself")
    try:
        valid_to = dt.date.fromisoformat(str(form.get("valid_to") or ""))
        check_period(settings.day(), valid_to, settings.day())
    except ValueError:
        raise Refusal("bad_end_date") from None
    except DomainError as exc:
        raise Refusal(exc.code) from None
    record_id = _derived("mandates", nonce)
    values = {
        "id": record_id,
        "client_id": access.client_id,
        "person_name": name,
        "person_identity_code": code,
        "may_confirm": form.get("may_confirm") == "yes",
        "valid_from": settings.day(),
        "valid_to": valid_to,
        "basis": MandateBasis.OMA_HB.value,
        "granted_by": "client",
        "granted_at": utcnow(),
        "withdrawn_at": None,
        "withdrawn_by": None,
    }
    # A mandate is not append-only (it is withdrawn later): a new one is an upsert from nothing.
    return _write(
        settings, access, login, WebAction.GRANT_MANDATE, Mandate, record_id, values, "upsert"
    )


def withdraw_mandate(settings: Settings, access: Access, login: Login, mandate_id: str) -> Done:
    if not access.own:
        raise Refusal("not_allowed")
    with db.read_tx(settings.engine) as conn:
        mandate = records.load(conn, access.client_id, [Mandate]).get(Mandate, mandate_id)
    if mandate is None:
        raise Refusal("not_found")
    if mandate.withdrawn_at is not None:
        raise Refusal("already_withdrawn")
    values = {"withdrawn_at": utcnow(), "withdrawn_by": "client"}
    return _write(
        settings, access, login, WebAction.WITHDRAW_MANDATE, Mandate, mandate_id, values, "upsert"
    )
