"""The process vocabulary in the user's words: stages, next steps, authors, channels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def stage_name(stage: str) -> str:
    names = {
        "contact": translate("ProcessWords", "Contact"),
        "self_assessment": translate("ProcessWords", "Self-assessment"),
        "assessment": translate("ProcessWords", "Service-need assessment"),
        "plan": translate("ProcessWords", "Client plan"),
        "budget": translate("ProcessWords", "Budget"),
        "decision": translate("ProcessWords", "Budget decision"),
        "in_use": translate("ProcessWords", "Budget in use"),
        "follow_up": translate("ProcessWords", "Follow-up"),
        "closed": translate("ProcessWords", "Closed"),
    }
    return names.get(stage, stage)


def next_step_text(step: str) -> str:
    texts = {
        "self_assessment": translate("ProcessWords", "Fill in the self-assessment together"),
        "need_assessment": translate("ProcessWords", "Assess the need for services"),
        "client_proposal": translate("ProcessWords", "Write down the client's own proposal"),
        "trusted_person": translate(
            "ProcessWords", "Find a trusted person or consider a support person"
        ),
        "agree_plan": translate("ProcessWords", "Write and agree the client plan"),
        "build_budget": translate("ProcessWords", "Build the budget from real prices"),
        "prepare_decision": translate("ProcessWords", "Prepare the budget decision"),
        "issue_decision": translate("ProcessWords", "Issue the budget decision"),
        "notify_decision": translate("ProcessWords", "Record how the decision was notified"),
        "confirm_invoices": translate(
            "ProcessWords", "Go through invoices waiting for the client's confirmation"
        ),
        "follow_up": translate("ProcessWords", "Hold the follow-up"),
        "revise_or_close": translate("ProcessWords", "The decision has ended: revise or close"),
        "none": translate("ProcessWords", "Nothing urgent"),
    }
    return texts.get(step, step)


def author_name(author: str) -> str:
    names = {
        "client": translate("ProcessWords", "Client"),
        "key_worker": translate("ProcessWords", "Key worker"),
        "support_person": translate("ProcessWords", "Support person"),
        "together": translate("ProcessWords", "Together"),
        "authorised_person": translate("ProcessWords", "Authorised person (Oma HB)"),
    }
    return names.get(author, author)


AUTHORS = ("client", "key_worker", "support_person", "together")


def channel_name(channel: str) -> str:
    names = {
        "web_request": translate("ProcessWords", "Request on the web pages"),
        "phone": translate("ProcessWords", "Phone"),
        "chat": translate("ProcessWords", "Chat"),
        "office": translate("ProcessWords", "Visit to the office"),
        "home_visit": translate("ProcessWords", "Home visit"),
        "secure_message": translate("ProcessWords", "Secure message"),
        "referral": translate("ProcessWords", "Referral"),
    }
    return names.get(channel, channel)


def occasion_name(occasion: str) -> str:
    names = {
        "start": translate("ProcessWords", "At the start"),
        "follow_up": translate("ProcessWords", "At follow-up"),
        "final": translate("ProcessWords", "At closing"),
    }
    return names.get(occasion, occasion)
