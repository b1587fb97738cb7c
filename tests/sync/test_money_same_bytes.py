"""tests/server/money/test_same_bytes.py on each backend: the import's fast ops store what
validated ops store, byte for byte, on PostgreSQL as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.server.money.test_same_bytes import compare
from tests.sync.conftest import Backend


def test_every_kind_of_item_stores_the_bytes_its_validated_op_stores(
    backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compare(backend.new_db(), backend.new_db(), tmp_path, monkeypatch)
