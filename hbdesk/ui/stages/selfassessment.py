"""Stage 2: the client's self-assessment on 0–10 scales, and the answer sets given earlier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.vocab import Occasion, Stage
from hbdesk.services.selfassessment import (
    AssessmentScores,
    QuestionnaireView,
    list_self_assessments,
    questionnaire,
    record_self_assessment,
)
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import (
    ClientDraftEdit,
    author_combo,
    clear_layout,
    date_edit,
    scaled_heading,
    show_text,
    to_date,
)
from hbdesk.ui.workspace.words import occasion_name

NOT_ANSWERED = -1


def _text(obj: object, stem: str, lang: str) -> str:
    return str(getattr(obj, f"{stem}_{lang}", None) or getattr(obj, f"{stem}_fi"))


class SelfAssessmentPage(StagePage):
    stage = Stage.SELF_ASSESSMENT
    kinds = frozenset({"self_assessments", "self_assessment_answers"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SelfAssessmentPage", "Self-assessment")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: QuestionnaireView | None = None
        self.spins: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(scaled_heading(self.tr("Self-assessment"), self, scale=1.3))
        layout.addWidget(
            plain_label(
                self.tr(
                    "The person rates their everyday life from 0 (not at all) to 10 (fully). "
                    "Repeated at follow-up, the answers show what has changed. "
                    "An item may be left unanswered."
                ),
                self,
            )
        )
        layout.addWidget(plain_label(self.tr("Earlier answers (mean per area)"), self))
        self.history = QTableWidget(self)
        self.history.setAccessibleName(self.tr("Earlier self-assessments"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.setMinimumHeight(160)
        layout.addWidget(self.history)

        self.form_box = QGroupBox(self.tr("New answers"), self)
        box_layout = QVBoxLayout(self.form_box)
        top = form_layout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.answered_on = date_edit(self.form_box, self.tr("Answered on"))
        self.occasion = QComboBox(self.form_box)
        self.occasion.setAccessibleName(self.tr("Occasion"))
        for occ in Occasion:
            self.occasion.addItem(occasion_name(occ.value), occ.value)
        self.author = author_combo(self.form_box, self.tr("Answered by"), default="client")
        for text, widget in (
            (self.tr("Answered &on"), self.answered_on),
            (self.tr("O&ccasion"), self.occasion),
            (self.tr("Answered &by"), self.author),
        ):
            label = plain_label(text, self.form_box)
            label.setBuddy(widget)
            top.addRow(label, widget)
        box_layout.addLayout(top)
        self.items_layout = QVBoxLayout()
        box_layout.addLayout(self.items_layout)
        box_layout.addWidget(
            plain_label(self.tr("Comment in the person's own words"), self.form_box)
        )
        self.comment = ClientDraftEdit(
            "selfassessment/comment", ctx.keeper, self.form_box, accessible_name=self.tr("Comment")
        )
        box_layout.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.record_button = QPushButton(self.tr("&Record the answers"), self.form_box)
        self.record_button.setAccessibleName(self.tr("Record the answers"))
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(self.record_button)
        box_layout.addLayout(buttons)
        self.message = MessageLabel(self.form_box)
        box_layout.addWidget(self.message)
        layout.addWidget(self.form_box)
        layout.addStretch(1)

    def load(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.comment.set_client(client_id)
        self.message.clear_message()
        if self.view is None:  # the questions first: they name the rows of the history
            self.ctx.runner.call(
                questionnaire, self.ctx.vault, self.ctx.actor, on_done=self._on_questionnaire
            )
        else:
            self._load_history()

    def _load_history(self) -> None:
        client_id = self.client_id
        self.ctx.runner.call(
            list_self_assessments,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda rows: self._show_history(client_id, rows),
        )

    def _on_questionnaire(self, view: QuestionnaireView) -> None:
        self.view = view
        clear_layout(self.items_layout)
        self.spins = {}
        lang = self.ctx.lang
        for domain in view.domains:
            box = QWidget(self.form_box)  # a wrapping title: long domain names fit at 200 %
            outer = QVBoxLayout(box)
            outer.setContentsMargins(0, 6, 0, 0)
            outer.addWidget(scaled_heading(_text(domain, "title", lang), box, scale=1.05))
            form = form_layout()
            outer.addLayout(form)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fits a 200 % font
            for item in (i for i in view.items if i.domain_id == domain.id):
                spin = QSpinBox(box)
                spin.setRange(NOT_ANSWERED, view.questionnaire.scale_max)
                spin.setSpecialValueText(self.tr("not answered"))
                spin.setValue(NOT_ANSWERED)
                text = _text(item, "text", lang)
                spin.setAccessibleName(text)
                spin.setMinimumWidth(
                    spin.fontMetrics().horizontalAdvance(spin.specialValueText() + "__") + 40
                )
                spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                label = plain_label(text, box)
                label.setBuddy(spin)
                form.addRow(label, spin)
                self.spins[item.code] = spin
            self.items_layout.addWidget(box)
        if self.client_id is not None:
            self._load_history()

    def _show_history(self, client_id: str | None, rows: list[AssessmentScores]) -> None:
        if client_id != self.client_id:
            return
        domains = self.view.domains if self.view else []
        self.history.clear()
        self.history.setColumnCount(len(rows))
        self.history.setRowCount(len(domains) + 1)
        self.history.setVerticalHeaderLabels(
            [_text(d, "title", self.ctx.lang) for d in domains] + [self.tr("Overall")]
        )
        self.history.setHorizontalHeaderLabels(
            [
                f"{formatting.date(r.assessment.answered_on, self.ctx.lang)}\n"
                f"{occasion_name(r.assessment.occasion)}"
                for r in rows
            ]
        )
        for col, r in enumerate(rows):
            values = [r.scores.by_domain.get(d.code) for d in domains] + [r.scores.overall]
            for row, value in enumerate(values):
                text = "–" if value is None else formatting.number(value, self.ctx.lang, decimals=1)
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def answers(self) -> dict[str, int | None]:
        return {
            code: (None if spin.value() == NOT_ANSWERED else spin.value())
            for code, spin in self.spins.items()
        }

    def record(self) -> None:
        if self.view is None or self.client_id is None:
            return
        answers = self.answers()
        if all(v is None for v in answers.values()):
            show_text(self.message, self.tr("Answer at least one item before recording."))
            return
        self.record_button.setEnabled(False)
        self.ctx.runner.call(
            record_self_assessment,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            questionnaire_id=self.view.questionnaire.id,
            answered_on=to_date(self.answered_on),
            answers=answers,
            occasion=self.occasion.currentData(),
            author=self.author.currentData(),
            comment=self.comment.take_text() or None,
            on_done=self._on_recorded,
            on_error=self._on_error,
        )

    def _on_recorded(self, _row: object) -> None:
        self.record_button.setEnabled(True)
        for spin in self.spins.values():
            spin.setValue(NOT_ANSWERED)
        self.comment.clear_draft()
        self.message.show_notice(self.tr("The answers were recorded."))

    def _on_error(self, exc: BaseException) -> None:
        from hbdesk.ui.domain_messages import describe

        self.record_button.setEnabled(True)
        show_text(self.message, describe(exc))
