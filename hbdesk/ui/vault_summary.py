"""What the placeholder main window shows about the vault.

Temporary: the desktop issue replaces this with a caseload service call; until
hbdesk.services offers one, the count is read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hbdesk.store import OpenVault


def count_clients(vault: OpenVault) -> int:
    from sqlalchemy import func, select

    from hbdesk.models.client import Client

    with vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)
