"""Walk every main view and dialog through AT-SPI, as the Orca screen reader would, and say
where what is heard differs from what the screen shows.

Usage: .venv/bin/python scripts/atspi_walk.py [--lang fi|sv|en] [--stops a,b] [--vault DIR]
It starts its own virtual screen and session bus (xvfb-run, dbus-run-session), the AT-SPI
bus and registry, and the desktop on a copy of a demo vault (made in a temporary folder
unless --vault names one, made with the tests' passphrase). Needs the Debian packages
xvfb, dbus-x11 (or dbus-bin), at-spi2-core and python3-pyatspi (scripts/setup.sh --dev).

Checks, per view: every label's text is heard (a name must not hide it); every input (text,
list to choose from, spin button, check or radio box) is named; no drop-down list is named by
its current value; no text of a hidden table cell is readable. Exit status 1 on a problem.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSIDE = "HBDESK_ATSPI_INSIDE"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's: it has pyatspi, the venv does not
INPUTS = {"text", "password text", "combo box", "spin button", "check box", "radio button"}

# Runs in the system Python: every node of the app "hbdesk", with what Orca would say.
WALKER = r"""
import json, sys, pyatspi
desktop = pyatspi.Registry.getDesktop(0)
nodes = []
def walk(node, depth=0):
    if node is None or depth > 80:
        return
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        if not showing and depth > 1:
            return  # a hidden part: nothing in it is on the screen (nor walked: it is slow)
        role, name = node.getRoleName(), node.name or ""
    except Exception:
        return
    item = {"role": role, "name": name, "showing": showing, "cells": [], "selected": ""}
    if role == "combo box":
        try:
            chosen = node.querySelection().getSelectedChild(0) if node.childCount else None
            item["selected"] = chosen.name if chosen is not None else ""
        except Exception:
            pass
    if role in ("table", "tree table"):
        try:
            table = node.queryTable()
            for r in range(table.nRows):
                for c in range(table.nColumns):
                    cell = table.getAccessibleAt(r, c)
                    if cell is not None and cell.name:
                        item["cells"].append(cell.name)
        except Exception:
            pass
        nodes.append(item)
        return
    nodes.append(item)
    if role == "combo box":
        return
    for index in range(node.childCount):
        try:
            walk(node.getChildAtIndex(index), depth + 1)
        except Exception:
            pass
import time
for _ in range(100):  # the app registers with the bus a moment after it starts
    apps = [a for a in desktop if a is not None and a.childCount]
    if apps:
        break
    time.sleep(0.1)
for app in apps:  # the only application on this private bus: hbdesk
    walk(app)
print(json.dumps(nodes))
"""


def _relaunch_inside() -> int:
    """Run this script again under its own X server and session bus."""
    env = {**os.environ, INSIDE: "1"}
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "dbus-run-session", "--"]
    return subprocess.call([*command, sys.executable, *sys.argv], env=env)  # noqa: S603


def _demo_vault(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from hbdesk.services.demo import populate_demo
    from hbdesk.store import Vault
    from tests.ui.tour import PASSPHRASE, QUICK_KDF

    vault = folder / "demo"
    opened = Vault(vault, kdf=QUICK_KDF).create(PASSPHRASE)
    populate_demo(opened, clients=14)
    opened.lock()
    return vault


def judge(expected: dict[str, list[str]], nodes: list[dict]) -> list[str]:
    """Where what AT-SPI says differs from what the screen shows."""
    problems = []
    heard = {n["name"] for n in nodes if n["showing"]}
    for text in expected["shown"]:
        if text not in heard:
            problems.append(f"a label shows {text[:60]!r} but no one hears it")
    for node in nodes:
        if not node["showing"] or node["role"] not in INPUTS:
            continue
        if not node["name"].strip():
            problems.append(f"a {node['role']} has no name")
        elif node["role"] == "combo box" and node["name"] == node["selected"]:
            problems.append(f"a list is heard by its current value {node['name'][:40]!r}")
    readable = (
        " ".join(n["name"] for n in nodes) + " " + " ".join(c for n in nodes for c in n["cells"])
    )
    for secret in expected["secrets"]:
        if secret in readable:
            problems.append(f"a hidden cell is readable: {secret[:40]!r}")
    return problems


def walk(args: argparse.Namespace, vault: Path) -> dict[str, list[str]]:
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(0.5)
    registry = subprocess.Popen(["/usr/libexec/at-spi2-registryd"])
    time.sleep(0.5)
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "tests.ui.atspi_app",
            "--vault",
            str(vault),
            "--lang",
            args.lang,
            "--stops",
            args.stops,
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    found: dict[str, list[str]] = {}
    try:
        for line in app.stdout:
            if not line.startswith("STOP "):
                continue
            _, stop, expected = line.split(" ", 2)
            for attempt in range(6):  # the bridge may still be sending the new view's changes
                # (a loaded machine needs longer: a dialog that loads its rows off the UI
                # thread is exposed a moment after it is shown)
                time.sleep(0.3 + attempt)
                out = subprocess.run(  # noqa: S603
                    [SYSTEM_PYTHON, "-c", WALKER],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=True,
                ).stdout
                found[stop] = judge(json.loads(expected), json.loads(out))
                if not found[stop]:
                    break
            print(f"{stop}: {len(found[stop])} problem(s)", *found[stop], sep="\n    ", flush=True)
            app.stdin.write("next\n")
            app.stdin.flush()
    finally:
        app.stdin.close()
        app.wait(timeout=60)
        registry.terminate()
        launcher.terminate()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    parser.add_argument("--stops", default="")
    parser.add_argument("--vault", type=Path)
    args = parser.parse_args()
    if os.environ.get(INSIDE) != "1":
        if not (shutil.which("xvfb-run") and shutil.which("dbus-run-session")):
            print("atspi_walk: needs xvfb-run and dbus-run-session", file=sys.stderr)
            return 2
        return _relaunch_inside()
    with tempfile.TemporaryDirectory(prefix="hbdesk-atspi-") as tmp:
        vault = args.vault or _demo_vault(Path(tmp))
        found = walk(args, vault)
    from tests.ui.tour import STOPS

    wanted = [s for s in args.stops.split(",") if s] or STOPS
    missing = [stop for stop in wanted if stop not in found]
    total = sum(len(p) for p in found.values())
    print(f"AT-SPI walk ({args.lang}): {len(found)} views, {total} problem(s)")
    if missing:
        print(f"atspi_walk: the desktop ended before {', '.join(missing)}", file=sys.stderr)
    return 1 if total or missing else 0


if __name__ == "__main__":
    sys.exit(main())
