"""Notes from the visit: kept per client, so that the next client never sees the previous one's.

The notes of a client live at the draft place client/<id>/visit-notes (encrypted in the vault
like every draft); with no client open, notes about no one in particular are kept apart.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.workspace.forms import ClientDraftEdit

NO_CLIENT_PLACE = "shell/visit-notes"  # notes typed with no client open
WHAT = "visit-notes"


def place_of(client_id: str | None) -> str:
    return f"client/{client_id}/{WHAT}" if client_id else NO_CLIENT_PLACE


class VisitNotes(ClientDraftEdit):
    """The notes field; `show_for` saves what was typed and shows the given client's notes."""

    def __init__(
        self, keeper: DraftKeeper, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(WHAT, keeper, parent, accessible_name=name, lines=2)
        self.client_id: str | None = None
        self.move_to(NO_CLIENT_PLACE)

    def show_for(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.move_to(place_of(client_id))
