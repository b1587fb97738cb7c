"""The birth date a Finnish identity code carries (light: the caseload's first screen uses it)."""

from __future__ import annotations

import datetime as dt

_CENTURIES = {"+": 1800, "-": 1900, "A": 2000}
_CENTURIES.update(dict.fromkeys("YXWVU", 1900))
_CENTURIES.update(dict.fromkeys("BCDEF", 2000))


def birth_date(code: str | None) -> dt.date | None:
    """The birth date an identity code carries (DDMMYY and the century sign); None if none."""
    if not code or len(code) != 11 or code[6] not in _CENTURIES or not code[:6].isdigit():
        return None
    try:
        return dt.date(_CENTURIES[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        return None
