"""The machine-readable half of the client's data export: JSON, Decimal as text, ISO dates."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import IO, Any

FORMAT = "hbdesk-client-export"
FORMAT_VERSION = 1


def plain(value: Any) -> Any:
    """A value as JSON can hold it: money and quantities as strings, dates and times ISO 8601."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def write_json(data: Any, out: IO[bytes]) -> None:
    """Write the export as UTF-8 JSON (readable, keys sorted) to a binary stream."""
    text = json.dumps(plain(data), ensure_ascii=False, indent=2, sort_keys=True)
    out.write(text.encode("utf-8") + b"\n")
