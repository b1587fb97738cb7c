"""The client's log: who viewed, changed, printed or disclosed this client's data, when and why.

Shown to the client in plain sentences, newest first, grouped by day, with the hash chain's
check said in words. Sentences name the kind of record, never its content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.app.store import OpenVault
from hbdesk.inert_text import visible_controls
from hbdesk.models.vocab import Action
from hbdesk.services import access_log, documents_query
from hbdesk.services.access_log import LogLine
from hbdesk.services.context import Actor, Changes
from hbdesk.services.documents_query import LogCheck
from hbdesk.ui import domain_messages
from hbdesk.ui.lock_parts import lock_button, plain_label
from hbdesk.ui.speaker import APP_WORDS, Speaker, Words
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading

translate = QCoreApplication.translate  # lupdate reads translate("ClientLogWidget", "…")

LARGE_SCALE = 1.5
# Filter codes → the actions they show.
FILTERS: dict[str, frozenset[str]] = {
    "all": frozenset(Action),
    "changes": frozenset({Action.CREATE, Action.CHANGE}),
    "views": frozenset({Action.VIEW}),
    "disclosures": frozenset({Action.DISCLOSE, Action.PRINT, Action.EXPORT}),
}


def _filter_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "all": say.translate("ClientLogWidget", "Everything"),
        "changes": say.translate("ClientLogWidget", "Changes"),
        "views": say.translate("ClientLogWidget", "Views"),
        "disclosures": say.translate("ClientLogWidget", "Disclosures, prints and copies"),
    }


def _role_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "key_worker": say.translate("ClientLogWidget", "Key worker"),
        "decision_maker": say.translate("ClientLogWidget", "Decision-maker"),
        "client": say.translate("ClientLogWidget", "The client"),
        "support_person": say.translate("ClientLogWidget", "Support person"),
        "team_member": say.translate("ClientLogWidget", "Member of the client's team"),
        "admin": say.translate("ClientLogWidget", "Administrator"),
        "system": say.translate("ClientLogWidget", "The system"),
        "authorised_person": say.translate("ClientLogWidget", "Authorised person"),
    }


def _record_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "clients": say.translate("ClientLogWidget", "basic details"),
        "contacts": say.translate("ClientLogWidget", "contact"),
        "close_people": say.translate("ClientLogWidget", "close people"),
        "team_members": say.translate("ClientLogWidget", "the client's team"),
        "self_assessments": say.translate("ClientLogWidget", "self-assessment"),
        "self_assessment_answers": say.translate("ClientLogWidget", "self-assessment answers"),
        "need_assessments": say.translate("ClientLogWidget", "service-need assessment"),
        "client_proposals": say.translate("ClientLogWidget", "the client's own proposal"),
        "support_need_considerations": say.translate(
            "ClientLogWidget", "need for a support person"
        ),
        "plans": say.translate("ClientLogWidget", "client plan"),
        "plan_entries": say.translate("ClientLogWidget", "plan entries"),
        "plan_confirmations": say.translate("ClientLogWidget", "confirmation of the plan"),
        "disagreements": say.translate("ClientLogWidget", "disagreement"),
        "budgets": say.translate("ClientLogWidget", "budget"),
        "budget_lines": say.translate("ClientLogWidget", "budget lines"),
        "decision_drafts": say.translate("ClientLogWidget", "decision draft"),
        "decisions": say.translate("ClientLogWidget", "budget decision"),
        "decision_notifications": say.translate("ClientLogWidget", "notification of the decision"),
        "spending_entries": say.translate("ClientLogWidget", "spending"),
        "invoice_confirmations": say.translate("ClientLogWidget", "confirmation of an invoice"),
        "receipt_reports": say.translate("ClientLogWidget", "receipts"),
        "follow_ups": say.translate("ClientLogWidget", "follow-up"),
        "goal_progress": say.translate("ClientLogWidget", "progress on goals"),
        "closings": say.translate("ClientLogWidget", "closing"),
        "conflicts": say.translate("ClientLogWidget", "conflicting changes"),
        "notes": say.translate("ClientLogWidget", "notes"),
        "access_log": say.translate("ClientLogWidget", "this log"),
        "mandates": say.translate("ClientLogWidget", "authorisations"),
        "web_actions": say.translate("ClientLogWidget", "what was done in Oma HB"),
    }


def _purpose_names(say: Words = APP_WORDS) -> dict[str, str]:
    return {
        "client_work": say.translate("ClientLogWidget", "client work"),
        "access_log_request": say.translate("ClientLogWidget", "showing this log"),
        "caseload": say.translate("ClientLogWidget", "the list of clients"),
        "client_data_export": say.translate("ClientLogWidget", "a copy of the client's own data"),
        "conflict_resolution": say.translate("ClientLogWidget", "resolving conflicting changes"),
        "contact": say.translate("ClientLogWidget", "first contact"),
        "decision": say.translate("ClientLogWidget", "making the decision"),
        "disclosure": say.translate("ClientLogWidget", "disclosure"),
        "feedback": say.translate("ClientLogWidget", "feedback"),
        "outcomes_comparison": say.translate(
            "ClientLogWidget", "comparing the worker's clients with the unit's outcomes"
        ),
        "print_decision": say.translate("ClientLogWidget", "printing the decision"),
        "print_plan": say.translate("ClientLogWidget", "printing the plan"),
    }


def records_in_words(record_ids: Iterable[str], say: Words = APP_WORDS) -> str:
    """The kinds of record touched, in words, with how many of each: never their content."""
    names = _record_names(say)
    order = {table: i for i, table in enumerate(names)}
    counts: dict[str, int] = {}
    for record in record_ids:
        table = record.split(":", 1)[0]
        counts[table] = counts.get(table, 0) + 1
    if not counts:
        return say.translate("ClientLogWidget", "the client's details")
    words = []
    for table in sorted(counts, key=lambda t: (order.get(t, len(order)), t)):
        word = names.get(table) or say.translate("ClientLogWidget", "other records")
        words.append(word if counts[table] == 1 else f"{word} ({counts[table]})")
    return ", ".join(dict.fromkeys(words))


def who(line: LogLine, actor: Actor | None = None, say: Words = APP_WORDS) -> str:
    """The role (and the name, when it is the person using this laptop) and the device."""
    role = _role_names(say).get(line.user_role, line.user_role)
    if actor is not None and line.user_id == actor.user_id and actor.display_name:
        role = f"{role} {actor.display_name}"
    return (
        say.translate("ClientLogWidget", "%1 (device %2)")
        .replace("%1", role)
        .replace("%2", line.device_id)
    )


def _what(line: LogLine, person: str, say: Words = APP_WORDS) -> str:
    things = records_in_words(line.record_ids, say)
    if line.action == Action.VIEW:
        text = say.translate("ClientLogWidget", "%1 viewed: %2.")
    elif line.action == Action.CREATE:
        text = say.translate("ClientLogWidget", "%1 recorded: %2.")
    elif line.action == Action.CHANGE:
        text = say.translate("ClientLogWidget", "%1 changed: %2.")
    elif line.action == Action.PRINT:
        text = say.translate("ClientLogWidget", "%1 printed: %2.")
    elif line.action == Action.EXPORT:
        text = say.translate("ClientLogWidget", "%1 made a copy of all the client's data.")
    elif line.action == Action.DISCLOSE:
        text = say.translate("ClientLogWidget", "%1 disclosed data to: %2.")
        things = line.recipient or "?"
    else:
        text = say.translate("ClientLogWidget", "%1 handled: %2.")
    return text.replace("%1", person).replace("%2", things)


def local_time(instant: dt.datetime, lang: str) -> tuple[str, str]:
    """The date and the clock time on this laptop: ("24.11.2026", "14.05")."""
    local = instant.astimezone()
    return formatting.date(local.date(), lang), formatting.clock(local, lang)


def sentence(line: LogLine, lang: str, actor: Actor | None = None, say: Words = APP_WORDS) -> str:
    """One log row as a plain sentence: when — who did what — why (— to whom, on what basis)."""
    day, clock = local_time(line.at, lang)
    when = say.translate("ClientLogWidget", "%1 at %2").replace("%1", day).replace("%2", clock)
    parts = [f"{when} — {_what(line, who(line, actor, say), say)}"]
    if line.action == Action.DISCLOSE:
        if line.disclosed:
            parts.append(
                say.translate("ClientLogWidget", "What: %1.").replace(
                    "%1", line.disclosed.rstrip(".")
                )
            )
        if line.legal_basis:
            parts.append(
                say.translate("ClientLogWidget", "Legal basis: %1.").replace(
                    "%1", line.legal_basis.rstrip(".")
                )
            )
    purpose = _purpose_names(say).get(line.purpose) or say.translate(
        "ClientLogWidget", "other (%1)"
    ).replace("%1", line.purpose)
    parts.append(say.translate("ClientLogWidget", "Reason: %1.").replace("%1", purpose))
    return " ".join(parts)


def check_in_words(check: LogCheck, say: Words = APP_WORDS) -> str:
    if check.ok:
        return say.translate(
            "ClientLogWidget", "The log is intact: no entry has been changed or removed."
        )
    return (
        say.translate(
            "ClientLogWidget",
            "Warning: the log has been tampered with at entry %1 of device %2. "
            "Entries from there on cannot be trusted; tell the data protection officer.",
        )
        .replace("%1", str(check.seq or "?"))
        .replace("%2", check.device_id or "?")
    )


def day_heading(day: dt.date, lang: str) -> str:
    locale = QLocale(
        QLocale.Language.Swedish
        if lang == "sv"
        else QLocale.Language.English
        if lang == "en"
        else QLocale.Language.Finnish
    )
    name = locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {formatting.date(day, lang)}"


def _fetch(vault: OpenVault, actor: Actor, client_id: str) -> tuple[list[LogLine], LogCheck]:
    """Off the UI thread: the client's log (its reading logged first) and the chain check."""
    lines = access_log.client_access_log(vault, actor, client_id)
    return lines, documents_query.access_log_check(vault)


