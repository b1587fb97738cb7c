"""The client's view: the screen turned to the client — large type, plain words, only their data.

It shows this one client's plan (who wrote each entry, and their disagreements), budget,
balance, and what the money has been used for with its confirmations. Everything comes from
`services.client_view`, which reads only this client's rows: no caseload, no other names.

It opens inside the main window (F11 or the button) or as a window of its own on a second
screen while the worker keeps the normal view. Leaving it is the worker's deliberate act:
"Return to the worker's view" asks first; Esc and closing do nothing by themselves.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.services.client_view import ClientEntry, ClientPlan, ClientViewData, client_view
from hbdesk.services.context import Changes
from hbdesk.services.spending_view import BudgetState, SpendingRow
from hbdesk.ui.benefit_words import benefit_sentence
from hbdesk.ui.flow_layout import FlowLayout
from hbdesk.ui.speaker import APP_WORDS, Speaker, Words
from hbdesk.ui.stages.money_common import (
    frequency_names,
    method_names,
    plain_label,
    scrolled,
    unit_names,
)
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import clear_layout

translate = QCoreApplication.translate

WINDOW_TITLE = "hbdesk"
BASE_POINTS = 16.0
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def window_title(say: Words = APP_WORDS) -> str:
    """The title while the client's view is on: no name, nothing a bystander could read."""
    return say.translate("ClientView", "hbdesk — the client's view")


def section_title(section: str, say: Words = APP_WORDS) -> str:
    titles = {
        "need": say.translate("ClientView", "What you need"),
        "goal": say.translate("ClientView", "Your goals"),
        "budget_use": say.translate("ClientView", "What the budget is used for"),
        "role": say.translate("ClientView", "Who does what"),
        "follow_up": say.translate("ClientView", "How we follow up"),
    }
    return titles.get(section, section)


def written_by(author: str, say: Words = APP_WORDS) -> str:
    words = {
        "client": say.translate("ClientView", "You wrote this"),
        "key_worker": say.translate("ClientView", "Your key worker wrote this"),
        "support_person": say.translate("ClientView", "Your support person wrote this"),
        "together": say.translate("ClientView", "We wrote this together"),
        "authorised_person": say.translate("ClientView", "The person you authorised wrote this"),
    }
    return words.get(author, author)


def disagrees(author: str, say: Words = APP_WORDS) -> str:
    if author == "support_person":
        return say.translate("ClientView", "Your support person does not agree: %1")
    return say.translate("ClientView", "You do not agree: %1")


def spending_state(row: SpendingRow, lang: str, say: Words = APP_WORDS) -> str:
    """Where one use of the money stands, in the client's words."""
    status, method = row.status.value, row.entry.method
    when = formatting.date(row.confirmed_on, lang) if row.confirmed_on else ""
    if status == "reversed":
        return say.translate("ClientView", "Corrected")
    if status == "disputed":
        return say.translate(
            "ClientView", "You said this invoice is not right: it is being checked"
        )
    if status == "confirmed" and method == "invoice":
        if row.confirmed_by == "support_person":
            return say.translate("ClientView", "Your support person confirmed it on %1").replace(
                "%1", when
            )
        if row.confirmed_by == "authorised_person":
            return say.translate(
                "ClientView", "The person you authorised confirmed it on %1 (Oma HB)"
            ).replace("%1", when)
        return say.translate("ClientView", "You confirmed it on %1").replace("%1", when)
    if status == "confirmed":
        return say.translate("ClientView", "Paid")
    if method == "invoice":
        return say.translate("ClientView", "Waiting for your confirmation")
    if method == "direct_payment":
        return say.translate("ClientView", "Waiting for your receipts")
    return say.translate("ClientView", "Being processed")


def unsettled_text(say: Words = APP_WORDS) -> str:
    return say.translate(
        "ClientView",
        "In conflict, to be settled: this line was changed differently on two laptops; "
        "your worker chooses the right value with you.",
    )


