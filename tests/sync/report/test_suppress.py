"""Small-cell protection, cell by cell (hbdesk/server/report/suppress.py): what is hidden and
what stays, including the complementary cells that protect a hidden one (issue 18, item 2).

Each test is a shape the published reports have; the attacks (a)–(d) of the issue are here
in their smallest form. The whole family of real reports is attacked in test_report.py.
"""

from __future__ import annotations

import pytest

from hbdesk.server.report.suppress import MIN_PEOPLE, Cell, Group, is_small, protect


def count(n: int, **kw: object) -> Cell:
    return Cell(n, n, **kw)  # type: ignore[arg-type]


def shown(*cells: Cell) -> list[object]:
    return ["< 5" if c.hidden else c.value for c in cells]


@pytest.mark.parametrize(
    ("people", "small"), [(0, False), (1, True), (4, True), (5, False), (6, False)]
)
def test_a_figure_resting_on_one_to_four_people_is_small(people: int, small: bool) -> None:
    assert MIN_PEOPLE == 5
    assert is_small(Cell(people, people)) is small
    assert not is_small(Cell(people, people, sensitive=False))
    cell = Cell(people, people)
    protect([cell], [])
    assert cell.hidden is small


def test_one_hidden_cell_beside_a_shown_total_gets_a_partner() -> None:
    """(b) 9 "hard" minus the shown 7 would give the hidden 2: the smallest other cell with
    people in it is hidden too, the total stays."""
    one, two, hard = count(7), count(2), count(9)
    zero = count(0)
    protect([], [Group([one, zero, two], hard)])
    assert shown(one, zero, two, hard) == ["< 5", 0, "< 5", 9]


def test_the_partner_is_the_smallest_cell_with_people() -> None:
    tiny, small, large = count(3), count(8), count(40)
    total = count(51)
    protect([], [Group([large, tiny, small], total)])
    assert shown(large, tiny, small, total) == [40, "< 5", "< 5", 51]


def test_hidden_cells_narrowed_to_fewer_than_five_people_get_more_partners() -> None:
    """1 + 2 hidden of a shown 20 still rest on three people: a third cell is hidden."""
    a, b, c, d = count(1), count(2), count(7), count(10)
    total = count(20)
    protect([], [Group([a, b, c, d], total)])
    assert shown(a, b, c, d, total) == ["< 5", "< 5", "< 5", 10, 20]


def test_when_no_part_can_be_the_partner_the_total_is_hidden() -> None:
    lone, zero = count(3), count(0)
    total = count(3)
    protect([], [Group([lone, zero], total)])
    assert shown(lone, total) == ["< 5", "< 5"]


def test_a_hidden_total_gets_a_hidden_part() -> None:
    """A total hidden for another group's sake is the sum of its shown parts otherwise."""
    a, b = count(6), count(9)
    total = count(15)
    total.hide()
    protect([], [Group([a, b], total)])
    assert shown(a, b) == ["< 5", 9]


def test_a_total_known_anyway_is_never_hidden() -> None:
    lone, other = count(2), count(30)
    protect([], [Group([lone, other], None)])
    assert shown(lone, other) == ["< 5", "< 5"]


def test_groups_inside_groups_settle_together() -> None:
    """(a) answers 13 minus those who answered 12 is the hidden "no answer" 1, and the
    sub-sum "hard" of cells 1 and 2 is a part of "answered": hiding cascades until no
    group has a lone hidden cell (it takes the loop more than one round)."""
    c1, c2, c3 = count(7), count(2), count(3)
    none = count(1)
    hard, rest = count(9), count(3)
    answered, answers = count(12), count(13)
    groups = [
        Group([answered, none], answers),
        Group([hard, rest], answered),
        Group([c1, c2], hard),
        Group([c3], rest),
    ]
    protect([], groups)
    for g in groups:
        cells = [*g.parts, g.total]
        assert sum(c.hidden for c in cells) != 1, shown(*cells)
    assert none.hidden and c2.hidden and c1.hidden


def test_the_last_group_can_reopen_the_first() -> None:
    """A partner hidden in a later group makes an earlier group need one: the loop runs
    until nothing changes."""
    a, b = count(6), count(20)
    top = count(26)
    x = count(2)
    s = count(8)
    groups = [Group([a, b], top), Group([x, a], s)]
    protect([], groups)
    assert shown(a, b, top, x, s) == ["< 5", "< 5", 26, "< 5", 8]


def test_zeros_beside_one_hidden_category_are_hidden() -> None:
    """(d) improved < 5, same 0, worse 0 tells that everyone improved."""
    improved, same, worse = count(4), count(0), count(0)
    n = count(4)
    protect([], [Group([improved, same, worse], n)])
    assert shown(improved, same, worse, n) == ["< 5", "< 5", "< 5", "< 5"]


def test_zeros_stay_when_people_are_spread_over_hidden_categories() -> None:
    improved, same, worse = count(3), count(4), count(0)
    n = count(7)
    protect([], [Group([improved, same, worse], n)])
    assert shown(improved, same, worse, n) == ["< 5", "< 5", 0, 7]


