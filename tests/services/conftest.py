"""Fixtures for service tests: a worker acting on a laptop (the vault fixture is shared)."""

from __future__ import annotations

import pytest

from hbdesk.services.context import Actor

WORKER = Actor(
    user_id="worker-1", role="key_worker", device_id="laptop-1", display_name="Omatyöntekijä Testi"
)


@pytest.fixture
def worker() -> Actor:
    return WORKER
