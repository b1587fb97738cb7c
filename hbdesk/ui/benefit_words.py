"""What is known of a catalogue item's benefit, in plain words for the client and the worker."""

from __future__ import annotations

from hbdesk.services.catalogue_benefit import Benefit
from hbdesk.ui.speaker import APP_WORDS, Words


def benefit_sentence(b: Benefit, say: Words = APP_WORDS) -> str:
    """E.g. "Used by 12 clients; their goals were reached or exceeded for 8 of 12."."""
    if b.assessed == 0:
        words = say.translate(
            "Benefit", "Used by %1 clients; their goals have not been followed up yet."
        )
    elif b.assessed == b.users:
        words = say.translate(
            "Benefit", "Used by %1 clients; their goals were reached or exceeded for %2 of %1."
        )
    else:
        words = say.translate(
            "Benefit",
            "Used by %1 clients; of the %3 whose goals have been "
            "followed up, %2 reached or exceeded them.",
        )
    return (
        words.replace("%1", str(b.users))
        .replace("%2", str(b.reached))
        .replace("%3", str(b.assessed))
    )
