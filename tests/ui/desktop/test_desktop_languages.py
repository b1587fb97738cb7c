"""In Swedish and English the desktop shows no string of another language."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

from hbdesk.ui.stages import PAGES
from tests.ui.desktop.conftest import a_client, open_client, settle
from tests.ui.test_translations import TS_DIR, tool

CONTEXTS = {
    "ServiceRunner",
    "DomainMessages",
    "ProcessWords",
    "CaseloadModel",
    "CaseloadPanel",
    "PathBar",
    "Workspace",
    "MainWindow",
    "ContactPage",
    "NewClientDialog",
    "SelfAssessmentPage",
    "RecordPage",
    "NeedsPage",
    "ProposalPage",
    "PlanPage",
    "DisagreementDialog",
    "PeopleSection",
    "ConsentDialog",
    "PeoplePage",
    "FeedbackPage",
    "ClosingPage",
}
OURS = (
    "ContactPage",
    "SelfAssessmentPage",
    "NeedsPage",
    "ProposalPage",
    "PlanPage",
    "FeedbackPage",
    "ClosingPage",
)


# A list of languages names each in its own language, so that anyone finds theirs.
OWN_NAMES = {"Suomi", "Svenska", "English"}


def pairs(lang: str) -> list[tuple[str, str]]:
    """(English source, translation) of our contexts, where the two differ."""
    root = ET.parse(TS_DIR / f"hbdesk_{lang}.ts").getroot()  # noqa: S314 (our own file)
    found = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") not in CONTEXTS:
            continue
        for msg in ctx.iter("message"):
            source, text = msg.findtext("source"), msg.findtext("translation") or ""
            if source.replace("&", "") != text.replace("&", ""):
                found.append((source.replace("&", ""), text.replace("&", "")))
    return found


def shown_strings(root: QWidget) -> list[str]:
    """Every piece of interface text on the screen (not what users wrote)."""
    found: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and type(w.parentWidget()).__name__ != "RecordCard":
            found.append(w.text())
        elif isinstance(w, QAbstractButton | QGroupBox):
            found.append(w.text() if isinstance(w, QAbstractButton) else w.title())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        found.append(w.accessibleName())
    return [s.replace("&", "") for s in found if s]


def walk(window, demo_vault) -> list[str]:
    seen = shown_strings(window)
    open_client(window, a_client(demo_vault, "in_use").client_id)
    names = [p.__name__ for p in PAGES]
    for name in OURS:
        window.workspace.show_step(names.index(name))
        settle(window)
        seen += shown_strings(window)
    window.new_client()
    seen += shown_strings(window.new_client_dialog)
    window.new_client_dialog.done(0)
    return seen


@pytest.fixture
def translator(qapp, tmp_path: Path):
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        qm = tmp_path / f"hbdesk_{lang}.qm"
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(TS_DIR / f"hbdesk_{lang}.ts"),
                "-qm",
                str(qm),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        t = QTranslator()
        assert t.load(str(qm))
        QCoreApplication.installTranslator(t)
        installed.append(t)
        qt_own = QTranslator()  # Qt's own words, as the app loads them (translations.py)
        if qt_own.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt_own)
            installed.append(qt_own)

    yield install
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_swedish_shows_no_english(translator, make_desktop, demo_vault):
    translator("sv")
    window = make_desktop("sv")
    seen = walk(window, demo_vault)
    english = {source for source, _ in pairs("sv")} - OWN_NAMES
    long_english = [s for s in english if len(s) >= 15 and "%" not in s]
    untranslated = sorted(
        {s for s in seen if s in english} | {e for e in long_english for s in seen if e in s}
    )
    assert untranslated == []
    assert "Klientplan" in " ".join(seen)  # the check saw Swedish at all


def test_english_shows_no_finnish(make_desktop, demo_vault):
    window = make_desktop("en")
    seen = walk(window, demo_vault)
    finnish = {text for _, text in pairs("fi") if len(text) >= 4 and "%" not in text}
    leaked = sorted({s for s in seen if s in finnish})
    assert leaked == []
    assert "Client plan" in " ".join(seen)
