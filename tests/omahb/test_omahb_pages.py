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


def test_the_session_cookie_and_the_headers_keep_the_pages_private(
    hostile: Stack, person: Any
) -> None:
    visitor = person()
    first = visitor.get("/?lang=fi")
    cookie = first.headers.get("set-cookie", "")
    assert cookie.startswith("__Host-omahb=")
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"secure", "httponly", "samesite=lax", "path=/"} <= flags
    assert not any(flag.startswith("domain") for flag in flags)
    headers = first.headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    assert "<script" not in first.text  # the pages work without JavaScript


def test_each_page_opened_is_in_the_clients_own_log(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE, "Hannu Testinen")
    cid = hostile.client(HOSTILE_CODE).client_id
    hannu.get(f"/c/{cid}/goals?lang=en")
    log = hannu.get(f"/c/{cid}/log").text
    assert "You opened the page “Goals” in Oma HB." in log
    assert "Your key worker (device" in log  # the laptop's rows of the same log
    assert log.index("“Goals”") < log.index("Your key worker (device")  # newest first
