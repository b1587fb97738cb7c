"""The client's view: large type, only this client's plan, budget and money — nothing else."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from hbdesk import formatting
from hbdesk.services.caseload import caseload
from hbdesk.services.client_view import client_view
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.ledger import confirm_invoice
from hbdesk.services.spending_view import budget_states
from hbdesk.ui.client_view import ClientView
from tests.ui.desktop.conftest import TODAY, a_client, open_client, settle

# These tests read the client's view in English: it speaks the client's own language.
pytestmark = pytest.mark.usefixtures("clients_read_english")


def every_visible_text(root: QWidget) -> list[str]:
    """All text a person could read on this window: titles, labels, buttons, fields, bars."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QProgressBar):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(widget, QListView) else model.columnCount()
            texts += [
                str(model.index(r, c).data() or "")
                for r in range(model.rowCount())
                for c in range(columns)
            ]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
        texts.append(widget.windowTitle())
    return [t for t in texts if t]


def other_clients_words(vault, client_id: str) -> list[str]:
    """Names and identity codes of every other client (the words that must never show)."""
    rows = caseload(vault, DEMO_WORKER)
    mine = next(r for r in rows if r.client_id == client_id)
    mine_words = set(mine.name.replace(",", " ").split())
    words: list[str] = []
    for row in rows:
        if row.client_id == client_id:
            continue
        words.append(row.name)
        words += [w for w in row.name.replace(",", " ").split() if w not in mine_words]
        if row.identity_code:
            words.append(row.identity_code)
    assert len(words) > 20
    return words


def assert_only_this_client(root: QWidget, vault, client_id: str) -> str:
    shown = "\n".join(every_visible_text(root))
    for word in other_clients_words(vault, client_id):
        assert word not in shown, word
    return shown


def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def answer(view: ClientView, leave: bool) -> None:
    box = view.confirm_box
    assert box is not None and box.isVisible()
    wanted = "Return to the worker's view" if leave else "Stay in the client's view"
    (button,) = [b for b in box.buttons() if b.text() == wanted]
    button.click()
    QApplication.processEvents()


