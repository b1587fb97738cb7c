"""Stage 10: closing the client relationship — reason, effects, the final self-assessment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from hbdesk import formatting
from hbdesk.models.vocab import ClosingReason, Stage
from hbdesk.services.closing import close_client
from hbdesk.services.selfassessment import AssessmentScores, list_self_assessments
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import author_combo, date_edit, to_date
from hbdesk.ui.workspace.record_page import RecordPage
from hbdesk.ui.workspace.words import occasion_name


def reason_name(reason: str) -> str:
    names = {
        "goals_reached": QCoreApplication.translate("ClosingPage", "Goals reached"),
        "need_ended": QCoreApplication.translate("ClosingPage", "The need ended"),
        "client_wish": QCoreApplication.translate("ClosingPage", "The person's own wish"),
        "moved": QCoreApplication.translate("ClosingPage", "Moved away"),
        "other_service": QCoreApplication.translate("ClosingPage", "Moved to another service"),
        "died": QCoreApplication.translate("ClosingPage", "Died"),
        "other": QCoreApplication.translate("ClosingPage", "Other reason"),
    }
    return names.get(reason, reason)


class ClosingPage(RecordPage):
    stage = Stage.CLOSED
    kinds = frozenset({"closings", "self_assessments", "clients"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClosingPage", "Closing")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Closing the client relationship"),
            self.tr(
                "Why the relationship ends and what it achieved. A budget still in use "
                "must first be ended by a decision, which the person can appeal. Ask the "
                "person to fill in a final self-assessment (occasion: at closing)."
            ),
            self.tr("Close"),
            self.tr("&Close the client relationship"),
            self.tr("Close the client relationship"),
            parent,
        )
        self.closed_on = date_edit(self.form_box, self.tr("Closed on"))
        self.reason = QComboBox(self.form_box)
        self.reason.setAccessibleName(self.tr("Reason"))
        for reason in ClosingReason:
            self.reason.addItem(reason_name(reason.value), reason.value)
        self.reason_text = self.draft("closing/reason", self.tr("Reason in words"), lines=2)
        self.effects = self.draft("closing/effects", self.tr("Effects"), lines=4)
        self.final = QComboBox(self.form_box)
        self.final.setAccessibleName(self.tr("Final self-assessment"))
        self.author = author_combo(self.form_box, self.tr("Written by"))
        self.add_row(self.tr("Closed &on"), self.closed_on)
        self.add_row(self.tr("&Reason"), self.reason)
        self.add_row(self.tr("Reason in &words"), self.reason_text)
        self.add_row(self.tr("&Effects: what changed for the person"), self.effects)
        self.add_row(self.tr("&Final self-assessment"), self.final)
        self.add_row(self.tr("&Written by"), self.author)

    def load_entries(self) -> None:
        client_id = self.client_id
        self.ctx.runner.call(
            list_self_assessments,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda rows: self._show_assessments(client_id, rows),
        )

    def _show_assessments(self, client_id: str | None, rows: list[AssessmentScores]) -> None:
        if client_id != self.client_id:
            return
        self.final.clear()
        self.final.addItem(self.tr("None"), None)
        chosen = 0
        for r in reversed(rows):
            a = r.assessment
            overall = (
                "–"
                if r.scores.overall is None
                else formatting.number(r.scores.overall, self.ctx.lang, decimals=1)
            )
            self.final.addItem(
                f"{formatting.date(a.answered_on, self.ctx.lang)} · "
                f"{occasion_name(a.occasion)} · {overall}",
                a.id,
            )
            if a.occasion == "final" and not chosen:
                chosen = self.final.count() - 1
        self.final.setCurrentIndex(chosen)

    def record(self) -> None:
        if self.missing(self.effects):
            return
        self.submit(
            close_client,
            closed_on=to_date(self.closed_on),
            reason=self.reason.currentData(),
            effects=self.effects.take_text(),
            reason_text=self.reason_text.take_text(),
            author=self.author.currentData(),
            final_assessment_id=self.final.currentData(),
        )

    def recorded(self, value: Any) -> None:
        self.message.show_notice(
            self.tr("The client relationship was closed on %1.").replace(
                "%1", formatting.date(value.closed_on, self.ctx.lang)
            )
        )
