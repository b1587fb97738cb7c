"""The access and disclosure log (käyttöloki, luovutusloki): append-only, hash-chained."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime
from hbdesk.models.ids import new_id
from hbdesk.models.types import CodeList

GENESIS = "0" * 64


class AccessLogEntry(Base):
    """Who did what to which client's records, when, why and from which device.

    No foreign key to clients: the log outlives a client's records on this laptop.
    """

    __tablename__ = "access_log"
    __append_only__: ClassVar[bool] = True
    __table_args__ = (UniqueConstraint("device_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)  # the device's own counter, 1, 2, 3, ...
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str] = mapped_column(String(64))
    user_role: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(16))  # Action
    record_ids: Mapped[list[str]] = mapped_column(CodeList)  # "table:id"
    purpose: Mapped[str] = mapped_column(String(100))
    app_version: Mapped[str] = mapped_column(String(32))
    offline: Mapped[bool] = mapped_column(Boolean)
    recipient: Mapped[str | None] = mapped_column(String(300))
    legal_basis: Mapped[str | None] = mapped_column(Text)
    disclosed: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


_HASHED = (
    "id",
    "device_id",
    "seq",
    "at",
    "user_id",
    "user_role",
    "client_id",
    "action",
    "record_ids",
    "purpose",
    "app_version",
    "offline",
    "recipient",
    "legal_basis",
    "disclosed",
    "prev_hash",
)


def row_hash(row: AccessLogEntry) -> str:
    """SHA-256 over the row's canonical JSON (every field but the hash itself)."""
    values = {name: getattr(row, name) for name in _HASHED}
    values["at"] = row.at.astimezone(dt.UTC).isoformat()
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    rows: int
    broken_at: str | None = None  # the id of the first row that does not hold
    device_id: str | None = None


def verify_chain(rows: Iterable[AccessLogEntry]) -> ChainCheck:
    """Check every device's chain: each row's hash, and each link to the row before it."""
    by_device: dict[str, list[AccessLogEntry]] = {}
    for row in rows:
        by_device.setdefault(row.device_id, []).append(row)
    count = 0
    for device, chain in sorted(by_device.items()):
        prev, expected_seq = GENESIS, 1
        for row in sorted(chain, key=lambda r: r.seq):
            count += 1
            if row.seq != expected_seq or row.prev_hash != prev or row.hash != row_hash(row):
                return ChainCheck(False, count, row.id, device)
            prev, expected_seq = row.hash, row.seq + 1
    return ChainCheck(True, count)
