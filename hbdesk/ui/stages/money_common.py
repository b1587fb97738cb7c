"""Shared parts of the money stages: amounts typed by people, words for codes, layout helpers."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QWidget,
)

from hbdesk.models.errors import DomainError
from hbdesk.models.values import parse_money, parse_quantity
from hbdesk.ui import domain_messages, lock_parts
from hbdesk.ui.speaker import APP_WORDS, Words

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def parse_amount(text: str, *, allow_zero: bool = False) -> Decimal:
    """Euros typed by a person: "1 234,50", "1234.50", "12 €"; DomainError for anything else."""
    cleaned = text.strip()
    if not cleaned:
        raise DomainError("required", "amount")
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise DomainError("not_a_number", "amount")
    return parse_money(cleaned, "amount", allow_zero=allow_zero)


def parse_count(text: str) -> Decimal:
    """A quantity typed by a person ("2", "1,5")."""
    if not text.strip():
        raise DomainError("required", "quantity")
    return parse_quantity(text.strip())


def error_words(exc: BaseException) -> str:
    """A domain error in the user's words (our codes first, then the app's shared list)."""
    code = getattr(exc, "code", "")
    words = _error_words().get(code)
    if words is not None:
        details = getattr(exc, "details", {}) or {}
        return words.replace("%1", str(details.get("available", "")))
    return domain_messages.describe(exc)


_W = TypeVar("_W", bound=QWidget)


def register_words() -> None:
    """Let the runner's own message boxes word the money stages' codes too."""
    domain_messages.register({code: partial(_error_word, code) for code in _error_words()})


def _error_word(code: str) -> str:
    return _error_words()[code]


def _error_words() -> dict[str, str]:
    return {
        "required": translate("MoneyWords", "This field is required."),
        "not_a_number": translate(
            "MoneyWords", "Not an amount: write euros and cents, for example 1 234,50."
        ),
        "negative_amount": translate("MoneyWords", "The amount cannot be negative."),
        "zero_amount": translate("MoneyWords", "The amount must be more than zero."),
        "too_many_decimals": translate(
            "MoneyWords", "Use at most two decimals for euros (three for quantities)."
        ),
        "amount_too_large": translate("MoneyWords", "The amount is too large; check the number."),
        "quantity_not_positive": translate("MoneyWords", "The quantity must be more than zero."),
        "quantity_too_large": translate(
            "MoneyWords", "The quantity is too large; check the number."
        ),
        "category_refused": translate(
            "MoneyWords", "Gambling and crime can never be paid from a personal budget."
        ),
        "category_restricted": translate(
            "MoneyWords", "The decision's restrictions do not allow spending in this category."
        ),
        "already_confirmed": translate(
            "MoneyWords",
            "This invoice has already been confirmed. A confirmation is given only once.",
        ),
        "exceeds_balance": translate(
            "MoneyWords", "The amount is more than the balance left (%1 €)."
        ),
        "not_an_invoice": translate("MoneyWords", "Only invoices are confirmed by the client."),
        "not_a_direct_payment": translate(
            "MoneyWords", "Receipts are reported only for direct payments."
        ),
        "receipts_exceed_payment": translate(
            "MoneyWords", "The receipts would add up to more than the payment."
        ),
        "receipts_before_payment": translate(
            "MoneyWords", "Receipts cannot be reported before the day of the payment."
        ),
        "legal_basis_missing_part": translate(
            "MoneyWords",
            "The legal basis must name every act the budget's parts fall under "
            "(or make one decision per act).",
        ),
        "entry_reversed": translate("MoneyWords", "This entry has already been corrected."),
        "entry_is_a_reversal": translate("MoneyWords", "A correction cannot itself be corrected."),
        "confirmed_before_invoice": translate(
            "MoneyWords", "The confirmation cannot be dated before the invoice."
        ),
        "decision_not_started": translate(
            "MoneyWords", "The decision is not yet in force on that day."
        ),
        "decision_expired": translate(
            "MoneyWords", "The decision is no longer in force on that day."
        ),
        "decision_refused": translate(
            "MoneyWords", "The decision refused the budget: nothing can be spent."
        ),
        "no_decision": translate(
            "MoneyWords", "There is no decision yet: spending needs an issued decision."
        ),
        "decision_required": translate(
            "MoneyWords", "Choose the decision the spending belongs to."
        ),
        "duplicate_entry": translate("MoneyWords", "This entry has already been recorded."),
        "budget_draft_exists": translate(
            "MoneyWords", "A budget draft already exists; continue with it."
        ),
        "budget_decided": translate(
            "MoneyWords", "This budget has been decided and can no longer be changed."
        ),
        "line_outside_budget_period": translate(
            "MoneyWords", "The line's period must be inside the budget's."
        ),
        "catalogue_version_mismatch": translate(
            "MoneyWords", "The item is from another catalogue version than the budget."
        ),
        "catalogue_price_fixed": translate("MoneyWords", "A catalogue price cannot be changed."),
        "budget_has_no_lines": translate(
            "MoneyWords", "Add at least one line to the budget first."
        ),
        "decision_issued": translate(
            "MoneyWords", "An issued decision cannot be changed, only superseded."
        ),
        "decision_already_superseded": translate(
            "MoneyWords", "That decision has already been superseded."
        ),
        "acknowledgement_required": translate(
            "MoneyWords", "Write who acknowledged receiving the decision."
        ),
        "notified_before_decided": translate(
            "MoneyWords", "The notification cannot be before the decision."
        ),
        "granted_differs_from_proposal": translate(
            "MoneyWords",
            "A granted decision grants the proposed sum; choose partly granted for less.",
        ),
        "partial_grant_not_below_proposal": translate(
            "MoneyWords", "A partly granted sum must be above zero and below the proposed sum."
        ),
        "refused_with_sum": translate(
            "MoneyWords", "A refused decision grants nothing: set the sum to 0,00."
        ),
        "period_ends_before_start": translate("MoneyWords", "The period ends before it starts."),
        "out_of_scale": translate("MoneyWords", "The score is outside the scale."),
        "client_closed": translate("MoneyWords", "The client relationship has ended."),
    }


def category_names() -> dict[str, str]:
    return {
        "home_help": translate("MoneyWords", "Home help"),
        "cleaning": translate("MoneyWords", "Cleaning"),
        "personal_assistance": translate("MoneyWords", "Personal assistance"),
        "coaching": translate("MoneyWords", "Coaching"),
        "therapy": translate("MoneyWords", "Therapy"),
        "peer_support": translate("MoneyWords", "Peer support"),
        "sports": translate("MoneyWords", "Sports"),
        "culture": translate("MoneyWords", "Culture"),
        "leisure": translate("MoneyWords", "Leisure"),
        "course": translate("MoneyWords", "Course"),
        "transport": translate("MoneyWords", "Transport"),
        "camp": translate("MoneyWords", "Camp"),
        "respite": translate("MoneyWords", "Respite care"),
        "equipment": translate("MoneyWords", "Equipment"),
        "other": translate("MoneyWords", "Other"),
        "gambling": translate("MoneyWords", "Gambling"),
        "crime": translate("MoneyWords", "Crime"),
    }


def area_names() -> dict[str, str]:
    return {
        "social_welfare": translate("MoneyWords", "Social welfare (Social Welfare Act)"),
        "disability": translate("MoneyWords", "Disability services (Disability Services Act)"),
        "family_care": translate("MoneyWords", "Informal care support"),
        "elderly": translate("MoneyWords", "Older people's services"),
        "child_welfare": translate("MoneyWords", "Child welfare"),
    }


def unit_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "hour": say.translate("MoneyWords", "hour"),
        "visit": say.translate("MoneyWords", "visit"),
        "session": say.translate("MoneyWords", "session"),
        "day": say.translate("MoneyWords", "day"),
        "week": say.translate("MoneyWords", "week"),
        "month": say.translate("MoneyWords", "month"),
        "year": say.translate("MoneyWords", "year"),
        "card": say.translate("MoneyWords", "card"),
        "course": say.translate("MoneyWords", "course"),
        "trip": say.translate("MoneyWords", "trip"),
        "ticket": say.translate("MoneyWords", "ticket"),
        "piece": say.translate("MoneyWords", "piece"),
    }


def frequency_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "once": say.translate("MoneyWords", "once"),
        "weekly": say.translate("MoneyWords", "every week"),
        "monthly": say.translate("MoneyWords", "every month"),
    }


def method_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "mobile_payment": say.translate("MoneyWords", "Mobile payment"),
        "payment_commitment": say.translate("MoneyWords", "Payment commitment"),
        "invoice": say.translate("MoneyWords", "Invoice"),
        "service_voucher": say.translate("MoneyWords", "Service voucher"),
        "direct_payment": say.translate("MoneyWords", "Direct payment"),
    }


def status_names() -> dict[str, str]:
    return {
        "pending": translate("MoneyWords", "Pending"),
        "confirmed": translate("MoneyWords", "Confirmed"),
        "disputed": translate("MoneyWords", "Disputed"),
        "reversed": translate("MoneyWords", "Corrected"),
    }


def source_names() -> dict[str, str]:
    return {
        "laptop": translate("MoneyWords", "Entered here"),
        "e_invoice": translate("MoneyWords", "E-invoice"),
        "mobile_payment_report": translate("MoneyWords", "Mobile payment report"),
        "voucher_redemption": translate("MoneyWords", "Voucher redeemed"),
        "commitment_billing": translate("MoneyWords", "Commitment billed"),
        "payment_system": translate("MoneyWords", "Payment system"),
    }


def held_reason_names() -> dict[str, str]:
    """Why the county's server held a payment instead of booking it."""
    return {
        "category_refused": translate("MoneyWords", "gambling or crime: never from a budget"),
        "category_restricted": translate("MoneyWords", "a category the decision rules out"),
        "decision_expired": translate("MoneyWords", "after the decision's period"),
        "decision_not_started": translate("MoneyWords", "before the decision's period"),
        "decision_refused": translate("MoneyWords", "the decision grants nothing"),
    }


