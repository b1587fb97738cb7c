"""The stage pages of the client workspace, in the order of the HB process path.

STEPS is what the workspace shows as steps: each step's page (module and class name), its
stage and its title, known without importing the page. A page's module is imported when its
step is first shown, so launching shows the caseload without loading every page first.
PAGES (the page classes in the same order) imports them all: for tests and benchmarks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from hbdesk.models.vocab import Stage

if TYPE_CHECKING:
    from hbdesk.ui.stages.base import StagePage

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Step:
    """One step of the path; `page_class()` imports its page (the first time)."""

    module: str
    name: str  # the page's class name
    stage: Stage
    title: Callable[[], str]  # translated, in the page's own context
    on_path: bool = True  # False: possible at any stage (never "done" or "here")

    def page_class(self) -> type[StagePage]:
        page: type[StagePage] = getattr(
            importlib.import_module(f"hbdesk.ui.stages.{self.module}"), self.name
        )
        return page


# In process order: contact → … → closing. The titles are the pages' own (their title()).
STEPS: tuple[Step, ...] = (
    Step("contact", "ContactPage", Stage.CONTACT, lambda: translate("ContactPage", "Contact")),
    Step(
        "selfassessment",
        "SelfAssessmentPage",
        Stage.SELF_ASSESSMENT,
        lambda: translate("SelfAssessmentPage", "Self-assessment"),
    ),
    Step("needs", "NeedsPage", Stage.ASSESSMENT, lambda: translate("NeedsPage", "Service needs")),
    Step(
        "proposal",
        "ProposalPage",
        Stage.ASSESSMENT,
        lambda: translate("ProposalPage", "Client's proposal"),
    ),
    Step("plan", "PlanPage", Stage.PLAN, lambda: translate("PlanPage", "Client plan")),
    Step("budget", "BudgetPage", Stage.BUDGET, lambda: translate("BudgetPage", "Budget")),
    Step("decision", "DecisionPage", Stage.DECISION, lambda: translate("DecisionPage", "Decision")),
    Step("use", "UsePage", Stage.IN_USE, lambda: translate("UsePage", "Use of the budget")),
    Step(
        "followup", "FollowUpPage", Stage.FOLLOW_UP, lambda: translate("FollowUpPage", "Follow-up")
    ),
    Step(
        "feedback",
        "FeedbackPage",
        Stage.FOLLOW_UP,
        lambda: translate("FeedbackPage", "Feedback"),
        on_path=False,
    ),
    Step("closing", "ClosingPage", Stage.CLOSED, lambda: translate("ClosingPage", "Closing")),
)


def row_of(name: str) -> int:
    """The row of the step whose page class is called `name`."""
    return [step.name for step in STEPS].index(name)


def __getattr__(name: str) -> Any:
    if name == "PAGES":  # every page imported: only where all are wanted at once
        pages = [step.page_class() for step in STEPS]
        globals()["PAGES"] = pages
        return pages
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PAGES", "STEPS", "Step", "row_of"]
