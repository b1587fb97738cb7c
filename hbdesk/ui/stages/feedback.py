"""Stage 9: anonymous feedback — always possible, never traceable to the person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hbdesk.models.vocab import Stage
from hbdesk.services.feedback import GIVERS, FeedbackAnswers, give_feedback
from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import show_text
from hbdesk.ui.workspace.record_page import RecordPage

# Not under client/<id>/: a draft must not tie the feedback to the person either.
FEEDBACK_PLACE = "feedback/anonymous"


class FeedbackPage(RecordPage):
    stage = Stage.FOLLOW_UP
    on_path = False  # feedback is possible at any stage

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FeedbackPage", "Feedback")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Anonymous feedback"),
            self.tr(
                "Feedback is stored without the person's name, identity code or any link "
                "to their record, and only the month is kept, not the day. It cannot be "
                "traced back to the person: it is used only to develop the services. The "
                "person can answer alone; the worker need not see the answers."
            ),
            self.tr("Feedback"),
            self.tr("&Send the feedback"),
            self.tr("Send the feedback"),
            parent,
        )
        self.unit = QLineEdit(self.form_box)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("e.g. the social work unit"))
        self.given_by = QComboBox(self.form_box)
        self.given_by.setAccessibleName(self.tr("Given by"))
        givers = {
            "client": self.tr("The person themself"),
            "support_person": self.tr("Support person"),
            "close_person": self.tr("A close person"),
        }
        for code in GIVERS:
            self.given_by.addItem(givers.get(code, code), code)
        self.felt_heard = self._scale(self.tr("I felt heard"))
        self.ease = self._scale(self.tr("Following the budget was easy"))
        self.goals = self._scale(self.tr("My goals were reached"))
        self.text = DraftTextEdit(FEEDBACK_PLACE, ctx.keeper, self.form_box)
        self.text.setAccessibleName(self.tr("Feedback in your own words"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(80)
        self.add_row(self.tr("&Unit"), self.unit)
        self.add_row(self.tr("&Given by"), self.given_by)
        self.add_row(self.tr("I felt &heard"), self.felt_heard)
        self.add_row(self.tr("Following the &budget was easy"), self.ease)
        self.add_row(self.tr("My g&oals were reached"), self.goals)
        self.add_row(self.tr("In your own &words"), self.text)

    def _scale(self, name: str) -> QComboBox:
        combo = QComboBox(self.form_box)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("No answer"), None)
        labels = (
            self.tr("1 – not at all"),
            self.tr("2"),
            self.tr("3"),
            self.tr("4"),
            self.tr("5 – fully"),
        )
        for value, label in enumerate(labels, start=1):
            combo.addItem(label, value)
        return combo

    def load(self) -> None:
        self.message.clear_message()

    def record(self) -> None:
        if not self.unit.text().strip():
            show_text(self.message, self.tr("Give the unit the feedback is about."))
            self.unit.setFocus()
            return
        answers = FeedbackAnswers(
            unit=self.unit.text().strip(),
            given_by=self.given_by.currentData(),
            felt_heard=self.felt_heard.currentData(),
            budget_follow_ease=self.ease.currentData(),
            goals_reached=self.goals.currentData(),
            text=self.text.toPlainText().strip(),
        )
        self.record_button.setEnabled(False)
        self.ctx.runner.call(
            give_feedback,
            self.ctx.vault,
            self.ctx.actor,
            dt.date.today(),
            answers,
            on_done=self._on_sent,
            on_error=self._on_error,
        )

    def _on_sent(self, _value: object) -> None:
        self.record_button.setEnabled(True)
        self.text.clear()
        self.text.save_now()
        for combo in (self.felt_heard, self.ease, self.goals):
            combo.setCurrentIndex(0)
        self.message.show_notice(self.tr("Thank you. The feedback was stored anonymously."))
