"""Stage 5: the budget, priced from the catalogue or the client's own found option."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models.budget import Budget, BudgetLine, BudgetTotals, totals
from hbdesk.models.catalogue import CatalogueItem
from hbdesk.models.errors import DomainError
from hbdesk.models.plan import Plan
from hbdesk.models.refused import refuse_gambling, spending_category
from hbdesk.models.values import (
    check_date,
    check_period,
    check_text,
    parse_money,
    parse_quantity,
)
from hbdesk.models.vocab import (
    Frequency,
    ServiceArea,
    Stage,
    Unit,
    check_choice,
)
from hbdesk.services.catalogue import current_version
from hbdesk.services.common import advance_stage, get, get_client, get_for_client, ref
from hbdesk.services.conflicts import unsettled_money
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

_COPIED = (
    "source",
    "catalogue_item_id",
    "catalogue_code",
    "description",
    "provider",
    "category",
    "service_area",
    "unit",
    "unit_price",
    "quantity",
    "frequency",
    "starts_on",
    "ends_on",
    "goal_lineage_id",
    "quote_ref",
    "note",
    "position",
)


def latest_budget(session: Session, client_id: str) -> Budget | None:
    return session.scalar(
        select(Budget).where(Budget.client_id == client_id).order_by(Budget.version.desc()).limit(1)
    )


def lines_of(session: Session, budget_id: str) -> list[BudgetLine]:
    return list(
        session.scalars(
            select(BudgetLine)
            .where(BudgetLine.budget_id == budget_id)
            .order_by(BudgetLine.position, BudgetLine.created_at)
        )
    )


def create_budget(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    valid_from: dt.date,
    valid_to: dt.date,
    plan_id: str | None = None,
) -> Outcome[Budget]:
    """A new budget version priced from today's catalogue; a revision copies the last lines."""
    check_period(valid_from, valid_to)
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id, open_only=True)
        if plan_id is not None:
            get_for_client(tx.session, Plan, plan_id, client_id, "plan_id")
        last = latest_budget(tx.session, client_id)
        if last is not None and last.status == "draft":
            raise DomainError("budget_draft_exists", "budget_id", budget_id=last.id)
        catalogue = current_version(tx.session)
        budget = Budget(
            client_id=client_id,
            version=(last.version + 1) if last else 1,
            plan_id=plan_id,
            catalogue_version_id=catalogue.id if catalogue else None,
            based_on_id=last.id if last else None,
            status="draft",
            valid_from=valid_from,
            valid_to=valid_to,
        )
        tx.session.add(budget)
        tx.session.flush()
        for line in lines_of(tx.session, last.id) if last else []:
            copy = {name: getattr(line, name) for name in _COPIED}
            copy["starts_on"], copy["ends_on"] = _clip(line, valid_from, valid_to)
            tx.session.add(BudgetLine(budget_id=budget.id, client_id=client_id, **copy))
    return tx.outcome(budget)


def _clip(line: BudgetLine, start: dt.date, end: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """A copied line's own period, kept inside the new budget's period."""
    s = max(line.starts_on, start) if line.starts_on else None
    e = min(line.ends_on, end) if line.ends_on else None
    if s and e and e < s:
        return None, None
    return s, e


def _draft(session: Session, client_id: str, budget_id: str) -> Budget:
    budget = get_for_client(session, Budget, budget_id, client_id, "budget_id")
    if budget.status != "draft":
        raise DomainError("budget_decided", "budget_id")
    return budget


def _check_line_period(budget: Budget, starts_on: dt.date | None, ends_on: dt.date | None) -> None:
    for name, day in (("starts_on", starts_on), ("ends_on", ends_on)):
        if day is not None:
            check_date(day, name)
    start, end = starts_on or budget.valid_from, ends_on or budget.valid_to
    check_period(start, end, "ends_on")
    if start < budget.valid_from or end > budget.valid_to:
        raise DomainError(
            "line_outside_budget_period", "starts_on" if start < budget.valid_from else "ends_on"
        )


def _position(session: Session, budget_id: str) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(BudgetLine).where(BudgetLine.budget_id == budget_id)
        )
        or 0
    )


def add_catalogue_line(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    budget_id: str,
    *,
    item_id: str,
    quantity: Any,
    frequency: str,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    goal_lineage_id: str | None = None,
    note: str | None = None,
) -> Outcome[BudgetLine]:
    """A line priced from the budget's catalogue version."""
    qty = parse_quantity(quantity)
    freq = check_choice(Frequency, frequency, "frequency").value
    with transaction(vault, actor) as tx:
        budget = _draft(tx.session, client_id, budget_id)
        item = get(tx.session, CatalogueItem, item_id, "item_id")
        if item.version_id != budget.catalogue_version_id:
            raise DomainError("catalogue_version_mismatch", "item_id")
        spending_category(item.category)
        refuse_gambling(item.name, "item_id")
        refuse_gambling(item.provider, "item_id")
        _check_line_period(budget, starts_on, ends_on)
        line = BudgetLine(
            budget_id=budget.id,
            client_id=client_id,
            source="catalogue",
            catalogue_item_id=item.id,
            catalogue_code=item.code,
            description=item.name,
            provider=item.provider,
            category=item.category,
            service_area=item.service_area,
            unit=item.unit,
            unit_price=item.unit_price,
            quantity=qty,
            frequency=freq,
            starts_on=starts_on,
            ends_on=ends_on,
            goal_lineage_id=goal_lineage_id,
            note=note,
            position=_position(tx.session, budget.id),
        )
        tx.session.add(line)
    return tx.outcome(line)


