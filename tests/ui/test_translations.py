"""Finnish and Swedish are complete: every English source string in the code has a translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hbdesk.ui import translations
from hbdesk.ui.unlock_page import UnlockPage

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("fi", "sv")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with pyside6-essentials)")
    return found


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 (our own file)
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_ts_file_is_translated(lang):
    found = messages(TS_DIR / f"hbdesk_{lang}.ts")
    assert len(found) > 100
    for context, source, translation in found:
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert all(form.strip() for form in forms), (context, source)  # every plural form
        text = forms[0] if forms else translation.text or ""
        assert text.strip(), (context, source)
        for placeholder in ("%1", "%2"):
            assert (placeholder in source) == (placeholder in text), (context, source)
        assert source.count("&") == text.count("&"), (context, source)  # keyboard mnemonics


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ts_file_holds_every_string_of_the_code(lang, tmp_path):
    """lupdate over the code finds nothing new: no string was added without its translation."""
    copy = tmp_path / f"hbdesk_{lang}.ts"
    shutil.copy(TS_DIR / f"hbdesk_{lang}.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "hbdesk" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "hbdesk" / "__main__.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    untranslated = [(ctx, src) for ctx, src, tr in messages(copy) if tr.get("type")]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_loaded_translations_answer_every_source_string(lang, qapp, tmp_path):
    qm = tmp_path / f"hbdesk_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"hbdesk_{lang}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    for context, source, _ in messages(TS_DIR / f"hbdesk_{lang}.ts"):
        assert translator.translate(context, source), (context, source)


def test_the_app_speaks_finnish_and_swedish(qapp, tmp_path):
    built = translations.QM_DIR / "hbdesk_fi.qm"
    if not built.exists():
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "build_translations.sh"), "--qm-only"],
            check=True,
            capture_output=True,
            timeout=120,
        )
    expected = {"fi": "&Avaa", "sv": "Lås &upp", "en": "&Unlock"}
    for lang, button in expected.items():
        installed = translations.install(qapp, lang)
        try:
            page = UnlockPage()
            assert page.unlock_button.text() == button
            page.deleteLater()
        finally:
            translations.uninstall(qapp, installed)
    assert QCoreApplication.translate("UnlockPage", "&Unlock") == "&Unlock"


def test_qts_own_file_dialog_speaks_the_users_language(qapp):
    """Qt's own words (its catalogue, and what it lacks from ours) in a Finnish session."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    installed = translations.install(qapp, "fi")
    try:
        dialog = QFileDialog(None, "", str(ROOT))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
        english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "&Open"}
        assert shown and not english & set(shown), shown
        assert "Tiedosto&tyyppi:" in shown
        dialog.deleteLater()
    finally:
        translations.uninstall(qapp, installed)


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("fi", "1 asiakas näkyvissä", "2 asiakasta näkyvissä"),
        ("sv", "1 klient visas", "2 klienter visas"),
        ("en", "1 client shown", "2 clients shown"),
    ],
)
def test_counts_have_plural_forms(qapp, lang, one, many):
    """Never "1 clients shown" or "1 asiakasta": counted words go through tr(…, n)."""
    installed = translations.install(qapp, lang)
    try:
        said = [
            QCoreApplication.translate("CaseloadPanel", "%n client(s) shown", "", n) for n in (1, 2)
        ]
        assert said == [one, many]
    finally:
        translations.uninstall(qapp, installed)
