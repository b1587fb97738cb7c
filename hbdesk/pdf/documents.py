"""Plain data the documents are written from (no ORM, no store): services fill these in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from hbdesk.models.signature import Signature


@dataclass(frozen=True)
class Organisation:
    """The wellbeing services county (or municipality) as its settings say; never hard-coded."""

    name: str
    address: str
    deciding_body: str = ""
    phone: str | None = None
    email: str | None = None
    # Its names and its bodies' in the document's language: (as stored, in that language).
    names: tuple[tuple[str, str], ...] = ()

    def named(self, text: str) -> str:
        """`text` (a name of the county or one of its bodies) in the document's language."""
        return dict(self.names).get(text, text)


@dataclass(frozen=True)
class Person:
    """The client as a document shows them."""

    name: str
    identity_code: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Remark:
    """A disagreement with an entry, verbatim, with who wrote it and when."""

    text: str
    author: str  # Author code
    on: dt.date


@dataclass(frozen=True)
class Entry:
    """A narrative entry with its author (Author code), date and the disagreements with it.

    In a draft plan, `change` says how it differs from the last confirmed version ("added" or
    "changed", with the confirmed wording and author in `was`).
    """

    text: str
    author: str
    on: dt.date
    disagreements: tuple[Remark, ...] = ()
    change: str = ""
    was: tuple[str, str] | None = None  # (text, author) as confirmed


@dataclass(frozen=True)
class ConfirmationDoc:
    """How the client confirmed a plan version read together, at local time `at`."""

    method: str  # drawn | typed
    at: dt.datetime  # already in the organisation's local time
    present: tuple[str, ...]  # Author codes
    typed_name: str | None = None
    signature: Signature | None = None


@dataclass(frozen=True)
class Helper:
    """A support person, trusted close person or team member, with their role."""

    name: str
    role: str  # in words already: a relation or a professional role
    kind: str  # support_person | trusted | team
    organisation: str = ""
    tasks: str = ""


@dataclass(frozen=True)
class PlanDoc:
    organisation: Organisation
    client: Person
    version: int
    status: str  # draft | agreed
    sections: Mapping[str, tuple[Entry, ...]]  # PlanSection code -> entries in order
    key_worker: str = ""
    helpers: tuple[Helper, ...] = ()
    agreed_on: dt.date | None = None
    confirmed_by: tuple[str, ...] = ()  # Author codes
    next_follow_up_on: dt.date | None = None
    based_on_version: int | None = None
    printed_on: dt.date = field(default_factory=dt.date.today)
    confirmation: ConfirmationDoc | None = None
    compared_with: int | None = None  # a draft: the confirmed version its changes are against
    removed: tuple[Entry, ...] = ()  # confirmed entries taken out of this draft


@dataclass(frozen=True)
class BudgetLineDoc:
    description: str
    provider: str
    unit: str  # Unit code
    unit_price: Decimal
    quantity: Decimal
    frequency: str  # Frequency code
    occurrences: int
    total: Decimal


@dataclass(frozen=True)
class LegalPart:
    """One law a decision's sum falls under, and the part of the budget under it."""

    area: str  # ServiceArea code
    total: Decimal


@dataclass(frozen=True)
class Appeal:
    """Where a request for rectification goes, as the decision carried it when issued."""

    body: str
    address: str
    court: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Notice:
    """How and when the decision was notified, and what follows from it."""

    method: str  # NotificationMethod code
    sent_on: dt.date
    deemed_received: dt.date
    deadline: dt.date
    acknowledged_by: str | None = None


@dataclass(frozen=True)
class DecisionDoc:
    organisation: Organisation
    client: Person
    number: str
    decided_on: dt.date
    kind: str  # DecisionKind code
    outcome: str  # DecisionOutcome code
    granted_sum: Decimal
    proposed_sum: Decimal
    valid_from: dt.date
    valid_to: dt.date
    grounds: str
    legal_basis: str
    decided_by_name: str
    decided_by_title: str
    appeal: Appeal
    plan_summary: str = ""
    restrictions: str = ""
    excluded_categories: tuple[str, ...] = ()
    allowed_categories: tuple[str, ...] = ()
    follow_up: str = ""
    lines: tuple[BudgetLineDoc, ...] = ()
    supersedes: str | None = None  # number of the decision this one replaces
    superseded_by: str | None = None
    notice: Notice | None = None
    parts: tuple[LegalPart, ...] = ()  # several laws: each with its part of the budget


@dataclass(frozen=True)
class Payer:
    """The paying organisation as a provider sees it: a neutral name (a setting)."""

    name: str
    invoicing_address: str
    business_id: str | None = None
    e_invoice_address: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class CommitmentDoc:
    """A payment commitment: only what the provider needs to deliver and invoice."""

    payer: Payer
    provider: str
    reference: str
    issued_on: dt.date
    user_name: str
    service: str
    unit: str  # Unit code
    quantity: Decimal
    unit_price: Decimal
    total: Decimal
    valid_from: dt.date
    valid_to: dt.date
    user_identity_code: str | None = None  # only when the caller marks it required


@dataclass(frozen=True)
class ExportDoc:
    """The client's full data export: the same plain data the JSON file holds."""

    organisation: Organisation
    data: Mapping[str, Any]  # JSON-ready: strings, numbers, lists, dicts (see export_json)
    exported_on: dt.date
