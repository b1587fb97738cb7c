"""A tour of every main view and dialog of the desktop on the demo vault, as the app shows them.

Used by the layout probe under a real X server (tests/ui/screen_probe.py) and by
scripts/screenshots.py. Each stop is named; `visit(name)` brings it on screen and returns the
top-level window to look at, `leave()` closes what the stop opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hbdesk.services.caseload import caseload
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.settings import Settings
from hbdesk.store import KdfParams
from hbdesk.ui.reflow import fit_to_screen
from hbdesk.ui.shell import Shell
from hbdesk.ui.stages import PAGES

# A throw-away copy of the demo vault (the tests' KDF and passphrase).
QUICK_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
PASSPHRASE = "kolme iloista kissaa tanssii"  # the tests' throw-away vaults

STAGE_STOPS = [f"stage-{page.__name__}" for page in PAGES]
STOPS = [
    "lock-screen",
    "caseload",
    *STAGE_STOPS,
    "plan-draft",
    "budget-draft",
    "decision-draft",
    "client-view",
    "client-view-largest-text",
    "new-client",
    "documents",
    "documents-commitment",
    "client-log",
    "client-log-large",
    "unit-outcomes",
    "disagreement",
    "consent",
    "read-together",
    "enrolment",
]


def settle(shell: Shell | None = None, rounds: int = 3) -> None:
    """Let background calls finish and the layouts settle; then delete what the app threw
    away (deleteLater), as its event loop would: processEvents() alone never does, and the
    pages of every client opened, the client views and closed dialogs piled up hidden in the
    main window (3000 widgets by the last stop, each walked by the checks and sent every
    WindowBlocked of every modal dialog)."""
    window = shell.main_window if shell is not None else None
    for _ in range(rounds):
        if window is not None:
            window.ctx.runner.wait_idle()
        QApplication.processEvents()
        QApplication.sendPostedEvents()  # layout requests posted by the last results
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


@dataclass
class Tour:
    """The desktop of one language on a vault folder; stops are visited one at a time."""

    folder: Path
    # No idle lock during a tour: a slow walk (AT-SPI on a loaded machine) takes minutes.
    settings: Settings = field(default_factory=lambda: Settings(idle_lock_minutes=240))
    shell: Shell | None = None
    _opened: list[QWidget] = field(default_factory=list)
    _clients: dict[tuple[str, ...], str] = field(default_factory=dict)

    def start(self) -> None:
        self._clients.clear()
        self.shell = Shell(
            self.folder,
            settings=self.settings,
            kdf=QUICK_KDF,
            preload=False,
            quit_app=lambda: None,
        )
        self.shell.start()
        settle()

    def unlock(self) -> None:
        shell = self.shell
        assert shell is not None
        page = shell.lock_window.unlock_page
        page.passphrase.setText(PASSPHRASE)
        page.unlock_button.click()
        # The sync panel joins the desktop once the caseload has shown.
        wait_until(
            lambda: (
                shell.main_window is not None and shell.main_window.sync_dock_widget() is not None
            )
        )
        settle(shell)

    @property
    def window(self):  # the MainWindow
        assert self.shell is not None and self.shell.main_window is not None
        return self.shell.main_window

    def client(self, *stages: str) -> str:
        """The first demo client at the first of `stages` that has one; looked up once per
        tour (no stop moves a client to another stage: starting a plan leaves it at "plan"),
        not by a caseload query on the UI thread at every stop."""
        if stages not in self._clients:
            self._clients[stages] = self._first_client(stages)
        return self._clients[stages]

    def _first_client(self, stages: tuple[str, ...]) -> str:
        for stage in stages:
            rows = caseload(self.shell.open_vault, DEMO_WORKER, stage=stage)
            if rows:
                return rows[0].client_id
        raise LookupError(stages)

    def stop(self) -> None:
        if self.shell is not None:
            self.leave()
            self.shell.shutdown()
            settle()

    # Stops.
    def visit(self, name: str) -> QWidget:
        """Bring the stop on screen; returns the window showing it."""
        self.leave()
        if name == "lock-screen":
            return self.shell.lock_window
        if self.shell.main_window is None:
            self.unlock()
        if name.startswith("stage-"):
            return self._stage(self.client("in_use"), name.removeprefix("stage-"))
        method = getattr(self, "_" + name.replace("-", "_"))
        shown = method()
        settle(self.shell)
        if isinstance(shown, QDialog) and not shown.property("fitted_to_screen"):
            # A dialog fits itself to its screen when it gets the focus (ui/reflow.py), as it
            # does on a desktop. The probes' processes share one X server and so its one input
            # focus: another process's window can take it first, and the dialog was measured
            # unfitted (read-together at 900×700 on the 683×384 screen, now and then). What
            # the focus would do, done here; if the focus comes after, the app sees it done.
            shown.setProperty("fitted_to_screen", True)
            fit_to_screen(shown)
            settle(self.shell)
        return shown

    def leave(self) -> None:
        closed = False
        for widget in self._opened:
            if shiboken6.isValid(widget) and isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)
                closed = True
        self._opened.clear()
        window = self.shell.main_window if self.shell else None
        if window is not None and window.client_view is not None:
            window.leave_client_view()
            closed = True
        if closed:
            settle(self.shell)

    def _open(self, widget: QWidget) -> QWidget:
        self._opened.append(widget)
        return widget

    def _stage(self, client_id: str, page_name: str) -> QWidget:
        window = self.window
        if window.workspace.client_id != client_id:
            window.open_client(client_id)
            settle(self.shell)
        window.workspace.show_step([p.__name__ for p in PAGES].index(page_name))
        settle(self.shell)
        return window

    def _caseload(self) -> QWidget:
        window = self.window
        window.workspace.close_client()
        window.show_caseload(True)
        settle(self.shell)
        return window

    def _plan_draft(self) -> QWidget:
        window = self._stage(self.client("plan", "assessment"), "PlanPage")
        page = window.workspace.current_page()
        if page.view is None or page.view.plan.status != "draft":
            page.start_button.click()
            settle(self.shell)
        return window

    def _budget_draft(self) -> QWidget:
        return self._stage(self.client("budget"), "BudgetPage")

    def _decision_draft(self) -> QWidget:
        return self._stage(self.client("decision"), "DecisionPage")

    def _client_view(self, largest: bool = False) -> QWidget:
        window = self._stage(self.client("in_use"), "UsePage")
        window.enter_client_view()
        settle(self.shell)
        if largest:
            view = window.client_view
            view.set_scale(len(view.scales) - 1)
            settle(self.shell)
        return window

    def _client_view_largest_text(self) -> QWidget:
        return self._client_view(largest=True)

    def _new_client(self) -> QWidget:
        self._caseload()
        self.window.new_client()
        return self._open(self.window.new_client_dialog)

    def _documents(self, kind: str = "plan") -> QWidget:
        self._stage(self.client("in_use"), "UsePage")
        dialog = self._open(self.window.open_documents())
        settle(self.shell)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        return dialog

    def _documents_commitment(self) -> QWidget:
        return self._documents("commitment")

    def _client_log(self, large: bool = False) -> QWidget:
        self._stage(self.client("in_use"), "UsePage")
        if large:
            self.window.enter_client_view()
            settle(self.shell)
        return self._open(self.window.open_client_log(large=large))

    def _client_log_large(self) -> QWidget:
        return self._client_log(large=True)

    def _unit_outcomes(self) -> QWidget:
        self._caseload()
        return self._open(self.window.open_unit_outcomes())

    def _disagreement(self) -> QWidget:
        window = self._stage(self.client("in_use"), "PlanPage")
        page = window.workspace.current_page()
        entry = next(e for entries in page.view.entries.values() for e in entries)
        page.disagree(entry.id, entry.text)
        return self._open(page.disagreement_dialog)

    def _consent(self) -> QWidget:
        from hbdesk.ui.stages.people import ConsentDialog

        window = self._stage(self.client("in_use"), "PlanPage")
        dialog = ConsentDialog("Tiina Tiimiläinen", ["plan", "budget"], window)
        dialog.open()
        return self._open(dialog)

    def _read_together(self) -> QWidget:
        window = self._plan_draft()
        page = window.workspace.current_page()
        page.read_together()
        return self._open(page.read_together_dialog)

    def _enrolment(self) -> QWidget:
        from hbdesk.ui.enrolment_dialog import EnrolmentDialog

        self._caseload()
        dialog = EnrolmentDialog(self.shell.open_vault, None, self.window)
        dialog.open()
        return self._open(dialog)
