"""What a screen reader hears, walked through Qt's own accessibility tree (QAccessible), the
same interfaces the AT-SPI bridge hands to Orca: it must equal what the screen shows.

- a label (static text) is heard by the text it shows, not by a name that hides it;
- every input (text field, list to choose from, spin box, check box) has a name, and a
  drop-down list is not named by its current value (no label linked);
- nothing hidden on the screen is readable: no cell of a hidden table column that the row
  does not show anyway (the caseload once read out identity codes this way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTableView, QWidget

Role = QAccessible.Role
INPUTS = (Role.EditableText, Role.ComboBox, Role.SpinBox, Role.CheckBox, Role.RadioButton)


def _shown_text(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _describe(obj: QObject | None, name: str) -> str:
    return f"{type(obj).__name__} {name[:60]!r}"


def _label_problem(label: QLabel, name: str) -> str | None:
    shown = _shown_text(label)
    if shown and name != shown:
        return f"label shows {shown[:50]!r} but is heard as {name[:50]!r}"
    return None


def _input_problem(obj: QObject | None, role: Role, name: str) -> str | None:
    if not name.strip():
        return f"{_describe(obj, name)}: an input without a name (no label linked)"
    by_value = isinstance(obj, QComboBox) and name == obj.currentText()
    if role == Role.ComboBox and by_value and not obj.accessibleName():
        return f"{_describe(obj, name)}: a list heard by its current value"
    return None


def _hidden_cells(view: QTableView) -> list[str]:
    """Cells of hidden columns whose text the row does not show in a visible column."""
    model, found = view.model(), []
    if model is None:
        return found
    hidden = [c for c in range(model.columnCount()) if view.isColumnHidden(c)]
    if not hidden:
        return found
    for row in range(model.rowCount()):
        seen = " ".join(
            str(model.index(row, c).data(role) or "")
            for c in range(model.columnCount())
            if not view.isColumnHidden(c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        )
        for column in hidden:
            text = str(model.index(row, column).data() or "")
            if text and text not in seen:
                found.append(f"{view.accessibleName()!r}: hidden cell {text[:30]!r} is readable")
    return found


def _walk(iface: QAccessibleInterface, found: list[str], depth: int = 0) -> None:
    if depth > 60 or not iface.isValid() or iface.state().invisible:
        return
    obj, role = iface.object(), iface.role()
    name = iface.text(QAccessible.Text.Name) or ""
    if isinstance(obj, QWidget) and not obj.isVisible():
        return
    problem = None
    if isinstance(obj, QLabel):
        problem = _label_problem(obj, name)
    elif role in INPUTS and isinstance(obj, QWidget):
        problem = _input_problem(obj, role, name)
    if problem:
        found.append(problem)
    if isinstance(obj, QTableView):
        found += _hidden_cells(obj)
    if isinstance(obj, QAbstractItemView | QComboBox):
        return  # their items are the model's, checked above
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None:
            _walk(child, found, depth + 1)


def problems(window: QWidget) -> list[str]:
    """Where the screen reader would hear something else than the screen shows."""
    found: list[str] = []
    root = QAccessible.queryAccessibleInterface(window)
    if root is not None:
        _walk(root, found)
    return sorted(set(found))
