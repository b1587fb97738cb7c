"""The main window's menus and their keys: File, View (with language and text size), Client, Sync.

The actions become attributes of the window (`window.lock_action`, …) so that buttons, the
shell and tests reach them by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from hbdesk.ui.lock_keys import BLANK_SHORTCUT, LOCK_SHORTCUT

if TYPE_CHECKING:
    from hbdesk.ui.main_window import MainWindow

CLIENT_VIEW_SHORTCUT = "F11"
CO_READING_SHORTCUT = "Ctrl+Shift+R"
SECOND_SCREEN_SHORTCUT = "Ctrl+F11"
DOCUMENTS_SHORTCUT = "Ctrl+Shift+D"
UNIT_OUTCOMES_SHORTCUT = "Ctrl+Shift+U"
CASELOAD_SHORTCUT = "F9"
TEXT_SIZES = (100, 125, 150, 175, 200)


translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "…")


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object] | SignalInstance,
    shortcut: str | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow, text_size: int) -> None:
    """Every menu and action of the main window."""
    _file_menu(window)
    _view_menu(window, text_size)
    _client_menu(window)
    window.sync_menu = window.menuBar().addMenu(translate("MainWindow", "&Sync"))
    window.enrol_action = _action(
        window,
        translate("MainWindow", "&Connect this laptop to the server…"),
        window.enrolment_requested,
    )
    window.sync_menu.addAction(window.enrol_action)
    # Lock, blank and the client's view keep their keys while the menu bar is hidden.
    for action in (window.lock_action, window.blank_action, window.client_view_action):
        window.addAction(action)


def _file_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.new_client_action = _action(
        window,
        translate("MainWindow", "&New client…"),
        window.new_client,
        QKeySequence.StandardKey.New,
    )
    window.lock_action = _action(
        window, translate("MainWindow", "&Lock"), window.lock_requested, LOCK_SHORTCUT
    )
    window.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.blank_action = _action(
        window, translate("MainWindow", "&Blank the screen"), window.blank_requested, BLANK_SHORTCUT
    )
    window.blank_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.quit_action = _action(
        window,
        translate("MainWindow", "&Quit"),
        window.quit_requested,
        QKeySequence.StandardKey.Quit,
    )
    menu.addAction(window.new_client_action)
    menu.addSeparator()
    menu.addAction(window.lock_action)
    menu.addAction(window.blank_action)
    menu.addSeparator()
    menu.addAction(window.quit_action)


def _view_menu(window: MainWindow, text_size: int) -> None:
    menu = window.view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.caseload_action = _action(
        window, translate("MainWindow", "&My clients"), window.toggle_caseload, CASELOAD_SHORTCUT
    )
    window.co_reading_action = QAction(
        translate("MainWindow", "&Co-reading with the client"), window
    )
    window.co_reading_action.setCheckable(True)
    window.co_reading_action.setShortcut(QKeySequence(CO_READING_SHORTCUT))
    window.co_reading_action.toggled.connect(window.set_co_reading)
    window.find_action = _action(
        window,
        translate("MainWindow", "&Find a client"),
        window._on_find,
        QKeySequence.StandardKey.Find,
    )
    window.client_view_action = _action(
        window,
        translate("MainWindow", "C&lient's view"),
        window._on_client_view_key,
        CLIENT_VIEW_SHORTCUT,
    )
    window.second_screen_action = _action(
        window,
        translate("MainWindow", "Client's view on a &second screen"),
        window.open_client_view_window,
        SECOND_SCREEN_SHORTCUT,
    )
    for action in (
        window.caseload_action,
        window.client_view_action,
        window.second_screen_action,
        window.co_reading_action,
        window.find_action,
    ):
        menu.addAction(action)
    menu.addSeparator()
    window.unit_outcomes_action = _action(
        window,
        translate("MainWindow", "&Outcomes of my unit…"),
        lambda: window.open_unit_outcomes(),
        UNIT_OUTCOMES_SHORTCUT,
    )
    menu.addAction(window.unit_outcomes_action)
    _language_menu(window)
    _text_size_menu(window, text_size)


def _language_menu(window: MainWindow) -> None:
    # Each language in its own name, so anyone can find theirs whatever is showing.
    menu = window.view_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    window.language_actions = {}
    for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == window.ctx.lang)
        action.triggered.connect(lambda _checked=False, c=code: window.language_chosen.emit(c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action


def _text_size_menu(window: MainWindow, current: int) -> None:
    """Text size 100–200 %, remembered; Ctrl++ and Ctrl+- step through the sizes."""
    menu = window.text_size_menu = window.view_menu.addMenu(translate("MainWindow", "&Text size"))
    group = QActionGroup(window)
    window.text_size_actions = {}
    for percent in TEXT_SIZES:
        action = QAction(f"{percent} %", window)
        action.setCheckable(True)
        action.setChecked(percent == current)
        action.triggered.connect(lambda _checked=False, p=percent: window.text_size_chosen.emit(p))
        group.addAction(action)
        menu.addAction(action)
        window.text_size_actions[percent] = action
    larger = [p for p in TEXT_SIZES if p > current]
    smaller = [p for p in TEXT_SIZES if p < current]
    menu.addSeparator()
    window.larger_text_action = _action(
        window,
        translate("MainWindow", "&Larger text"),
        lambda: window.text_size_chosen.emit(larger[0] if larger else current),
        QKeySequence.StandardKey.ZoomIn,
    )
    window.smaller_text_action = _action(
        window,
        translate("MainWindow", "&Smaller text"),
        lambda: window.text_size_chosen.emit(smaller[-1] if smaller else current),
        QKeySequence.StandardKey.ZoomOut,
    )
    window.larger_text_action.setEnabled(bool(larger))
    window.smaller_text_action.setEnabled(bool(smaller))
    menu.addAction(window.larger_text_action)
    menu.addAction(window.smaller_text_action)


def _client_menu(window: MainWindow) -> None:
    """What concerns the open client: their log, and the documents they keep."""
    window.client_menu = window.menuBar().addMenu(translate("MainWindow", "&Client"))
    window.client_log_action = _action(
        window, translate("MainWindow", "Client's &log…"), lambda: window.open_client_log()
    )
    window.documents_action = _action(
        window,
        translate("MainWindow", "&Documents for the client…"),
        lambda: window.open_documents(),
        DOCUMENTS_SHORTCUT,
    )
    window.client_menu.addAction(window.documents_action)
    window.client_menu.addAction(window.client_log_action)
