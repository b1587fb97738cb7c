"""The list of files with client data that hbdesk wrote outside the vault (for the wipe).

Every document and data export is listed in the same transaction that logs it, with a
digest of its bytes; a revoked laptop's wipe removes each listed file that still holds
those bytes (a file the person replaced with their own stays).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.exports import ExportedFile
from hbdesk.store import OpenVault

CHUNK = 1 << 20


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    sha256: str


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, as hex."""
    found = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(CHUNK):
            found.update(chunk)
    return found.hexdigest()


def record(
    session: Session, client_id: str | None, kind: str, files: Iterable[tuple[Path, Path]]
) -> None:
    """List files about to appear: (the written temporary file, the name it will get)."""
    for written, target in files:
        session.add(
            ExportedFile(
                client_id=client_id,
                kind=kind,
                path=str(Path(target).absolute()),
                sha256=digest(written),
            )
        )


def written_files(vault: OpenVault) -> list[WrittenFile]:
    """Every file hbdesk wrote outside the vault, as listed (the newest bytes per path last)."""
    with vault.session() as s:
        rows = s.scalars(select(ExportedFile).order_by(ExportedFile.written_at)).all()
        return [WrittenFile(Path(r.path), r.sha256) for r in rows]
