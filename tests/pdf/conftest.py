"""The documents' fixture: one client in a real vault (fast KDF), built once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import fresh_vault
from tests.pdf.helpers import Case, walk


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    folder = tmp_path_factory.mktemp("pdfvault")
    vault = fresh_vault(folder / "vault")
    try:
        yield walk(vault)
    finally:
        vault.lock()
