"""Domain and vault error codes in the user's words (DomainError.code → translated text).

Views register the codes of their own services with `register`; `describe` is what the
service runner shows when a call fails. Unknown codes still get words, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("DomainMessages", text)


_MESSAGES: dict[str, Callable[[], str]] = {
    "required": lambda: _t("Please fill in every required field."),
    "text_too_long": lambda: _t("The text is too long."),
    "text_has_nul": lambda: _t("The text contains a character that cannot be saved."),
    "not_text": lambda: _t("Please write the answer as text."),
    "invalid_choice": lambda: _t("Please choose one of the options given."),
    "not_found": lambda: _t("The record was not found. It may have been removed or moved "
                            "by a sync; open the client again."),
    "not_a_date": lambda: _t("Please give a valid date."),
    "not_a_number": lambda: _t("Please give a number."),
    "out_of_scale": lambda: _t("The answer is outside the scale."),
    "unknown_item": lambda: _t("The questionnaire has changed; open the page again."),
    "invalid_identity_code": lambda: _t(
        "The identity code is not valid. Check the date of birth, the separator (-, + or A), "
        "the individual number and the check character."),
    "identity_code_exists": lambda: _t("Another client already has this identity code."),
    "client_closed": lambda: _t("This client's relationship has been closed; nothing new "
                                "can be recorded."),
    "plan_draft_exists": lambda: _t("A draft of the plan is already open."),
    "plan_agreed": lambda: _t("This plan version has been agreed and can no longer be "
                              "changed. Start a new version to revise it."),
    "plan_has_no_need": lambda: _t("The plan needs at least one need (grounds) before it "
                                   "can be agreed."),
    "plan_has_no_goal": lambda: _t("The plan needs at least one goal before it can be "
                                   "agreed."),
    "client_must_confirm": lambda: _t("The client must confirm the plan."),
    "disagreement_is_the_clients": lambda: _t(
        "A disagreement is recorded in the words of the client or their support person."),
    "period_ends_before_start": lambda: _t("The end date is before the start date."),
    "budget_still_in_use": lambda: _t(
        "A budget is still in use. End its use with a decision before closing."),
    "unexpected": lambda: _t("Something unexpected went wrong. Nothing was saved; try "
                             "again."),
}


def register(messages: dict[str, Callable[[], str]]) -> None:
    """Add (or replace) the words for these codes; each callable returns translated text."""
    _MESSAGES.update(messages)


def describe(exc: BaseException) -> str:
    """The user's words for an error from a service call."""
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in _MESSAGES:
        return _MESSAGES[code]()
    if isinstance(code, str) and code:
        from hbdesk.models.errors import DomainError

        if not isinstance(exc, DomainError):  # a vault error: the lock screen's words
            from hbdesk.ui.vault_messages import describe as vault_describe

            problem = vault_describe(exc)
            return f"{problem.what} {problem.advice}".strip()
        return _t("This could not be saved (%1). Check what you entered and try again."
                  ).replace("%1", code)
    return _t("Something unexpected went wrong. Nothing was saved; try again. If it happens "
              "again, contact your IT support and give them this error code: %1"
              ).replace("%1", type(exc).__name__)