class ClientView(QWidget):
    """The client's view of one client. `leave_confirmed` when the worker chose to leave."""

    leave_confirmed = Signal()
    log_requested = Signal()  # "Who has used my data": the client's log, in large type

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
    ) -> None:
        """`lang`: the client's language when known (else it is the worker's until the data
        comes, which names the client's own)."""
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.today = today
        self.lang = lang or ctx.lang
        self.say: Words = Speaker(self.lang)
        self.data: ClientViewData | None = None
        self.scale_index = 0
        self.scales = SCALES
        self.confirm_box: QMessageBox | None = None
        self.setAccessibleName(self.say.translate("ClientView", "The client's view"))
        self.setObjectName("client-view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#client-view, #client-view-content, #client-view-body { background: #fbfaf7; }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        # The title on its own line, the buttons under it wrapping: with large text nothing
        # is pushed off the screen, the "Return" button least of all.
        bar = FlowLayout(spacing=8)
        self.smaller_button = self._button(
            self.say.translate("ClientView", "Smaller text"),
            lambda: self.set_scale(self.scale_index - 1),
        )
        self.larger_button = self._button(
            self.say.translate("ClientView", "Larger text"),
            lambda: self.set_scale(self.scale_index + 1),
        )
        self.leave_button = self._button(
            self.say.translate("ClientView", "Return to the worker's view"), self.ask_to_leave
        )
        self.log_button = self._button(
            self.say.translate("ClientView", "Who has used my data"), self.log_requested.emit
        )
        for button in (self.log_button, self.smaller_button, self.larger_button, self.leave_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.content = QWidget(self)
        self.content.setObjectName("client-view-content")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 8, 0, 24)
        # The title scrolls with the plan: at the largest text it would fill a small screen.
        self.title = self._label("", bold=True, size=1.5, parent=self.content)
        column.addWidget(self.title)
        inner = QWidget(self.content)
        inner.setObjectName("client-view-body")
        column.addWidget(inner, 1)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.area = scrolled(self.content, self)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and PgDn scroll
        self.area.setAccessibleName(
            self.say.translate("ClientView", "Your plan, budget and spending")
        )
        layout.addWidget(self.area, 1)
        self.message = self._label(self.say.translate("ClientView", "Opening your plan…"))
        self.body.addWidget(self.message)
        self._apply_scale()
        ctx.runner.changed.connect(self._on_changed)

    # ---- building blocks --------------------------------------------------------------
    def _points(self, size: float = 1.0) -> float:
        return BASE_POINTS * SCALES[self.scale_index] * size

    def _label(
        self, text: str, *, bold: bool = False, size: float = 1.0, parent: QWidget | None = None
    ) -> QLabel:
        label = plain_label(text, parent or self)
        font = label.font()
        font.setPointSizeF(self._points(size))
        font.setBold(bold)
        label.setFont(font)
        label.setProperty("client_view_size", size)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        font = button.font()
        font.setPointSizeF(BASE_POINTS)
        button.setFont(font)
        button.setMinimumHeight(44)
        button.clicked.connect(slot)
        return button

    def _add(
        self,
        text: str,
        *,
        bold: bool = False,
        size: float = 1.0,
        color: str | None = None,
        indent: int = 0,
    ) -> QLabel:
        label = self._label(text, bold=bold, size=size, parent=self.content)
        if color:
            label.setStyleSheet(f"color: {color};")
        if indent:
            label.setIndent(indent)
        self.body.addWidget(label)
        return label

    def _rule(self) -> None:
        line = QFrame(self.content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #c9c4b8;")
        self.body.addWidget(line)

    # ---- loading ----------------------------------------------------------------------
    def load(self) -> None:
        client = self.client_id
        self.ctx.runner.call(
            client_view,
            self.ctx.vault,
            self.ctx.actor,
            client,
            self.today,
            on_done=self.show_data,
            on_error=self._on_error,
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and self.client_id in changes.clients:
            self.load()  # each load is a logged reading: only for this client's changes

    def _on_error(self, exc: BaseException) -> None:
        from hbdesk.ui import domain_messages

        self._clear()
        self.message = self._add(domain_messages.describe(exc), color="#a30000")

    def show_data(self, data: ClientViewData) -> None:
        if data.client_id != self.client_id:
            return
        self.data = data
        if data.language != self.lang:  # the client's own language, whatever the worker's
            self.lang, self.say = data.language, Speaker(data.language)
            self._relabel()
        self._render()

    def _relabel(self) -> None:
        """The buttons and names in the view's language."""
        say = self.say
        self.setAccessibleName(say.translate("ClientView", "The client's view"))
        for button, text in (
            (self.smaller_button, say.translate("ClientView", "Smaller text")),
            (self.larger_button, say.translate("ClientView", "Larger text")),
            (self.leave_button, say.translate("ClientView", "Return to the worker's view")),
            (self.log_button, say.translate("ClientView", "Who has used my data")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.area.setAccessibleName(say.translate("ClientView", "Your plan, budget and spending"))
        window = self.window()
        if window is not None and window.windowTitle() != "hbdesk":
            window.setWindowTitle(window_title(say))

    def _clear(self) -> None:
        clear_layout(self.body)

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        self._clear()
        self.title.setText(
            self.say.translate("ClientView", "%1 — your plan and your budget").replace(
                "%1", f"{data.first_name} {data.last_name}"
            )
        )
        self._plan(data.plan)
        self._rule()
        self._budget(data)
        self._rule()
        self._money(data.money)
        self.body.addStretch(1)

    def _plan(self, plan: ClientPlan | None) -> None:
        lang = self.lang
        self._add(self.say.translate("ClientView", "Your plan"), bold=True, size=1.35)
        if plan is None:
            self._add(
                self.say.translate("ClientView", "There is no plan yet. We will write it together.")
            )
            return
        if plan.status == "agreed" and plan.agreed_on:
            state = (
                self.say.translate("ClientView", "Version %1, agreed together on %2.")
                .replace("%1", str(plan.version))
                .replace("%2", formatting.date(plan.agreed_on, lang))
            )
        else:
            state = self.say.translate(
                "ClientView", "Version %1 — a draft we are still writing."
            ).replace("%1", str(plan.version))
        self._add(state, color="#444")
        if plan.confirmed is not None:
            version, method, when = plan.confirmed
            local = when.astimezone()
            words = (
                self.say.translate(
                    "ClientView", "You confirmed version %1 with your signature on %2."
                )
                if method == "drawn"
                else self.say.translate(
                    "ClientView", "You confirmed version %1 with your name on %2."
                )
            )
            self._add(
                words.replace("%1", str(version)).replace(
                    "%2", f"{formatting.date(local.date(), lang)} {local.strftime('%H.%M')}"
                ),
                color="#2f6b2f",
            )
        if plan.next_follow_up_on:
            self._add(
                self.say.translate("ClientView", "Next follow-up: %1").replace(
                    "%1", formatting.date(plan.next_follow_up_on, lang)
                ),
                color="#444",
            )
        for section, entries in plan.entries.items():
            if not entries:
                continue
            self._add(section_title(section, self.say), bold=True, size=1.15)
            for entry in entries:
                self._entry(entry)

    def _entry(self, entry: ClientEntry) -> None:
        lang = self.lang
        self._add(entry.text, indent=12)
        local = entry.written_at.astimezone().date()
        self._add(
            f"{written_by(entry.author, self.say)}, {formatting.date(local, lang)}",
            size=0.8,
            color="#555",
            indent=12,
        )
        for author, text, _when in entry.disagreements:
            self._add(
                disagrees(author, self.say).replace("%1", f"“{text}”"),
                size=0.9,
                color="#8a3b00",
                indent=24,
            )

    def _budget(self, data: ClientViewData) -> None:
        lang = self.lang
        self._add(self.say.translate("ClientView", "Your budget"), bold=True, size=1.35)
        view = data.budget
        if view is None or not view.lines:
            self._add(self.say.translate("ClientView", "There is no budget yet."))
            return
        self._add(
            self.say.translate("ClientView", "For %1 – %2")
            .replace("%1", formatting.date(view.budget.valid_from, lang))
            .replace("%2", formatting.date(view.budget.valid_to, lang)),
            color="#444",
        )
        units, frequencies = unit_names(self.say), frequency_names(self.say)
        totals = {t.line_id: t.total for t in view.totals.lines}
        for line in view.lines:
            self._add(f"{line.description} — {line.provider}", indent=12)
            quantity = formatting.number(
                line.quantity,
                lang,
                decimals=0 if line.quantity == line.quantity.to_integral() else 2,
            )
            if line.frequency == "once":
                detail = self.say.translate("ClientView", "%1 per %2 · quantity %3 · in all %5")
            else:
                detail = self.say.translate("ClientView", "%1 per %2 · %3 × %4 · in all %5")
            detail = (
                detail.replace("%1", formatting.money(line.unit_price, lang))
                .replace("%2", units.get(line.unit, line.unit))
                .replace("%3", quantity)
                .replace("%4", frequencies.get(line.frequency, line.frequency))
                .replace("%5", formatting.money(totals.get(line.id, Decimal("0")), lang))
            )
            self._add(detail, size=0.85, color="#555", indent=12)
            if line.id in view.unsettled:  # never shown as settled while a person must choose
                self._add(unsettled_text(self.say), size=0.85, color="#a30000", indent=12)
            known = data.benefits.get(line.id)
            if known is not None:
                self._add(benefit_sentence(known, self.say), size=0.85, color="#1d5c3a", indent=12)
        total = self.say.translate("ClientView", "The budget in all: %1").replace(
            "%1", formatting.money(view.total, lang)
        )
        if not view.settled:
            total += " — " + self.say.translate("ClientView", "in conflict, to be settled")
        self._add(total, bold=True)

    def _money(self, states: list[BudgetState]) -> None:
        lang = self.lang
        self._add(self.say.translate("ClientView", "Your money now"), bold=True, size=1.35)
        if not states:
            self._add(self.say.translate("ClientView", "There is no budget decision yet."))
            return
        for state in states:
            d, bal = state.decision, state.balance
            self._add(
                self.say.translate("ClientView", "Granted %1 for %2 – %3")
                .replace("%1", formatting.money(bal.granted, lang))
                .replace("%2", formatting.date(d.valid_from, lang))
                .replace("%3", formatting.date(d.valid_to, lang)),
                bold=True,
            )
            for text in (
                self.say.translate("ClientView", "Used: %1").replace(
                    "%1", formatting.money(bal.confirmed, lang)
                ),
                self.say.translate("ClientView", "Waiting to be confirmed: %1").replace(
                    "%1", formatting.money(bal.pending, lang)
                ),
                self.say.translate("ClientView", "Left to use: %1").replace(
                    "%1", formatting.money(bal.available, lang)
                ),
            ):
                self._add(text, indent=12)
            bar = QProgressBar(self.content)
            used = bal.confirmed + bal.pending
            share = int((used / bal.granted * 100).quantize(Decimal("1"))) if bal.granted else 0
            bar.setRange(0, 100)
            bar.setValue(max(0, min(100, share)))
            bar.setFormat(self.say.translate("ClientView", "%1 % used").replace("%1", str(share)))
            bar.setAccessibleName(self.say.translate("ClientView", "Share of the budget used"))
            bar.setMinimumHeight(28)
            self.body.addWidget(bar)
            if state.pace.warning and state.pace.runs_out_on:
                self._add(
                    self.say.translate(
                        "ClientView",
                        "At this pace the money runs out on %1, before the period ends. "
                        "Let's talk about it.",
                    ).replace("%1", formatting.date(state.pace.runs_out_on, lang)),
                    color="#8a3b00",
                    bold=True,
                )
            elif state.pace.warning:  # no day to run out on: more is used than was granted
                self._add(
                    self.say.translate(
                        "ClientView", "More has been used than was granted. Let's talk about it."
                    ),
                    color="#8a3b00",
                    bold=True,
                )
            else:
                self._add(
                    self.say.translate("ClientView", "The money is lasting as planned."),
                    color="#2f6b2f",
                )
            self._spending(state.rows)

    def _spending(self, rows: list[SpendingRow]) -> None:
        lang = self.lang
        self._add(
            self.say.translate("ClientView", "What the money has been used for"),
            bold=True,
            size=1.15,
        )
        shown = [r for r in rows if not r.entry.reverses_id]
        if not shown:
            self._add(self.say.translate("ClientView", "Nothing yet."), indent=12)
            return
        methods = method_names(self.say)
        for row in sorted(shown, key=lambda r: r.entry.spent_on, reverse=True):
            e = row.entry
            what = e.description or e.provider
            self._add(
                " · ".join(
                    (formatting.date(e.spent_on, lang), what, formatting.money(e.amount, lang))
                ),
                indent=12,
            )
            self._add(
                f"{methods.get(e.method, e.method)} — {spending_state(row, lang, self.say)}",
                size=0.85,
                color="#555",
                indent=12,
            )

    # ---- text size --------------------------------------------------------------------
    def set_scale(self, index: int) -> None:
        self.scale_index = max(0, min(len(SCALES) - 1, index))
        self._apply_scale()

    def _apply_scale(self) -> None:
        self.smaller_button.setEnabled(self.scale_index > 0)
        self.larger_button.setEnabled(self.scale_index < len(SCALES) - 1)
        for label in (self.title, *self.content.findChildren(QLabel)):
            size = label.property("client_view_size") or 1.0
            font = label.font()
            font.setPointSizeF(self._points(float(size)))
            label.setFont(font)

    # ---- leaving ----------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        """The worker leaves deliberately: a question first, "Stay" is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.say.translate("ClientView", "hbdesk"),
            translate(
                "ClientView",
                "Leave the client's view? The worker's view shows other "
                "clients: turn the screen towards you first.",
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        leave = box.addButton(
            self.say.translate("ClientView", "Return to the worker's view"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        stay = box.addButton(
            self.say.translate("ClientView", "Stay in the client's view"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.confirm_box = box

        def decided(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is leave:
                self.leave_confirmed.emit()

        box.finished.connect(decided)
        box.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # never leaves by a stray key
            event.accept()
            return
        bar = self.area.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:  # the top and the end of the plan, as in a document
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)


class ClientViewWindow(QWidget):
    """The client's view as a window of its own, on the second screen when there is one."""

    lock_requested = Signal()  # from the client's log opened here

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._closing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = ClientView(ctx, client_id, self, today=today, lang=lang)
        self.setWindowTitle(window_title(self.view.say))
        self.view.leave_confirmed.connect(self.close_now)
        self.view.log_requested.connect(self._open_log)
        layout.addWidget(self.view)
        self.resize(1366, 768)

    def _open_log(self) -> None:
        from hbdesk.ui.client_log import ClientLogDialog

        view = self.view
        dialog = ClientLogDialog(view.ctx, view.client_id, self, large=True, lang=view.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lock_requested.connect(self.lock_requested)
        dialog.open()
        self.log_dialog = dialog

    def show_on_second_screen(self) -> None:
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        main = parent.screen() if parent is not None else None
        others = [s for s in screens if s is not main]
        if others:
            self.setGeometry(others[0].availableGeometry())
            self.show()
            self.windowHandle().setScreen(others[0])
            self.showFullScreen()
        else:
            self.show()
        self.view.load()

    def close_now(self) -> None:
        """Close without asking (the worker chose to, or the app is locking)."""
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()  # the window manager's close button asks like the button does
        self.view.ask_to_leave()
