"""Loads the user interface language: our .qm (built by scripts/build_translations.sh) and Qt's own.

English is the source language: for "en" only our plural forms are loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).with_name("i18n")
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the UI language and the locale for numbers and dates."""
    QLocale.setDefault(QLocale(LOCALES.get(language, "fi_FI")))
    installed = []
    ours = QTranslator(app)  # for English: only its plural forms ("1 client", "2 clients")
    if ours.load(f"hbdesk_{language}", str(QM_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning(
            "no translation file for %s in %s; run scripts/build_translations.sh", language, QM_DIR
        )
    if language == "en":
        return installed
    qt_own = QTranslator(app)  # the words of Qt's own widgets (file dialog, context menus)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    extra = QTranslator(app)  # what Qt's own catalogue lacks (searched first: installed last)
    if extra.load(f"qt_extra_{language}", str(QM_DIR)):
        app.installTranslator(extra)
        installed.append(extra)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
