"""Launch → the caseload shown, the passphrase typed as soon as the lock screen is up (issue 15).

A new process each run (offscreen Qt): `python benchmarks/launch_driver.py` runs hbdesk's
own entry point on the benchmark vault (demo caseload + the five-year client, the shipped
Argon2id parameters). Beside it, from the same run, the floor: a bare PySide6 window's
launch plus one Argon2id derivation with the shipped parameters. Target ≤ 0.8 s.

    .venv/bin/python benchmarks/run.py launch      (HBDESK_BENCH_LAUNCHES=7 by default)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import vaults
from benchmarks.common import Result

RUNS = int(os.environ.get("HBDESK_BENCH_LAUNCHES", "7"))
TARGET_S = 0.8
HERE = Path(__file__).resolve().parent
BARE = (
    "import sys, time; from PySide6.QtCore import QTimer; "
    "from PySide6.QtWidgets import QApplication, QLabel; "
    "a = QApplication(sys.argv); w = QLabel('bare'); w.show(); "
    "QTimer.singleShot(0, lambda: (print('shown', time.monotonic(), flush=True), a.quit())); "
    "a.exec()"
)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = vaults.desktop_vault() / "vault"
        env = _env(root)
        bare, lock, shown, rows = [], [], [], 0
        for n in range(RUNS):
            bare.append(_launch([sys.executable, "-c", BARE], env)["shown"])
            folder = root / f"vault-{n}"
            vaults.copy_of(source, root).rename(folder)
            env["HBDESK_VAULT"] = str(folder)
            moments = _launch([sys.executable, str(HERE / "launch_driver.py")], env)
            lock.append(moments["lock-shown"])
            shown.append(moments["caseload-shown"])
            rows = int(moments.get("rows", 0))
        kdf = _argon2id()
    if rows < 40:
        return [Result(f"launch: the caseload showed {rows} clients", 0, "", "≥ 40", False)]
    floor = statistics.median(bare) + statistics.median(kdf)
    med = statistics.median(shown)
    return [
        Result(
            f"launch → lock screen (offscreen): {min(lock):.2f} / {statistics.median(lock):.2f} s",
            statistics.median(lock),
            "s",
            "measured",
            True,
        ),
        Result(
            f"launch → caseload shown ({rows} clients), passphrase typed at once: "
            f"{min(shown):.2f} / {med:.2f} s; floor: bare window {min(bare):.2f} / "
            f"{statistics.median(bare):.2f} s + Argon2id {min(kdf):.2f} / "
            f"{statistics.median(kdf):.2f} s = {floor:.2f} s",
            med,
            "s",
            f"≤ {TARGET_S} s",
            med <= TARGET_S,
        ),
    ]


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HBDESK_BENCH_PASSPHRASE"] = vaults.PASSPHRASE
    # hbdesk from PYTHONPATH when it is set (a before/after comparison), else this tree's.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(HERE.parent)) if p)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(root / "home" / name.lower())
    return env


def _launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each moment the child prints ("name monotonic [rows]")."""
    start = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    moments: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            moments[parts[0]] = float(parts[1]) - start
            if len(parts) == 3:
                moments["rows"] = float(parts[2])
    if done.returncode != 0 or not moments:
        raise RuntimeError(f"launch failed ({done.returncode}): {done.stderr[-2000:]}")
    return moments


def _argon2id() -> list[float]:
    from hbdesk.store import keys

    times = []
    for _ in range(3):
        start = time.perf_counter()
        keys.derive_kek("benchmark passphrase", b"0123456789abcdef", keys.DEFAULT_KDF)
        times.append(time.perf_counter() - start)
    return times
