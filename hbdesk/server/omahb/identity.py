"""Who a logged-in person is to Oma HB, and whose records they may see.

A person is matched by the personal identity code in the ID token's claims, in its
canonical form (`hbdesk.models.identity`), against the identity code of the synced client
records: exactly one open client with that code is the person's own record (two clients
with the same code — possible when two laptops registered them apart — match neither: the
person is told to contact their worker). Through a mandate in force (not withdrawn, begun,
not ended, for an open client) they may also follow another client's budget.

The identity code itself never goes into the session cookie: the cookie carries a keyed
hash of it (`person_key`), and the code is read again from the server's own table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from hbdesk.models.client import Client
from hbdesk.models.mandate import Mandate, in_force
from hbdesk.models.vocab import Author
from hbdesk.server import db
from hbdesk.server.omahb import records

OWN = Author.CLIENT.value
AUTHORISED = Author.AUTHORISED_PERSON.value


def person_key(secret: bytes, code: str) -> str:
    """A keyed hash of a canonical identity code: stable for the person, useless without
    the server's secret."""
    return hmac.new(secret, b"person\x1f" + code.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Access:
    """One client whose pages the person may open, and as whom."""

    client_id: str
    first_name: str
    last_name: str
    as_role: str  # "client" (their own) | "authorised_person"
    mandate_id: str | None = None
    may_confirm: bool = True  # invoices
    valid_to: dt.date | None = None  # the mandate's end

    @property
    def own(self) -> bool:
        return self.as_role == OWN


@dataclass(frozen=True)
class Matches:
    own: Access | None
    ambiguous: bool  # the code is on more than one open client: none is taken
    mandates: tuple[Access, ...]

    def all(self) -> list[Access]:
        return ([self.own] if self.own else []) + list(self.mandates)

    def find(self, client_id: str) -> Access | None:
        return next((a for a in self.all() if a.client_id == client_id), None)


def _open(conn: Connection, client_ids: set[str]) -> set[str]:
    if not client_ids:
        return set()
    rows = conn.execute(
        select(db.clients.c.client_id).where(
            db.clients.c.client_id.in_(sorted(client_ids)), db.clients.c.closed_at.is_(None)
        )
    ).scalars()
    return set(rows)


def _holders(conn: Connection, entity: str, field: str, code: str) -> list[tuple[str, str]]:
    """(client id, record id) of the records whose `field` holds exactly this code."""
    fs = db.field_state
    rows = conn.execute(
        select(fs.c.client_id, fs.c.entity_id).where(
            fs.c.value == db.canonical(code), fs.c.entity == entity, fs.c.field == field
        )
    ).all()
    return [(r.client_id, r.entity_id) for r in rows if r.client_id]


def _own(conn: Connection, code: str) -> tuple[Access | None, bool]:
    holders = _holders(conn, "clients", "identity_code", code)
    open_ids = _open(conn, {c for c, _ in holders})
    if len(open_ids) != 1:
        return None, len(open_ids) > 1
    client_id = open_ids.pop()
    client = records.load(conn, client_id, [Client]).get(Client, client_id)
    if client is None or client.identity_code != code:
        return None, False
    return Access(client_id, client.first_name or "", client.last_name or "", OWN), False


def _mandates(conn: Connection, code: str, today: dt.date, own: str | None) -> list[Access]:
    holders = _holders(conn, "mandates", "person_identity_code", code)
    open_ids = _open(conn, {c for c, _ in holders})
    found: dict[str, Access] = {}
    for client_id, mandate_id in sorted(holders):
        if client_id not in open_ids or client_id == own:
            continue
        recs = records.load(conn, client_id, [Mandate, Client])
        mandate = recs.get(Mandate, mandate_id)
        client = recs.get(Client, client_id)
        if mandate is None or client is None or mandate.person_identity_code != code:
            continue
        if not in_force(mandate, today):
            continue
        best = found.get(client_id)
        if best is None or (mandate.may_confirm and not best.may_confirm):
            found[client_id] = Access(
                client_id,
                client.first_name or "",
                client.last_name or "",
                AUTHORISED,
                mandate.id,
                bool(mandate.may_confirm),
                mandate.valid_to,
            )
    return sorted(found.values(), key=lambda a: (a.last_name, a.first_name, a.client_id))


def matches(conn: Connection, code: str, today: dt.date) -> Matches:
    """The person's own record (if exactly one) and the clients they hold a mandate for."""
    own, ambiguous = _own(conn, code)
    mandates = _mandates(conn, code, today, own.client_id if own else None)
    return Matches(own, ambiguous, tuple(mandates))


def mandate_holder_names(conn: Connection, client_id: str) -> dict[str, str]:
    """Mandate id → the authorised person's name, for the client's own pages."""
    recs = records.load(conn, client_id, [Mandate])
    return {m.id: m.person_name for m in recs.of(Mandate)}
