"""What a screen reader hears equals what the screen shows, for every main view and dialog in
fi, sv and en, walked in-process through QAccessible — the interfaces the AT-SPI bridge gives
Orca (tests/ui/a11y.py): labels heard by their text, no input without a linked label or name,
no list heard by its current value, no hidden table cell readable. The walk is made during
the tour under Xvfb (conftest's `probed`); scripts/atspi_walk.py does it through AT-SPI."""

from __future__ import annotations

import json

import pytest

from tests.ui.desktop.conftest import LANGS
from tests.ui.tour import STOPS


@pytest.mark.parametrize("lang", LANGS)
def test_a_screen_reader_hears_what_the_screen_shows(probed, lang):
    seen = probed["1366x768"][lang]
    assert list(seen) == STOPS
    wrong = {stop: found["a11y"] for stop, found in seen.items() if found["a11y"]}
    assert wrong == {}, json.dumps(wrong, indent=1, ensure_ascii=False)
