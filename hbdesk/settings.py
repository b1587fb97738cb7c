"""Every setting of the app, declared once here with its type and default (no Qt).

Stored as JSON (`settings.json` in the user config folder), written atomically. A value of
the wrong type or out of range falls back to its default; unknown keys are dropped. Older
files are brought up to date by numbered steps in `_UPGRADES` (version n -> n + 1).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
FILE_NAME = "settings.json"
LANGUAGES = ("fi", "sv", "en")


def _one_of(*allowed: object) -> Callable[[Any], bool]:
    return lambda value: value in allowed


def _between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high


def _short(value: str) -> bool:
    return 0 < len(value.strip()) <= 300


def _setting(default: Any, check: Callable[[Any], bool] | None = None) -> Any:
    return field(default=default, metadata={"check": check})


@dataclass(frozen=True)
class Settings:
    """The whole set of settings; change one with `dataclasses.replace`."""

    # The user interface language; Finnish is the default.
    language: str = _setting("fi", _one_of(*LANGUAGES))
    # The size of text in every window, in percent of the desktop's own (View → Text size).
    text_size_percent: int = _setting(100, _between(100, 200))
    # Lock the vault after this many minutes without keyboard or mouse input.
    idle_lock_minutes: int = _setting(5, _between(1, 240))
    # A vault folder other than the default one (the --vault option and HBDESK_VAULT win).
    vault_dir: str | None = _setting(None, lambda value: value is None or bool(value.strip()))
    # The municipal sync server (https only; None until IT gives the address).
    sync_server_url: str | None = _setting(
        None,
        lambda value: (
            value is None
            or (
                value.startswith("https://")
                and len(value) <= 300
                and not any(c.isspace() for c in value)
            )
        ),
    )
    # Seconds a sync request may wait for the server before "no connection".
    sync_timeout_seconds: int = _setting(30, _between(5, 300))
    # The organisation deciding on budgets (since 2023 a wellbeing services county) and where
    # a request for rectification goes: printed on every decision, never hard-coded.
    organisation_name: str | None = _setting(None, lambda value: value is None or _short(value))
    rectification_body: str | None = _setting(None, lambda value: value is None or _short(value))
    rectification_address: str | None = _setting(None, lambda value: value is None or _short(value))
    rectification_email: str | None = _setting(None, lambda value: value is None or _short(value))
    rectification_phone: str | None = _setting(None, lambda value: value is None or _short(value))
    administrative_court: str | None = _setting(None, lambda value: value is None or _short(value))
    # The same names in Swedish, for a Swedish-speaking client's documents (a bilingual
    # county has official Swedish names; where one is missing the Finnish name is printed).
    organisation_name_sv: str | None = _setting(None, lambda value: value is None or _short(value))
    rectification_body_sv: str | None = _setting(None, lambda value: value is None or _short(value))
    administrative_court_sv: str | None = _setting(
        None, lambda value: value is None or _short(value)
    )


def names_in(settings: Settings, lang: str) -> tuple[tuple[str, str], ...]:
    """The county's names (organisation, rectification body, court) as pairs (the name as
    decisions carry it, the name in `lang`), where the settings give both."""
    if lang != "sv":
        return ()
    pairs = (
        (settings.organisation_name, settings.organisation_name_sv),
        (settings.rectification_body, settings.rectification_body_sv),
        (settings.administrative_court, settings.administrative_court_sv),
    )
    return tuple((fi, sv) for fi, sv in pairs if fi and sv)


# Steps that turn a stored dict of version n into version n + 1.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_path() -> Path:
    from hbdesk import paths

    return paths.config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The stored settings; defaults for anything missing, unreadable or invalid."""
    path = path or settings_path()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        log.warning("settings file unreadable; using defaults")
        return Settings()
    if not isinstance(stored, dict):
        return Settings()
    return from_dict(_upgrade(stored))


def from_dict(stored: dict[str, Any]) -> Settings:
    """Settings from a dict, keeping only values of the declared type that pass their check."""
    hints = typing.get_type_hints(Settings)
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(Settings):
        if spec.name not in stored:
            continue
        value = stored[spec.name]
        check = spec.metadata.get("check")
        if _is_instance(value, hints[spec.name]) and (check is None or check(value)):
            values[spec.name] = value
        else:
            log.warning("setting %s has an invalid value; using its default", spec.name)
    return Settings(**values)


def to_dict(settings: Settings) -> dict[str, Any]:
    return {"version": SETTINGS_VERSION, **dataclasses.asdict(settings)}


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically: the file holds the whole old or the whole new text."""
    from hbdesk.store.files import atomic_write  # not at start-up: the store pulls SQLAlchemy

    path = path or settings_path()
    data = (json.dumps(to_dict(settings), indent=2, sort_keys=True) + "\n").encode("utf-8")
    atomic_write(path, data)


def _upgrade(stored: dict[str, Any]) -> dict[str, Any]:
    version = stored.get("version", 1)
    if not isinstance(version, int):
        version = 1
    while version < SETTINGS_VERSION and version in _UPGRADES:
        stored = _UPGRADES[version](stored)
        version += 1
    return stored


def _is_instance(value: Any, hint: Any) -> bool:
    allowed = typing.get_args(hint) or (hint,)
    for kind in allowed:
        if kind is type(None) and value is None:
            return True
        # bool is an int in Python; a setting declared int must not accept true/false.
        if kind is int and isinstance(value, bool):
            continue
        if isinstance(kind, type) and kind is not type(None) and isinstance(value, kind):
            return True
    return False
