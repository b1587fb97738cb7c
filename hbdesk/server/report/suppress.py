"""Small-cell protection: a figure resting on fewer than five people is hidden as "< 5", and
so is any figure from which a hidden one could be computed back (complementary suppression).

Every figure is a `Cell` that knows how many distinct people it rests on. Cells that add up
to a total form a `Group` (a row and its total, a sub-sum such as "4–5 of 5", the county's
figure and its units'), and a group may be a part of another. In every group:
- one hidden cell alone could be computed as the total minus the others, so a second one
  is hidden (the smallest shown part with people in it, else the total; a group that
  prefers its total — the county's figure over another unit's — hides the total first);
- hidden parts that together rest on fewer than five people could still be narrowed down,
  so more are hidden until they rest on five or more, or the total itself is hidden;
- a hidden total is the sum of its parts, so at least one part is hidden too;
- in a group of categories, zeros beside one hidden part tell that everyone is in it: they
  are hidden as well.
A cell that `follows` others (a share: its count and its whole; a mean: its n) is hidden
whenever one of them is. A cell that is not `sensitive` ("no answer": it says nothing of a
person) is not hidden for being small, only to protect another. A `public` cell is known
anyway (published in another report, or their sum): it is never hidden to protect another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MIN_PEOPLE = 5
HIDDEN = "< 5"


@dataclass(eq=False)
class Cell:
    """One figure. `kind`: count | mean1 (one decimal) | pct | pp | eur | days | label."""

    value: Any
    people: int
    kind: str = "count"
    hidden: bool = False
    follows: tuple[Cell, ...] = ()  # hidden whenever one of these is
    sensitive: bool = True  # False: shown even when small (it says nothing of a person)
    additive: bool = True  # adds up across units (a count, a sum of euros; not a median)
    public: bool = False  # known anyway: never hidden to protect another

    def hide(self) -> None:
        self.hidden = True


@dataclass(eq=False)
class Group:
    """Cells that add up to `total` (None: a total known anyway, never hidden)."""

    parts: list[Cell]
    total: Cell | None = None
    prefer_total: bool = False  # complementary suppression hides the total before a part
    categories: bool = True  # the parts are categories people fall in (not units)


def is_small(cell: Cell) -> bool:
    return cell.sensitive and 0 < cell.people < MIN_PEOPLE


def _needs_more(group: Group) -> bool:
    """Could a hidden cell of the group still be computed back, or narrowed to < 5 people?"""
    hidden = [c for c in group.parts if c.hidden]
    if group.total is not None and group.total.hidden:
        return not hidden
    if len(hidden) == 1:
        return True
    return bool(hidden) and sum(c.people for c in hidden) < MIN_PEOPLE


def _complement(group: Group) -> Cell | None:
    """The cell to hide next: the smallest shown part with people in it, or the total."""
    parts = sorted((c for c in group.parts if _can_hide(c) and c.people > 0), key=_people)
    total = [group.total] if group.total is not None and _can_hide(group.total) else []
    order = [*total, *parts] if group.prefer_total else [*parts, *total]
    return order[0] if order else None


def _people(cell: Cell) -> int:
    return cell.people


def _can_hide(cell: Cell) -> bool:
    return not cell.hidden and not cell.public


def _settle(group: Group) -> bool:
    """Hide what it takes in one group; True if anything changed."""
    changed = False
    while _needs_more(group):
        cell = _complement(group)
        if cell is None:
            break
        cell.hide()
        changed = True
    return changed


def _no_lone_category(group: Group) -> bool:
    """Zeros beside a single hidden category (everyone is in it) are hidden too."""
    hidden = [c for c in group.parts if c.hidden]
    zeros = [c for c in group.parts if _can_hide(c) and c.value == 0]
    if not group.categories or len(hidden) != 1 or not zeros:
        return False
    if len(zeros) != len(group.parts) - 1:  # another category holds people (or is public)
        return False
    for cell in zeros:
        cell.hide()
    return True


def _follow(cells: list[Cell]) -> bool:
    changed = False
    for cell in cells:
        if _can_hide(cell) and any(c.hidden for c in cell.follows):
            cell.hide()
            changed = True
    return changed


def protect(cells: Iterable[Cell], groups: Iterable[Group]) -> None:
    """Hide small cells, then hide more until no hidden cell can be computed back from the
    groups, no zero tells where everyone is, and no share or mean shows a hidden count."""
    groups = list(groups)
    everything = list(cells)
    for group in groups:
        everything += group.parts
        if group.total is not None:
            everything.append(group.total)
    for cell in everything:
        if is_small(cell):
            cell.hide()
    changed = True
    while changed:
        changed = _follow(everything)
        for group in groups:
            changed |= _settle(group)
            changed |= _no_lone_category(group)
