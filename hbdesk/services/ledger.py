"""Stage 7: spending from the budget by five payment methods, confirmations, corrections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from hbdesk.models.balance import EntryFacts, check_category
from hbdesk.models.client import Client
from hbdesk.models.decision import Decision, order_chain
from hbdesk.models.errors import DomainError, NotFound
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport, SpendingEntry
from hbdesk.models.refused import refuse_gambling
from hbdesk.models.values import check_date, check_text, parse_money
from hbdesk.models.vocab import (
    Author,
    DecisionOutcome,
    EntrySource,
    PaymentMethod,
    Stage,
    Verdict,
    check_choice,
)
from hbdesk.services import oplog
from hbdesk.services.common import advance_stage, get_client, get_for_client, stage_moves
from hbdesk.services.context import (
    COUNTER_COLUMNS,
    Actor,
    Outcome,
    Tx,
    counter_params,
    remember_counters,
    transaction,
)
from hbdesk.services.decisions_query import chain, chains_of, in_force
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class Spending:
    """A purchase or payment from the budget, as entered or as reported by the county."""

    method: str
    amount: Any
    spent_on: dt.date
    category: str
    provider: str
    description: str = ""
    source: str = EntrySource.LAPTOP.value
    external_ref: str | None = None
    decision_id: str | None = None  # any decision of the chain; None: the client's only one


def facts_of(session: Session, chain_id: str) -> list[EntryFacts]:
    """Every entry of a decision chain with its confirmation and receipts."""
    entries = list(
        session.scalars(
            select(SpendingEntry)
            .where(SpendingEntry.chain_id == chain_id)
            .order_by(SpendingEntry.spent_on, SpendingEntry.recorded_at)
        )
    )
    ids = [e.id for e in entries]
    confs = {
        c.entry_id: c
        for c in session.scalars(
            select(InvoiceConfirmation).where(InvoiceConfirmation.entry_id.in_(ids))
        )
    }
    receipts: dict[str, list[ReceiptReport]] = {}
    for r in session.scalars(select(ReceiptReport).where(ReceiptReport.entry_id.in_(ids))):
        receipts.setdefault(r.entry_id, []).append(r)
    return [EntryFacts(e, confs.get(e.id), tuple(receipts.get(e.id, ()))) for e in entries]


def _spent(session: Session, chain_id: str) -> Decimal:
    """All that a chain's entries use: what `balance` counts as confirmed + pending once every
    entry is dated (each entry in one column, a reversal netting out its origin), summed by
    the database instead of reading the chain's whole history on every write."""
    total = session.scalar(
        select(func.sum(SpendingEntry.amount)).where(SpendingEntry.chain_id == chain_id)
    )
    return total if total is not None else Decimal("0.00")


def _chain_for(session: Session, client_id: str, decision_id: str | None) -> list[Decision]:
    if decision_id is not None:
        decision = get_for_client(session, Decision, decision_id, client_id, "decision_id")
        return chain(session, decision.chain_id)
    usable = [c for c in chains_of(session, client_id) if c[-1].outcome != DecisionOutcome.REFUSED]
    if len(usable) != 1:
        raise DomainError("decision_required" if usable else "no_decision", "decision_id")
    return usable[0]


def _chain_stage_spent_statement() -> Select[Any]:
    named = aliased(Decision)  # its own FROM: never correlated with the outer decisions
    chain_of = select(named.chain_id).where(named.id == bindparam("decision_id")).scalar_subquery()
    stage = select(Client.stage).where(Client.id == bindparam("client_id")).scalar_subquery()
    spent = (
        select(func.sum(SpendingEntry.amount))
        .where(SpendingEntry.chain_id == chain_of)
        .scalar_subquery()
    )
    # The log's and the outbox's counters ride along (the write needs them next).
    return select(Decision, stage, spent, *COUNTER_COLUMNS).where(Decision.chain_id == chain_of)


# Built once: building it per call (an alias of every column) costs more than the SQL.
_CHAIN_STAGE_SPENT = _chain_stage_spent_statement()


