"""Benchmark vaults, built once a day and kept locked in a cache folder, copied for each run.

The desktop vault is the demo caseload (40 clients, `populate_demo`) plus the five-year
client (benchmarks/five_years.py), both through the services, with the shipped KDF so that
unlocking costs what it costs a caseworker. Cache: $HBDESK_BENCH_CACHE, default
~/.cache/hbdesk-bench/.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from hbdesk.store import OpenVault, Vault

PASSPHRASE = "benchmark passphrase 2026"
DATA_VERSION = 1  # bump when what is built changes


def cache_dir() -> Path:
    folder = Path(os.environ.get("HBDESK_BENCH_CACHE", Path.home() / ".cache" / "hbdesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached(name: str, build: Callable[[Path], None]) -> Path:
    """The cached folder `name` (built by `build(folder)` when missing)."""
    folder = cache_dir() / f"{name}-v{DATA_VERSION}"
    if not folder.exists():
        staging = folder.with_name(folder.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        build(staging)
        staging.rename(folder)
    return folder


def copy_of(folder: Path, into: Path) -> Path:
    target = into / folder.name
    shutil.copytree(folder, target)
    return target


def desktop_vault(today: dt.date | None = None) -> Path:
    """The demo caseload plus the five-year client, locked (folder with `vault/`).

    Named by the schema's head too: a vault built by an older hbdesk would be upgraded by
    Alembic at every launch of its copies, which a caseworker's laptop does once per release.
    """
    from hbdesk.store import migrate

    day = today or dt.date.today()
    return cached(
        f"desktop-{day.isoformat()}-schema{migrate.head_revision()}",
        lambda f: _build_desktop(f / "vault", day),
    )


def _build_desktop(folder: Path, day: dt.date) -> None:
    from benchmarks import five_years
    from hbdesk.services.demo import DEMO_WORKER, populate_demo

    opened = Vault(folder).create(PASSPHRASE)
    try:
        populate_demo(opened, today=day)
        five_years.build(opened, DEMO_WORKER, day)
    finally:
        opened.lock()


def open_copy(folder: Path) -> OpenVault:
    return Vault(folder).open(PASSPHRASE)
