"""The declarative base and the column types every model shares (money, UTC instants)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names: Alembic batch migrations on SQLite need them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENT = Decimal("0.01")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact Decimal stored as an integer count of 10**-places (never float)."""

    impl = BigInteger
    cache_ok = True
    places = 2
    what = "amount"

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{self.what} must be Decimal, not float")
        amount = Decimal(value)
        step = Decimal(1).scaleb(-self.places)
        if amount.quantize(step, rounding=ROUND_HALF_UP) != amount:
            raise ValueError(f"{self.what} has at most {self.places} decimals")
        return int(amount.scaleb(self.places))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return self.present(Decimal(int(value)).scaleb(-self.places))

    def present(self, value: Decimal) -> Decimal:
        return value


class Money(ScaledDecimal):
    """Euros as Decimal in Python, integer cents in the database. Never float."""

    cache_ok = True
    places = 2
    what = "money"

    def present(self, value: Decimal) -> Decimal:
        return value.quantize(CENT)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC instants; naive datetimes are refused rather than guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        instant: dt.datetime = value
        if instant.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        return instant.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stored: dt.datetime = value
        return stored.replace(tzinfo=dt.UTC)


def IdColumn() -> Any:
    """The primary-key column type for record ids."""
    return String(36)
