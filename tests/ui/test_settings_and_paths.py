"""Settings declared once with types and defaults, stored atomically; folders private."""

from __future__ import annotations

import dataclasses
import json
import stat

from hbdesk import paths, settings
from hbdesk.settings import Settings


def test_defaults():
    defaults = Settings()
    assert defaults.language == "fi"
    assert defaults.idle_lock_minutes == 5
    assert defaults.vault_dir is None
    assert settings.load() == defaults  # no file yet


def test_saved_settings_come_back_and_the_file_is_private():
    chosen = Settings(language="sv", idle_lock_minutes=15, vault_dir="/srv/hb/vault")
    settings.save(chosen)
    assert settings.load() == chosen
    path = settings.settings_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["version"] == settings.SETTINGS_VERSION
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_wrong_values_fall_back_to_their_defaults():
    path = settings.settings_path()
    path.write_text(
        json.dumps({"language": "de", "idle_lock_minutes": True, "vault_dir": 3, "unknown": 1})
    )
    assert settings.load() == Settings()
    path.write_text(json.dumps({"idle_lock_minutes": 0}))
    assert settings.load().idle_lock_minutes == 5
    path.write_text("{ not json")
    assert settings.load() == Settings()


def test_every_setting_has_a_default_and_a_type():
    for spec in dataclasses.fields(Settings):
        assert spec.default is not dataclasses.MISSING
        assert spec.type


def test_the_apps_folders_are_private(tmp_path):
    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir()):
        assert folder.is_dir()
        assert str(folder).startswith(str(tmp_path))  # XDG_* moved them into the test's tmp
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert paths.default_vault_dir() == paths.data_dir() / "vault"
    assert paths.demo_vault_dir() == paths.data_dir() / "demo-vault"
