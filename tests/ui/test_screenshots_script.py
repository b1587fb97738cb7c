"""scripts/screenshots.py shows what a person sees: the whole 1366×768 screen with the window
filling it, at 100 % and 200 %, whether the scales are written as percents or as factors; a
scale or a stop it cannot show is a usage error, not a black picture or a traceback.

The run under Xvfb (a demo vault of 40 clients, two probe processes) is long: HBDESK_LONG=1.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "screenshots.py"


@pytest.fixture(scope="module")
def shots():
    spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("scales", ["100,200", "1,2", "1.0,2.0"])
def test_scales_as_percents_or_factors_give_the_screen_at_1x_and_2x(shots, scales, tmp_path):
    percents = shots.main_args(["--scales", scales]).scales
    assert percents == [100, 200]
    factors = [
        shots.probe_run(p, ["fi"], "", tmp_path, tmp_path, tmp_path)[1]["QT_SCALE_FACTOR"]
        for p in percents
    ]
    assert factors == ["1", "2"]


@pytest.mark.parametrize("scales", ["0.01", "1,20", "500", "0", "-1", "x"])
def test_a_scale_that_cannot_fill_the_screen_is_a_usage_error(shots, scales, capsys):
    with pytest.raises(SystemExit) as exit_:
        shots.main_args(["--scales", scales])
    assert exit_.value.code == 2
    assert "--scales" in capsys.readouterr().err


def test_an_unknown_stop_is_a_usage_error_that_lists_the_stops(shots, capsys):
    with pytest.raises(SystemExit) as exit_:
        shots.main_args(["--stops", "caseload,stage-FollowUp"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "unknown stop(s): stage-FollowUp;" in err
    assert "stage-FollowUpPage" in err and "client-view" in err  # the valid names
    assert shots.main_args(["--stops", "caseload,stage-FollowUpPage"]).stops


def test_the_probe_refuses_an_unknown_stop_before_starting_a_tour(tmp_path):
    from tests.ui import screen_probe

    with pytest.raises(SystemExit) as exit_:
        screen_probe.parse(["--vault", str(tmp_path), "--stops", "nowhere"])
    assert exit_.value.code == 2


def looked_at(path: Path) -> tuple[list[str], float]:
    """The rows and columns of the picture (sampled every 4 pixels) that are mostly the X
    server's black background, i.e. not covered by a window; and the share of its most common
    colour. (Text is black too, so black pixels alone say nothing; a bare line of them does.)"""
    image = QImage(str(path)).scaled(341, 192, mode=Qt.TransformationMode.FastTransformation)
    width, height = image.width(), image.height()
    pixels = [[image.pixel(x, y) & 0xFFFFFF for x in range(width)] for y in range(height)]
    bare = [f"row {4 * y}" for y, row in enumerate(pixels) if row.count(0) > 0.9 * width]
    bare += [
        f"column {4 * x}" for x in range(width) if sum(row[x] == 0 for row in pixels) > 0.9 * height
    ]
    counts = Counter(rgb for row in pixels for rgb in row)
    return bare, counts.most_common(1)[0][1] / (width * height)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("HBDESK_LONG") != "1", reason="long: HBDESK_LONG=1")
def test_the_screenshots_show_the_window_filling_the_screen(xvfb, tmp_path, qapp):
    out = tmp_path / "shots"
    env = {**os.environ, "DISPLAY": xvfb}
    command = [sys.executable, str(SCRIPT), "--langs", "fi", "--scales", "1,2"]
    command += ["--stops", "stage-FollowUpPage", "--no-lock-screens", "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    saved = sorted(out.glob("*.png"))
    assert len(saved) == 2, saved
    for path in saved:
        assert QImage(str(path)).size().toTuple() == (1366, 768)  # the whole screen
        bare, top = looked_at(path)
        assert bare == [], path.name  # the window fills the screen
        assert top < 0.8, (path.name, top)  # and shows something: not one colour
    names = [p.name for p in saved]
    assert names == ["stage-FollowUpPage-fi-100.png", "stage-FollowUpPage-fi-200.png"]
