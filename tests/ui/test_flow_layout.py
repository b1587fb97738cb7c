"""The flow layout's height for a width follows its widgets (remembered between changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from hbdesk.ui.flow_layout import FlowLayout


def test_height_for_width_follows_hidden_shown_and_changed_widgets(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    flow = FlowLayout()
    outer.addLayout(flow)
    buttons = [QPushButton(f"Painike numero {i}", host) for i in range(4)]
    for button in buttons:
        flow.addWidget(button)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    width = buttons[0].sizeHint().width() * 2 + 20  # two a line: two lines
    two_lines = flow.heightForWidth(width)
    assert flow.heightForWidth(width) == two_lines
    buttons[2].hide()
    buttons[3].hide()
    qtbot.waitUntil(lambda: flow.heightForWidth(width) < two_lines)  # one line now
    one_line = flow.heightForWidth(width)
    buttons[2].show()
    qtbot.waitUntil(lambda: flow.heightForWidth(width) == two_lines)
    buttons[1].setText("Painike, jonka teksti on nyt paljon pidempi kuin ennen")
    qtbot.waitUntil(lambda: flow.heightForWidth(width) > two_lines)  # the long one: a line alone
    flow.addWidget(QPushButton("Uusi", host))
    assert flow.heightForWidth(width) > one_line
