"""Drafts of text being typed: saved inside the vault so nothing is lost on lock, crash or close."""

from __future__ import annotations

from sqlalchemy import delete, select

from hbdesk.models.base import utcnow
from hbdesk.models.draft import Draft
from hbdesk.models.errors import DomainError
from hbdesk.store import OpenVault

MAX_DRAFT_CHARS = 1_000_000


def check_length(text: str) -> None:
    """A draft longer than MAX_DRAFT_CHARS is refused (DomainError "draft_too_long")."""
    if len(text) > MAX_DRAFT_CHARS:
        raise DomainError("draft_too_long", "text", max_chars=MAX_DRAFT_CHARS)


def save_draft(vault: OpenVault, place: str, text: str) -> None:
    """Keep `text` typed at `place`; an empty text removes the draft."""
    check_length(text)
    with vault.session() as session:
        if not text:
            session.execute(delete(Draft).where(Draft.place == place))
            return
        draft = session.get(Draft, place)
        if draft is None:
            session.add(Draft(place=place, text=text, updated_at=utcnow()))
        else:
            draft.text = text
            draft.updated_at = utcnow()


def save_drafts(vault: OpenVault, drafts: dict[str, str]) -> None:
    """Keep several drafts at once (on lock: one transaction for every open editor)."""
    with vault.session() as session:
        for place, text in drafts.items():
            check_length(text)
            draft = session.get(Draft, place)
            if not text:
                if draft is not None:
                    session.delete(draft)
            elif draft is None:
                session.add(Draft(place=place, text=text, updated_at=utcnow()))
            else:
                draft.text, draft.updated_at = text, utcnow()


def load_drafts(vault: OpenVault, prefix: str = "") -> dict[str, str]:
    """Every draft whose place starts with `prefix`."""
    with vault.session() as session:
        rows = session.scalars(select(Draft).where(Draft.place.startswith(prefix, autoescape=True)))
        return {row.place: row.text for row in rows}


def discard_draft(vault: OpenVault, place: str) -> None:
    with vault.session() as session:
        session.execute(delete(Draft).where(Draft.place == place))
