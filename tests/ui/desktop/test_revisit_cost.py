"""A step shown again is drawn once (issue 15: a revisit ≤ 20 ms): every part of the page
painted one time, not once for the switch and again for each child's own "shown" repaint."""

from __future__ import annotations

from collections import Counter

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from hbdesk.ui.stages import row_of
from tests.ui.desktop.conftest import a_client, open_client, settle


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


class _Paints(QObject):
    """Counts paint events per widget of one page."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.painted: Counter[int] = Counter()
        self.names: dict[int, str] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if watched is self.page or self.page.isAncestorOf(watched):
            address = _address(watched)  # a wrapper's id() is reused once it is collected
            self.painted[address] += 1
            self.names[address] = type(watched).__name__
        return False


def _click_step(window, row: int) -> None:
    from PySide6.QtTest import QTest

    path = window.workspace.path
    rect = path.visualItemRect(path.item(row))
    QTest.mouseClick(path.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert path.currentRow() == row


def test_a_page_shown_again_by_a_click_is_painted_once(make_desktop, demo_vault):
    window = make_desktop()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    ws = window.workspace
    rows = [row_of("DecisionPage"), row_of("UsePage"), row_of("PlanPage")]
    for row in rows:  # each page made and filled once
        _click_step(window, row)
        settle(window)
    for row in rows:
        _click_step(window, row_of("ContactPage"))
        settle(window)
        page = ws.page(row)
        paints = _Paints(page)
        QApplication.instance().installEventFilter(paints)
        try:
            _click_step(window, row)
            settle(window)
        finally:
            QApplication.instance().removeEventFilter(paints)
        assert page.isVisible()
        assert paints.painted[_address(page)] >= 1, type(page).__name__  # it was drawn
        twice = {paints.names[w] for w, n in paints.painted.items() if n > 1}
        assert not twice, (type(page).__name__, sorted(twice))


class _LayoutRequests(QObject):
    """Counts the layout requests that reach the main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.window:
            self.seen += 1
        return False


def test_a_step_shown_again_does_not_lay_out_the_whole_window(make_desktop, demo_vault):
    window = make_desktop()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    decision, use = row_of("DecisionPage"), row_of("UsePage")
    for row in (decision, use):
        _click_step(window, row)
        settle(window)
    requests = _LayoutRequests(window)
    QApplication.instance().installEventFilter(requests)
    try:
        for row in (decision, use, decision):
            _click_step(window, row)
            settle(window)
    finally:
        QApplication.instance().removeEventFilter(requests)
    assert window.workspace.current_page() is window.workspace.page(decision)
    assert requests.seen == 0


def test_the_page_still_follows_the_windows_size(make_desktop, demo_vault):
    window = make_desktop()
    open_client(window, a_client(demo_vault, "in_use").client_id)
    ws = window.workspace
    _click_step(window, row_of("UsePage"))
    settle(window)
    scroll = ws._scrolls[row_of("UsePage")]
    before, wide = scroll.width(), window.width()
    window.resize(wide + 200, window.height())  # wider: the path keeps its width
    settle(window)
    assert window.width() == wide + 200
    assert scroll.width() == before + 200
    assert scroll.geometry() == ws.stack.rect()
    _click_step(window, row_of("DecisionPage"))  # a page shown after the resize fits it too
    settle(window)
    assert ws._scrolls[row_of("DecisionPage")].width() == before + 200