class ClientLogWidget(QWidget):
    """The log of one client in plain sentences, newest first, grouped by day, filterable."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        """`lang`: the language the log speaks (the client's, where the client reads it);
        by default the worker's. In large type when its parent is (`large=True`)."""
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.lang = lang or ctx.lang
        self.say: Words = Speaker(lang) if lang else APP_WORDS
        self.lines: list[LogLine] = []
        self.check: LogCheck | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            scaled_heading(
                self.say.translate("ClientLogWidget", "Who has used the client's data"), self
            )
        )
        layout.addWidget(
            self._label(
                self.say.translate(
                    "ClientLogWidget",
                    "Every time someone views, records, changes, prints or discloses the client's "
                    "data, it is written here with the time, the device and the reason.",
                )
            )
        )
        self.check_label = self._label("")
        self.check_label.setAccessibleName(
            self.say.translate("ClientLogWidget", "Check of the log")
        )
        layout.addWidget(self.check_label)
        row = QHBoxLayout()
        show = self._label(self.say.translate("ClientLogWidget", "Show"), wrap=False)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.say.translate("ClientLogWidget", "Show"))
        for code, words in _filter_names(self.say).items():
            self.filter.addItem(words, code)
        show.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._fill)
        row.addWidget(show)
        row.addWidget(self.filter)
        row.addStretch(1)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            self.say.translate("ClientLogWidget", "Log entries, newest first")
        )
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.status = self._label(self.say.translate("ClientLogWidget", "Loading…"))
        self.status.setAccessibleName(
            self.say.translate("ClientLogWidget", "How many entries are shown")
        )
        layout.addWidget(self.status)
        ctx.runner.changed.connect(self._on_changed)
        self.load()

    def _label(self, text: str, *, wrap: bool = True) -> QLabel:
        return plain_label(text, self, wrap=wrap)  # plain text: recipients are typed by people

    def load(self) -> None:
        """Read the log again (through the runner; the reading itself is logged)."""
        self.ctx.runner.call(
            _fetch,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            on_done=self._on_loaded,
            on_error=self._on_failed,
        )

    def _on_loaded(self, result: tuple[list[LogLine], LogCheck]) -> None:
        self.lines, self.check = result
        self.check_label.setText(check_in_words(self.check, self.say))
        self.check_label.setStyleSheet(
            "" if self.check.ok else "color: #a30000; font-weight: bold;"
        )
        self._fill()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(domain_messages.describe(exc))

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id in changes.clients and self.isVisible():
            self.load()

    def shown_lines(self) -> list[LogLine]:
        wanted = FILTERS[self.filter.currentData() or "all"]
        return [line for line in self.lines if line.action in wanted]

    def sentences(self) -> list[str]:
        """The sentences shown (without day headings), newest first."""
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == "entry"
        ]

    def _fill(self) -> None:
        self.list.clear()
        lang = self.lang
        shown = self.shown_lines()
        current: dt.date | None = None
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        for line in shown:
            day = line.at.astimezone().date()
            if day != current:
                current = day
                head = QListWidgetItem(day_heading(day, lang))
                head.setFont(heading_font)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setData(Qt.ItemDataRole.UserRole, "day")
                self.list.addItem(head)
            # Recipients and legal bases are typed by people: their control characters inert.
            item = QListWidgetItem(visible_controls(sentence(line, lang, self.ctx.actor, self.say)))
            item.setData(Qt.ItemDataRole.UserRole, "entry")
            if line.action == Action.DISCLOSE:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        if shown:
            ClientLogCounts = self.say.in_context("ClientLogCounts")
            self.status.setText(
                ClientLogCounts.tr("%1 of %n entries shown.", "", len(self.lines)).replace(
                    "%1", str(len(shown))
                )
            )
        else:
            self.status.setText(self.say.translate("ClientLogWidget", "Nothing to show."))


