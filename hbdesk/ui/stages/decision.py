"""Stage 6: prepare the decision from plan and budget, preview it, issue it, record notification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.decision import Decision, DecisionDraft
from hbdesk.models.errors import DomainError
from hbdesk.models.vocab import Stage
from hbdesk.services import budget as budget_service
from hbdesk.services import decision as decision_service
from hbdesk.services.budget import BudgetView
from hbdesk.services.decision import AppealSettings, DecisionMaker, DecisionView
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_common import (
    error_label,
    error_words,
    fill_combo,
    heading,
    named,
    notification_names,
    outcome_names,
    parse_amount,
    plain_label,
    plain_labels,
    register_words,
    scrolled,
    select_code,
    show_error,
)
from hbdesk.ui.stages.money_decision_text import decision_text
from hbdesk.ui.stages.money_tables import ReflowTable, make_table
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import to_date, to_qdate

AUTOSAVE_MS = 1500


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = named(QDateEdit(parent), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setDate(QDate.currentDate())
    return edit


def _text_edit(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(parent), name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 3) + 12)
    return edit


class DecisionPage(StagePage):
    """The budget decision: a draft from plan and budget, issued once, then only superseded."""

    stage = Stage.DECISION
    kinds = frozenset({"decisions", "decision_drafts", "decision_notifications", "budgets"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DecisionPage", "Decision")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_words()
        self.decisions: list[DecisionView] = []
        self._filling = False
        self.budget: BudgetView | None = None
        self.draft: DecisionDraft | None = None
        # Asked before issuing; tests replace it. Returns True to go on.
        self.confirm: Callable[[str], bool] = self._ask
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.body.addWidget(heading(self.tr("Budget decision"), content))
        self.status = plain_label("", content)
        self.status.setAccessibleName(self.tr("Decision status"))
        self.body.addWidget(self.status)
        self._build_list(content)
        self._build_draft(content)
        self._build_preview(content)
        self._build_notification(content)
        self.body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, self))
        plain_labels(self)
        self._show()

    # ---- building -------------------------------------------------------------------
    def _build_list(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Issued decisions"), parent)
        self.list_box = box
        layout = QVBoxLayout(box)
        self.table: ReflowTable = make_table(
            box,
            [
                self.tr("Number"),
                self.tr("Outcome"),
                self.tr("Granted sum"),
                self.tr("Valid"),
                self.tr("Decided on"),
                self.tr("Superseded by"),
                self.tr("Notified"),
            ],
            self.tr("Issued decisions"),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        self.chain_label = plain_label("", box)
        self.chain_label.setAccessibleName(self.tr("Decision chain"))
        layout.addWidget(self.chain_label)
        row = QHBoxLayout()
        self.prepare_button = named(
            QPushButton(self.tr("Prepare a decision from the plan and budget"), box),
            self.tr("Prepare a decision from the plan and budget"),
        )
        self.prepare_button.clicked.connect(lambda: self._prepare(None))
        self.revise_button = named(
            QPushButton(self.tr("Prepare a revision"), box),
            self.tr("Prepare a revision of the chosen decision"),
        )
        self.revise_button.clicked.connect(self._prepare_revision)
        row.addWidget(self.prepare_button)
        row.addWidget(self.revise_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list_error = error_label(box)
        layout.addWidget(self.list_error)
        self.body.addWidget(box)

    def _build_draft(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Decision draft"), parent)
        self.draft_box = box
        form = form_layout(box)
        self.proposed_label = plain_label("", box)
        self.proposed_label.setAccessibleName(self.tr("Proposed sum"))
        self.outcome = named(QComboBox(box), self.tr("Outcome"))
        fill_combo(self.outcome, outcome_names(), skip=("ended",))
        self.granted = named(QLineEdit(box), self.tr("Granted sum (€)"))
        self.grounds = _text_edit(box, self.tr("Grounds"), 4)
        self.plan_summary = _text_edit(box, self.tr("Goals and use of the budget"), 3)
        self.restrictions = _text_edit(box, self.tr("Restrictions"), 2)
        self.valid_from = _date_edit(box, self.tr("Valid from"))
        self.valid_to = _date_edit(box, self.tr("Valid to"))
        self.legal_basis = named(QLineEdit(box), self.tr("Legal basis"))
        self.follow_up = _text_edit(box, self.tr("Follow-up agreements"), 2)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(plain_label("–", box, wrap=False))
        period.addWidget(self.valid_to)
        period.addStretch(1)
        form.addRow(self.tr("Proposed sum"), self.proposed_label)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Granted sum (€)"), self.granted)
        form.addRow(self.tr("Grounds"), self.grounds)
        form.addRow(self.tr("Goals and use of the budget"), self.plan_summary)
        form.addRow(self.tr("Restrictions"), self.restrictions)
        form.addRow(self.tr("Validity period"), period)
        form.addRow(self.tr("Legal basis"), self.legal_basis)
        form.addRow(self.tr("Follow-up agreements"), self.follow_up)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        # What is typed into the draft is stored in it shortly after typing stops.
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(lambda: self._save(None))
        for text_edit in (self.grounds, self.plan_summary, self.restrictions, self.follow_up):
            text_edit.textChanged.connect(self._typed)
        for line_edit in (self.granted, self.legal_basis):
            line_edit.textEdited.connect(self._typed)
        self._build_maker(form, box)
        self.draft_error = error_label(box)
        form.addRow(self.draft_error)
        buttons = QHBoxLayout()
        self.save_button = named(QPushButton(self.tr("Save draft"), box), self.tr("Save draft"))
        self.preview_button = named(
            QPushButton(self.tr("Preview"), box), self.tr("Preview the decision")
        )
        self.issue_button = named(
            QPushButton(self.tr("Issue decision…"), box), self.tr("Issue decision")
        )
        self.save_button.clicked.connect(lambda: self._save(None))
        self.preview_button.clicked.connect(lambda: self._save(self._show_preview))
        self.issue_button.clicked.connect(lambda: self._save(self._issue))
        for b in (self.save_button, self.preview_button, self.issue_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.body.addWidget(box)

    def _build_maker(self, form: QFormLayout, box: QWidget) -> None:
        self.maker_name = named(
            QLineEdit(self.ctx.actor.display_name, box), self.tr("Decision-maker")
        )
        self.maker_title = named(QLineEdit(box), self.tr("Decision-maker's title"))
        self.organisation = named(QLineEdit(box), self.tr("Organisation"))
        self.appeal_body = named(
            QLineEdit(box), self.tr("Body handling a request for rectification")
        )
        self.appeal_address = _text_edit(box, self.tr("Address of that body"), 2)
        self.appeal_email = named(QLineEdit(box), self.tr("E-mail of that body"))
        self.appeal_phone = named(QLineEdit(box), self.tr("Telephone of that body"))
        self.court = named(QLineEdit(box), self.tr("Administrative court"))
        for label, widget in (
            (self.tr("Decision-maker"), self.maker_name),
            (self.tr("Title"), self.maker_title),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Request for rectification to"), self.appeal_body),
            (self.tr("Address"), self.appeal_address),
            (self.tr("E-mail"), self.appeal_email),
            (self.tr("Telephone"), self.appeal_phone),
            (self.tr("Administrative court"), self.court),
        ):
            form.addRow(label, widget)

    def _build_preview(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Decision text"), parent)
        layout = QVBoxLayout(box)
        self.preview = named(QPlainTextEdit(box), self.tr("Decision text, read only"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(220)
        layout.addWidget(self.preview)
        self.body.addWidget(box)

    def _build_notification(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Notification of the chosen decision"), parent)
        self.notify_box = box
        form = form_layout(box)
        self.method = named(QComboBox(box), self.tr("How the decision was notified"))
        fill_combo(self.method, notification_names())
        self.sent_on = _date_edit(box, self.tr("Sent or handed over on"))
        self.acknowledged = named(QLineEdit(box), self.tr("Acknowledged by"))
        self.notify_button = named(
            QPushButton(self.tr("Record notification"), box), self.tr("Record notification")
        )
        self.notify_button.clicked.connect(self._notify)
        self.deadline_label = plain_label("", box)
        self.deadline_label.setAccessibleName(self.tr("Appeal deadline"))
        self.notify_error = error_label(box)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("When"), self.sent_on)
        form.addRow(self.tr("Acknowledged by (in person)"), self.acknowledged)
        notify_row = QHBoxLayout()
        notify_row.addWidget(self.notify_button)
        notify_row.addStretch(1)
        form.addRow(notify_row)
        form.addRow(self.deadline_label)
        form.addRow(self.notify_error)
        self.body.addWidget(box)

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        if self.client_id is None:
            return
        client = self.client_id
        vault, actor = self.ctx.vault, self.ctx.actor
        self.ctx.runner.call(
            decision_service.list_decisions,
            vault,
            actor,
            client,
            on_done=lambda rows: self._decisions_loaded(client, rows),
        )
        self.ctx.runner.call(
            budget_service.get_budget,
            vault,
            actor,
            client,
            on_done=lambda view: self._budget_loaded(client, view),
        )

    def show_client(self, client_id: str) -> None:
        if client_id != self.client_id:
            self.draft = None
        super().show_client(client_id)

    def _decisions_loaded(self, client_id: str, rows: list[DecisionView]) -> None:
        if client_id != self.client_id:
            return
        chosen = self._chosen()
        self.decisions = rows
        lang = self.ctx.lang
        numbers = {v.decision.id: v.decision.number for v in rows}
        outcomes = outcome_names()
        methods = notification_names()
        cells = []
        for view in rows:
            d = view.decision
            notified = "; ".join(
                f"{methods.get(n.notification.method, '')} "
                f"{formatting.date(n.notification.sent_on, lang)}"
                for n in view.notifications
            )
            cells.append(
                [
                    d.number,
                    outcomes.get(d.outcome, d.outcome),
                    formatting.money(d.granted_sum, lang),
                    formatting.date(d.valid_from, lang) + " – " + formatting.date(d.valid_to, lang),
                    formatting.date(d.decided_on, lang),
                    numbers.get(view.superseded_by or "", ""),
                    notified,
                ]
            )
        self.table.set_rows(cells, right=(2,))
        target = next(
            (i for i, v in enumerate(rows) if chosen and v.decision.id == chosen.decision.id),
            len(rows) - 1,
        )
        if rows:
            self.table.selectRow(target)
        self._fill_appeal_defaults()
        self._show()

    def _budget_loaded(self, client_id: str | None, view: BudgetView | None) -> None:
        if client_id == self.client_id:
            self.budget = view
            self._show()

    def _chosen(self) -> DecisionView | None:
        row = self.table.currentRow()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def _fill_appeal_defaults(self) -> None:
        """The county's appeal details: from its latest decision, else from the settings."""
        if self.organisation.text():
            return
        if not self.decisions:
            self._fill_appeal_from_settings()
            return
        d = self.decisions[-1].decision
        self.organisation.setText(d.organisation_name)
        self.appeal_body.setText(d.appeal_body)
        self.appeal_address.setPlainText(d.appeal_address)
        self.appeal_email.setText(d.appeal_email or "")
        self.appeal_phone.setText(d.appeal_phone or "")
        self.court.setText(d.appeal_court)
        self.maker_title.setText(self.maker_title.text() or d.decided_by_title)

    def _fill_appeal_from_settings(self) -> None:
        from hbdesk import settings as app_settings

        stored = app_settings.load()
        self.organisation.setText(stored.organisation_name or "")
        self.appeal_body.setText(stored.rectification_body or "")
        self.appeal_address.setPlainText(stored.rectification_address or "")
        self.appeal_email.setText(stored.rectification_email or "")
        self.appeal_phone.setText(stored.rectification_phone or "")
        self.court.setText(stored.administrative_court or "")

    def _show(self) -> None:
        has_draft = self.draft is not None
        self.table.setVisible(bool(self.decisions))
        self.chain_label.setVisible(bool(self.decisions))
        self.draft_box.setVisible(has_draft)
        self.preview_button.setEnabled(has_draft)
        budget_open = self.budget is not None and self.budget.budget.status == "draft"
        first = not self.decisions
        self.prepare_button.setVisible(
            budget_open and not has_draft and not any(self._tip(v) for v in self.decisions)
        )
        chosen = self._chosen()
        self.revise_button.setVisible(chosen is not None and self._tip(chosen) and not has_draft)
        self.notify_box.setVisible(chosen is not None)
        self.list_box.setVisible(bool(self.decisions) or not self.prepare_button.isHidden())
        if has_draft:
            self.status.setText(
                self.tr("A draft is being prepared. Nothing is final until it is issued.")
            )
        elif first and self.budget is None:
            self.status.setText(self.tr("There is no budget yet: build the budget first."))
        elif first:
            self.status.setText(self.tr("No decision yet."))
        else:
            self.status.setText(
                self.tr(
                    "Issued decisions are read only; a change is made with "
                    "a new decision that supersedes the old one."
                )
            )

    def _tip(self, view: DecisionView) -> bool:
        return view.superseded_by is None and view.decision.outcome != "ended"

    def _selected(self) -> None:
        chosen = self._chosen()
        self._show()
        if chosen is None:
            return
        by_id = {v.decision.id: v for v in self.decisions}
        chain = [v for v in self.decisions if v.decision.chain_id == chosen.decision.chain_id]
        self.chain_label.setText(
            self.tr("Chain: %1").replace("%1", " → ".join(v.decision.number for v in chain))
        )
        if self.draft is None:
            self.preview.setPlainText(decision_text(chosen.decision, self.ctx.lang))
        self.deadline_label.setText(self._deadline_words(by_id[chosen.decision.id]))
        self.sent_on.setDate(to_qdate(max(dt.date.today(), chosen.decision.decided_on)))

    def _deadline_words(self, view: DecisionView) -> str:
        if not view.notifications:
            return self.tr("Not notified yet: the appeal time starts from the notification.")
        n = view.notifications[-1]
        lang = self.ctx.lang
        return (
            self.tr("Deemed received %1. A request for rectification can be made until %2.")
            .replace("%1", formatting.date(n.deemed_received, lang))
            .replace("%2", formatting.date(n.rectification_deadline, lang))
        )

    # ---- the draft --------------------------------------------------------------------
    def _prepare_revision(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._prepare(chosen.decision.id)

    def _prepare(self, supersedes_id: str | None) -> None:
        show_error(self.list_error, "")
        if self.budget is None:
            show_error(self.list_error, self.tr("Build the budget first."))
            return
        self.ctx.runner.call(
            decision_service.prepare_decision,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.budget.budget.id,
            supersedes_id=supersedes_id,
            on_done=self._draft_ready,
            on_error=lambda exc: show_error(self.list_error, error_words(exc)),
        )

    def _draft_ready(self, draft: DecisionDraft) -> None:
        self._filling = True
        try:
            self._fill_draft(draft)
        finally:
            self._filling = False
        self._show()
        self.grounds.setFocus()

    def _fill_draft(self, draft: DecisionDraft) -> None:
        self.draft = draft
        lang = self.ctx.lang
        self.proposed_label.setText(formatting.money(draft.proposed_sum, lang))
        select_code(self.outcome, draft.outcome)
        self.granted.setText(f"{draft.granted_sum:.2f}".replace(".", ","))
        self.grounds.setPlainText(draft.grounds)
        self.plan_summary.setPlainText(draft.plan_summary or "")
        self.restrictions.setPlainText(draft.restrictions or "")
        self.valid_from.setDate(to_qdate(draft.valid_from))
        self.valid_to.setDate(to_qdate(draft.valid_to))
        self.legal_basis.setText(draft.legal_basis)
        self.follow_up.setPlainText(draft.follow_up or "")
        self.preview.clear()

    def _typed(self, *_args: object) -> None:
        if self.draft is not None and not self._filling:
            self._autosave.start()

    def _outcome_changed(self) -> None:
        if self.draft is None:
            return
        if self.outcome.currentData() == "refused":
            self.granted.setText("0,00")
        elif self.outcome.currentData() == "granted":
            self.granted.setText(f"{self.draft.proposed_sum:.2f}".replace(".", ","))

    def _fields(self) -> dict[str, object]:
        return dict(
            outcome=self.outcome.currentData(),
            granted_sum=parse_amount(self.granted.text(), allow_zero=True),
            grounds=self.grounds.toPlainText(),
            plan_summary=self.plan_summary.toPlainText(),
            restrictions=self.restrictions.toPlainText(),
            valid_from=to_date(self.valid_from),
            valid_to=to_date(self.valid_to),
            legal_basis=self.legal_basis.text(),
            follow_up=self.follow_up.toPlainText(),
        )

    def _save(self, then: Callable[[DecisionDraft], None] | None) -> None:
        self._autosave.stop()
        show_error(self.draft_error, "")
        if self.draft is None:
            return
        try:
            fields = self._fields()
        except DomainError as exc:
            show_error(self.draft_error, error_words(exc))
            return
        self.ctx.runner.call(
            decision_service.update_decision_draft,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.draft.id,
            **fields,
            on_done=lambda draft: self._saved(draft, then),
            on_error=lambda exc: show_error(self.draft_error, error_words(exc)),
        )

    def _saved(self, draft: DecisionDraft, then: Callable[[DecisionDraft], None] | None) -> None:
        self.draft = draft
        if then is not None:
            then(draft)

    def _appeal(self) -> AppealSettings:
        return AppealSettings(
            organisation_name=self.organisation.text(),
            body=self.appeal_body.text(),
            address=self.appeal_address.toPlainText(),
            court=self.court.text(),
            email=self.appeal_email.text().strip() or None,
            phone=self.appeal_phone.text().strip() or None,
        )

    def _show_preview(self, draft: DecisionDraft) -> None:
        self.preview.setPlainText(
            decision_text(
                draft, self.ctx.lang, appeal=self._appeal(), maker=self._maker(), number=None
            )
        )

    def _maker(self) -> DecisionMaker:
        return DecisionMaker(self.maker_name.text(), self.maker_title.text())

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Issue decision"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _issue(self, draft: DecisionDraft) -> None:
        self._show_preview(draft)
        if not self.confirm(
            self.tr(
                "Issue this decision now? An issued decision cannot be "
                "changed, only superseded by a new decision."
            )
        ):
            return
        self.ctx.runner.call(
            decision_service.issue_decision,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            draft.id,
            decided_on=dt.date.today(),
            decided_by=self._maker(),
            appeal=self._appeal(),
            on_done=self._issued,
            on_error=lambda exc: show_error(self.draft_error, error_words(exc)),
        )

    def _issued(self, decision: Decision) -> None:
        self.draft = None
        self._autosave.stop()
        self.table.clearSelection()
        self._show()

    # ---- notification -----------------------------------------------------------------
    def _notify(self) -> None:
        chosen = self._chosen()
        show_error(self.notify_error, "")
        if chosen is None:
            return
        self.ctx.runner.call(
            decision_service.record_notification,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            chosen.decision.id,
            method=self.method.currentData(),
            sent_on=to_date(self.sent_on),
            acknowledged_by=self.acknowledged.text().strip() or None,
            on_error=lambda exc: show_error(self.notify_error, error_words(exc)),
        )
