"""What every desktop view gets: the open vault, who acts, the service runner, drafts, language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hbdesk.app.store import OpenVault
    from hbdesk.services.context import Actor
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

    def __post_init__(self) -> None:
        self.keeper.use_runner(self.runner)  # drafts are written through the one runner
        if self.runner.vault is None:
            self.runner.vault = self.vault  # what one screen reads is read together
