"""The one error a user can cause in the domain: a stable code and the field it concerns."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the HB process was not met; the UI words `code` in the user's language.

    The message carries codes and internal ids only, never personal data.
    """

    def __init__(self, code: str, field: str | None = None, **details: Any) -> None:
        self.code = code
        self.field = field
        self.details = details
        super().__init__(f"{code} ({field})" if field else code)


class NotFound(DomainError):
    """A record id that does not exist (or is not this client's)."""

    def __init__(self, what: str, field: str | None = None) -> None:
        super().__init__("not_found", field or what, what=what)
