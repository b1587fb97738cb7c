"""Reference data pulled from the municipal server, taken into the vault's own tables.

The sync engine stores each pulled set as it came, in `sync_state` under
`reference:<kind>` = {"version": n, "content": {...}}. This service loads a pulled
catalogue into the catalogue tables through `catalogue.publish_catalogue` (a new local
catalogue version; budgets keep the version they priced from) and remembers which server
version it took (`reference_applied:<kind>`), in the same commit.

The catalogue's content, as the municipality loads it (`hbdesk-server load-reference
catalogue FILE`):
    {"published_on": "2027-01-01", "note": "...",
     "items": [{"code", "name", "category", "service_area", "unit", "unit_price" (text,
                "12.50"), "provider", "valid_from", "valid_to"?, "municipality"?,
                "quality_notes"?, "benefit_notes"?}, ...]}
Questionnaires are not taken yet (the questionnaire service has no publish function).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import SyncState
from hbdesk.services import catalogue
from hbdesk.services.context import Actor, batch
from hbdesk.store import OpenVault

ITEM_FIELDS = {"code", "name", "category", "service_area", "unit", "unit_price", "provider",
               "valid_from", "valid_to", "municipality", "quality_notes", "benefit_notes"}


def pulled(vault: OpenVault, kind: str) -> tuple[int, dict[str, Any]] | None:
    """The newest pulled version of a reference set and its content, if any."""
    with vault.session() as s:
        row = s.get(SyncState, f"reference:{kind}")
        if row is None:
            return None
    data = json.loads(row.value)
    return int(data["version"]), data["content"]


def applied_version(vault: OpenVault, kind: str) -> int:
    with vault.session() as s:
        row = s.get(SyncState, f"reference_applied:{kind}")
        return int(row.value) if row is not None else 0


def _date(value: Any, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DomainError("invalid_date", name) from None


def _items(content: dict[str, Any]) -> list[catalogue.ItemData]:
    raw = content.get("items")
    if not isinstance(raw, list):
        raise DomainError("invalid_reference", "items")
    items = []
    for entry in raw:
        if not isinstance(entry, dict) or set(entry) - ITEM_FIELDS:
            raise DomainError("invalid_reference", "items")
        try:
            items.append(catalogue.ItemData(
                code=str(entry["code"]), name=str(entry["name"]),
                category=str(entry["category"]), service_area=str(entry["service_area"]),
                unit=str(entry["unit"]), unit_price=str(entry["unit_price"]),
                provider=str(entry["provider"]),
                valid_from=_date(entry["valid_from"], "valid_from"),
                valid_to=_date(entry["valid_to"], "valid_to") if entry.get("valid_to")
                else None,
                municipality=entry.get("municipality"),
                quality_notes=entry.get("quality_notes"),
                benefit_notes=entry.get("benefit_notes")))
        except KeyError as exc:
            raise DomainError("invalid_reference", str(exc.args[0])) from None
    return items


def take_pulled_catalogue(vault: OpenVault, actor: Actor) -> int | None:
    """Publish the pulled catalogue locally if it is newer than the one taken; returns the
    server's version taken, or None when there was nothing new. Raises DomainError (with the
    field) for content the catalogue refuses; nothing is changed then."""
    found = pulled(vault, "catalogue")
    if found is None or found[0] <= applied_version(vault, "catalogue"):
        return None
    version, content = found
    items = _items(content)
    published = _date(content.get("published_on") or dt.date.today().isoformat(),
                      "published_on")
    note = str(content.get("note") or f"county catalogue {version}")
    with batch(vault) as session:
        catalogue.publish_catalogue(vault, actor, published, items, note=note)
        session.merge(SyncState(key="reference_applied:catalogue", value=str(version)))
    return version