@dataclass(frozen=True)
class OwnOption:
    """Something the client found themselves, with its price (e.g. a provider's quote)."""

    description: str
    provider: str
    unit: str
    unit_price: Any
    quantity: Any
    frequency: str
    category: str
    service_area: str
    quote_ref: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    goal_lineage_id: str | None = None
    note: str | None = None


def add_own_option_line(
    vault: OpenVault, actor: Actor, client_id: str, budget_id: str, option: OwnOption
) -> Outcome[BudgetLine]:
    """A line for the client's own found option, priced as found."""
    category = spending_category(option.category)
    values = dict(
        description=check_text(option.description, "description"),
        provider=check_text(option.provider, "provider", max_chars=300),
        unit=check_choice(Unit, option.unit, "unit").value,
        unit_price=parse_money(option.unit_price, "unit_price"),
        quantity=parse_quantity(option.quantity),
        frequency=check_choice(Frequency, option.frequency, "frequency").value,
        category=category,
        service_area=check_choice(ServiceArea, option.service_area, "service_area").value,
    )
    refuse_gambling(option.description, "description")
    refuse_gambling(option.provider, "provider")
    with transaction(vault, actor) as tx:
        budget = _draft(tx.session, client_id, budget_id)
        _check_line_period(budget, option.starts_on, option.ends_on)
        line = BudgetLine(
            budget_id=budget.id,
            client_id=client_id,
            source="own_option",
            quote_ref=option.quote_ref,
            starts_on=option.starts_on,
            ends_on=option.ends_on,
            goal_lineage_id=option.goal_lineage_id,
            note=option.note,
            position=_position(tx.session, budget.id),
            **values,
        )
        tx.session.add(line)
    return tx.outcome(line)


def change_line(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    line_id: str,
    *,
    quantity: Any = None,
    frequency: str | None = None,
    unit_price: Any = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
) -> Outcome[BudgetLine]:
    """Change a draft line's quantity, frequency, period (or an own option's price)."""
    with transaction(vault, actor) as tx:
        line = get_for_client(tx.session, BudgetLine, line_id, client_id, "line_id")
        budget = _draft(tx.session, client_id, line.budget_id)
        if quantity is not None:
            line.quantity = parse_quantity(quantity)
        if frequency is not None:
            line.frequency = check_choice(Frequency, frequency, "frequency").value
        if unit_price is not None:
            if line.source != "own_option":
                raise DomainError("catalogue_price_fixed", "unit_price")
            line.unit_price = parse_money(unit_price, "unit_price")
        if starts_on is not None or ends_on is not None:
            _check_line_period(budget, starts_on or line.starts_on, ends_on or line.ends_on)
            line.starts_on, line.ends_on = starts_on or line.starts_on, ends_on or line.ends_on
    return tx.outcome(line)


def remove_line(vault: OpenVault, actor: Actor, client_id: str, line_id: str) -> Outcome[str]:
    """Take a line out of a draft budget."""
    with transaction(vault, actor) as tx:
        line = get_for_client(tx.session, BudgetLine, line_id, client_id, "line_id")
        _draft(tx.session, client_id, line.budget_id)
        tx.session.delete(line)
    return tx.outcome(line_id)


def propose_budget(
    vault: OpenVault, actor: Actor, client_id: str, budget_id: str
) -> Outcome[Budget]:
    """The budget is ready for a decision: the client's stage moves to budget."""
    with transaction(vault, actor) as tx:
        budget = _draft(tx.session, client_id, budget_id)
        if not lines_of(tx.session, budget.id):
            raise DomainError("budget_has_no_lines", "budget_id")
        advance_stage(get_client(tx.session, client_id), Stage.BUDGET)
    return tx.outcome(budget)


@dataclass(frozen=True)
class BudgetView:
    budget: Budget
    lines: list[BudgetLine]
    totals: BudgetTotals
    # Per line id, its money fields in an open sync conflict: not settled, never shown so.
    unsettled: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return self.totals.overall

    @property
    def settled(self) -> bool:
        """False while a person still has to choose a price or quantity of some line."""
        return not self.unsettled


def budget_view(session: Session, budget: Budget) -> BudgetView:
    lines = lines_of(session, budget.id)
    unsettled = unsettled_money(session, "budget_lines", [line.id for line in lines])
    return BudgetView(budget, lines, totals(budget, lines), unsettled)


def get_budget(
    vault: OpenVault, actor: Actor, client_id: str, budget_id: str | None = None
) -> BudgetView | None:
    """A budget version (default: the newest) with its lines and computed totals."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        budget = (
            get_for_client(tx.session, Budget, budget_id, client_id, "budget_id")
            if budget_id
            else latest_budget(tx.session, client_id)
        )
        if budget is None:
            tx.viewed(client_id)
            return None
        view = budget_view(tx.session, budget)
        tx.viewed(client_id, [ref(budget), *(ref(line) for line in view.lines)])
    return view
