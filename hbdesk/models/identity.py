"""Finnish personal identity codes (henkilötunnus) in one canonical form, for both ends."""

from __future__ import annotations

from stdnum.exceptions import ValidationError
from stdnum.fi import hetu

from hbdesk.models.errors import DomainError


def identity_code(value: str, field: str = "identity_code") -> str:
    """The code in its compact upper-case form, or DomainError("invalid_identity_code").

    Test-range codes (individual number 900–999) are valid: they are what tests use.
    """
    try:
        clean: str = hetu.validate(value, allow_temporary=True)
    except ValidationError:
        raise DomainError("invalid_identity_code", field) from None
    return clean
