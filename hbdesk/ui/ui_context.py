"""What every desktop view gets: the open vault, who acts, the service runner, drafts, language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hbdesk.services.context import Actor
    from hbdesk.store import OpenVault
    from hbdesk.ui.drafts import DraftKeeper
    from hbdesk.ui.runner import ServiceRunner


@dataclass
class UiContext:
    """Handed to the main window and every stage page; nothing here outlives the lock."""

    vault: OpenVault
    actor: Actor
    runner: ServiceRunner
    keeper: DraftKeeper
    lang: str  # "fi" | "sv" | "en": formatting of money and dates (hbdesk.formatting)
