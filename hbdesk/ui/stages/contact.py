"""Stage 1: contact — registering a new client, and the client's details and contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hbdesk.models.client import Client
from hbdesk.models.contact import Contact
from hbdesk.models.vocab import ContactChannel, Stage
from hbdesk.services.clients import (
    NewContact,
    list_contacts,
    register_contact,
    update_client_details,
)
from hbdesk.services.overview import Overview, client_overview
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_common import mark_invalid
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import (
    RecordCard,
    author_combo,
    clear_layout,
    date_edit,
    scaled_heading,
    show_text,
    to_date,
)
from hbdesk.ui.workspace.words import author_name, channel_name

NEW_CLIENT_PLACE = "new-client"


def masked_code(code: str | None) -> str:
    """`010190-****`: the birth date part of an identity code, the rest hidden."""
    return f"{code[:7]}****" if code and len(code) == 11 else "–"


def language_combo(parent: QWidget, name: str) -> QComboBox:
    """The client's own language, each in its own name (their view and documents use it)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for code, words in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
        combo.addItem(words, code)
    return combo


class ContactPage(StagePage):
    stage = Stage.CONTACT
    kinds = frozenset({"clients", "contacts"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ContactPage", "Contact")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(scaled_heading(self.tr("Contact"), self, scale=1.3))
        layout.addWidget(
            plain_label(
                self.tr(
                    "How the person got in touch, the needs they described and the role of "
                    "the people "
                    "close to them."
                ),
                self,
            )
        )
        self.details = plain_label("", self)
        self.details.setAccessibleName(self.tr("Client details"))
        layout.addWidget(self.details)
        row = QHBoxLayout()
        language_label = plain_label(self.tr("The client's &language"), self, wrap=False)
        self.language = language_combo(self, self.tr("The client's language"))
        language_label.setBuddy(self.language)
        self.language.activated.connect(self._language_chosen)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        self.contacts = QVBoxLayout()
        layout.addLayout(self.contacts)
        layout.addStretch(1)

    def load(self) -> None:
        client_id = self.client_id
        self.ctx.runner.call(
            client_overview,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda ov: self._show_details(client_id, ov),
        )
        self.ctx.runner.call(
            list_contacts,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda rows: self._show(client_id, rows),
        )

    def _show_details(self, client_id: str | None, overview: Overview) -> None:
        if client_id != self.client_id:
            return
        c = overview.client
        languages = {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"), "en": self.tr("English")}
        lines = [
            self.tr("Name: %1").replace("%1", c.full_name),
            # Never the whole code on a screen the client may be co-reading: the birth date part.
            self.tr("Identity code: %1").replace("%1", masked_code(c.identity_code)),
            self.tr("Language: %1").replace("%1", languages.get(c.language, c.language)),
            self.tr("Key worker: %1").replace("%1", c.key_worker_name or c.key_worker_id or "–"),
        ]
        lines += [value for value in (c.phone, c.email, c.address) if value]
        self.details.setText("\n".join(lines))
        self.language.setCurrentIndex(max(0, self.language.findData(c.language)))

    def _language_chosen(self) -> None:
        """The client's view and documents speak it from now on."""
        if self.client_id is None:
            return
        self.ctx.runner.call(
            update_client_details,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            language=self.language.currentData(),
        )

    def _show(self, client_id: str | None, rows: list[Contact]) -> None:
        if client_id != self.client_id:
            return
        from hbdesk import formatting

        clear_layout(self.contacts)
        if not rows:
            self.contacts.addWidget(plain_label(self.tr("No contact recorded."), self))
        for row in rows:
            card = RecordCard(
                self.tr("%1 · %2 · written by: %3")
                .replace("%1", formatting.date(row.contacted_on, self.ctx.lang))
                .replace("%2", channel_name(row.channel))
                .replace("%3", author_name(row.author)),
                row.described_needs,
                self,
            )
            if row.close_people_role:
                card.add_line(self.tr("Close people: %1").replace("%1", row.close_people_role))
            self.contacts.addWidget(card)


class NewClientDialog(QDialog):
    """Register a person who got in touch; typed text is kept as a draft until recorded."""

    client_registered = Signal(str, str)  # client id, name

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New client"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = form_layout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first_name = self._line(self.tr("First name"))
        self.last_name = self._line(self.tr("Last name"))
        self.identity_code = self._line(self.tr("Identity code"))
        code_hint = plain_label(self.tr("For example 010190-900P; may be left empty."), body)
        code_hint.setStyleSheet("color: #555;")
        self.contacted_on = date_edit(body, self.tr("Date of contact"))
        self.channel = QComboBox(body)
        self.channel.setAccessibleName(self.tr("How they got in touch"))
        for channel in ContactChannel:
            self.channel.addItem(channel_name(channel.value), channel.value)
        self.needs = DraftTextEdit(f"{NEW_CLIENT_PLACE}/needs", ctx.keeper, body)
        self.needs.setAccessibleName(self.tr("Needs in the person's own words"))
        self.needs.setTabChangesFocus(True)
        self.close_people = DraftTextEdit(f"{NEW_CLIENT_PLACE}/close-people", ctx.keeper, body)
        self.close_people.setAccessibleName(self.tr("The role of close people"))
        self.close_people.setTabChangesFocus(True)
        for edit in (self.needs, self.close_people):
            edit.setMinimumHeight(70)
        self.author = author_combo(body, self.tr("Written by"))
        self.client_language = language_combo(body, self.tr("The client's language"))
        self.client_language.setCurrentIndex(max(0, self.client_language.findData(ctx.lang)))
        for label, widget in (
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Identity code"), self.identity_code),
            (self.tr("&Date of contact"), self.contacted_on),
            (self.tr("&How they got in touch"), self.channel),
            (self.tr("Needs in the person's own &words"), self.needs),
            (self.tr("&Role of close people"), self.close_people),
            (self.tr("W&ritten by"), self.author),
            (self.tr("The client's lan&guage"), self.client_language),
        ):
            lab = plain_label(label, body)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
            if widget is self.identity_code:  # the hint under the field, never cut off
                form.addRow("", code_hint)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.problem = MessageLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        outer.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.register_button = self.buttons.addButton(
            self.tr("&Register"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.register_button.setAccessibleName(self.tr("Register"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        outer.addWidget(self.buttons)
        self.resize(620, 640)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    def submit(self) -> None:
        missing = [w for w in (self.first_name, self.last_name) if not w.text().strip()]
        if missing or not self.needs.toPlainText().strip():
            show_text(
                self.problem,
                self.tr("Please give the first name, the last name and the needs as described."),
            )
            mark_invalid(missing[0] if missing else self.needs, self.problem.text())
            return
        new = NewContact(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            identity_code=self.identity_code.text().strip().upper() or None,
            contacted_on=to_date(self.contacted_on),
            channel=self.channel.currentData(),
            described_needs=self.needs.toPlainText().strip(),
            close_people_role=self.close_people.toPlainText().strip() or None,
            author=self.author.currentData(),
            language=self.client_language.currentData(),
        )
        self.register_button.setEnabled(False)
        self.ctx.runner.call(
            register_contact,
            self.ctx.vault,
            self.ctx.actor,
            new,
            on_done=self._on_registered,
            on_error=self._on_error,
        )

    def _on_registered(self, client: Client) -> None:
        for edit in (self.needs, self.close_people):
            edit.clear()
            edit.save_now()
        self.client_registered.emit(client.id, client.full_name)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        from hbdesk.ui.domain_messages import describe

        self.register_button.setEnabled(True)
        show_text(self.problem, describe(exc))
        if getattr(exc, "field", None) == "identity_code":
            mark_invalid(self.identity_code, self.problem.text())
            self.identity_code.selectAll()

    def cancel(self) -> None:
        """The user's Cancel (button or Esc): ask before throwing typed words away."""
        typed = any(w.text().strip() for w in (self.first_name, self.last_name, self.identity_code))
        if typed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Discard the new client?"),
                self.tr(
                    "The client has not been registered. Throw away the name and identity "
                    "code? (The needs and close people texts stay saved as drafts.)"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing without a question (also when hbdesk locks): the texts stay as drafts."""
        for edit in (self.needs, self.close_people):
            edit.save_now()
        super().reject()
