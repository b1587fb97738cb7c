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

The questionnaire's content (`hbdesk-server load-reference questionnaire FILE`; the
outcomes report maps answers to domains through the item ids in it) is one questionnaire
object or {"questionnaires": [object, ...]}, each:
    {"id"?, "code", "version" (int ≥ 1), "title_fi", "title_sv"?, "title_en"?,
     "scale_min"? (0), "scale_max"? (10), "valid_from"? ("2027-01-01"; default: the day taken),
     "domains": [{"id"?, "code", "title_fi", "title_sv"?, "title_en"?,
                  "items": [{"id", "code", "text_fi", "text_sv"?, "text_en"?,
                             "low_fi"?, "high_fi"?}, ...]}, ...]}
Swedish and English wording default to the Finnish; "low_fi"/"high_fi" (what the scale's
ends mean) to "ei lainkaan"/"täysin". A questionnaire or domain without an "id" gets one
derived from its codes and version (the same on every laptop). Each questionnaire not yet in
the vault (by id) becomes a new version of the questionnaire in use, oldest county version
first, with the county's ids (`selfassessment.publish_questionnaire`): new self-assessments
use the newest, answers already given keep theirs. Other keys are refused, as for the
catalogue.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from hbdesk.models import questionnaire_data as standard
from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import SyncState
from hbdesk.models.selfassessment import Questionnaire
from hbdesk.services import catalogue, selfassessment
from hbdesk.services.context import Actor, batch
from hbdesk.services.selfassessment import DomainSpec, ItemSpec, QuestionnaireSpec
from hbdesk.store import OpenVault

ITEM_FIELDS = {
    "code",
    "name",
    "category",
    "service_area",
    "unit",
    "unit_price",
    "provider",
    "valid_from",
    "valid_to",
    "municipality",
    "quality_notes",
    "benefit_notes",
}


def pulled(vault: OpenVault, kind: str) -> tuple[int, dict[str, Any]] | None:
    """The newest pulled version of a reference set and its content, if any."""
    with vault.session() as s:
        return pulled_in(s, kind)


def pulled_in(session: Session, kind: str) -> tuple[int, dict[str, Any]] | None:
    """The same, read in a session or service transaction of the caller's."""
    row = session.get(SyncState, f"reference:{kind}")
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
            items.append(
                catalogue.ItemData(
                    code=str(entry["code"]),
                    name=str(entry["name"]),
                    category=str(entry["category"]),
                    service_area=str(entry["service_area"]),
                    unit=str(entry["unit"]),
                    unit_price=str(entry["unit_price"]),
                    provider=str(entry["provider"]),
                    valid_from=_date(entry["valid_from"], "valid_from"),
                    valid_to=_date(entry["valid_to"], "valid_to")
                    if entry.get("valid_to")
                    else None,
                    municipality=entry.get("municipality"),
                    quality_notes=entry.get("quality_notes"),
                    benefit_notes=entry.get("benefit_notes"),
                )
            )
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
    published = _date(content.get("published_on") or dt.date.today().isoformat(), "published_on")
    note = str(content.get("note") or f"county catalogue {version}")
    with batch(vault) as session:
        catalogue.publish_catalogue(vault, actor, published, items, note=note)
        session.merge(SyncState(key="reference_applied:catalogue", value=str(version)))
    return version


Q_FIELDS = {
    "id",
    "code",
    "version",
    "title_fi",
    "title_sv",
    "title_en",
    "scale_min",
    "scale_max",
    "valid_from",
    "domains",
}
DOMAIN_FIELDS = {"id", "code", "title_fi", "title_sv", "title_en", "items"}
Q_ITEM_FIELDS = {"id", "code", "text_fi", "text_sv", "text_en", "low_fi", "high_fi"}
# Ids of questionnaires and domains the county gave none for: the same on every laptop.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:hbdesk:reference:questionnaire")


