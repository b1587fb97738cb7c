"""Every message of Oma HB's templates and code has its Finnish and Swedish words, with the
same placeholders; money and dates read as on the laptop in every language."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from hbdesk.server.omahb import i18n

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
METHODS = [
    ("hbdesk/server/omahb/**.py", "python"),
    ("hbdesk/server/omahb/templates/**.html", "jinja2"),
]
OPTIONS = {"hbdesk/server/omahb/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def _messages() -> set[str | tuple[str, ...]]:
    found: set[str | tuple[str, ...]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT),
        METHODS,
        OPTIONS,
        keywords={"N_": None, "t": None, "_": None, "gettext": None, "ngettext": (1, 2)},
    ):
        found.add(message)
    return found


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    po = ROOT / "hbdesk/server/omahb/locale" / lang / "LC_MESSAGES/omahb.po"
    with po.open("rb") as source:
        catalog = read_po(source, locale=lang)
    words = {m.id: m.string for m in catalog if m.id}
    for message in _messages():
        assert message in words, f"{lang}: not in the catalog: {message!r}"
        ids = message if isinstance(message, tuple) else (message,)
        strings = words[message] if isinstance(words[message], tuple) else (words[message],)
        assert all(strings), f"{lang}: untranslated: {message!r}"
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(ids[0])), text


def test_money_and_dates_read_as_on_the_laptop() -> None:
    for lang in ("fi", "sv", "en"):
        env = i18n.environment(lang)
        assert env.filters["money"](Decimal("1234.5")) == "1\xa0234,50\xa0€"
        assert env.filters["date"](dt.date(2026, 11, 22)) == "22.11.2026"
    assert i18n.gettext("fi", "Log out") == "Kirjaudu ulos"
    assert i18n.gettext("sv", "Log out") == "Logga ut"


def test_control_characters_become_visible_codes() -> None:
    assert i18n.inert("a\u202eb\u2066c\x00") == "a[U+202E]b[U+2066]c[U+0000]"
