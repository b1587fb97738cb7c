"""Which client and decision an item belongs to — only by a reference the county gave out —
and whether it can be booked, must be held for the caseworker, or waits for a person.

- An invoice: a payment commitment's number or a reference in the county's register
  (an order or contract number), quoted as the order, buyer's or contract reference. A
  credit note: the invoice it credits, as booked. Never by a name.
- A mobile payment: the card in the county's card register (on that day).
- A redeemed voucher: the voucher in the county's voucher register.

"book": the client is open and a decision of theirs governs the day, the category is not
refused or restricted, a commitment still covers it. "hold" (flagged to the caseworker,
not booked): a refused or restricted category, a day outside the decision's period, a
refused decision. "wait" (the county's queue): no reference, one that points at two
clients, a closed or unknown client, a credit for an invoice not booked, more than a
commitment covers.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Literal, NamedTuple

from hbdesk.models.balance import check_category
from hbdesk.models.errors import DomainError
from hbdesk.models.refused import refuse_gambling as _refuse_name  # gambling by a name's meaning
from hbdesk.models.vocab import Category, DecisionOutcome, EntrySource
from hbdesk.server.money.knowledge import Booked, Commitment, Decision, Knowledge, in_force
from hbdesk.server.money.shape import Invoice, Item, Payment

REFUSED, RESTRICTED = "category_refused", "category_restricted"
# Merchant category codes (ISO 18245) a card report may give instead of words.
MCC = {
    "7995": "gambling",
    "7800": "gambling",
    "7801": "gambling",
    "7802": "gambling",
    "7941": "sports",
    "7997": "sports",
    "7911": "leisure",
    "7991": "culture",
    "7996": "leisure",
    "7998": "leisure",
    "7832": "culture",
    "7922": "culture",
    "8299": "course",
    "8220": "course",
    "4111": "transport",
    "4121": "transport",
    "4131": "transport",
    "8099": "therapy",
}


class Verdict(NamedTuple):  # one per item: a tuple is made faster than a frozen dataclass
    outcome: Literal["book", "hold", "wait"]
    reason: str | None
    client_id: str | None
    decision: Decision | None
    reference: str
    category: str
    entry_source: str
    reverses: Booked | None = None
    commitment: Commitment | None = None


class _Candidate(NamedTuple):
    client_id: str
    decision_id: str | None
    reference: str
    commitment: Commitment | None = None


def means(item: Item) -> list[tuple[str, str]]:
    """The register entries an item may be matched by: (kind, ref)."""
    if isinstance(item, Payment):
        return [("card" if item.kind == "mobile" else "voucher", item.means)]
    return [("reference", ref) for ref in item.references]


def candidates(item: Item, k: Knowledge) -> list[_Candidate]:
    """Every client the item's references point at (a credit note: also its invoice's)."""
    found: list[_Candidate] = []
    if isinstance(item, Payment):
        entry = k.register.get(means(item)[0])
        if entry is not None and entry.covers(item.spent_on):
            found.append(_Candidate(entry.client_id, entry.decision_id, item.means))
        return found
    for ref in item.references:
        latest: dict[str, Commitment] = {}
        for c in k.commitments(ref):
            if c.client_id not in latest or c.recorded_at > latest[c.client_id].recorded_at:
                latest[c.client_id] = c
        found += [_Candidate(c.client_id, c.decision_id, ref, c) for c in latest.values()]
        entry = k.register.get(("reference", ref))
        if entry is not None and entry.covers(item.service_on):
            found.append(_Candidate(entry.client_id, entry.decision_id, ref))
    original = k.booked.get(credited_key(item)) if item.credit else None
    if original is not None and original.state == "booked" and original.client_id:
        found.append(_Candidate(original.client_id, original.decision_id, ""))
    return found


def credited_key(invoice: Invoice) -> str:
    return f"invoice:{invoice.seller_id}:{invoice.credits}"


def judge(item: Item, k: Knowledge, found: list[_Candidate] | None = None) -> Verdict:
    """What becomes of the item (see the module doc); `found`: its candidates, when the
    caller has them already (a payment's depend on the register only)."""
    if found is None:
        found = candidates(item, k)
    quoted = found[0].reference if found else ", ".join(_quoted(item))[:100]
    source = _source(item, found[0].commitment if found else None)
    if not found:
        return Verdict("wait", "unmatched", None, None, quoted, "other", source)
    if len({c.client_id for c in found}) > 1:
        return Verdict("wait", "doubtful_reference", None, None, quoted, "other", source)
    chosen = next((c for c in found if c.reference), found[0])
    client_id = chosen.client_id
    if client_id not in k.open_clients:
        return Verdict("wait", "unknown_client", client_id, None, chosen.reference, "other", source)
    if not k.open_clients[client_id]:
        return Verdict("wait", "client_closed", client_id, None, chosen.reference, "other", source)
    if isinstance(item, Invoice) and item.credit:
        return _credit(item, k, client_id, chosen.reference, source)
    return _decided(item, k, chosen, source)


def judge_for(item: Item, k: Knowledge, client_id: str, decision_id: str | None = None) -> Verdict:
    """As `judge`, with the client a person at the county chose (the queue)."""
    own = [c for c in candidates(item, k) if c.client_id == client_id and c.commitment]
    chosen = own[0] if own else _Candidate(client_id, decision_id, ", ".join(_quoted(item))[:100])
    source = _source(item, chosen.commitment)
    if not k.open_clients.get(client_id, False):
        reason = "client_closed" if client_id in k.open_clients else "unknown_client"
        return Verdict("wait", reason, client_id, None, chosen.reference, "other", source)
    if isinstance(item, Invoice) and item.credit:
        return _credit(item, k, client_id, chosen.reference, source)
    return _decided(item, k, chosen, source)


def _decided(item: Item, k: Knowledge, chosen: _Candidate, source: str) -> Verdict:
    client_id, ref = chosen.client_id, chosen.reference
    day = item.service_on if isinstance(item, Invoice) else item.spent_on
    chains = k.decisions.get(client_id, [])
    if chosen.decision_id is not None:
        chains = [c for c in chains if any(d.id == chosen.decision_id for d in c)]
    if not chains:
        return Verdict("wait", "no_decision", client_id, None, ref, "other", source)
    governing = [d for c in chains if (d := in_force(c, day)) is not None]
    raw = chosen.commitment.category if chosen.commitment else _raw_category(item)
    if len(governing) > 1:
        return Verdict(
            "wait", "doubtful_decision", client_id, None, ref, category_code(raw), source
        )
    if not governing:
        nearest = _nearest(chains, day)
        reason = "decision_not_started" if day < nearest.valid_from else "decision_expired"
        return Verdict("hold", reason, client_id, nearest, ref, category_code(raw), source)
    decision = governing[0]
    code, refusal = judge_category(raw, _name(item), decision)
    if decision.outcome in (DecisionOutcome.REFUSED, DecisionOutcome.ENDED):
        refusal = refusal or "decision_refused"
    if refusal:
        return Verdict("hold", refusal, client_id, decision, ref, code, source)
    over = _over_commitment(item, k, chosen.commitment, day)
    if over:
        return Verdict(
            "wait", over, client_id, decision, ref, code, source, commitment=chosen.commitment
        )
    return Verdict(
        "book", None, client_id, decision, ref, code, source, commitment=chosen.commitment
    )


def _credit(item: Invoice, k: Knowledge, client_id: str, ref: str, source: str) -> Verdict:
    """A credit note reverses the invoice it names: booked, this client's, not credited yet,
    and not for more than the invoice was."""
    original = k.booked.get(credited_key(item))
    if original is None or original.state != "booked" or original.entry_id is None:
        return Verdict("wait", "credit_without_invoice", client_id, None, ref, "other", source)
    src = original.entry_source or source
    category = original.category or "other"
    if original.client_id != client_id:
        return Verdict("wait", "doubtful_reference", None, None, ref, category, src)
    if original.credited_by:
        return Verdict("wait", "already_credited", client_id, None, ref, category, src)
    if -item.total > original.amount:
        return Verdict("wait", "credit_exceeds_invoice", client_id, None, ref, category, src)
    chains = k.decisions.get(client_id, [])
    decision = next((d for c in chains for d in c if d.id == original.decision_id), None)
    if decision is None:
        return Verdict("wait", "no_decision", client_id, None, ref, category, src)
    return Verdict("book", None, client_id, decision, ref, category, src, reverses=original)


def judge_category(raw: str, name: str, decision: Decision) -> tuple[str, str | None]:
    """The category's code, and why it may not be booked: the models' rules on the
    provider's own words first (gambling and crime never), then on the code with the
    decision's restrictions."""
    return _judge_category(raw, name, decision.excluded, decision.allowed)


@functools.lru_cache(maxsize=4096)  # a file names a few hundred merchants many times over
def _judge_category(
    raw: str, name: str, excluded: tuple[str, ...], allowed: tuple[str, ...]
) -> tuple[str, str | None]:
    code = category_code(raw)
    try:
        if raw:
            check_category(raw, (), ())
        if name:
            _refuse_name(name, "provider")
        check_category(code, excluded, allowed)
    except DomainError as refused:
        if refused.code == RESTRICTED:
            return code, RESTRICTED
        if refused.code == REFUSED:
            return code, REFUSED
        return category_code(""), None  # words the vocabulary does not know: "other"
    return code, None


def category_code(raw: str) -> str:
    """The vocabulary's code for a provider's category (its code, an MCC), else "other"."""
    folded = "_".join(raw.casefold().split())
    if folded in Category.__members__.values():
        return folded
    return MCC.get(raw.strip(), Category.OTHER.value)


def _over_commitment(item: Item, k: Knowledge, c: Commitment | None, day: dt.date) -> str | None:
    if c is None or not isinstance(item, Invoice):
        return None
    if not c.valid_from <= day <= c.valid_to:
        return "outside_commitment"
    if k.spent.get(c.reference, Decimal(0)) + item.total > c.total:
        return "exceeds_commitment"
    return None


def _nearest(chains: list[list[Decision]], day: dt.date) -> Decision:
    ends = [chain[-1] for chain in chains]
    return min(
        ends, key=lambda d: min(abs((d.valid_from - day).days), abs((d.valid_to - day).days))
    )


def _source(item: Item, commitment: Commitment | None) -> str:
    if isinstance(item, Payment):
        return (
            EntrySource.MOBILE_PAYMENT_REPORT
            if item.kind == "mobile"
            else EntrySource.VOUCHER_REDEMPTION
        ).value
    return (EntrySource.COMMITMENT_BILLING if commitment else EntrySource.E_INVOICE).value


def _raw_category(item: Item) -> str:
    return item.category if isinstance(item, Payment) else ""


def _name(item: Item) -> str:
    return item.merchant if isinstance(item, Payment) else item.seller_name


def _quoted(item: Item) -> list[str]:
    return [ref for _, ref in means(item)]
