"""The money side's own tables on the server (created with the rest by `db.create_schema`).

`money_items`: every item taken in from the county's systems and what became of it —
booked (its ledger entry), flagged (held for the caseworker: refused category, outside
the decision), queued (for a person at the county: no or a doubtful reference), dismissed.
Keyed by the issuer's own id, so the same item from any file is one row.

`money_register`: the county's registers of means of payment — mobile-payment cards and
service vouchers — and references it gave providers (an order or contract number), each
pointing at one client (and optionally a decision).

`money_payouts`, `money_batches`: direct payments to clients' own accounts and the pain.001
batches they went out in.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Index, String, Table, Text

from hbdesk.models.base import UTCDateTime
from hbdesk.server.db import Id, metadata

items = Table(
    "money_items",
    metadata,
    Column("item_key", String(200), primary_key=True),  # "invoice:<seller>:<number>", …
    Column("kind", String(16), nullable=False),  # invoice | credit_note | mobile | voucher
    Column("state", String(16), nullable=False),  # booked | flagged | queued | dismissed
    Column("reason", String(40)),  # why flagged or queued (a code)
    Column("client_id", Id),
    Column("decision_id", Id),
    Column("entry_id", Id),  # the ledger entry booked (or the held payment)
    Column("digest", String(64)),  # what the item said: a changed resend is doubtful
    Column("amount", String(20), nullable=False),  # euros as "12.50" (never float)
    Column("spent_on", Date, nullable=False),
    Column("provider", Text, nullable=False),
    Column("reference", String(100)),  # the reference it was matched by (or quoted)
    Column("category", String(32)),  # as booked or held
    Column("entry_source", String(32)),  # the entry's EntrySource, as booked
    Column("credited_by", String(200)),  # the key of the credit note that reversed it
    Column("source", String(64)),  # who sent it, as the ledger names the author
    Column("place", Text, nullable=False),  # where it was in the file it came in
    Column("body", Text),  # the item itself (JSON), for a person to book it later
    Column("received_at", UTCDateTime, nullable=False),
    Column("resolved_at", UTCDateTime),
    Column("resolved_by", String(200)),
    Column("note", Text),
)
Index("ix_money_items_state", items.c.state)
Index("ix_money_items_reference", items.c.reference)

register = Table(
    "money_register",
    metadata,
    Column("kind", String(16), primary_key=True),  # card | voucher | reference
    Column("ref", String(100), primary_key=True),
    Column("client_id", Id, nullable=False, index=True),
    Column("decision_id", Id),
    Column("valid_from", Date),
    Column("valid_to", Date),
    Column("added_at", UTCDateTime, nullable=False),
)

payouts = Table(
    "money_payouts",
    metadata,
    Column("payout_id", String(64), primary_key=True),  # the county's own id
    Column("client_id", Id, nullable=False, index=True),
    Column("decision_id", Id, nullable=False),
    Column("amount", String(20), nullable=False),
    Column("iban", String(34), nullable=False),
    Column("name", String(70), nullable=False),
    Column("due_on", Date, nullable=False),
    Column("message", String(140), nullable=False),
    Column("state", String(16), nullable=False),  # planned | sent
    Column("batch_id", String(64)),
    Column("entry_id", Id),
    Column("added_at", UTCDateTime, nullable=False),
)

batches = Table(
    "money_batches",
    metadata,
    Column("batch_id", String(64), primary_key=True),  # the pain.001 message id
    Column("created_at", UTCDateTime, nullable=False),
    Column("count", String(12), nullable=False),
    Column("total", String(20), nullable=False),
    Column("xml", Text, nullable=False),  # the file as written, to write it again if lost
)
