"""Demo spending: a year of use of a budget over all five payment methods, from both sides.

Most spending reaches the county, not the laptop: e-invoices, mobile-payment reports,
redeemed vouchers, billed payment commitments, direct payments. Those are written here as
sync applies records pulled from the server (no outbox op, no worker's log row); what the
client and worker do on the laptop (confirm, report receipts, dispute and correct, a
purchase entered by hand) goes through the services.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from hbdesk.models.balance import check_category
from hbdesk.models.budget import BudgetLine
from hbdesk.models.decision import Decision
from hbdesk.models.ids import short_id
from hbdesk.models.ledger import SpendingEntry
from hbdesk.services import budget, decision, ledger
from hbdesk.services.context import Actor
from hbdesk.services.decisions_query import in_force
from hbdesk.store import OpenVault

# Payment method and the county system it is reported from, by what is bought.
_BY_CATEGORY = {
    "home_help": ("invoice", "e_invoice"),
    "coaching": ("invoice", "e_invoice"),
    "therapy": ("invoice", "e_invoice"),
    "respite": ("invoice", "e_invoice"),
    "personal_assistance": ("invoice", "e_invoice"),
    "other": ("invoice", "e_invoice"),
    "cleaning": ("service_voucher", "voucher_redemption"),
    "transport": ("direct_payment", "payment_system"),
    "camp": ("payment_commitment", "commitment_billing"),
    "equipment": ("payment_commitment", "commitment_billing"),
}
_MOBILE = ("mobile_payment", "mobile_payment_report")


@dataclass
class Use:
    """One client's budget being spent."""

    vault: OpenVault
    session: Session
    actor: Actor
    rng: random.Random
    client_id: str
    decisions: list[Decision]
    end: dt.date
    left: Decimal
    counter: int = 0


def _amount(line: BudgetLine, rng: random.Random, fast: bool) -> Decimal:
    factor = Decimal(rng.randint(80, 112)) / 100 * (Decimal("1.7") if fast else 1)
    return (line.unit_price * line.quantity * factor).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def spend_year(
    vault: OpenVault,
    session: Session,
    actor: Actor,
    rng: random.Random,
    client_id: str,
    start: dt.date,
    end: dt.date,
    *,
    fast: bool = False,
) -> None:
    """Spend along the budget's lines month by month from `start` to `end`."""
    view = budget.get_budget(vault, actor, client_id)
    views = decision.list_decisions(vault, actor, client_id)
    if view is None or not views or views[-1].decision.granted_sum == 0:
        return
    use = Use(
        vault,
        session,
        actor,
        rng,
        client_id,
        [v.decision for v in views],
        end,
        views[-1].decision.granted_sum,
    )
    month = 0
    while start + dt.timedelta(days=30 * month) <= end:
        for line in view.lines:
            if line.frequency == "once" and month > 0:
                continue
            day = start + dt.timedelta(days=30 * month + rng.randint(0, 27))
            amount = _amount(line, rng, fast)
            if day <= end and amount <= use.left:
                _spend(use, line, day, amount)
        month += 1


def _spend(use: Use, line: BudgetLine, day: dt.date, amount: Decimal) -> None:
    method, source = _BY_CATEGORY.get(line.category, _MOBILE)
    entry: SpendingEntry | None
    first = use.counter == 0  # the first purchase is entered on the laptop with the client
    if first or (source == "mobile_payment_report" and use.rng.random() < 0.2):
        use.counter += 1
        entry = ledger.record_spending(
            use.vault,
            use.actor,
            use.client_id,
            ledger.Spending(
                method=method,
                amount=amount,
                spent_on=day,
                category=line.category,
                provider=line.provider,
                description="Kirjattu kotikäynnillä",
            ),
        ).value
    else:
        entry = _from_county(use, line, day, amount, method, source)
        if entry is None:
            return
    use.left -= amount
    _settle(use, entry)


def _from_county(
    use: Use, line: BudgetLine, day: dt.date, amount: Decimal, method: str, source: str
) -> SpendingEntry | None:
    """An entry as the county's systems report it (checked by the same rules)."""
    governing = in_force(use.decisions, day)
    if governing is None:
        return None
    check_category(line.category, governing.excluded_categories, governing.allowed_categories)
    use.counter += 1
    entry = SpendingEntry(
        client_id=use.client_id,
        decision_id=governing.id,
        chain_id=governing.chain_id,
        method=method,
        source=source,
        external_ref=f"{short_id(use.client_id)}-{use.counter}",
        spent_on=day,
        amount=amount,
        category=line.category,
        provider=line.provider,
        description=line.description,
        recorded_by="county",
    )
    use.session.add(entry)
    use.session.flush()
    return entry


def _settle(use: Use, e: SpendingEntry) -> None:
    """Confirm invoices, report receipts, and now and then dispute and correct."""
    later = e.spent_on + dt.timedelta(days=use.rng.randint(3, 12))
    if later > use.end:
        return  # still pending today
    if e.method == "invoice":
        disputed = use.rng.random() < 0.04
        ledger.confirm_invoice(
            use.vault,
            use.actor,
            use.client_id,
            e.id,
            confirmed_on=later,
            verdict="disputed" if disputed else "correct",
            comment="Käyntejä oli vähemmän." if disputed else None,
        )
        if disputed:
            ledger.reverse_entry(
                use.vault,
                use.actor,
                use.client_id,
                e.id,
                reason="Asiakas kiisti laskun; palveluntuottaja hyvittää.",
                on=later,
            )
    elif e.method == "direct_payment":
        ledger.report_receipts(
            use.vault,
            use.actor,
            use.client_id,
            e.id,
            amount=e.amount,
            reported_on=later,
            description="Kuitit toimitettu.",
        )
