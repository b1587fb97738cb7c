"""Oma HB's words that come from code, not templates: marked with `N_` for the catalogs,
translated when a page is made (`t`), in the client's words as on the laptop's client view.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hbdesk.models.balance import BudgetState, SpendingRow
from hbdesk.server.omahb.i18n import inert
from hbdesk.server.omahb.log import Line

T = Callable[..., str]


def N_(message: str) -> str:
    """Marks a message for the catalogs; translated later."""
    return message


NAV = (
    ("", N_("Overview")),
    ("plan", N_("Plan")),
    ("money", N_("Budget")),
    ("invoices", N_("Invoices")),
    ("receipts", N_("Receipts")),
    ("goals", N_("Goals")),
    ("log", N_("Who has used my data")),
    ("mandates", N_("Authorisations")),
)

SECTIONS = {
    "need": N_("What you need"),
    "goal": N_("Your goals"),
    "budget_use": N_("What the budget is used for"),
    "role": N_("Who does what"),
    "follow_up": N_("How we follow up"),
}

WRITTEN_BY = {
    "client": N_("You wrote this"),
    "key_worker": N_("Your key worker wrote this"),
    "support_person": N_("Your support person wrote this"),
    "together": N_("We wrote this together"),
    "authorised_person": N_("Your authorised person"),
}

EVALUATED_BY = {
    "client": N_("your own evaluation"),
    "together": N_("evaluated together"),
    "key_worker": N_("your key worker's evaluation"),
    "support_person": N_("your support person's evaluation"),
}

METHODS = {
    "mobile_payment": N_("Mobile payment"),
    "payment_commitment": N_("Payment commitment"),
    "invoice": N_("Invoice"),
    "service_voucher": N_("Service voucher"),
    "direct_payment": N_("Money to your account"),
}

SCORES = {
    2: N_("+2 much better than expected"),
    1: N_("+1 better than expected"),
    0: N_("0 as expected"),
    -1: N_("−1 worse than expected"),
    -2: N_("−2 much worse than expected"),
}

NOTICES = {
    "invoice_confirmed": N_(
        "Thank you: you confirmed the invoice. Your key worker sees it at the next sync."
    ),
    "invoice_disputed": N_(
        "Thank you: you said you do not recognise the invoice. Your key worker will look into it."
    ),
    "receipt_reported": N_("Thank you: the receipt was sent."),
    "goal_evaluated": N_(
        "Thank you: your evaluation was saved. Your key worker sees it at your next meeting."
    ),
    "mandate_granted": N_(
        "The authorisation was saved. The person can log in with their own identification."
    ),
    "mandate_withdrawn": N_("The authorisation was withdrawn."),
    "logged_out": N_("You have logged out."),
    "logged_out_everywhere": N_("You were logged out (on every device)."),
    "session_expired": N_(
        "You were logged out because you were away for a while. Please log in again."
    ),
    "please_log_in": N_("Please log in first."),
}

REFUSALS = {
    "not_found": N_("That was not found. It may have been handled already."),
    "not_allowed": N_("You cannot do that with this authorisation."),
    "already_confirmed": N_("This invoice has already been answered — nothing was changed."),
    "handled_by_worker": N_(
        "Your key worker has already handled this invoice — nothing was changed."
    ),
    "choose_verdict": N_("Choose whether the invoice is correct or not."),
    "words_required": N_("Please write a few words about it."),
    "words_too_long": N_("The text is too long (at most 2 000 characters)."),
    "bad_amount": N_("Write the amount in euros, for example 12,50."),
    "receipts_exceed_payment": N_("The receipts would be more than the payment. Check the amount."),
    "choose_score": N_("Choose how the goal has gone."),
    "bad_identity_code": N_("Check the personal identity code."),
    "mandate_for_oneself": N_("You cannot authorise yourself."),
    "bad_end_date": N_("Choose the date the authorisation ends."),
    "mandate_ends_in_the_past": N_("The end date must not be in the past."),
    "mandate_too_long": N_("An authorisation can last at most five years."),
    "already_withdrawn": N_("This authorisation was already withdrawn."),
    "not_stored": N_("This could not be saved. Nothing was changed; please try again later."),
    "bad_date": N_("Choose the date of the purchase (not in the future)."),
    "file_too_large": N_("The file is too large. The largest allowed is 10 MB."),
    "file_wrong_type": N_("The file is not a photo (JPEG, PNG, WebP) or a PDF."),
    "file_damaged": N_("The file could not be read. Take a new photo or save the PDF again."),
    "file_empty": N_("Choose the file of the receipt."),
}

ROLES = {
    "key_worker": N_("Your key worker"),
    "decision_maker": N_("The decision-maker"),
    "client": N_("The client (you)"),
    "support_person": N_("Your support person"),
    "team_member": N_("A member of your team"),
    "admin": N_("An administrator"),
    "system": N_("The system"),
    "authorised_person": N_("Your authorised person"),
}

RECORDS = {
    "clients": N_("basic details"),
    "contacts": N_("contact"),
    "close_people": N_("close people"),
    "team_members": N_("your team"),
    "self_assessments": N_("self-assessment"),
    "need_assessments": N_("service-need assessment"),
    "client_proposals": N_("your own proposal"),
    "plans": N_("client plan"),
    "plan_entries": N_("plan entries"),
    "plan_confirmations": N_("confirmation of the plan"),
    "disagreements": N_("disagreement"),
    "budgets": N_("budget"),
    "budget_lines": N_("budget lines"),
    "decisions": N_("budget decision"),
    "decision_drafts": N_("decision draft"),
    "decision_notifications": N_("notification of the decision"),
    "self_assessment_answers": N_("self-assessment answers"),
    "support_need_considerations": N_("need for a support person"),
    "closings": N_("closing"),
    "conflicts": N_("conflicting changes"),
    "spending_entries": N_("spending"),
    "invoice_confirmations": N_("confirmation of an invoice"),
    "receipt_reports": N_("receipts"),
    "follow_ups": N_("follow-up"),
    "goal_progress": N_("progress on goals"),
    "notes": N_("notes"),
    "mandates": N_("authorisations"),
    "web_actions": N_("what was done in Oma HB"),
    "access_log": N_("this log"),
}

# What a person did in Oma HB, said to the client: by the client, by an authorised person.
DONE_BY_CLIENT = {
    "confirm_invoice": N_("You confirmed an invoice in Oma HB."),
    "dispute_invoice": N_("You said in Oma HB that you do not recognise an invoice."),
    "report_receipt": N_("You reported a receipt in Oma HB."),
    "evaluate_goal": N_("You evaluated a goal in Oma HB."),
    "grant_mandate": N_("You authorised a person in Oma HB."),
    "withdraw_mandate": N_("You withdrew an authorisation in Oma HB."),
}
DONE_BY_AUTHORISED = {
    "confirm_invoice": N_("Your authorised person %(name)s confirmed an invoice in Oma HB."),
    "dispute_invoice": N_(
        "Your authorised person %(name)s said in Oma HB that they do not recognise an invoice."
    ),
}
OPENED_BY_CLIENT = N_("You opened the page “%(page)s” in Oma HB.")
OPENED_BY_AUTHORISED = N_("Your authorised person %(name)s opened the page “%(page)s” in Oma HB.")
PAGE_NAMES = dict(NAV) | {"overview": N_("Overview")}

VERBS = {
    "view": N_("%(who)s viewed: %(what)s."),
    "create": N_("%(who)s recorded: %(what)s."),
    "change": N_("%(who)s changed: %(what)s."),
    "print": N_("%(who)s printed: %(what)s."),
    "export": N_("%(who)s made a copy of all your data."),
    "disclose": N_("%(who)s disclosed data to: %(what)s."),
}
HANDLED = N_("%(who)s handled: %(what)s.")


def table(t: T, words: dict[Any, str]) -> dict[Any, str]:
    return {key: t(message) for key, message in words.items()}


def spending_state(t: T, row: SpendingRow, own: bool, lang_date: Callable[[Any], str]) -> str:
    """Where one use of the money stands, in the client's words (as the laptop says it)."""
    status, method = row.status.value, row.entry.method
    when = lang_date(row.confirmed_on) if row.confirmed_on else ""
    if status == "reversed":
        return t("Corrected")
    if status == "disputed":
        return t("Said not to be right: it is being checked")
    if status == "confirmed" and method == "invoice":
        if row.confirmed_by == "authorised_person":
            return t("The authorised person confirmed it on %(day)s", day=when)
        if row.confirmed_by == "support_person":
            return t("The support person confirmed it on %(day)s", day=when)
        return (
            t("You confirmed it on %(day)s", day=when)
            if own
            else t("Confirmed on %(day)s", day=when)
        )
    if status == "confirmed":
        return t("Paid")
    if method == "invoice":
        return t("Waiting for confirmation")
    if method == "direct_payment":
        return t("Waiting for receipts")
    return t("Being processed")


