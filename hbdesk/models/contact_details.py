"""A person's phone number, e-mail address, postal address and unit: checked, with limits."""

from __future__ import annotations

import re
from typing import Any

from hbdesk.models.errors import DomainError
from hbdesk.models.values import check_text

MAX_PHONE = 40  # the column's size; E.164 needs 15 digits, people add spaces and a prefix
MAX_EMAIL = 254  # RFC 5321's longest path less the angle brackets
MAX_ADDRESS = 500
MAX_ADDRESS_LINES = 6
MAX_UNIT = 200
_PHONE = re.compile(r"\+?[0-9][0-9 ()/-]{2,38}[0-9]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _optional(value: Any, field: str, max_chars: int) -> str | None:
    text = check_text(value, field, required=False, max_chars=max_chars).strip()
    return text or None


def check_phone(value: Any, field: str = "phone") -> str | None:
    """Digits with spaces, dashes, brackets or a leading "+"; empty means none."""
    text = _optional(value, field, 10_000)
    if text is not None and (len(text) > MAX_PHONE or not _PHONE.fullmatch(text)):
        raise DomainError("invalid_phone", field)
    return text


def check_email(value: Any, field: str = "email") -> str | None:
    """One address, name@domain.tld, without spaces; empty means none."""
    text = _optional(value, field, 10_000)
    if text is not None and (len(text) > MAX_EMAIL or not _EMAIL.fullmatch(text)):
        raise DomainError("invalid_email", field)
    return text


def check_address(value: Any, field: str = "address") -> str | None:
    """A postal address of a few lines."""
    text = _optional(value, field, MAX_ADDRESS)
    if text is not None and len(text.splitlines()) > MAX_ADDRESS_LINES:
        raise DomainError("too_many_lines", field)
    return text


def check_unit(value: Any, field: str = "unit") -> str | None:
    """The county's team or office the client belongs to."""
    return _optional(value, field, MAX_UNIT)


CHECKS = {"phone": check_phone, "email": check_email, "address": check_address, "unit": check_unit}