def _chain_stage_spent(
    tx: Tx, client_id: str, decision_id: str | None
) -> tuple[list[Decision], str, Decimal]:
    """The decision chain to spend from, the client's stage and what the chain's entries use.

    With a decision named (as the spending view names it): one SELECT for all three — the
    chain of that decision, which must be this client's — and the counters the log row and
    the outbox ops continue. Each statement costs with SQLCipher's memory security, and
    this is the write a caseworker makes most often.
    Errors as `get_client` and `_chain_for` give them, in their order.
    """
    session = tx.session
    if not isinstance(decision_id, str):
        client = get_client(session, client_id)
        decisions = _chain_for(session, client_id, decision_id)
        return decisions, client.stage, _spent(session, decisions[0].chain_id)
    params = {"decision_id": decision_id, "client_id": client_id, **counter_params(tx.actor)}
    found = session.execute(_CHAIN_STAGE_SPENT, params).all()
    if not found or found[0][1] is None:
        get_client(session, client_id)  # NotFound when the client is not there
    chosen = next((row[0] for row in found if row[0].id == decision_id), None)
    if chosen is None or chosen.client_id != client_id:
        raise NotFound(Decision.__tablename__, "decision_id")
    remember_counters(session, tx.actor, tuple(found[0][3:]))
    total = found[0][2]
    return (
        order_chain(row[0] for row in found),
        str(found[0][1]),
        total if total is not None else Decimal("0.00"),
    )


def _governing(decisions: list[Decision], day: dt.date) -> Decision:
    """The decision the spending day falls under, or why there is none."""
    decision = in_force(decisions, day)
    if decision is None:
        code = "decision_not_started" if day < decisions[0].valid_from else "decision_expired"
        raise DomainError(code, "spent_on")
    if decision.outcome == DecisionOutcome.REFUSED:
        raise DomainError("decision_refused", "decision_id")
    return decision


def record_spending(
    vault: OpenVault, actor: Actor, client_id: str, spending: Spending
) -> Outcome[SpendingEntry]:
    """Record use of the budget, checked against the decision's sum, period and restrictions."""
    method = check_choice(PaymentMethod, spending.method, "method").value
    source = check_choice(EntrySource, spending.source, "source").value
    amount = parse_money(spending.amount)
    spent_on = check_date(spending.spent_on, "spent_on")
    provider = check_text(spending.provider, "provider", max_chars=300)
    description = check_text(spending.description, "description", required=False)
    refuse_gambling(provider, "provider")
    refuse_gambling(description, "description")
    with transaction(vault, actor) as tx:
        decisions, stage, spent = _chain_stage_spent(tx, client_id, spending.decision_id)
        decision = _governing(decisions, spent_on)
        category = check_category(
            spending.category, decision.excluded_categories, decision.allowed_categories
        )
        ext = spending.external_ref
        if ext and tx.session.scalar(
            select(SpendingEntry.id).where(
                SpendingEntry.source == source, SpendingEntry.external_ref == ext
            )
        ):
            raise DomainError("duplicate_entry", "external_ref")
        left = decision.granted_sum - spent
        if source == EntrySource.LAPTOP and amount > left:
            raise DomainError("exceeds_balance", "amount", available=str(left))
        entry = SpendingEntry(
            client_id=client_id,
            decision_id=decision.id,
            chain_id=decision.chain_id,
            method=method,
            source=source,
            external_ref=spending.external_ref,
            spent_on=spent_on,
            amount=amount,
            category=category,
            provider=provider,
            description=description,
            recorded_by=actor.user_id,
        )
        oplog.insert_new(tx.session, entry)  # one INSERT now; never changed in this call
        if stage_moves(stage, Stage.IN_USE):
            advance_stage(get_client(tx.session, client_id), Stage.IN_USE)
    return tx.outcome(entry)