def outcome_names() -> dict[str, str]:
    return {
        "granted": translate("MoneyWords", "Granted"),
        "partly_granted": translate("MoneyWords", "Partly granted"),
        "refused": translate("MoneyWords", "Refused"),
        "ended": translate("MoneyWords", "Use ended"),
    }


def notification_names() -> dict[str, str]:
    return {
        "letter": translate("MoneyWords", "Letter"),
        "electronic": translate("MoneyWords", "Electronic message"),
        "in_person": translate("MoneyWords", "In person"),
    }


def author_names() -> dict[str, str]:
    return {
        "client": translate("MoneyWords", "Client"),
        "support_person": translate("MoneyWords", "Support person"),
        "key_worker": translate("MoneyWords", "Key worker"),
        "together": translate("MoneyWords", "Together"),
        "authorised_person": translate("MoneyWords", "Authorised person (Oma HB)"),
    }


def fill_combo(combo: QComboBox, names: dict[str, str], skip: tuple[str, ...] = ()) -> None:
    """Items shown in words, carrying the code as data."""
    combo.clear()
    for code, words in names.items():
        if code not in skip:
            combo.addItem(words, code)


def select_code(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label for text that may come from people: never rich text, bidi controls inert."""
    return lock_parts.plain_label(text, parent, wrap=wrap)


def error_label(parent: QWidget | None = None) -> QLabel:
    label = plain_label("", parent)
    label.setStyleSheet("color: #a30000; font-weight: bold;")
    label.setAccessibleName(translate("MoneyWords", "Problem"))
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show (or hide, for "") a problem; a screen reader says it at once."""
    from hbdesk.ui.status_area import announce

    label.setText(text)
    label.setVisible(bool(text))
    announce(label, text)


def mark_invalid(field: QWidget, problem: str) -> None:
    """Say on the field itself what is wrong with it (a screen reader reads it with the field),
    outline it, and put the cursor there; the mark goes when the field is edited ("" clears)."""
    field.setAccessibleDescription(problem)
    field.setProperty("invalid", bool(problem))
    field.setStyleSheet("border: 2px solid #a30000;" if problem else "")
    if not problem:
        return
    field.setFocus()
    edited = getattr(field, "textChanged", None)
    if edited is not None and not field.property("clears_its_mark"):
        field.setProperty("clears_its_mark", True)

        def clear_mark(*_: object) -> None:
            if field.property("invalid"):
                mark_invalid(field, "")

        edited.connect(clear_mark)


def show_invalid(label: QLabel, field: QWidget, text: str) -> None:
    """A problem with one field: said in `label` (and aloud), and on the field itself."""
    show_error(label, text)
    mark_invalid(field, text)


def named(widget: _W, name: str) -> _W:
    """Give an interactive widget its accessible name in one place (its visible label comes
    from the form: a placeholder would be cut off in a narrow field)."""
    widget.setAccessibleName(name)
    return widget


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """Page content in a scroll area: works at 200 % font scale on a 1366×768 screen."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def heading(text: str, parent: QWidget | None = None, size: int = 3) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1 + 0.12 * size))
    label.setFont(font)
    return label


def plain_labels(root: QWidget) -> None:
    """Every label under `root` shows text as typed (form labels included), never as HTML."""
    for label in root.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
