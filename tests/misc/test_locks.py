"""The lock files keep the two deployables apart and pin every version with a hash."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _locked(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / f"{name}.lock").read_text()
    found = dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s;]+)", text, re.MULTILINE))
    assert found, name
    for block in re.split(r"\n(?=[a-z0-9])", text.split("\n", 1)[1]):
        if "==" in block.split("\n", 1)[0]:
            assert "--hash=sha256:" in block, block.split("\n", 1)[0]
    return found


def test_the_laptop_installs_no_web_server_and_no_postgresql_driver() -> None:
    desktop = _locked("desktop")
    assert "pyside6-essentials" in desktop and "sqlcipher3" in desktop
    assert not {"uvicorn", "starlette", "psycopg", "psycopg-binary"} & desktop.keys()


def test_the_server_installs_no_qt_and_no_laptop_store() -> None:
    server = _locked("server")
    assert {"uvicorn", "starlette", "psycopg"} <= server.keys()
    assert not {n for n in server if n.startswith("pyside6") or n.startswith("shiboken")}
    assert "sqlcipher3" not in server and "alembic" not in server


def test_tools_are_pinned_for_ci() -> None:
    dev = _locked("dev")
    for tool in ("ruff", "mypy", "pytest", "import-linter"):
        assert tool in dev, tool
    shared = _locked("desktop").keys() & _locked("server").keys()
    for name in shared:  # one version of a shared package across the deployables' tests
        assert _locked("desktop")[name] == dev[name] == _locked("server")[name], name