def _open_entry(session: Session, client_id: str, entry_id: str) -> SpendingEntry:
    entry = get_for_client(session, SpendingEntry, entry_id, client_id, "entry_id")
    if entry.reverses_id is not None:
        raise DomainError("entry_is_a_reversal", "entry_id")
    if session.scalar(select(SpendingEntry.id).where(SpendingEntry.reverses_id == entry.id)):
        raise DomainError("entry_reversed", "entry_id")
    return entry


def confirm_invoice(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    entry_id: str,
    *,
    confirmed_on: dt.date,
    verdict: str = Verdict.CORRECT.value,
    confirmed_by: str = Author.CLIENT.value,
    comment: str | None = None,
) -> Outcome[InvoiceConfirmation]:
    """The client confirms an invoice as correct (or disputes it). Once only."""
    who = check_choice(Author, confirmed_by, "confirmed_by")
    if who not in (Author.CLIENT, Author.SUPPORT_PERSON):
        raise DomainError("confirmation_is_the_clients", "confirmed_by")
    word = check_choice(Verdict, verdict, "verdict")
    check_date(confirmed_on, "confirmed_on")
    with transaction(vault, actor) as tx:
        entry = _open_entry(tx.session, client_id, entry_id)
        if entry.method != PaymentMethod.INVOICE:
            raise DomainError("not_an_invoice", "entry_id")
        if tx.session.scalar(
            select(InvoiceConfirmation.id).where(InvoiceConfirmation.entry_id == entry.id)
        ):
            raise DomainError("already_confirmed", "entry_id")
        if confirmed_on < entry.spent_on:
            raise DomainError("confirmed_before_invoice", "confirmed_on")
        row = InvoiceConfirmation(
            entry_id=entry.id,
            client_id=client_id,
            verdict=word.value,
            confirmed_by=who.value,
            confirmed_on=confirmed_on,
            comment=comment,
        )
        tx.session.add(row)
    return tx.outcome(row)


def report_receipts(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    entry_id: str,
    *,
    amount: Any,
    reported_on: dt.date,
    description: str,
    reported_by: str = Author.CLIENT.value,
) -> Outcome[ReceiptReport]:
    """Receipts the client reports for a direct payment to their account."""
    value = parse_money(amount)
    check_date(reported_on, "reported_on")
    with transaction(vault, actor) as tx:
        entry = _open_entry(tx.session, client_id, entry_id)
        if entry.method != PaymentMethod.DIRECT_PAYMENT:
            raise DomainError("not_a_direct_payment", "entry_id")
        if reported_on < entry.spent_on:
            raise DomainError("receipts_before_payment", "reported_on")
        earlier = sum(
            r.amount
            for r in tx.session.scalars(
                select(ReceiptReport).where(ReceiptReport.entry_id == entry.id)
            )
        )
        if earlier + value > entry.amount:
            raise DomainError("receipts_exceed_payment", "amount")
        row = ReceiptReport(
            entry_id=entry.id,
            client_id=client_id,
            reported_on=reported_on,
            amount=value,
            description=check_text(description, "description"),
            reported_by=check_choice(Author, reported_by, "reported_by").value,
        )
        tx.session.add(row)
    return tx.outcome(row)


def reverse_entry(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    entry_id: str,
    *,
    reason: str,
    on: dt.date | None = None,
) -> Outcome[SpendingEntry]:
    """Correct an entry the bookkeeping way: a new entry with the opposite amount."""
    if on is not None:
        check_date(on, "on")
    with transaction(vault, actor) as tx:
        entry = _open_entry(tx.session, client_id, entry_id)
        reversal = SpendingEntry(
            client_id=client_id,
            decision_id=entry.decision_id,
            chain_id=entry.chain_id,
            method=entry.method,
            source=EntrySource.LAPTOP.value,
            external_ref=None,
            spent_on=max(on or entry.spent_on, entry.spent_on),
            amount=-entry.amount,
            category=entry.category,
            provider=entry.provider,
            description=entry.description,
            reverses_id=entry.id,
            reason=check_text(reason, "reason"),
            recorded_by=actor.user_id,
        )
        tx.session.add(reversal)
    return tx.outcome(reversal)
