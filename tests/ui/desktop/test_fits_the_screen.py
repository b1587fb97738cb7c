"""The desktop fits a 1366×768 laptop under a real X server — at 100 % (fi, sv, en), at 2×
scale (QT_SCALE_FACTOR=2: a 683×384 screen in Qt's units; fi, sv) and with the app's own
text at 200 % (en): for every main view and dialog (tests/ui/tour.py), no
widget that shows text reaches past the window, past the visible width of a scroll area or
past its parent, and no text is wider than its widget (measured from real geometry and the
fonts' metrics, tests/ui/fit.py). The window, frame included, lies on the available screen.

One Xvfb for the session; one child process per configuration, run side by side, shared
with the screen reader's walk (test_screen_reader.py): see `probed` in conftest.py.
"""

from __future__ import annotations

import json

import pytest

from tests.ui.desktop.conftest import PROBES
from tests.ui.tour import STOPS

CASES = [(config, lang) for config, (_, _, langs) in PROBES.items() for lang in langs]


@pytest.mark.parametrize(("config", "lang"), CASES)
def test_nothing_is_cut_off_or_off_the_screen(probed, config, lang):
    seen = probed[config][lang]
    assert list(seen) == STOPS  # every view and dialog was looked at
    cut = {stop: found["fit"] for stop, found in seen.items() if found["fit"]}
    assert cut == {}, json.dumps(cut, indent=1, ensure_ascii=False)
