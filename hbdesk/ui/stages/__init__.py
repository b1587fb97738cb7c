"""The stage pages of the client workspace, in the order of the HB process path.

PAGES is what the workspace shows as steps. A page is found by module and class name in
_ORDER (part B: hbdesk/ui/stages/budget.py defines BudgetPage, decision.py DecisionPage,
use.py UsePage, followup.py FollowUpPage — nothing to add here); a module that does not
exist yet is simply left out of the path.
"""

from __future__ import annotations

import importlib

from hbdesk.ui.stages.base import StagePage

# (module, class) in process order: contact → … → closing.
_ORDER = (
    ("contact", "ContactPage"),
    ("selfassessment", "SelfAssessmentPage"),
    ("needs", "NeedsPage"),
    ("proposal", "ProposalPage"),
    ("plan", "PlanPage"),
    ("budget", "BudgetPage"),
    ("decision", "DecisionPage"),
    ("use", "UsePage"),
    ("followup", "FollowUpPage"),
    ("feedback", "FeedbackPage"),
    ("closing", "ClosingPage"),
)


def _load() -> list[type[StagePage]]:
    pages: list[type[StagePage]] = []
    for module, name in _ORDER:
        try:
            page = getattr(importlib.import_module(f"hbdesk.ui.stages.{module}"), name)
        except ModuleNotFoundError as exc:
            if exc.name != f"hbdesk.ui.stages.{module}":
                raise  # a real import problem inside the page: never hidden
            continue
        pages.append(page)
    return pages


PAGES: list[type[StagePage]] = _load()

__all__ = ["PAGES", "StagePage"]
