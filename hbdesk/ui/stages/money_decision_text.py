"""A decision (or its draft) as plain text for the screen, appeal instructions included."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from hbdesk import formatting
from hbdesk.ui.stages.money_common import outcome_names

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def decision_text(
    d: Any, lang: str, *, appeal: Any = None, maker: Any = None, number: str | None = ""
) -> str:
    """`d` is an issued Decision or a DecisionDraft (then give `appeal` and `maker`)."""
    issued = appeal is None
    org = d.organisation_name if issued else appeal.organisation_name
    body = d.appeal_body if issued else appeal.body
    address = d.appeal_address if issued else appeal.address
    email = (d.appeal_email if issued else appeal.email) or ""
    phone = (d.appeal_phone if issued else appeal.phone) or ""
    court = d.appeal_court if issued else appeal.court
    name = d.decided_by_name if issued else maker.name
    title = d.decided_by_title if issued else maker.title
    head = (
        _fill(translate("DecisionText", "Decision %1"), d.number)
        if issued
        else translate("DecisionText", "DRAFT – not issued")
    )
    money = formatting.money
    parts = [
        org,
        translate("DecisionText", "PERSONAL BUDGET DECISION"),
        head,
        "",
        _fill(translate("DecisionText", "Decision: %1"), outcome_names().get(d.outcome, "")),
        _fill(
            translate("DecisionText", "Granted sum: %1 (proposed %2)"),
            money(d.granted_sum, lang),
            money(d.proposed_sum, lang),
        ),
        _fill(
            translate("DecisionText", "Validity period: %1 – %2"),
            formatting.date(d.valid_from, lang),
            formatting.date(d.valid_to, lang),
        ),
        "",
        translate("DecisionText", "Grounds"),
        d.grounds or "–",
        "",
        translate("DecisionText", "Goals and use of the budget"),
        d.plan_summary or "–",
        "",
        translate("DecisionText", "Restrictions"),
        d.restrictions
        or translate(
            "DecisionText", "No restrictions besides the general one: never gambling or crime."
        ),
        "",
        translate("DecisionText", "Follow-up agreements"),
        d.follow_up or "–",
        "",
        _fill(translate("DecisionText", "Legal basis: %1"), d.legal_basis),
        _fill(translate("DecisionText", "Decision-maker: %1, %2"), name, title),
    ]
    if issued:
        parts.append(
            _fill(translate("DecisionText", "Decided on %1"), formatting.date(d.decided_on, lang))
        )
    parts += ["", *_appeal_text(body, address, email, phone, court)]
    return "\n".join(parts)


def _appeal_text(body: str, address: str, email: str, phone: str, court: str) -> list[str]:
    contact = "\n".join(x for x in (address, email, phone) if x)
    return [
        translate("DecisionText", "INSTRUCTIONS FOR A REQUEST FOR RECTIFICATION"),
        translate(
            "DecisionText",
            "If you are not satisfied with this decision, you can ask "
            "for it to be rectified. A request for rectification comes "
            "first, before any appeal to a court.",
        ),
        _fill(translate("DecisionText", "Send the request to: %1"), body),
        contact,
        translate(
            "DecisionText",
            "Time limit: 30 days from the day you were notified of the "
            "decision, not counting that day. A letter is deemed received "
            "on the 7th day after posting, an electronic message on the "
            "3rd day after sending, and a decision handed over in person "
            "on that day. If the last day is a weekend or holiday, the "
            "time ends on the next working day.",
        ),
        translate(
            "DecisionText",
            "The request must contain: your name and contact details; "
            "the decision concerned; what change you ask for; the "
            "grounds; your signature. Attach the documents you refer to.",
        ),
        _fill(
            translate(
                "DecisionText",
                "The decision on the request can be appealed to %1 "
                "within 30 days of its notification.",
            ),
            court,
        ),
    ]
