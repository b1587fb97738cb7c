"""How hard a new passphrase is to guess (zxcvbn), with its advice in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# The store refuses shorter ones (hbdesk.store.vault.MIN_PASSPHRASE_CHARS; a test keeps
# the two equal). The UI asks more: zxcvbn's score 3 ("safely unguessable") or 4.
MIN_CHARS = 10
MIN_SCORE = 3
# zxcvbn refuses longer input; the characters past it only make a passphrase stronger.
_ZXCVBN_MAX = 72
# Words that say nothing secret in this app's context.
_CONTEXT_WORDS = (
    "hbdesk",
    "hb",
    "budjetti",
    "budjetointi",
    "kunta",
    "salasana",
    "tunnuslause",
    "lösenord",
    "kommun",
    "passphrase",
    "password",
)

# zxcvbn's English advice texts, listed so that lupdate offers them for translation.
_ZXCVBN_TEXTS = (
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    ),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid sequences."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a very common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "All-uppercase is almost as easy to guess as all-lowercase."
    ),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Predictable substitutions like '@' instead of 'a' don't help very much.",
    ),
)


@dataclass(frozen=True)
class Strength:
    score: int  # zxcvbn's 0 (very weak) … 4 (strong)
    label: str
    advice: list[str] = field(default_factory=list)

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def score_label(score: int) -> str:
    labels = (
        translate("PassphraseStrength", "Very weak"),
        translate("PassphraseStrength", "Weak"),
        translate("PassphraseStrength", "Fair"),
        translate("PassphraseStrength", "Good"),
        translate("PassphraseStrength", "Strong"),
    )
    return labels[max(0, min(score, 4))]


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """zxcvbn's score and advice; anything shorter than MIN_CHARS scores at most 1."""
    from zxcvbn import zxcvbn  # ~25 ms; not needed before the create page is used

    if not passphrase:
        return Strength(0, score_label(0))
    result = zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=[*_CONTEXT_WORDS, *user_inputs])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    texts = [feedback.get("warning") or "", *feedback.get("suggestions", [])]
    advice = [translate("PassphraseFeedback", text) for text in texts if text]
    if len(passphrase.strip()) < MIN_CHARS:
        score = min(score, 1)
        advice.insert(0, translate("PassphraseStrength", "Use at least 10 characters."))
    elif score < MIN_SCORE and not advice:
        advice.append(
            translate("PassphraseFeedback", "Add another word or two. Uncommon words are better.")
        )
    return Strength(score, score_label(score), advice)
