"""Files with client data that hbdesk itself wrote outside the vault (PDFs, JSON exports).

Kept so that a revoked laptop's wipe can remove them too: the path, and a digest of the
bytes written, so that a file the person later replaced with their own is left alone.
Local only: never synced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id


class ExportedFile(Base):
    __tablename__ = "exported_files"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # plan | decision | commitment | export
    path: Mapped[str] = mapped_column(Text)  # absolute
    sha256: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
