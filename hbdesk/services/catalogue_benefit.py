"""What is known of a catalogue item's benefit, from the county's figures (issue 8).

The server publishes, as reference data of kind "outcomes", per catalogue item code used by
at least five clients: {"benefit": [{"code", "users", "assessed"?, "reached"}, ...],
"computed_on": "YYYY-MM-DD"} (`hbdesk-server publish-benefit`). The sync engine keeps the
pulled content in the vault; this module reads it. The UI words it (translated); the
Finnish sentence here is for scripts and the plan's texts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hbdesk.models.catalogue import CatalogueItem
from hbdesk.services import catalogue, reference
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault

KIND = "outcomes"
MIN_USERS = 5  # fewer users: nothing is said of the item


@dataclass(frozen=True)
class Benefit:
    """Clients who used the item; of them, those whose goals were followed up, and those
    whose goals were reached or exceeded."""

    code: str
    users: int
    assessed: int
    reached: int
    computed_on: dt.date | None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _parse(entry: Any, computed_on: dt.date | None) -> Benefit | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
        return None
    users, reached = _count(entry.get("users")), _count(entry.get("reached"))
    assessed = _count(entry.get("assessed", users))
    if users is None or reached is None or assessed is None:
        return None
    if users < MIN_USERS or not reached <= assessed <= users:
        return None
    return Benefit(entry["code"], users, assessed, reached, computed_on)


def _from_content(content: Any) -> dict[str, Benefit]:
    if not isinstance(content, dict):
        return {}
    try:
        computed_on = dt.date.fromisoformat(str(content.get("computed_on")))
    except ValueError:
        computed_on = None
    entries = content.get("benefit")
    benefits = (_parse(e, computed_on) for e in entries) if isinstance(entries, list) else ()
    return {b.code: b for b in benefits if b is not None}


def all_benefits(vault: OpenVault) -> dict[str, Benefit]:
    """Every item's figures in the pulled data, by code (empty when none was pulled)."""
    found = reference.pulled(vault, KIND)
    return _from_content(found[1]) if found is not None else {}


def benefits_in(session: Session) -> dict[str, Benefit]:
    """The same, read inside a service's own transaction."""
    try:
        found = reference.pulled_in(session, KIND)
    except (ValueError, KeyError, TypeError):  # not what the sync engine writes: nothing known
        return {}
    return _from_content(found[1]) if found is not None else {}


def search_with_benefit(
    vault: OpenVault,
    actor: Actor,
    text: str = "",
    *,
    version_id: str | None = None,
    limit: int = 200,
) -> tuple[list[CatalogueItem], dict[str, Benefit]]:
    """A catalogue search (`catalogue.search_catalogue`) and the figures of the items found."""
    items = catalogue.search_catalogue(vault, actor, text, version_id=version_id, limit=limit)
    known = all_benefits(vault)
    return items, {item.code: known[item.code] for item in items if item.code in known}


def benefit_of(vault: OpenVault, code: str | None) -> Benefit | None:
    """The figures of one catalogue item, or None (no code, not pulled, fewer than five)."""
    return all_benefits(vault).get(code) if code else None


def sentence_fi(b: Benefit) -> str:
    """The figures in plain Finnish (the UI words them through its translations instead)."""
    if b.assessed == 0:
        return (
            f"{b.users} asiakasta on käyttänyt tätä; tavoitteiden toteutumista ei ole "
            "vielä arvioitu."
        )
    if b.assessed == b.users:
        return (
            f"{b.users} asiakasta on käyttänyt tätä; {b.reached} heistä saavutti "
            "tavoitteensa tai ylitti ne."
        )
    return (
        f"{b.users} asiakasta on käyttänyt tätä; tavoitteet on arvioitu {b.assessed} "
        f"asiakkaalla, ja heistä {b.reached} saavutti tavoitteensa tai ylitti ne."
    )
