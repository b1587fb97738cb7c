"""The desktop fits a 1366×768 laptop under a real X server — at 100 % (fi, sv, en), at 2×
scale (QT_SCALE_FACTOR=2: a 683×384 screen in Qt's units; fi, sv) and with the app's own
text at 200 % (en): for every main view and dialog (tests/ui/tour.py), no
widget that shows text reaches past the window, past the visible width of a scroll area or
past its parent, and no text is wider than its widget (measured from real geometry and the
fonts' metrics, tests/ui/fit.py). The window, frame included, lies on the available screen.

One Xvfb for the session; one child process per configuration, run side by side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.tour import STOPS

ROOT = Path(__file__).resolve().parents[3]
LANGS = ("fi", "sv", "en")
# name: (QT_SCALE_FACTOR, the app's text size in %, languages)
CONFIGS = {
    "1366x768": ("1", 100, LANGS),
    "2x-scale": ("2", 100, ("fi", "sv")),  # the longest words; English is checked at 200 %
    "text-200": ("1", 200, ("en",)),
}


@pytest.fixture(scope="module")
def probed(xvfb: str, demo_template: Path, tmp_path_factory) -> dict[str, dict]:
    """Every configuration's findings: {config: {lang: {stop: [problems]}}}."""
    folder = tmp_path_factory.mktemp("probe")
    running = {}
    for name, (scale, text, langs) in CONFIGS.items():
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "HBDESK_"))},
            "DISPLAY": xvfb,
            "QT_QPA_PLATFORM": "xcb",
            "QT_SCALE_FACTOR": scale,
            "QT_ACCESSIBILITY": "0",
        }
        out = folder / f"{name}.json"
        command = [
            sys.executable,
            "-m",
            "tests.ui.screen_probe",
            "--vault",
            str(demo_template),
            "--out",
            str(out),
            "--langs",
            ",".join(langs),
            "--text-size",
            str(text),
        ]
        running[name] = (subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE), out)
    results = {}
    for name, (process, out) in running.items():
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode(errors="replace")[-2000:]
        results[name] = json.loads(out.read_text(encoding="utf-8"))
    return results


CASES = [(config, lang) for config, (_, _, langs) in CONFIGS.items() for lang in langs]


@pytest.mark.parametrize(("config", "lang"), CASES)
def test_nothing_is_cut_off_or_off_the_screen(probed, config, lang):
    seen = probed[config][lang]
    assert list(seen) == STOPS  # every view and dialog was looked at
    cut = {stop: problems for stop, problems in seen.items() if problems}
    assert cut == {}, json.dumps(cut, indent=1, ensure_ascii=False)
