"""Imports every model module so that `metadata` describes the whole schema."""

from __future__ import annotations

from hbdesk.models import client, draft, meta  # noqa: F401
from hbdesk.models.base import Base

metadata = Base.metadata
