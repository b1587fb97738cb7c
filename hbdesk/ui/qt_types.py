"""PySide's Python types made ahead of need, while the UI thread waits for Argon2id.

PySide 6 makes a class's Python type (and a Python enum for each of its C++ enums, ~0.3 ms
apiece) when the class is first used. The first time Qt hands Python an object through a
base-class pointer, it makes every subclass of that base at once to find the object's
own: a QObject (an event filter's `watched`, a parent, a child) makes ~70 enums of QtCore,
QtGui and QtWidgets; a QWidget (a scroll area's viewport) ~40; a plain QStyleOption (the
app style's `drawPrimitive` for the status bar) ~60. Left to the first paint of the
caseload, that is ~0.06 s of CPU on the unlock's critical path; made while the key is
derived (Argon2id runs outside the GIL), the UI thread does it while it would otherwise
wait. Nothing here touches the vault or holds data: types only, the same in every process.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStatusBar


def make_now() -> None:
    """Make the types the first screen after unlocking would otherwise make on first use.
    Cheap once done (every call after the first in a process does next to nothing)."""
    app = QApplication.instance()
    if app is None:
        return
    app.children()  # a list of QObject pointers: every QObject subclass
    area = QAbstractScrollArea()
    area.viewport()  # a QWidget pointer: every QWidget subclass
    bar = QStatusBar()
    bar.resize(40, 20)
    bar.render(QPixmap(bar.size()))  # drawPrimitive with a plain QStyleOption: every option
    bar.deleteLater()
    area.deleteLater()