def test_zeros_stay_beside_a_shown_category() -> None:
    a, b, c = count(3), count(12), count(0)
    total = count(15)
    protect([], [Group([a, b, c], total)])
    assert shown(a, b, c, total) == ["< 5", "< 5", 0, 15]


def test_zeros_of_units_say_nothing_of_a_person() -> None:
    """Units are not categories of people: a unit with no one beside a small one is no
    disclosure (and the county's figure gives way instead)."""
    small, empty = count(3), count(0)
    county = count(3)
    protect([], [Group([small, empty], county, prefer_total=True, categories=False)])
    assert shown(small, empty, county) == ["< 5", 0, "< 5"]


def test_a_group_that_prefers_its_total_hides_the_total_first() -> None:
    """(c) the county minus the big unit is the small unit: the county's figure gives way,
    the big unit's stays as its own report shows it."""
    big, small = count(25), count(3)
    county = count(28)
    protect([], [Group([big, small], county, prefer_total=True, categories=False)])
    assert shown(big, small, county) == [25, "< 5", "< 5"]


def test_public_cells_are_never_partners() -> None:
    big, small, other = count(25, public=True), count(3), count(6)
    county = count(34, public=True)
    protect([], [Group([big, small, other], county)])
    assert shown(big, small, other, county) == [25, "< 5", "< 5", 34]


def test_nothing_to_hide_when_only_public_cells_are_left() -> None:
    big, small = count(25, public=True), count(3)
    county = count(28, public=True)
    protect([], [Group([big, small], county)])
    assert shown(big, small, county) == [25, "< 5", 28]


def test_a_public_zero_stays_and_the_others_are_not_hidden_for_it() -> None:
    lone, zero, known = count(4), count(0), count(0, public=True)
    n = count(4)
    protect([], [Group([lone, zero, known], n)])
    assert shown(lone, zero, known) == ["< 5", 0, 0]


def test_a_share_or_a_mean_follows_what_it_is_made_of() -> None:
    part, whole = count(3), count(20)
    share = Cell(15, 20, "pct", follows=(part, whole))
    n = count(4)
    mean = Cell(6.5, 4, "mean1", follows=(n,))
    fine = Cell(50, 20, "pct", follows=(whole,))
    protect([part, whole, n, share, mean, fine], [])
    assert shown(share, mean, fine) == ["< 5", "< 5", 50]


def test_a_follower_of_a_partner_is_hidden_too() -> None:
    a, b = count(3), count(12)
    total = count(15)
    share_b = Cell(80, 15, "pct", follows=(b, total))
    protect([share_b], [Group([a, b], total)])
    assert shown(b, share_b) == ["< 5", "< 5"]


def test_no_answer_is_shown_when_small_but_can_be_a_partner() -> None:
    """Not answering says nothing of a person: n 25, answered 24 and "no answer" 1 are all
    shown (the seed prints n = 25 beside 7 / 24)."""
    answered, none = count(24), count(1, sensitive=False)
    n = count(25)
    protect([], [Group([answered, none], n)])
    assert shown(answered, none, n) == [24, 1, 25]
    scale, none = count(3), count(2, sensitive=False)
    n = count(5)
    protect([], [Group([scale, none], n)])
    assert shown(scale, none, n) == ["< 5", "< 5", 5]


def test_a_group_with_nothing_hidden_changes_nothing() -> None:
    a, b, zero = count(5), count(9), count(0)
    total = count(14)
    protect([], [Group([a, b, zero], total)])
    assert shown(a, b, zero, total) == [5, 9, 0, 14]


def test_a_one_person_cell_that_may_be_shown_can_be_the_partner() -> None:
    """ "No answer" 1 is shown for itself, but it is the partner of a hidden cell before the
    total is."""
    scale, none = count(4), count(1, sensitive=False)
    n = count(5)
    protect([], [Group([scale, none], n)])
    assert shown(scale, none, n) == ["< 5", "< 5", 5]


def test_a_zero_hidden_for_one_group_reopens_another() -> None:
    """Zeros hidden beside a lone category are parts elsewhere too: 10 − 10 would show the
    hidden zero again, so the loop runs once more and hides the 10."""
    zero, ten = count(0), count(10)
    t = count(10)
    lone = count(3)
    n = count(3)
    protect([], [Group([zero, ten], t), Group([lone, zero], n)])
    assert shown(zero, ten, t, lone) == ["< 5", "< 5", 10, "< 5"]


def test_followers_of_followers_are_hidden() -> None:
    small = count(3)
    mean = Cell(5.5, 10, "mean1", follows=(small,))  # resting on ten, but made with the 3
    change = Cell(0.5, 10, "mean1", follows=(mean,))
    protect([change, mean, small], [])  # the later follower first: it takes a second round
    assert change.hidden and mean.hidden


def test_a_change_in_the_middle_of_a_round_is_not_forgotten() -> None:
    """Hiding that spreads backwards through the groups: each round must go on as long as
    any group changed, not only the last one."""
    a, b, c, x = count(6), count(20), count(30), count(2)
    s2, top, s3 = count(50), count(26), count(8)
    protect([], [Group([b, c], s2), Group([a, b], top), Group([x, a], s3)])
    assert shown(a, b, c, x) == ["< 5", "< 5", "< 5", "< 5"]
    assert shown(s2, top, s3) == [50, 26, 8]
