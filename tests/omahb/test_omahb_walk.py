"""The Done-when walk in a real browser, on SQLite and on PostgreSQL.

The client logs in through the local OpenID provider (its own login page, the real redirect
flow, PKCE checked at the provider), sees the plan and the balance, confirms one invoice,
disputes another, uploads a receipt, evaluates a goal, and authorises her sister, who then
logs in with her own identity and confirms an invoice. Then the caseworker's real laptop
vault syncs, and its service layer shows each action with the right author.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from hbdesk.models.vocab import EntryStatus
from hbdesk.server.omahb import receipts as stored_receipts
from hbdesk.services import followup, mandates, spending_view
from tests.omahb.browser import body, form_of, log_in_with_mock, log_out, start, submit, wait_for
from tests.omahb.conftest import Stack, make_stack
from tests.omahb.helpers import laptop_sync
from tests.omahb.stack import (
    CLIENT_CODE,
    CLIENT_NAME,
    HELPER_CODE,
    HELPER_NAME,
    OTHER_CODE,
    OTHER_NAME,
)
from tests.sync.servers import Postgres


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def walk_stack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_stack")
        return
    cluster: Postgres = request.getfixturevalue("postgres")
    home: Path = request.getfixturevalue("server_home")
    mock = request.getfixturevalue("mock_provider")
    people = [(CLIENT_NAME, CLIENT_CODE), (OTHER_NAME, OTHER_CODE)]
    stack = make_stack(
        home, cluster.new_database(), tmp_path_factory.mktemp("omahb-pg"), mock, people
    )
    yield stack
    stack.close()


def _photo_with_location(tmp: Path) -> Path:
    """A JPEG whose EXIF says where and with what it was taken."""
    img = Image.new("RGB", (320, 200), (240, 240, 230))
    exif = Image.Exif()
    exif[0x010F] = "Kamerayhtiö"  # Make
    exif[0x0110] = "Puhelin 12"  # Model
    exif[0x8825] = {1: "N", 2: (60.0, 10.0, 0.0), 3: "E", 4: (24.0, 56.0, 0.0)}  # GPS
    path = tmp / "kuitti.jpg"
    img.save(path, "JPEG", exif=exif)
    assert b"Kamerayhti" in path.read_bytes()
    return path


def test_the_client_and_her_authorised_sister_act_and_the_laptop_shows_who(
    walk_stack: Stack, browser: Any, tmp_path: Path
) -> None:
    stack, d = walk_stack, browser
    base = stack.omahb.url
    aino = stack.client(CLIENT_CODE)
    cid = aino.client_id
    checked = stack.mock.pkce.checked
    start(d, base)

    # Aino logs in through the provider's own page and lands on her overview.
    log_in_with_mock(d, base, f"sub-{CLIENT_CODE}")
    assert d.current_url == f"{base}/c/{cid}/"
    assert "Hello, Aino" in body(d)
    d.get(f"{base}/c/{cid}/plan")
    assert "Liikun kaksi kertaa viikossa." in body(d)
    d.get(f"{base}/c/{cid}/money")
    page = body(d)
    assert "Granted 2 400,00 €" in page and "Tuntematon Palvelu Oy" in page
    assert "The money is lasting as planned." in page

    # She confirms one invoice and disputes another, in her own words.
    d.get(f"{base}/c/{cid}/invoices")
    first = form_of(d, f"/c/{cid}/invoices/{aino.invoices[0]}")
    first.find_element(By.CSS_SELECTOR, "input[value=correct]").click()
    submit(first)
    wait_for(d, "you confirmed the invoice")
    second = form_of(d, f"/c/{cid}/invoices/{aino.invoices[1]}")
    second.find_element(By.CSS_SELECTOR, "input[value=disputed]").click()
    second.find_element(By.TAG_NAME, "textarea").send_keys("En ole käyttänyt tätä palvelua.")
    submit(second)
    wait_for(d, "you said you do not recognise the invoice")

    # A receipt for the money paid to her account: a photo with its location in it.
    d.get(f"{base}/c/{cid}/receipts")
    Select(d.find_element(By.ID, "entry")).select_by_value(aino.direct_payment)
    d.find_element(By.ID, "amount").send_keys("60,00")
    day = dt.date.today() - dt.timedelta(days=2)
    d.execute_script("document.getElementById('day').value = arguments[0]", day.isoformat())
    d.find_element(By.ID, "what").send_keys("Uimahallin sarjakortti")
    d.find_element(By.ID, "file").send_keys(str(_photo_with_location(tmp_path)))
    submit(form_of(d, f"/c/{cid}/receipts"))
    wait_for(d, "the receipt was sent")

    # She evaluates a goal, and authorises her sister to follow and confirm.
    d.get(f"{base}/c/{cid}/goals")
    goal = form_of(d, f"/c/{cid}/goals/{aino.goal_lineage}")
    goal.find_element(By.CSS_SELECTOR, "input[value='1']").click()
    goal.find_element(By.TAG_NAME, "textarea").send_keys("Olen käynyt uimassa joka viikko.")
    submit(goal)
    wait_for(d, "your evaluation was saved")
    d.get(f"{base}/c/{cid}/mandates")
    d.find_element(By.ID, "pname").send_keys(HELPER_NAME)
    d.find_element(By.ID, "pcode").send_keys(HELPER_CODE)
    end = dt.date.today() + dt.timedelta(days=90)
    d.execute_script("document.getElementById('pend').value = arguments[0]", end.isoformat())
    submit(form_of(d, f"/c/{cid}/mandates"))
    wait_for(d, "The authorisation was saved")
    log_out(d)

    # Her sister logs in with her own identity: Aino's budget, and an invoice to confirm.
    log_in_with_mock(d, base, f"sub-{HELPER_CODE}")
    assert d.current_url == f"{base}/c/{cid}/money"
    assert "You are acting for Aino Testinen" in body(d)
    d.get(f"{base}/c/{cid}/invoices")
    third = form_of(d, f"/c/{cid}/invoices/{aino.invoices[2]}")
    third.find_element(By.CSS_SELECTOR, "input[value=correct]").click()
    submit(third)
    wait_for(d, "you confirmed the invoice")
    d.get(f"{base}/c/{cid}/plan")
    assert "Page not found" in body(d)  # her mandate covers the budget only
    log_out(d)
    assert stack.mock.pkce.checked >= checked + 2 and stack.mock.pkce.refused == 0

    # The laptop syncs; its services show each action, with who did it.
    laptop_sync(stack)
    _laptop_shows_who(stack)
    _receipt_kept_without_metadata(stack)


def _laptop_shows_who(stack: Stack) -> None:
    aino = stack.client(CLIENT_CODE)
    vault, actor, cid = stack.vault, stack.actor, aino.client_id
    [state] = spending_view.budget_states(vault, actor, cid)
    rows = {r.entry.id: r for r in state.rows}
    first, second, third = (rows[i] for i in aino.invoices)
    assert (first.status, first.confirmed_by) == (EntryStatus.CONFIRMED, "client")
    assert (second.status, second.confirmed_by) == (EntryStatus.DISPUTED, "client")
    assert (third.status, third.confirmed_by) == (EntryStatus.CONFIRMED, "authorised_person")
    paid = rows[aino.direct_payment]
    assert (paid.status, paid.receipts_total) == (EntryStatus.CONFIRMED, Decimal("60.00"))
    assert state.balance.confirmed == Decimal("225.00")  # 120 + 45 + 60; the disputed waits
    [goal] = [
        g
        for g in followup.goal_attainment(vault, actor, cid)
        if g.goal_lineage_id == aino.goal_lineage
    ]
    assert [(p.score, p.author, p.note) for p in goal.points] == [
        (1, "client", "Olen käynyt uimassa joka viikko.")
    ]
    [mandate] = mandates.mandates_of(vault, actor, cid)
    assert (mandate.person_name, mandate.basis, mandate.granted_by) == (
        HELPER_NAME,
        "oma_hb",
        "client",
    )
    done = {
        (a.action, a.actor, a.actor_name, a.author_on_record)
        for a in mandates.web_actions_of(vault, actor, cid)
    }
    assert done == {
        ("confirm_invoice", "client", CLIENT_NAME, "client"),
        ("dispute_invoice", "client", CLIENT_NAME, "client"),
        ("report_receipt", "client", CLIENT_NAME, "client"),
        ("evaluate_goal", "client", CLIENT_NAME, "client"),
        ("grant_mandate", "client", CLIENT_NAME, "client"),
        ("confirm_invoice", "authorised_person", HELPER_NAME, "authorised_person"),
    }
    sister = [
        a for a in mandates.web_actions_of(vault, actor, cid) if a.actor == "authorised_person"
    ]
    assert sister[0].mandate_id == mandate.id
    assert all(a.identified_with.startswith(f"oidc:{stack.mock.issuer}") for a in sister)


def _receipt_kept_without_metadata(stack: Stack) -> None:
    key = (stack.world.server.home / "omahb" / "receipts.key").read_bytes()
    table = stored_receipts.tables.receipts
    with stack.world.engine.connect() as conn:
        rows = conn.execute(
            select(table.c.receipt_id, table.c.ciphertext).where(
                table.c.client_id == stack.client(CLIENT_CODE).client_id
            )
        ).all()
        [(receipt_id, ciphertext)] = rows
        kept = stored_receipts.read(conn, key, receipt_id)
    assert b"JFIF" not in ciphertext and b"\xff\xd8\xff" not in ciphertext[:4]  # encrypted
    assert kept is not None and kept.media_type == "image/jpeg"
    with Image.open(io.BytesIO(kept.data)) as img:
        assert img.size == (320, 200)
        assert dict(img.getexif()) == {}
    assert b"Kamerayhti" not in kept.data and b"Puhelin 12" not in kept.data
    for statement in (  # append-only, kept by the database itself
        "UPDATE omahb_receipts SET size = 0 WHERE receipt_id = :r",
        "DELETE FROM omahb_receipts WHERE receipt_id = :r",
        "DELETE FROM omahb_access_log",
    ):
        with pytest.raises(DBAPIError), stack.world.engine.begin() as conn:
            conn.execute(text(statement), {"r": receipt_id})