def money_sentence(
    t: T, state: BudgetState, money: Callable[[Decimal], str], pct: Callable[[Decimal], str]
) -> str:
    """The chart in one sentence."""
    b, pace = state.balance, state.pace
    return t(
        "Of %(granted)s, %(used)s is used and %(pending)s is waiting to be confirmed: "
        "%(share)s of the money, when %(time)s of the period has passed. %(left)s is left to use.",
        granted=money(b.granted),
        used=money(b.confirmed),
        pending=money(b.pending),
        share=pct(pace.spent_share),
        time=pct(pace.elapsed_share),
        left=money(b.available),
    )


def chart_bars(state: BudgetState, width: int = 300) -> dict[str, float]:
    """Bar widths (of `width`) for used, waiting and left, and the even pace's mark."""
    b = state.balance
    whole = max(b.granted, b.confirmed + b.pending, Decimal("0.01"))

    def part(amount: Decimal) -> float:
        return round(float(max(amount, Decimal(0)) / whole) * width, 1)

    return {
        "confirmed": part(b.confirmed),
        "pending": part(b.pending),
        "available": part(b.available),
        "pace": round(float(state.pace.elapsed_share) * width, 1),
    }


def log_sentence(t: T, line: Line) -> str:
    """One row of the log as a sentence: who did what (never the content)."""
    if line.where == "oma_hb":
        return _oma_hb_sentence(t, line)
    role = t(ROLES[line.role]) if line.role in ROLES else inert(line.role)
    who = t("%(role)s (device %(device)s)", role=role, device=inert(line.device))
    things = ", ".join(t(RECORDS[k]) if k in RECORDS else t("other records") for k in line.what)
    things = things or t("your details")
    if line.action == "disclose":
        things = inert(line.recipient) or "?"
    text = t(VERBS.get(line.action, HANDLED), who=who, what=things)
    if line.action == "disclose" and line.legal_basis:
        text += " " + t("Legal basis: %(basis)s.", basis=inert(line.legal_basis.rstrip(".")))
    return text


def _oma_hb_sentence(t: T, line: Line) -> str:
    own = line.role == "client"
    name = inert(line.who)
    if line.action == "view":
        message = PAGE_NAMES.get(line.page)
        page = t(message) if message else inert(line.page)
        if own:
            return t(OPENED_BY_CLIENT, page=page)
        return t(OPENED_BY_AUTHORISED, name=name, page=page)
    if own and line.page in DONE_BY_CLIENT:
        return t(DONE_BY_CLIENT[line.page])
    if not own and line.page in DONE_BY_AUTHORISED:
        return t(DONE_BY_AUTHORISED[line.page], name=name)
    return t(HANDLED, who=t("You") if own else name, what=inert(line.page))
