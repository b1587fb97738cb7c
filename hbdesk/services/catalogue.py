"""The price catalogue: publish a version, search it (reference data, no client involved)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hbdesk.models.catalogue import CatalogueItem, CatalogueVersion
from hbdesk.models.errors import DomainError
from hbdesk.models.values import check_period, check_text, parse_money
from hbdesk.models.vocab import Category, ServiceArea, Unit, check_choice
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


@dataclass(frozen=True)
class ItemData:
    """One priced service or support as the county publishes it."""

    code: str
    name: str
    category: str
    service_area: str
    unit: str
    unit_price: Decimal | str
    provider: str
    valid_from: dt.date
    valid_to: dt.date | None = None
    municipality: str | None = None
    quality_notes: str | None = None
    benefit_notes: str | None = None


def _item(version_id: str, data: ItemData) -> CatalogueItem:
    check_period(data.valid_from, data.valid_to)
    return CatalogueItem(
        version_id=version_id,
        code=check_text(data.code, "code", max_chars=64),
        name=check_text(data.name, "name", max_chars=300),
        category=check_choice(Category, data.category, "category").value,
        service_area=check_choice(ServiceArea, data.service_area, "service_area").value,
        unit=check_choice(Unit, data.unit, "unit").value,
        unit_price=parse_money(data.unit_price, "unit_price"),
        provider=check_text(data.provider, "provider", max_chars=300),
        municipality=data.municipality,
        quality_notes=data.quality_notes,
        benefit_notes=data.benefit_notes,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
    )


def publish_catalogue(
    vault: OpenVault, actor: Actor, published_on: dt.date, items: Iterable[ItemData], note: str = ""
) -> Outcome[CatalogueVersion]:
    """A new catalogue version with these items (budgets keep the version they priced from)."""
    rows = list(items)
    if len({r.code for r in rows}) != len(rows):
        raise DomainError("duplicate_code", "code")
    with transaction(vault, actor, purpose="reference_data") as tx:
        top = tx.session.scalar(select(func.max(CatalogueVersion.number))) or 0
        version = CatalogueVersion(number=top + 1, published_on=published_on, note=note or None)
        tx.session.add(version)
        tx.session.flush()
        tx.session.add_all([_item(version.id, r) for r in rows])
    return tx.outcome(version)


def current_version(session: Session) -> CatalogueVersion | None:
    return session.scalar(
        select(CatalogueVersion).order_by(CatalogueVersion.number.desc()).limit(1)
    )


def search_catalogue(
    vault: OpenVault,
    actor: Actor,
    text: str = "",
    *,
    category: str | None = None,
    service_area: str | None = None,
    max_price: Decimal | None = None,
    on: dt.date | None = None,
    version_id: str | None = None,
    limit: int = 200,
) -> list[CatalogueItem]:
    """Items of a catalogue version (default: the newest) matching words, category, price, day."""
    with transaction(vault, actor, purpose="reference_data") as tx:
        version = (
            tx.session.get(CatalogueVersion, version_id)
            if version_id
            else current_version(tx.session)
        )
        if version is None:
            return []
        q = select(CatalogueItem).where(CatalogueItem.version_id == version.id)
        for word in text.split():
            like = f"%{word}%"
            q = q.where(
                or_(
                    CatalogueItem.name.ilike(like),
                    CatalogueItem.provider.ilike(like),
                    CatalogueItem.code.ilike(like),
                )
            )
        if category:
            q = q.where(CatalogueItem.category == category)
        if service_area:
            q = q.where(CatalogueItem.service_area == service_area)
        if max_price is not None:
            q = q.where(CatalogueItem.unit_price <= max_price)
        if on is not None:
            q = q.where(
                CatalogueItem.valid_from <= on,
                or_(CatalogueItem.valid_to.is_(None), CatalogueItem.valid_to >= on),
            )
        return list(
            tx.session.scalars(q.order_by(CatalogueItem.category, CatalogueItem.name).limit(limit))
        )
