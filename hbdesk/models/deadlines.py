"""When a decision counts as received and when the request for rectification is due."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

from hbdesk.models.errors import DomainError
from hbdesk.models.vocab import NotificationMethod

RECTIFICATION_DAYS = 30
COURT_APPEAL_DAYS = 30
_DEEMED_AFTER = {
    NotificationMethod.LETTER: 7,  # ordinary letter: the 7th day after posting
    NotificationMethod.ELECTRONIC: 3,  # electronic message: the 3rd day after sending
    NotificationMethod.IN_PERSON: 0,  # handed over with acknowledgement: that day
}


def deemed_received(method: str, sent_on: dt.date) -> dt.date:
    """The day the person is deemed to have received the decision."""
    try:
        days = _DEEMED_AFTER[NotificationMethod(method)]
    except ValueError:
        raise DomainError("invalid_choice", "method") from None
    return sent_on + dt.timedelta(days=days)


@lru_cache(maxsize=32)
def _finnish_days_off(year: int) -> frozenset[dt.date]:
    # Includes Midsummer Eve and Christmas Eve, which the time-limit act (150/1930) names.
    return frozenset(holidays.country_holidays("FI", years=year).keys())


def next_working_day(day: dt.date) -> dt.date:
    """`day`, or the first weekday after it that is not a Finnish public holiday or eve."""
    while day.weekday() >= 5 or day in _finnish_days_off(day.year):
        day += dt.timedelta(days=1)
    return day


def rectification_deadline(method: str, sent_on: dt.date) -> dt.date:
    """The last day for a request for rectification: 30 days from notification.

    The day of notification is not counted; a deadline on a Saturday, Sunday or holiday
    moves to the next working day.
    """
    received = deemed_received(method, sent_on)
    return next_working_day(received + dt.timedelta(days=RECTIFICATION_DAYS))
