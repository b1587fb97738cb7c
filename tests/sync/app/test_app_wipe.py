"""Wiping a vault and the app's leftovers (hbdesk.store.wipe) on real files."""

from __future__ import annotations

from pathlib import Path

from hbdesk.store import Vault, wipe
from tests.conftest import FAST_KDF, PASSPHRASE


def test_wipe_removes_every_vault_file_and_leftover(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    opened = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    with opened.session() as s:
        s.execute(__import__("sqlalchemy").text("SELECT 1"))
    opened.lock()
    (folder / "hbdesk.db-wal.set-aside-20260101T000000Z").write_bytes(b"old journal")
    names = {p.name for p in folder.iterdir()}
    assert {"hbdesk.db", "hbdesk.key", "hbdesk.state"} <= names
    assert wipe.wipe_vault(folder)
    assert not folder.exists()


def test_wipe_overwrites_before_unlinking_and_never_follows_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"not the app's")
    cache = tmp_path / "cache"
    (cache / "sub").mkdir(parents=True)
    kept_open = cache / "sub" / "export.tmp"
    kept_open.write_bytes(b"secret text" * 100)
    (cache / "link").symlink_to(outside)
    (cache / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    with kept_open.open("rb") as reader:  # a reader still holding the file sees zeros
        assert wipe.wipe_folders([cache, tmp_path / "missing"]) == []
        assert reader.read() == b"\0" * 1100
    assert not cache.exists()
    assert outside.read_bytes() == b"not the app's"
