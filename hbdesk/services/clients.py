"""Stage 1: a client comes into contact; their details, key worker and notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.exceptions import ValidationError
from stdnum.fi import hetu

from hbdesk.models.born import birth_date as birth_date
from hbdesk.models.client import Client, Note
from hbdesk.models.contact import Contact
from hbdesk.models.contact_details import CHECKS as CONTACT_CHECKS
from hbdesk.models.contact_details import check_address, check_email, check_phone, check_unit
from hbdesk.models.errors import DomainError
from hbdesk.models.values import check_date, check_text
from hbdesk.models.vocab import Author, ContactChannel, check_choice
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class NewContact:
    """What is asked at first contact."""

    first_name: str
    last_name: str
    contacted_on: dt.date
    channel: str
    described_needs: str
    identity_code: str | None = None
    close_people_role: str | None = None
    author: str = Author.TOGETHER.value
    language: str = "fi"
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    unit: str | None = None


def check_identity_code(session: Session, code: str | None, client_id: str | None) -> str | None:
    """A valid Finnish identity code not used by another client (or None)."""
    if code is None or not code.strip():
        return None
    try:
        clean: str = hetu.validate(code, allow_temporary=True)
    except ValidationError:
        raise DomainError("invalid_identity_code", "identity_code") from None
    other = session.scalar(select(Client.id).where(Client.identity_code == clean))
    if other is not None and other != client_id:
        raise DomainError("identity_code_exists", "identity_code")
    return clean


def register_contact(vault: OpenVault, actor: Actor, new: NewContact) -> Outcome[Client]:
    """A person gets in touch: the client record and the contact, with needs in their words."""
    with transaction(vault, actor, purpose="contact") as tx:
        client = Client(
            first_name=check_text(new.first_name, "first_name", max_chars=200),
            last_name=check_text(new.last_name, "last_name", max_chars=200),
            identity_code=check_identity_code(tx.session, new.identity_code, None),
            language=new.language if new.language in LANGUAGES else "fi",
            phone=check_phone(new.phone),
            email=check_email(new.email),
            address=check_address(new.address),
            unit=check_unit(new.unit),
            key_worker_id=actor.user_id,
            key_worker_name=actor.display_name or None,
        )
        tx.session.add(client)
        tx.session.flush()
        tx.session.add(
            Contact(
                client_id=client.id,
                contacted_on=check_date(new.contacted_on, "contacted_on"),
                channel=check_choice(ContactChannel, new.channel, "channel").value,
                described_needs=check_text(new.described_needs, "described_needs"),
                close_people_role=check_text(
                    new.close_people_role, "close_people_role", required=False
                )
                or None,
                author=check_choice(Author, new.author, "author").value,
            )
        )
    return tx.outcome(client)


def update_client_details(
    vault: OpenVault, actor: Actor, client_id: str, **details: str | None
) -> Outcome[Client]:
    """Change name, identity code, language or contact details; only given fields change."""
    allowed = {
        "first_name",
        "last_name",
        "identity_code",
        "language",
        "phone",
        "email",
        "address",
        "unit",
    }
    unknown = set(details) - allowed
    if unknown:
        raise DomainError("unknown_field", sorted(unknown)[0])
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        for name, value in details.items():
            if name == "identity_code":
                value = check_identity_code(tx.session, value, client.id)
            elif name in ("first_name", "last_name"):
                value = check_text(value, name, max_chars=200)
            elif name == "language" and value not in LANGUAGES:
                raise DomainError("invalid_choice", "language")
            elif name in CONTACT_CHECKS:
                value = CONTACT_CHECKS[name](value, name)
            setattr(client, name, value)
    return tx.outcome(client)


def set_key_worker(
    vault: OpenVault, actor: Actor, client_id: str, user_id: str, name: str
) -> Outcome[Client]:
    """Name the client's key worker (omatyöntekijä)."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        client.key_worker_id = check_text(user_id, "key_worker_id", max_chars=64)
        client.key_worker_name = check_text(name, "key_worker_name", max_chars=200)
    return tx.outcome(client)


def add_note(
    vault: OpenVault, actor: Actor, client_id: str, text: str, author: str
) -> Outcome[Note]:
    """A free narrative entry, attributed to its author."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        note = Note(
            client_id=client_id,
            text=check_text(text, "text"),
            author=check_choice(Author, author, "author").value,
        )
        tx.session.add(note)
    return tx.outcome(note)


def list_contacts(vault: OpenVault, actor: Actor, client_id: str) -> list[Contact]:
    """The client's contacts, oldest first (logged as a view)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(Contact).where(Contact.client_id == client_id).order_by(Contact.contacted_on)
            )
        )
        tx.viewed(client_id, [ref(r) for r in rows])
    return rows
