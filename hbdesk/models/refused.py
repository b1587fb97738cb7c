"""What a budget never pays for (gambling, crime), recognised however it is spelled.

A category is read as the closed vocabulary's code after folding case, width and spaces;
gambling is also recognised by its words (Finnish, Swedish, English) in a category, a
provider's name or a description, so "leisure" at "Veikkaus Oy" is still refused. Crime is
recognised by its category only: "rikos" also names victim support (Rikosuhripäivystys).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from hbdesk.models.errors import DomainError
from hbdesk.models.values import check_text
from hbdesk.models.vocab import REFUSED_CATEGORIES, Category, check_choice

# Word beginnings: a word starting with one of these names gambling.
GAMBLING_STEMS = (
    # English
    "gambl",
    "casino",
    "betting",
    "bookmaker",
    "poker",
    "roulette",
    "slot machine",
    "jackpot",
    "lottery",
    # Finnish
    "rahapel",
    "uhkapel",
    "kasino",
    "veikkau",
    "vedonly",
    "pelikone",
    "peliautomaat",
    "raha-automaat",
    "lotto",
    "arpajai",
    "nettikasino",
    "ruletti",
    # Swedish
    "penningspel",
    "hasardspel",
    "vadslagning",
    "spelautomat",
    "spelbolag",
    "lotteri",
)
_WORD_START = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in GAMBLING_STEMS) + ")")


def fold(text: str) -> str:
    """Text as compared: compatibility forms (full-width), case and runs of space folded."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def names_gambling(text: str) -> bool:
    """Whether any word of `text` names gambling."""
    return _WORD_START.search(fold(text)) is not None


def spending_category(value: Any, field: str = "category") -> str:
    """A category code from the vocabulary; gambling and crime refused however spelled."""
    text = fold(check_text(value, field, max_chars=100))
    if text.replace(" ", "_") in REFUSED_CATEGORIES or names_gambling(text):
        raise DomainError("category_refused", field)
    return check_choice(Category, text.replace(" ", "_"), field).value


def refuse_gambling(value: str | None, field: str) -> None:
    """A provider's name or a description that names gambling is refused."""
    if value and names_gambling(value):
        raise DomainError("category_refused", field)