def _object(value: Any, allowed: set[str], field: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - allowed:
        raise DomainError("invalid_reference", field)
    return value


def _text(entry: dict[str, Any], key: str, field: str, default: str | None = None) -> str:
    value = entry.get(key)
    if value is None and default is not None:
        return default
    if not isinstance(value, str) or not value.strip():
        raise DomainError("invalid_reference", field)
    return value


def _int(entry: dict[str, Any], key: str, default: int | None = None) -> int:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError("invalid_reference", key)
    return value


def _list(entry: dict[str, Any], key: str) -> list[Any]:
    value = entry.get(key)
    if not isinstance(value, list) or not value:
        raise DomainError("invalid_reference", key)
    return value


def _questionnaire(raw: Any) -> tuple[int, QuestionnaireSpec]:
    q = _object(raw, Q_FIELDS, "questionnaires")
    code = _text(q, "code", "code")
    version = _int(q, "version")
    if version < 1:
        raise DomainError("invalid_reference", "version")
    q_id = _text(q, "id", "id", str(uuid.uuid5(ID_NAMESPACE, f"{code}/{version}")))
    domains = []
    for raw_domain in _list(q, "domains"):
        d = _object(raw_domain, DOMAIN_FIELDS, "domains")
        d_code = _text(d, "code", "domains.code")
        d_fi = _text(d, "title_fi", "domains.title_fi")
        items = []
        for raw_item in _list(d, "items"):
            i = _object(raw_item, Q_ITEM_FIELDS, "items")
            fi = _text(i, "text_fi", "items.text_fi")
            items.append(
                ItemSpec(
                    id=_text(i, "id", "items.id"),
                    code=_text(i, "code", "items.code"),
                    text_fi=fi,
                    text_sv=_text(i, "text_sv", "items.text_sv", fi),
                    text_en=_text(i, "text_en", "items.text_en", fi),
                    low_fi=_text(i, "low_fi", "items.low_fi", standard.LOW),
                    high_fi=_text(i, "high_fi", "items.high_fi", standard.HIGH),
                )
            )
        domains.append(
            DomainSpec(
                id=_text(
                    d,
                    "id",
                    "domains.id",
                    str(uuid.uuid5(ID_NAMESPACE, f"{code}/{version}/{d_code}")),
                ),
                code=d_code,
                title_fi=d_fi,
                title_sv=_text(d, "title_sv", "domains.title_sv", d_fi),
                title_en=_text(d, "title_en", "domains.title_en", d_fi),
                items=tuple(items),
            )
        )
    fi = _text(q, "title_fi", "title_fi")
    valid_from = _date(q["valid_from"], "valid_from") if q.get("valid_from") else None
    return version, QuestionnaireSpec(
        id=q_id,
        title_fi=fi,
        title_sv=_text(q, "title_sv", "title_sv", fi),
        title_en=_text(q, "title_en", "title_en", fi),
        domains=tuple(domains),
        scale_min=_int(q, "scale_min", 0),
        scale_max=_int(q, "scale_max", 10),
        valid_from=valid_from,
    )


def _questionnaires(content: dict[str, Any]) -> list[QuestionnaireSpec]:
    """The content's questionnaires, oldest county version first (the newest is the one in
    use); each checked here and by `publish_questionnaire`."""
    if set(content) == {"questionnaires"}:
        raw = _list(content, "questionnaires")
    elif "domains" in content:
        raw = [content]
    else:
        raise DomainError("invalid_reference", "questionnaires")
    found = [_questionnaire(q) for q in raw]
    if len({spec.id for _, spec in found}) != len(found):
        raise DomainError("invalid_reference", "id")
    return [spec for _, spec in sorted(found, key=lambda pair: pair[0])]


def take_pulled_questionnaire(vault: OpenVault, actor: Actor) -> int | None:
    """Take the pulled questionnaire(s) into the vault if newer than the set taken; returns
    the server's version taken, or None when there was nothing new. Raises DomainError (with
    the field) for content that is not a whole questionnaire; nothing is changed then."""
    found = pulled(vault, "questionnaire")
    if found is None or found[0] <= applied_version(vault, "questionnaire"):
        return None
    version, content = found
    if not isinstance(content, dict):
        raise DomainError("invalid_reference", "questionnaires")
    specs = _questionnaires(content)
    with batch(vault) as session:  # all the set's questionnaires, or none of them
        for spec in specs:
            if session.get(Questionnaire, spec.id) is None:
                selfassessment.publish_questionnaire(vault, actor, spec)
        session.merge(SyncState(key="reference_applied:questionnaire", value=str(version)))
    return version
