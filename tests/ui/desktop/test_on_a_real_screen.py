"""The desktop fits a 1366×768 laptop under a real X server — at 100 % (fi, sv, en), at 2×
scale (QT_SCALE_FACTOR=2: a 683×384 screen in Qt's units; fi, sv) and with the app's own
text at 200 % (en): for every main view and dialog (tests/ui/tour.py), no
widget that shows text reaches past the window, past the visible width of a scroll area or
past its parent, and no text is wider than its widget (measured from real geometry and the
fonts' metrics, tests/ui/fit.py). The window, frame included, lies on the available screen.

The same tour also walks what a screen reader hears, in every configuration, in-process
through QAccessible — the interfaces the AT-SPI bridge gives Orca (tests/ui/a11y.py): labels
heard by their text, no input without a linked label or name, no list heard by its current
value, no hidden table cell readable (scripts/atspi_walk.py does the walk through AT-SPI
itself).

One Xvfb for the session; one child process per configuration, run side by side (`probed`
in conftest.py); both tests are in this module so that parallel workers run the tour once.
"""

from __future__ import annotations

import json

import pytest

from tests.ui.desktop.conftest import PROBES
from tests.ui.tour import STOPS

# The first test's set-up runs the whole tour in every configuration (the `probed` fixture):
# about 40 s on a quiet 2-core machine, past the suite's 120 s when the machine is loaded.
pytestmark = pytest.mark.timeout(600)

CASES = [(config, lang) for config, (_, _, langs) in PROBES.items() for lang in langs]


@pytest.mark.parametrize(("config", "lang"), CASES)
def test_nothing_is_cut_off_or_off_the_screen(probed, config, lang):
    seen = probed[config][lang]
    assert list(seen) == STOPS  # every view and dialog was looked at
    cut = {stop: found["fit"] for stop, found in seen.items() if found["fit"]}
    assert cut == {}, json.dumps(cut, indent=1, ensure_ascii=False)


@pytest.mark.parametrize(("config", "lang"), CASES)
def test_a_screen_reader_hears_what_the_screen_shows(probed, config, lang):
    seen = probed[config][lang]
    assert list(seen) == STOPS
    wrong = {stop: found["a11y"] for stop, found in seen.items() if found["a11y"]}
    assert wrong == {}, json.dumps(wrong, indent=1, ensure_ascii=False)
