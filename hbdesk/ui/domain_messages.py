"""Domain and vault error codes in the user's words (DomainError.code → translated text).

Views register the codes of their own services with `register`; `describe` is what the
service runner shows when a call fails. Unknown codes still get words, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _own_words() -> dict[str, str]:
    """The words for the codes of the stages before money (read when an error is shown)."""
    return {
        "required": translate("DomainMessages", "Please fill in every required field."),
        "text_too_long": translate("DomainMessages", "The text is too long."),
        "text_has_nul": translate(
            "DomainMessages", "The text contains a character that cannot be saved."
        ),
        "not_text": translate("DomainMessages", "Please write the answer as text."),
        "text_not_unicode": translate(
            "DomainMessages",
            "The text contains a broken character that cannot be saved. Type it again.",
        ),
        "invalid_phone": translate(
            "DomainMessages",
            "Write the phone number in digits (spaces, dashes and a leading + are fine).",
        ),
        "invalid_email": translate(
            "DomainMessages", "Write one e-mail address, for example name@example.fi."
        ),
        "too_many_lines": translate("DomainMessages", "The address has too many lines."),
        "invalid_choice": translate("DomainMessages", "Please choose one of the options given."),
        "not_found": translate(
            "DomainMessages",
            "The record was not found. It may have been removed or moved by "
            "a sync; open the client again.",
        ),
        "not_a_date": translate("DomainMessages", "Please give a valid date."),
        "not_a_number": translate("DomainMessages", "Please give a number."),
        "out_of_scale": translate("DomainMessages", "The answer is outside the scale."),
        "unknown_item": translate(
            "DomainMessages", "The questionnaire has changed; open the page again."
        ),
        "invalid_identity_code": translate(
            "DomainMessages",
            "The identity code is not valid. Check the date of birth, the "
            "separator (-, + or A), the individual number and the check character.",
        ),
        "identity_code_exists": translate(
            "DomainMessages", "Another client already has this identity code."
        ),
        "client_closed": translate(
            "DomainMessages",
            "This client's relationship has been closed; nothing new can be recorded.",
        ),
        "plan_draft_exists": translate("DomainMessages", "A draft of the plan is already open."),
        "plan_agreed": translate(
            "DomainMessages",
            "This plan version has been agreed and can no longer be changed. "
            "Start a new version to revise it.",
        ),
        "plan_has_no_need": translate(
            "DomainMessages", "The plan needs at least one need (grounds) before it can be agreed."
        ),
        "plan_has_no_goal": translate(
            "DomainMessages", "The plan needs at least one goal before it can be agreed."
        ),
        "client_must_confirm": translate("DomainMessages", "The client must confirm the plan."),
        "disagreement_is_the_clients": translate(
            "DomainMessages",
            "A disagreement is recorded in the words of the client or their support person.",
        ),
        "period_ends_before_start": translate(
            "DomainMessages", "The end date is before the start date."
        ),
        "money_in_conflict": translate(
            "DomainMessages",
            "A price or quantity in this budget is in conflict between two laptops. Settle it "
            "first (Sync → Settle conflicts…); no document shows money that is not settled.",
        ),
        "conflict_resolved": translate(
            "DomainMessages", "This conflict has already been settled; sync to see the value."
        ),
        "budget_still_in_use": translate(
            "DomainMessages",
            "A budget is still in use. End its use with a decision before closing.",
        ),
    }


_MESSAGES: dict[str, Callable[[], str]] = {}


def register(messages: dict[str, Callable[[], str]]) -> None:
    """Add (or replace) the words for these codes; each callable returns translated text."""
    _MESSAGES.update(messages)


def describe(exc: BaseException) -> str:
    """The user's words for an error from a service call."""
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in _MESSAGES:
        return _MESSAGES[code]()
    own = _own_words()
    if isinstance(code, str) and code in own:
        return own[code]
    if isinstance(code, str) and code:
        from hbdesk.models.errors import DomainError

        if not isinstance(exc, DomainError):  # a vault error: the lock screen's words
            from hbdesk.ui.vault_messages import describe as vault_describe

            problem = vault_describe(exc)
            return f"{problem.what} {problem.advice}".strip()
        return translate(
            "DomainMessages", "This could not be saved (%1). Check what you entered and try again."
        ).replace("%1", code)
    return translate(
        "DomainMessages",
        "Something unexpected went wrong. Nothing was saved; "
        "try again. If it happens again, contact your IT support and give them "
        "this error code: %1",
    ).replace("%1", type(exc).__name__)