def test_one_key_turns_the_screen_to_the_client(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    client = a_client(demo_vault, "in_use")
    open_client(window, client.client_id)
    window.notes_dock.show()  # the notes unfolded from the status area
    assert window.workspace.isVisible()

    press(window, Qt.Key.Key_F11)
    settle(window)
    view = window.client_view
    assert view is not None and view.isVisible() and view.data is not None
    assert not window.caseload.isVisible() and not window.workspace.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.notes_dock.isVisible()
    assert window.windowTitle() == "hbdesk — the client's view"
    shown = assert_only_this_client(window, demo_vault, client.client_id)

    # What the client reads: their goals with who wrote them, the budget and the money left.
    data = client_view(demo_vault, DEMO_WORKER, client.client_id, TODAY)
    assert data.plan is not None
    goal = data.plan.entries["goal"][0]
    assert goal.text in shown
    assert "Your goals" in shown and "Your budget" in shown
    assert f"You confirmed version {data.plan.confirmed[0]} with your signature on" in shown
    (state, *_more) = budget_states(demo_vault, DEMO_WORKER, client.client_id, TODAY)
    assert f"Left to use: {formatting.money(state.balance.available, 'en')}" in shown
    assert "What the money has been used for" in shown
    assert client.identity_code is None or client.identity_code not in shown

    # The type is large: the body text is at least 16 points, and "Larger text" grows it.
    body = next(lab for lab in view.content.findChildren(QLabel) if lab.text() == goal.text)
    assert body.font().pointSizeF() >= 16
    qtbot.mouseClick(view.larger_button, Qt.MouseButton.LeftButton)
    assert body.font().pointSizeF() >= 20


def test_leaving_needs_the_workers_deliberate_choice(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    client = a_client(demo_vault, "in_use")
    open_client(window, client.client_id)
    assert window.enter_client_view()
    settle(window)
    view = window.client_view
    assert view is not None

    press(view.area, Qt.Key.Key_Escape)  # a stray key does nothing
    assert window.client_view is view and view.confirm_box is None

    press(window, Qt.Key.Key_F11)  # the key asks; "Stay" is the default answer
    assert view.confirm_box is not None
    assert view.confirm_box.defaultButton().text() == "Stay in the client's view"
    answer(view, leave=False)
    assert window.client_view is view and not window.workspace.isVisible()

    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    answer(view, leave=True)
    assert window.client_view is None
    assert window.workspace.isVisible() and window.menuBar().isVisible()
    assert window.statusBar().isVisible()
    assert window.windowTitle() == "hbdesk"


def test_without_an_open_client_there_is_nothing_to_show(make_desktop):
    window = make_desktop("en")
    assert not window.enter_client_view()
    assert window.client_view is None and window.caseload.isVisible()
    assert window.statusBar().currentMessage() == "Open a client first."


def test_a_second_window_follows_what_the_worker_records(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    client_id = pending_invoice_client(demo_vault)
    open_client(window, client_id)
    assert window.open_client_view_window()
    second = window.client_view_window
    assert second is not None
    # What the client reads, not only the data behind it: a layout shows the labels it is
    # given at its next turn of the event loop.
    qtbot.waitUntil(
        lambda: "Waiting for your confirmation" in "\n".join(every_visible_text(second))
    )
    assert second.isVisible() and window.workspace.isVisible()  # the worker keeps their view
    shown = assert_only_this_client(second, demo_vault, client_id)
    assert "Waiting for your confirmation" in shown

    (state,) = [
        s for s in budget_states(demo_vault, DEMO_WORKER, client_id, TODAY) if s.pending_rows
    ]
    entry = next(r.entry for r in state.pending_rows if r.entry.method == "invoice")
    window.ctx.runner.call(
        confirm_invoice,
        demo_vault,
        DEMO_WORKER,
        client_id,
        entry.id,
        confirmed_by="client",
        confirmed_on=TODAY,
    )
    confirmed = f"You confirmed it on {formatting.date(TODAY, 'en')}"
    qtbot.waitUntil(lambda: confirmed in "\n".join(every_visible_text(second)))

    second.close()  # the window's own close button asks first
    assert second.isVisible() and second.view.confirm_box is not None
    answer(second.view, leave=False)
    assert second.isVisible()
    window.close_for_lock()  # locking closes it without asking
    QApplication.processEvents()
    assert window.client_view_window is None or not window.client_view_window.isVisible()


def pending_invoice_client(vault) -> str:
    for row in caseload(vault, DEMO_WORKER):
        for state in budget_states(vault, DEMO_WORKER, row.client_id, TODAY):
            if any(r.entry.method == "invoice" for r in state.pending_rows):
                return row.client_id
    raise AssertionError("the demo has no client with an invoice waiting")


def test_every_control_has_a_name_and_is_reachable(make_desktop, demo_vault):
    from tests.ui.desktop.test_desktop_accessibility import problems

    window = make_desktop("en")
    open_client(window, a_client(demo_vault, "in_use").client_id)
    assert window.enter_client_view()
    settle(window)
    assert problems(window.client_view) == []


def test_client_view_messages_are_plain(make_desktop, demo_vault):
    window = make_desktop("en")
    open_client(window, a_client(demo_vault, "contact").client_id)
    assert window.enter_client_view()
    settle(window)
    shown = "\n".join(every_visible_text(window))
    assert "There is no plan yet. We will write it together." in shown
    assert "There is no budget yet." in shown
    assert "There is no budget decision yet." in shown


def test_the_client_reads_who_has_used_their_data(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    client = a_client(demo_vault, "in_use")
    open_client(window, client.client_id)
    assert window.enter_client_view()
    settle(window)
    view = window.client_view
    assert view is not None
    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    dialog = window.client_log_dialog
    qtbot.waitUntil(lambda: bool(dialog.log.lines))
    settle(window)
    assert dialog.isVisible() and dialog.windowTitle() == "Client's log"
    shown = assert_only_this_client(dialog, demo_vault, client.client_id)
    assert "Key worker" in shown  # who did it, in words
    assert window.client_view is view  # reading the log does not leave the client's view


def test_the_client_menu_opens_the_log_of_the_open_client(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    window.client_log_action.trigger()
    assert window.statusBar().currentMessage() == "Open a client first."
    open_client(window, a_client(demo_vault, "in_use").client_id)
    window.client_log_action.trigger()
    dialog = window.client_log_dialog
    qtbot.waitUntil(lambda: bool(dialog.log.lines))
    assert dialog.isVisible()


def test_the_client_menu_opens_the_documents_of_the_open_client(qtbot, make_desktop, demo_vault):
    window = make_desktop("en")
    client = a_client(demo_vault, "in_use")
    open_client(window, client.client_id)
    press(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.documents_dialog
    assert dialog.isVisible() and dialog.client_id == client.client_id
    settle(window)
    assert_only_this_client(dialog, demo_vault, client.client_id)


def test_the_pace_is_said_plainly_also_when_more_is_used_than_granted(make_desktop, demo_vault):
    window = make_desktop("en")
    client = a_client(demo_vault, "in_use")
    open_client(window, client.client_id)
    press(window, Qt.Key.Key_F11)
    settle(window)
    view = window.client_view
    assert view is not None and view.data is not None and view.data.money

    def shown_with(**pace: object) -> str:
        state = view.data.money[0]
        money = [dataclasses.replace(state, pace=dataclasses.replace(state.pace, **pace))]
        view.show_data(dataclasses.replace(view.data, money=money))
        QApplication.processEvents()
        return "\n".join(every_visible_text(view))

    over = shown_with(warning=True, runs_out_on=None)
    assert "More has been used than was granted. Let's talk about it." in over
    assert "The money is lasting as planned." not in over
    early = shown_with(warning=True, runs_out_on=TODAY)
    assert "before the period ends. Let's talk about it." in early
    assert "The money is lasting as planned." in shown_with(warning=False, runs_out_on=None)
