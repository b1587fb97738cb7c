"""The server's day is Helsinki's, whatever zone the server machine's clock runs in.

A county's server often runs in UTC. Oma HB dates a client's confirmation by Helsinki's day,
and the money side, the ledger view and the reports must agree with it: otherwise, between
midnight in Helsinki and midnight where the server's clock is, a payment made today would
be refused as "in the future" and a confirmation made today would show as pending."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def today() -> dt.date:
    """Today's date in Helsinki."""
    return dt.datetime.now(dt.UTC).astimezone(HELSINKI).date()
