"""Words and formats of Oma HB: one Jinja2 environment per language (fi, sv, en).

Messages are English in the templates and code (`gettext`), translated by the Babel
catalogs in `locale/<lang>/LC_MESSAGES/omahb.po` (read and compiled when the server
starts: no build step). Money, numbers and dates go through `hbdesk.formatting`, so they
read exactly as on the caseworker's laptop. User text is shown inertly: HTML is escaped
(autoescape) and bidi overrides and other control characters become visible codes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from hbdesk import formatting

LANGUAGES = ("fi", "sv", "en")
DEFAULT = "fi"
HERE = Path(__file__).parent
LOCALE_DIR = HERE / "locale"
DOMAIN = "omahb"

# Bidi overrides and isolates, marks and other controls would reorder or hide what a
# reader sees: shown as visible codes instead (as in the PDFs).
_CONTROLS = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def inert(text: object) -> str:
    """User text with every control character shown as [U+XXXX] (escaping is Jinja's)."""
    if text is None:
        return ""
    return _CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(text))


@cache
def translations(lang: str) -> NullTranslations:
    """The compiled catalog of a language (English: the messages themselves)."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == "en" or not po.exists():
        return NullTranslations()
    with po.open("rb") as source:
        catalog = read_po(source, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def _filters(lang: str) -> dict[str, Any]:
    def local(instant: dt.datetime) -> dt.datetime:
        return formatting.in_finland(instant)

    return {
        "money": lambda amount: formatting.money(Decimal(amount), lang),
        "date": lambda day: formatting.date(day, lang) if day else "",
        "clock": lambda at: formatting.clock(local(at), lang),
        "localday": lambda at: formatting.date(local(at).date(), lang),
        "percent": lambda share: formatting.percent(share, lang),
        "number": lambda value: formatting.number(value, lang),
        "inert": inert,
    }


@cache
def environment(lang: str) -> Environment:
    """The environment of one language (installing translations changes an environment:
    one per language, shared by the requests in that language)."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(_filters(lang))
    env.globals["lang"] = lang
    env.globals["languages"] = LANGUAGES
    return env


def gettext(lang: str, message: str, **values: Any) -> str:
    """A message of the code (not a template) in the language, with %(name)s values.

    Plain text: the template escapes it where it is shown."""
    text = translations(lang).gettext(message)
    return text % values if values else text


def pick(requested: str | None, accept: str | None = None) -> str:
    """The language asked for, else the browser's first we speak, else Finnish."""
    if requested in LANGUAGES:
        return requested
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT
