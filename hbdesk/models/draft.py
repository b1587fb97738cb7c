"""Unsaved text, kept encrypted inside the vault: nothing typed is lost on lock or crash."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow


class Draft(Base):
    __tablename__ = "drafts"

    # Where the text was being typed, e.g. "client/<id>/plan/needs"; one draft per place.
    place: Mapped[str] = mapped_column(String(200), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
