"""Stage 4: the client plan, written together — each entry shows who said it and when, and the
client's disagreement stays next to the entry it concerns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.plan import PlanConfirmation, PlanEntry
from hbdesk.models.signature import Signature
from hbdesk.models.vocab import PlanSection, Stage
from hbdesk.services.plan import (
    PlanView,
    add_plan_entry,
    get_plan,
    record_disagreement,
    start_plan,
)
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.domain_messages import describe
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.read_together import ReadTogetherDialog
from hbdesk.ui.signature_pad import SignatureView
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.people import PeopleSection
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import (
    ClientDraftEdit,
    RecordCard,
    StackedForm,
    clear_layout,
    date_edit,
    scaled_heading,
    show_text,
    to_date,
    when,
)
from hbdesk.ui.workspace.words import AUTHORS, author_name

DISAGREEMENT_STYLE = "color: #8a1f11; background: #fff3f0; padding: 4px;"
CHANGE_STYLE = "color: #0b3d7a; background: #eaf2fc; padding: 4px; font-weight: bold;"


def section_name(section: str) -> str:
    names = {
        "need": QCoreApplication.translate("PlanPage", "Needs (grounds)"),
        "goal": QCoreApplication.translate("PlanPage", "Goals"),
        "budget_use": QCoreApplication.translate("PlanPage", "Intended use of the budget"),
        "role": QCoreApplication.translate("PlanPage", "Roles"),
        "follow_up": QCoreApplication.translate("PlanPage", "Follow-up agreements"),
    }
    return names.get(section, section)


class DisagreementDialog(QDialog):
    """The client's (or support person's) disagreement with one entry, in their words."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        entry_id: str,
        entry_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.client_id, self.entry_id = ctx, client_id, entry_id
        self.setWindowTitle(self.tr("Disagreement"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The entry:"), self))
        quoted = plain_label(entry_text, self)
        quoted.setStyleSheet("font-style: italic;")
        layout.addWidget(quoted)
        form = form_layout()
        self.author = QComboBox(self)
        self.author.setAccessibleName(self.tr("Whose disagreement"))
        for code in ("client", "support_person"):
            self.author.addItem(author_name(code), code)
        self.text = ClientDraftEdit(
            f"plan/disagreement/{entry_id}",
            ctx.keeper,
            self,
            accessible_name=self.tr("Disagreement in their own words"),
            lines=4,
        )
        self.text.set_client(client_id)
        for label_text, widget in (
            (self.tr("W&hose disagreement"), self.author),
            (self.tr("In their own &words"), self.text),
        ):
            label = plain_label(label_text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("&Record the disagreement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setAccessibleName(self.tr("Record the disagreement"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def submit(self) -> None:
        if not self.text.take_text():
            show_text(self.message, self.tr("Write the disagreement in the person's words."))
            return
        self.record_button.setEnabled(False)
        self.ctx.runner.call(
            record_disagreement,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            record_table="plan_entries",
            record_id=self.entry_id,
            text=self.text.take_text(),
            author=self.author.currentData(),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _on_done(self, _row: object) -> None:
        self.text.clear_draft()
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        show_text(self.message, describe(exc))

    def reject(self) -> None:
        self.text.save_now()  # kept as a draft for the next time
        super().reject()


class PlanPage(StagePage):
    stage = Stage.PLAN

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PlanPage", "Client plan")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: PlanView | None = None
        self._chosen_version: str | None = None  # None: the newest
        self.disagreement_dialog: DisagreementDialog | None = None
        self.read_together_dialog: ReadTogetherDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(scaled_heading(self.tr("Client plan"), self, scale=1.3))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Written together with the person, who sees every entry as it is written. Each "
                    "entry shows who said it; the person's disagreement is kept next to the entry."
                ),
                self,
            )
        )
        status_row = QHBoxLayout()
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Plan status"))
        status_row.addWidget(self.status, 1)
        self.version_choice = QComboBox(self)
        self.version_choice.setAccessibleName(self.tr("Plan version"))
        self.version_choice.setToolTip(self.tr("Earlier versions are kept as they were agreed"))
        self.version_choice.activated.connect(self._on_version_chosen)
        self.version_choice.hide()
        status_row.addWidget(self.version_choice)
        self.start_button = QPushButton(self.tr("&Start a new version"), self)
        self.start_button.setAccessibleName(self.tr("Start a new version of the plan"))
        self.start_button.clicked.connect(self.start_version)
        status_row.addWidget(self.start_button)
        layout.addLayout(status_row)
        self.confirmation_box = self._confirmation_box()
        layout.addWidget(self.confirmation_box)
        self.changes_label = plain_label("", self)
        self.changes_label.setStyleSheet(CHANGE_STYLE)
        self.changes_label.setAccessibleName(self.tr("Changes since the confirmed version"))
        self.changes_label.hide()
        layout.addWidget(self.changes_label)
        self.sections = QVBoxLayout()
        layout.addLayout(self.sections)
        layout.addWidget(self._entry_form())
        layout.addWidget(self._agree_form())
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.people = PeopleSection(ctx, self)
        layout.addWidget(self.people)
        layout.addStretch(1)

    def _entry_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New entry"), self)
        self.entry_box = box
        form = StackedForm(box)
        self.section = QComboBox(box)
        self.section.setAccessibleName(self.tr("Part of the plan"))
        for section in PlanSection:
            self.section.addItem(section_name(section.value), section.value)
        self.speaker = QComboBox(box)
        self.speaker.setAccessibleName(self.tr("Who is speaking?"))
        self.speaker.addItem(self.tr("Choose who is speaking"), "")
        for code in AUTHORS:
            self.speaker.addItem(author_name(code), code)
        self.entry_text = ClientDraftEdit(
            "plan/new-entry", self.ctx.keeper, box, accessible_name=self.tr("Entry text"), lines=3
        )
        for label_text, widget in (
            (self.tr("&Part of the plan"), self.section),
            (self.tr("&Who is speaking?"), self.speaker),
            (self.tr("&Entry in the speaker's words"), self.entry_text),
        ):
            label = plain_label(label_text, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("&Add the entry"), box)
        self.add_button.setAccessibleName(self.tr("Add the entry"))
        self.add_button.clicked.connect(self.add_entry)
        form.addRow(self.add_button)
        return box

    def _agree_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Read and confirmed together"), self)
        self.agree_box = box
        form = form_layout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            plain_label(
                self.tr(
                    "When the draft is ready, read it through together. The person confirms it by "
                    "drawing a signature or typing their name; "
                    "the confirmed version is then frozen."
                ),
                box,
            )
        )
        self.follow_up_on = date_edit(box, self.tr("Next follow-up"))
        self.follow_up_on.setDate(self.follow_up_on.date().addMonths(3))
        self.agree_button = QPushButton(self.tr("&Read together and confirm…"), box)
        self.agree_button.setAccessibleName(self.tr("Read the plan together and confirm it"))
        self.agree_button.clicked.connect(self.read_together)
        label = plain_label(self.tr("Next &follow-up"), box)
        label.setBuddy(self.follow_up_on)
        form.addRow(label, self.follow_up_on)
        form.addRow(self.agree_button)
        return box

    def _confirmation_box(self) -> QWidget:
        """Who confirmed the shown version, when and how, with the signature drawn small."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.confirmation_label = plain_label("", box)
        self.confirmation_label.setAccessibleName(self.tr("Confirmation"))
        row.addWidget(self.confirmation_label, 1)
        self.signature_slot = QVBoxLayout()
        row.addLayout(self.signature_slot)
        box.hide()
        return box

    # Loading and showing.
    def load(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.entry_text.set_client(client_id)
        self.people.show_client(client_id)
        self.ctx.runner.call(
            get_plan,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            self._chosen_version,
            on_done=lambda view: self._show(client_id, view),
        )

    def _on_version_chosen(self, index: int) -> None:
        chosen = self.version_choice.itemData(index)
        newest = self.view.versions[-1].id if self.view and self.view.versions else None
        self._chosen_version = None if chosen == newest else chosen
        self.load()

    def _show(self, client_id: str, view: PlanView | None) -> None:
        if client_id != self.client_id:
            return
        self.view = view
        clear_layout(self.sections)
        draft = view is not None and view.plan.status == "draft"
        self.entry_box.setVisible(draft)
        self.agree_box.setVisible(draft)
        newest = view.versions[-1] if view is not None and view.versions else None
        self.start_button.setVisible(newest is None or newest.status != "draft")
        self._show_versions(view)
        if view is None:
            self.status.setText(self.tr("No plan yet. Start the plan to write it together."))
            self.start_button.setText(self.tr("&Start the plan"))
            return
        self.start_button.setText(self.tr("&Start a new version"))
        plan = view.plan
        if draft:
            status = self.tr("Version %1, a draft being written.").replace("%1", str(plan.version))
        elif view.confirmation is not None:  # who and how: in the confirmation line
            status = (
                self.tr("Version %1, agreed on %2.")
                .replace("%1", str(plan.version))
                .replace(
                    "%2", formatting.date(plan.agreed_on, self.ctx.lang) if plan.agreed_on else ""
                )
            )
        else:
            status = (
                self.tr("Version %1, agreed on %2, confirmed by %3.")
                .replace("%1", str(plan.version))
                .replace(
                    "%2", formatting.date(plan.agreed_on, self.ctx.lang) if plan.agreed_on else ""
                )
            )
            status = status.replace(
                "%3", ", ".join(author_name(a) for a in (plan.confirmed_by or "").split(",") if a)
            )
        if plan.next_follow_up_on:
            status += " " + self.tr("Next follow-up: %1.").replace(
                "%1", formatting.date(plan.next_follow_up_on, self.ctx.lang)
            )
        self.status.setText(status)
        self._show_confirmation(view.confirmation, view.client_name)
        self._show_changes(view)
        for section in PlanSection:
            self.sections.addWidget(self._section_box(section.value, view, draft))
        if view.changes is not None and view.changes.removed:
            self.sections.addWidget(self._removed_box(view.changes.removed))

    def confirmation_text(self, c: PlanConfirmation, client_name: str) -> str:
        how = (
            self.tr("drawn signature")
            if c.method == "drawn"
            else self.tr("typed name “%1”").replace("%1", c.typed_name or "")
        )
        text = (
            self.tr("Confirmed by %1 on %2, %3.")
            .replace("%1", client_name)
            .replace("%2", when(c.confirmed_at, self.ctx.lang))
            .replace("%3", how)
        )
        present = ", ".join(author_name(a) for a in c.present.split(",") if a)
        return text + " " + self.tr("Present: %1.").replace("%1", present)

    def _show_confirmation(self, c: PlanConfirmation | None, client_name: str) -> None:
        clear_layout(self.signature_slot)
        self.confirmation_box.setVisible(c is not None)
        if c is None:
            self.confirmation_label.clear()
            return
        self.confirmation_label.setText(self.confirmation_text(c, client_name))
        if c.method == "drawn" and c.signature:
            view = SignatureView(Signature.from_json(c.signature), self.confirmation_box)
            view.setAccessibleName(self.tr("Signature of %1").replace("%1", client_name))
            self.signature_slot.addWidget(view)

    def _show_changes(self, view: PlanView) -> None:
        ch = view.changes
        if ch is None:
            self.changes_label.hide()
            return
        on = (
            when(ch.confirmation.confirmed_at, self.ctx.lang)
            if ch.confirmation
            else (
                formatting.date(ch.against.agreed_on, self.ctx.lang) if ch.against.agreed_on else ""
            )
        )
        if ch.any:
            text = self.tr(
                "Compared with version %1, confirmed on %2: %3, %4, %5. "
                "The changes are marked below."
            )
            text = (  # each count in its own plural: "1 uusi, 2 muutettua, 0 poistettua"
                text.replace("%3", self.tr("%n new", "", len(ch.added)))
                .replace("%4", self.tr("%n changed", "", len(ch.changed)))
                .replace("%5", self.tr("%n removed", "", len(ch.removed)))
            )
        else:
            text = self.tr("No changes yet since version %1, confirmed on %2.")
        self.changes_label.setText(text.replace("%1", str(ch.against.version)).replace("%2", on))
        self.changes_label.show()

    def _removed_box(self, removed: list[PlanEntry]) -> QGroupBox:
        box = QGroupBox(self.tr("Removed since the confirmed version"), self)
        layout = QVBoxLayout(box)
        for entry in removed:
            card = RecordCard(author_name(entry.author), entry.text, box)
            card.body.setStyleSheet("text-decoration: line-through; color: #555;")
            card.setAccessibleName(
                self.tr("Removed entry by %1").replace("%1", author_name(entry.author))
            )
            layout.addWidget(card)
        return box

    def _show_versions(self, view: PlanView | None) -> None:
        self.version_choice.clear()
        versions = view.versions if view is not None else []
        for plan in reversed(versions):
            self.version_choice.addItem(
                self.tr("Version %1").replace("%1", str(plan.version)), plan.id
            )
        if view is not None:
            self.version_choice.setCurrentIndex(self.version_choice.findData(view.plan.id))
        self.version_choice.setVisible(len(versions) > 1)

    def _section_box(self, section: str, view: PlanView, draft: bool) -> QGroupBox:
        box = QGroupBox(section_name(section), self)
        layout = QVBoxLayout(box)
        entries = view.entries.get(section, [])
        if not entries:
            layout.addWidget(plain_label(self.tr("Nothing written yet."), box))
        for entry in entries:
            card = RecordCard(
                self.tr("%1 · %2")
                .replace("%1", author_name(entry.author))
                .replace("%2", when(entry.updated_at or entry.created_at, self.ctx.lang)),
                entry.text,
                box,
            )
            card.setAccessibleName(self.tr("Entry by %1").replace("%1", author_name(entry.author)))
            self._mark_change(card, entry, view)
            for d in view.disagreements.get(entry.id, []):
                card.add_line(
                    self.tr("Disagreement — %1, %2: %3")
                    .replace("%1", author_name(d.author))
                    .replace("%2", when(d.recorded_at, self.ctx.lang))
                    .replace("%3", d.text),
                    style=DISAGREEMENT_STYLE,
                )
            button = QPushButton(self.tr("Record a disagreement…"), card)
            button.setAccessibleName(
                self.tr("Record a disagreement with the entry: %1").replace("%1", entry.text[:60])
            )
            button.clicked.connect(lambda _=False, e=entry: self.disagree(e.id, e.text))
            card.add_button(button)
            layout.addWidget(card)
        return box

    def _mark_change(self, card: RecordCard, entry: PlanEntry, view: PlanView) -> None:
        ch = view.changes
        if ch is None:
            return
        if entry.id in ch.added:
            card.add_line(self.tr("New since the confirmed version"), style=CHANGE_STYLE)
        elif entry.id in ch.changed:
            was = ch.changed[entry.id]
            card.add_line(
                self.tr("Changed since the confirmed version, which read (%1): %2")
                .replace("%1", author_name(was.author))
                .replace("%2", was.text),
                style=CHANGE_STYLE,
            )

    # Actions.
    def start_version(self) -> None:
        if self.client_id is None:
            return
        self._chosen_version = None
        self.ctx.runner.call(
            start_plan, self.ctx.vault, self.ctx.actor, self.client_id, on_error=self._on_error
        )

    def add_entry(self) -> None:
        if self.client_id is None or self.view is None:
            return
        speaker = self.speaker.currentData()
        if not speaker:
            show_text(self.message, self.tr("Choose who is speaking before adding the entry."))
            self.speaker.setFocus()
            return
        if not self.entry_text.take_text():
            show_text(self.message, self.tr("Write the entry first."))
            self.entry_text.setFocus()
            return
        self.message.clear_message()
        self.add_button.setEnabled(False)
        self.ctx.runner.call(
            add_plan_entry,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.view.plan.id,
            section=self.section.currentData(),
            text=self.entry_text.take_text(),
            author=speaker,
            on_done=self._on_entry_added,
            on_error=self._on_error,
        )

    def _on_entry_added(self, _entry: object) -> None:
        self.add_button.setEnabled(True)
        self.entry_text.clear_draft()
        self.speaker.setCurrentIndex(0)  # asked again for the next entry

    def disagree(self, entry_id: str, text: str) -> None:
        if self.client_id is None:
            return
        dialog = DisagreementDialog(self.ctx, self.client_id, entry_id, text, self)
        self.disagreement_dialog = dialog
        dialog.open()

    def read_together(self) -> None:
        """Open the plan in large type for reading together, and the confirmation."""
        if self.client_id is None or self.view is None or self.view.plan.status != "draft":
            return
        dialog = ReadTogetherDialog(
            self.ctx, self.client_id, self.view, to_date(self.follow_up_on), self
        )
        self.read_together_dialog = dialog
        dialog.open()

    def _on_error(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        show_text(self.message, describe(exc))
