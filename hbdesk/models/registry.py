"""Imports every model module so that `metadata` describes the whole schema."""

from __future__ import annotations

from hbdesk.models import (  # noqa: F401
    audit,
    budget,
    catalogue,
    client,
    closing,
    contact,
    decision,
    draft,
    exports,
    feedback,
    followup,
    ledger,
    mandate,
    meta,
    outbox,
    people,
    plan,
    selfassessment,
)
from hbdesk.models.base import Base

metadata = Base.metadata
