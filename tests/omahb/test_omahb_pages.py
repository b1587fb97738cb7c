"""The client logged in through the real redirect flow reads their own plan, budget and log;
the client's log records each page opened."""

from __future__ import annotations

from typing import Any

from tests.omahb.conftest import Stack
from tests.omahb.stack import HOSTILE_CODE


def test_the_client_reads_their_plan_and_budget(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    cid = hostile.client(HOSTILE_CODE).client_id
    home = hannu.get("/")
    assert home.status_code == 200, home.text
    assert str(home.url).endswith(f"/c/{cid}/")
    assert "Hannu" in home.text
    plan = hannu.get(f"/c/{cid}/plan?lang=fi")
    assert "Liikun kaksi kertaa viikossa." in plan.text
    money = hannu.get(f"/c/{cid}/money")
    assert "Tuntematon Palvelu Oy" in money.text
