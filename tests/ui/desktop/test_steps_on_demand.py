"""A step's page is imported and built when the step is first shown (issue 15): the caseload
shows at launch without loading every page, opening a client builds only the page it shows,
and a page made for one client never shows another's data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit

from hbdesk.ui.stages import PAGES, STEPS, row_of
from tests.ui.desktop.conftest import a_client, open_client, settle

ROOT = Path(__file__).resolve().parents[3]


def test_each_step_names_its_page_stage_and_title():
    assert [step.name for step in STEPS] == [page.__name__ for page in PAGES]
    for step, page in zip(STEPS, PAGES, strict=True):
        assert step.stage == page.stage, step.name
        assert step.title() == page.title(), step.name
        assert step.on_path == getattr(page, "on_path", True), step.name


def test_the_desktop_with_its_caseload_loads_no_page_nor_the_clients_view(demo_template, tmp_path):
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.main_window import MainWindow
from hbdesk.ui.runner import ServiceRunner
from hbdesk.ui.stages import STEPS
from hbdesk.ui.ui_context import UiContext
from pathlib import Path
from tests.conftest import open_copy

def pages():
    return [s.module for s in STEPS if 'hbdesk.ui.stages.' + s.module in sys.modules]

app = QApplication([])
vault = open_copy(Path({str(demo_template)!r}), Path({str(tmp_path / "v")!r}))
keeper = DraftKeeper()
keeper.attach(vault)
ctx = UiContext(vault, DEMO_WORKER, ServiceRunner(), keeper, "fi")
window = MainWindow(ctx, None)
window.show()
assert ctx.runner.wait_idle()
app.processEvents()
print("rows", window.caseload.model.rowCount())
print("pages at the caseload", pages())
print("client's view at the caseload", "hbdesk.ui.client_view" in sys.modules)
import hbdesk.app.session  # what unlocking imports
print("x509 at the caseload", "cryptography.x509" in sys.modules)
first = window.caseload.model._all[0].client_id
window.open_client(first)
assert ctx.runner.wait_idle()
print("pages after opening", len(pages()))
ctx.runner.stop()
vault.lock()
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(ROOT),
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rows 0" not in result.stdout  # the caseload did show
    assert "pages at the caseload []" in result.stdout, result.stdout
    assert "client's view at the caseload False" in result.stdout, result.stdout
    assert "x509 at the caseload False" in result.stdout, result.stdout  # the sync's, later
    assert "pages after opening 1" in result.stdout, result.stdout  # the shown step's own


def test_opening_a_client_builds_only_the_page_it_shows(make_desktop, demo_vault):
    window = make_desktop()
    ws = window.workspace
    open_client(window, a_client(demo_vault, "in_use").client_id)
    shown = ws.path.currentRow()
    assert list(ws._pages) == [shown]
    other = row_of("PlanPage") if shown != row_of("PlanPage") else row_of("ContactPage")
    ws.show_step(other)
    settle(window)
    assert set(ws._pages) == {shown, other}


def _shown_text(page) -> str:
    parts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    parts += [w.text() for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]
    parts += [w.toPlainText() for w in page.findChildren(QTextEdit) if w.isVisibleTo(page)]
    return "\n".join(parts)


def test_a_page_seen_for_one_client_shows_nothing_of_them_for_the_next(make_desktop, demo_vault):
    window = make_desktop()
    ws = window.workspace
    first, second = (r for r in window.caseload.model._all if r.stage == "contact")
    for row in (row_of("ContactPage"), row_of("NeedsPage")):
        open_client(window, first.client_id)
        ws.show_step(row)
        settle(window)
        seen = _shown_text(ws.current_page())
        assert first.name.split()[0] in seen or row != row_of("ContactPage"), seen
        open_client(window, second.client_id)
        ws.show_step(row)
        page = ws.current_page()
        assert page.client_id == second.client_id
        settle(window)
        shown = _shown_text(page)
        assert first.name.split()[0] not in shown, (row, shown)
        assert first.name.split()[-1] not in shown, (row, shown)


def test_the_previous_clients_pages_leave_the_window_when_the_next_client_opens(
    make_desktop, demo_vault
):
    """Not only hidden until Qt deletes them later: out of the window at once, so no later
    step shown walks through them, and nothing of the first client is left in it."""
    from hbdesk.ui.stages.base import StagePage

    window = make_desktop()
    ws = window.workspace
    first, second = [r for r in window.caseload.model._all if r.stage == "in_use"][:2]
    open_client(window, first.client_id)
    for row in (row_of("PlanPage"), row_of("DecisionPage"), row_of("UsePage")):
        ws.show_step(row)
        settle(window)
    window.open_client(second.client_id)  # no event handled yet: deletions are still to come
    left = [p for p in window.findChildren(StagePage) if p.client_id == first.client_id]
    assert left == []
    assert ws.stack.count() == 1 + len(ws._pages)  # the empty page and the new client's
    settle(window)
    assert ws.current_page().client_id == second.client_id