def enlarge(root: QWidget, scale: float) -> None:
    """Every widget under `root` in type `scale` times its size, set on each one: a style
    sheet above (the client's view has one) would stop a font set on `root` alone."""
    for widget in (root, *root.findChildren(QWidget)):
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        widget.setFont(font)
    root.setProperty("enlarged", scale)


class ClientLogDialog(QDialog):
    """The client's log in its own window (from the Client menu or the client's view)."""

    lock_requested = Signal()

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        parent: QWidget | None = None,
        large: bool = False,
        *,
        lang: str | None = None,
    ) -> None:
        """`large` and `lang` (the client's language) where the client reads it."""
        super().__init__(parent)
        self.log = ClientLogWidget(ctx, client_id, self, lang=lang)
        say = self.log.say
        # No client name in the title: the window may be on the client's screen.
        self.setWindowTitle(say.translate("ClientLogWidget", "Client's log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(say.translate("ClientLogWidget", "Close"))
        close.setAccessibleName(say.translate("ClientLogWidget", "Close the log"))
        buttons.rejected.connect(self.reject)
        self.lock_button = lock_button(self)
        self.lock_button.clicked.connect(self.lock_requested)
        row = QHBoxLayout()
        row.addWidget(self.lock_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.log, 1)
        layout.addLayout(row)
        if large:
            enlarge(self, LARGE_SCALE)
        self.resize(900, 640)
