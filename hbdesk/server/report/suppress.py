"""Small-cell protection: a figure resting on fewer than five people is hidden as "< 5", and
so is any figure from which a hidden one could be computed back (complementary suppression).

Every figure is a `Cell` that knows how many distinct people it rests on. Cells that add up
to a shown total form a `Group`: within a group, one hidden cell alone could be computed as
the total minus the others, so a second one is hidden; and hidden cells that together rest
on fewer than five people could still be narrowed down, so more are hidden until they rest
on five or more, or the total itself is hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MIN_PEOPLE = 5
HIDDEN = "< 5"


@dataclass(eq=False)
class Cell:
    """One figure. `kind`: count | mean1 (one decimal) | pct | pp | eur | days | text."""

    value: Any
    people: int
    kind: str = "count"
    hidden: bool = False
    part: Cell | None = None  # a share is hidden whenever the count it is made of is

    def hide(self) -> None:
        self.hidden = True


@dataclass(eq=False)
class Group:
    """Cells that add up to `total` (which may itself be shown)."""

    parts: list[Cell]
    total: Cell | None = None


def hide_small(cells: Iterable[Cell]) -> None:
    for cell in cells:
        if 0 < cell.people < MIN_PEOPLE:
            cell.hide()


def _settle_group(group: Group) -> bool:
    """Hide what it takes in one group; True if anything changed."""
    changed = False
    while True:
        hidden = [c for c in group.parts if c.hidden]
        if not hidden or (group.total is not None and group.total.hidden):
            return changed
        if len(hidden) >= 2 and sum(c.people for c in hidden) >= MIN_PEOPLE:
            return changed
        candidates = sorted(
            (c for c in group.parts if not c.hidden and c.people > 0), key=lambda c: c.people
        )
        if candidates:
            candidates[0].hide()
        elif group.total is not None:
            group.total.hide()
        else:
            return changed
        changed = True


def protect(cells: Iterable[Cell], groups: Iterable[Group]) -> None:
    """Hide small cells, then complete every group until nothing can be computed back; a
    share whose count ended up hidden is hidden too."""
    cells = list(cells)
    hide_small(cells)
    groups = list(groups)
    for group in groups:
        hide_small(group.parts)
        if group.total is not None:
            hide_small([group.total])
    changed = True
    while changed:
        changed = False
        for group in groups:
            changed |= _settle_group(group)
    for cell in cells:
        if cell.part is not None and cell.part.hidden:
            cell.hide()
