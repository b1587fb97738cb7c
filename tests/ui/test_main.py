"""`python -m hbdesk`: starts, shows its first window, hardens the process, picks the vault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hbdesk.__main__ import parse_args, vault_folder
from hbdesk.store import vault as store_vault
from hbdesk.ui import passphrase_strength, vault_probe

ROOT = Path(__file__).resolve().parents[2]


def run_hbdesk(
    *args: str, env_extra: dict[str, str] | None = None, tmp_home: Path
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HBDESK_")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HBDESK_EXIT_AFTER_SHOWN": "1",
            "XDG_DATA_HOME": str(tmp_home / "data"),
            "XDG_CONFIG_HOME": str(tmp_home / "config"),
            "XDG_STATE_HOME": str(tmp_home / "state"),
            "XDG_CACHE_HOME": str(tmp_home / "cache"),
        }
    )
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "hbdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=str(ROOT),
        check=False,
    )


def test_the_app_starts_and_shows_the_create_page(tmp_path):
    result = run_hbdesk("--vault", str(tmp_path / "vault"), tmp_home=tmp_path)
    assert result.returncode == 0, result.stderr[-800:]
    assert "window-shown create" in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "vault").exists()  # nothing created before the user asks


def test_the_app_shows_the_lock_screen_for_an_existing_vault(existing_vault, tmp_path):
    result = run_hbdesk(tmp_home=tmp_path, env_extra={"HBDESK_VAULT": str(existing_vault)})
    assert result.returncode == 0, result.stderr[-800:]
    assert "window-shown unlock" in result.stdout


def test_the_lock_screen_needs_neither_sqlalchemy_nor_the_store(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from hbdesk.ui.shell import Shell\n"
        "app = QApplication([])\n"
        f"shell = Shell({str(tmp_path / 'v')!r}, preload=False)\n"
        "shell.start()\n"
        "assert shell.lock_window.isVisible()\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'hbdesk.store', 'sqlcipher3', 'zxcvbn')\n"
        "         if m in sys.modules]\n"
        "print('heavy:', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=str(ROOT),
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "heavy: []" in result.stdout, result.stdout + result.stderr[-800:]


def test_start_up_disables_core_dumps_and_makes_files_private():
    script = (
        "import os, resource\n"
        "from hbdesk.__main__ import harden_process\n"
        "harden_process()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE)[0], oct(os.umask(0)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=str(ROOT),
        check=True,
    )
    assert result.stdout.split() == ["0", "0o77"]


@pytest.mark.parametrize(
    ("argv", "env", "setting", "expected"),
    [
        (["--vault", "/a"], {"HBDESK_VAULT": "/b"}, "/c", "/a"),
        ([], {"HBDESK_VAULT": "/b"}, "/c", "/b"),
        ([], {}, "/c", "/c"),
        (["--demo", "--vault", "/a"], {}, "/c", "/a"),
    ],
)
def test_which_vault_folder(monkeypatch, argv, env, setting, expected):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert vault_folder(parse_args(argv), setting) == Path(expected)


def test_default_folders(monkeypatch):
    from hbdesk import paths

    assert vault_folder(parse_args([]), None) == paths.default_vault_dir()
    assert vault_folder(parse_args(["--demo"]), "/c") == paths.demo_vault_dir()
    monkeypatch.setenv("HBDESK_VAULT", "/real/vault")  # never the place for a demo vault
    assert vault_folder(parse_args(["--demo"]), None) == paths.demo_vault_dir()


def test_the_ui_knows_the_stores_names_and_floor():
    assert vault_probe.KEY_FILE == store_vault.KEY_FILE
    assert vault_probe.DB_FILE == store_vault.DB_FILE
    assert passphrase_strength.MIN_CHARS == store_vault.MIN_PASSPHRASE_CHARS


def test_the_probe_sees_any_part_of_a_vault(tmp_path):
    assert not vault_probe.vault_present(tmp_path / "nothing")
    (tmp_path / "hbdesk.db").write_bytes(b"")
    assert vault_probe.vault_present(tmp_path)
