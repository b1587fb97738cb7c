"""The interface's words in one language without changing the app's: the client's view and
their documents speak the client's language while the worker's screen keeps the worker's.

A Speaker reads our translation catalogue for its language (hbdesk_<lang>.qm, the same file
the app installs) and answers like QCoreApplication.translate; "en" is the source language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from hbdesk.ui.translations import QM_DIR

_translators: dict[str, QTranslator | None] = {}


def _translator(lang: str) -> QTranslator | None:
    if lang not in _translators:
        translator = QTranslator(QCoreApplication.instance())
        _translators[lang] = translator if translator.load(f"hbdesk_{lang}", str(QM_DIR)) else None
    return _translators[lang]


class InContext:
    """Words of one context: `Counts.tr(text, disambiguation, n)`. lupdate takes the name
    before `.tr` for the context and marks a call with `n` as plural (it does neither for
    `translate`), so plural words are written `Counts = words.in_context("Counts")` and
    `Counts.tr("%n entries", "", n)`."""

    def __init__(self, words: Speaker | AppWords, context: str) -> None:
        self.words, self.context = words, context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.words.translate(self.context, text, disambiguation, n)


class Speaker:
    """`speaker.translate(context, text[, disambiguation, n])`: `text` in the speaker's
    language (plural forms by `n`). Named `translate` so that lupdate finds the strings."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("fi", "sv", "en") else "fi"
        self._translator = _translator(self.lang)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if self._translator is not None:
            found = self._translator.translate(context, text, disambiguation, n)
            if found:  # a bare QTranslator leaves %n to its caller (QCoreApplication fills it)
                return found.replace("%n", str(n)) if n >= 0 else found
        return text.replace("%n", str(n)) if n >= 0 else text

    def in_context(self, context: str) -> InContext:
        return InContext(self, context)


class AppWords:
    """The words of the app's own language (the translators it has installed)."""

    lang = ""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    def in_context(self, context: str) -> InContext:
        return InContext(self, context)


APP_WORDS = AppWords()
Words = Speaker | AppWords
