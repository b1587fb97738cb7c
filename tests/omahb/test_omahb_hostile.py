"""Hostile use of Oma HB, each refused through the real path (the real listener, a real
identity provider, the real database): another client's ids in URLs and forms, a missing,
foreign or replayed form token, an idle or tampered session, ID tokens that are wrong in
audience, issuer, nonce, signature or time, a file that lies about its type, a 50 MB
upload, HTML and bidi overrides in a reason, an authorisation past its end date."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from PIL import Image

from hbdesk.services import mandates
from tests.omahb.conftest import Stack
from tests.omahb.helpers import (
    fields_of,
    laptop_sync,
    new_spending,
    records_of,
    session_cookie,
)
from tests.omahb.stack import HELPER_CODE, HOSTILE_CODE, OTHER_CODE, OTHER_NAME
from tests.sync.servers import uid

PAGES = ("", "plan", "money", "invoices", "receipts", "goals", "log", "mandates")
LOGIN_FAILED = "Logging in did not succeed"


def _confirmations(stack: Stack, entry_id: str) -> list[str]:
    return records_of(stack, "invoice_confirmations", "entry_id", entry_id)


# --- another client's ids ---------------------------------------------------------------


def test_another_clients_pages_are_not_found_and_say_nothing(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    stranger = hostile.client(OTHER_CODE)
    for page in PAGES:
        answer = hannu.get(f"/c/{stranger.client_id}/{page}?lang=en")
        assert answer.status_code == 404, page
        assert "Page not found" in answer.text
        assert OTHER_NAME.split()[0] not in answer.text
        assert "Tuntematon" not in answer.text  # a provider of the stranger's invoices


def test_another_clients_ids_in_form_urls_are_not_found(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    own, stranger = hostile.client(HOSTILE_CODE), hostile.client(OTHER_CODE)
    theirs = f"/c/{stranger.client_id}"
    forms = {
        f"{theirs}/invoices/{stranger.invoices[0]}": ("invoices", {"verdict": "correct"}),
        f"{theirs}/goals/{stranger.goal_lineage}": ("goals", {"score": "2", "note": "x"}),
        f"{theirs}/receipts": ("receipts", {"entry_id": stranger.direct_payment}),
        f"{theirs}/mandates": ("mandates", {"person_name": "X", "valid_to": "2099-01-01"}),
        f"{theirs}/mandates/{uid('m')}/withdraw": ("mandates", {}),
    }
    for path, (page, fields) in forms.items():
        token = hannu.token(f"/c/{own.client_id}/{page}")
        answer = hannu.post(path, {"form_token": token, **fields})
        assert answer.status_code == 404, path
        assert OTHER_NAME.split()[0] not in answer.text
    assert _confirmations(hostile, stranger.invoices[0]) == []
    assert records_of(hostile, "goal_progress", "goal_lineage_id", stranger.goal_lineage) == []
    assert records_of(hostile, "mandates", "client_id", stranger.client_id) == []


def test_another_clients_records_in_own_forms_are_refused(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    own, stranger = hostile.client(HOSTILE_CODE), hostile.client(OTHER_CODE)
    base = f"/c/{own.client_id}"
    invoice = hannu.post(
        f"{base}/invoices/{stranger.invoices[1]}",
        {"form_token": hannu.token(f"{base}/invoices"), "verdict": "correct"},
    )
    goal = hannu.post(
        f"{base}/goals/{stranger.goal_lineage}",
        {"form_token": hannu.token(f"{base}/goals"), "score": "1", "note": "x"},
    )
    receipt = hannu.post(
        f"{base}/receipts",
        {
            "form_token": hannu.token(f"{base}/receipts"),
            "entry_id": stranger.direct_payment,
            "amount": "10,00",
            "purchased_on": dt.date.today().isoformat(),
            "what": "uimahalli",
        },
        files={"file": ("kuitti.png", _png(), "image/png")},
    )
    assert [invoice.status_code, goal.status_code, receipt.status_code] == [404, 404, 404]
    assert _confirmations(hostile, stranger.invoices[1]) == []
    assert records_of(hostile, "goal_progress", "goal_lineage_id", stranger.goal_lineage) == []
    assert records_of(hostile, "receipt_reports", "entry_id", stranger.direct_payment) == []


# --- form tokens ------------------------------------------------------------------------


def test_a_form_without_its_token_is_refused(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    entry = new_spending(hostile, HOSTILE_CODE)
    answer = hannu.post(f"/c/{own.client_id}/invoices/{entry}", {"verdict": "correct"})
    assert answer.status_code == 403
    assert _confirmations(hostile, entry) == []


def test_a_token_from_another_session_or_a_logged_out_one_is_refused(
    hostile: Stack, person: Any
) -> None:
    own = hostile.client(HOSTILE_CODE)
    entry = new_spending(hostile, HOSTILE_CODE)
    first = person(HOSTILE_CODE)
    token = first.token(f"/c/{own.client_id}/invoices")
    second = person(HOSTILE_CODE)  # the same person, another browser
    stolen = second.post(
        f"/c/{own.client_id}/invoices/{entry}", {"form_token": token, "verdict": "correct"}
    )
    first.post("/logout", {"form_token": first.token(f"/c/{own.client_id}/invoices", "/logout")})
    first.log_in(HOSTILE_CODE, "Hannu Testinen")
    after_logout = first.post(
        f"/c/{own.client_id}/invoices/{entry}", {"form_token": token, "verdict": "correct"}
    )
    assert (stolen.status_code, after_logout.status_code) == (403, 403)
    assert _confirmations(hostile, entry) == []


def test_a_replayed_form_is_refused_and_nothing_is_stored_twice(
    hostile: Stack, person: Any
) -> None:
    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    path = f"/c/{own.client_id}/goals"
    token = hannu.token(path)
    form = {"form_token": token, "score": "1", "note": "Uimassa kolmesti."}
    first = hannu.post(f"{path}/{own.goal_lineage}?lang=en", form)
    again = hannu.post(f"{path}/{own.goal_lineage}?lang=en", form)
    assert first.status_code == 200 and "your evaluation was saved" in first.text
    assert again.status_code == 409
    assert "already sent" in again.text
    stored = records_of(hostile, "goal_progress", "goal_lineage_id", own.goal_lineage)
    notes = [fields_of(hostile, "goal_progress", i)["note"] for i in stored]
    assert notes.count("Uimassa kolmesti.") == 1


def test_confirming_twice_or_after_the_worker_handled_it_says_so(
    hostile: Stack, person: Any
) -> None:
    from hbdesk.services import ledger

    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    entry, corrected = new_spending(hostile, HOSTILE_CODE), new_spending(hostile, HOSTILE_CODE)
    path = f"/c/{own.client_id}/invoices"
    stale = hannu.token(path)  # a second tab opened before the first answer
    first = hannu.post(
        f"{path}/{entry}?lang=en", {"form_token": hannu.token(path), "verdict": "correct"}
    )
    second = hannu.post(
        f"{path}/{entry}?lang=en", {"form_token": stale, "verdict": "disputed", "reason": "x"}
    )
    assert first.status_code == 200 and "you confirmed the invoice" in first.text
    assert second.status_code == 400 and "already been answered" in second.text
    assert len(_confirmations(hostile, entry)) == 1
    ledger.reverse_entry(hostile.vault, hostile.actor, own.client_id, corrected, reason="Väärä")
    laptop_sync(hostile)
    late = hannu.post(
        f"{path}/{corrected}?lang=en", {"form_token": hannu.token(path), "verdict": "correct"}
    )
    assert late.status_code == 400 and "already handled this invoice" in late.text
    assert _confirmations(hostile, corrected) == []


# --- sessions ---------------------------------------------------------------------------


def _with_cookie(visitor: Any, path: str, cookie: str) -> Any:
    visitor.http.cookies.clear()
    return visitor.http.get(path, headers={"Cookie": f"__Host-omahb={cookie}"})


@pytest.mark.parametrize(
    "how",
    ["idle for 16 minutes", "logged in 9 hours ago", "tampered", "signed with another key"],
)
def test_an_expired_or_tampered_session_shows_nothing(
    hostile: Stack, person: Any, how: str
) -> None:
    """A cookie the server itself signed works while fresh (the control); each spoiled one
    leads back to the front page, showing none of the client's data."""
    person(HOSTILE_CODE, "Hannu Testinen")  # the person is known to the server
    visitor = person()
    money = f"/c/{hostile.client(HOSTILE_CODE).client_id}/money?lang=en"
    fresh = session_cookie(hostile, HOSTILE_CODE, seen_ago=5, login_ago=60)
    assert "Tuntematon Palvelu Oy" in _with_cookie(visitor, money, fresh).text
    if how == "idle for 16 minutes":
        spoiled = session_cookie(hostile, HOSTILE_CODE, seen_ago=16 * 60, login_ago=20 * 60)
    elif how == "logged in 9 hours ago":
        spoiled = session_cookie(hostile, HOSTILE_CODE, seen_ago=60, login_ago=9 * 3600)
    elif how == "tampered":
        payload, _, signature = fresh.partition(".")
        flipped = "A" if payload[-3] != "A" else "B"
        spoiled = payload[:-3] + flipped + payload[-2:] + "." + signature
    else:
        spoiled = session_cookie(hostile, HOSTILE_CODE, seen_ago=5, login_ago=60, key=b"k" * 32)
    answer = _with_cookie(visitor, money, spoiled)
    assert answer.status_code == 200 and str(answer.url).endswith("/")
    assert "Log in with strong identification" in answer.text
    assert "Tuntematon" not in answer.text


def test_logging_out_everywhere_ends_the_other_sessions(hostile: Stack, person: Any) -> None:
    own = hostile.client(HOSTILE_CODE)
    phone, laptop = person(HOSTILE_CODE), person(HOSTILE_CODE)
    token = phone.token(f"/c/{own.client_id}/", "/logout")
    phone.post("/logout", {"form_token": token, "everywhere": "yes"})
    answer = laptop.get(f"/c/{own.client_id}/money?lang=en")
    assert "Log in with strong identification" in answer.text
    assert "logged out (on every device)" in answer.text


# --- ID tokens --------------------------------------------------------------------------


@pytest.mark.parametrize("flaw", ["audience", "issuer", "nonce", "signature", "expired"])
def test_an_id_token_that_is_wrong_logs_nobody_in(hostile: Stack, person: Any, flaw: str) -> None:
    visitor = person()
    visitor.get("/?lang=en")
    answer = visitor.log_in(HOSTILE_CODE, "Hannu Testinen", flaw)
    assert answer.status_code == 400
    assert LOGIN_FAILED in answer.text
    own = hostile.client(HOSTILE_CODE)
    after = visitor.get(f"/c/{own.client_id}/money?lang=en")
    assert "Log in with strong identification" in after.text
    assert "Tuntematon" not in after.text


def test_the_relying_party_sends_pkce_and_a_good_token_logs_in(hostile: Stack, person: Any) -> None:
    assert hostile.provider is not None
    checked = hostile.provider.pkce.checked
    refused = hostile.provider.pkce.refused
    visitor = person(HOSTILE_CODE, "Hannu Testinen")
    assert visitor.get("/").status_code == 200
    assert hostile.provider.pkce.checked == checked + 1
    assert hostile.provider.pkce.refused == refused


def test_a_token_without_an_identity_code_logs_nobody_in(hostile: Stack, person: Any) -> None:
    visitor = person()
    visitor.get("/?lang=en")
    answer = visitor.log_in(None, "Nimetön")
    assert answer.status_code == 400
    assert "Log in with strong identification" in visitor.get("/?lang=en").text


# --- uploads ----------------------------------------------------------------------------


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


def _receipt_form(person_: Any, stack: Stack, entry: str, amount: str = "5,00") -> dict[str, str]:
    own = stack.client(HOSTILE_CODE)
    return {
        "form_token": person_.token(f"/c/{own.client_id}/receipts"),
        "entry_id": entry,
        "amount": amount,
        "purchased_on": dt.date.today().isoformat(),
        "what": "Uimahalli",
    }


def test_a_file_that_lies_about_its_type_is_refused(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    lie = b"<html><script>alert(1)</script></html>" + b" " * 200
    answer = hannu.post(
        f"/c/{own.client_id}/receipts?lang=en",
        _receipt_form(hannu, hostile, own.direct_payment),
        files={"file": ("kuitti.jpg", lie, "image/jpeg")},
    )
    assert answer.status_code == 400
    assert "not a photo" in answer.text
    assert 'value="Uimahalli"' in answer.text  # what was typed is kept
    assert records_of(hostile, "receipt_reports", "entry_id", own.direct_payment) == []


def test_a_50_mb_upload_is_refused_before_it_is_read(hostile: Stack, person: Any) -> None:
    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    huge = b"\xff\xd8\xff\xe0" + b"\0" * (50 * 1024 * 1024)
    answer = hannu.post(
        f"/c/{own.client_id}/receipts?lang=en",
        _receipt_form(hannu, hostile, own.direct_payment),
        files={"file": ("kuitti.jpg", huge, "image/jpeg")},
    )
    assert answer.status_code == 413
    assert "too large" in answer.text
    assert records_of(hostile, "receipt_reports", "entry_id", own.direct_payment) == []


# --- hostile words ----------------------------------------------------------------------


def test_html_and_bidi_overrides_in_a_reason_are_kept_and_shown_inertly(
    hostile: Stack, person: Any
) -> None:
    hannu = person(HOSTILE_CODE)
    own = hostile.client(HOSTILE_CODE)
    entry = new_spending(hostile, HOSTILE_CODE)
    words = 'En tilannut <script>alert("x")</script> \u202eoge\u202c <b>tätä</b>'
    path = f"/c/{own.client_id}/invoices"
    answer = hannu.post(
        f"{path}/{entry}", {"form_token": hannu.token(path), "verdict": "disputed", "reason": words}
    )
    assert answer.status_code == 200
    [stored] = _confirmations(hostile, entry)
    assert fields_of(hostile, "invoice_confirmations", stored)["comment"] == words  # verbatim
    page = hannu.get(path).text
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "[U+202E]" in page and "\u202e" not in page and "\u202c" not in page


# --- authorisations ---------------------------------------------------------------------


def test_an_authorisation_past_its_end_date_or_withdrawn_opens_nothing(
    hostile: Stack, person: Any
) -> None:
    own = hostile.client(HOSTILE_CODE)
    today = dt.date.today()
    ended = mandates.record_written_mandate(
        hostile.vault,
        hostile.actor,
        own.client_id,
        person_name="Maija Testinen",
        person_identity_code=HELPER_CODE,
        valid_from=today - dt.timedelta(days=40),
        valid_to=today - dt.timedelta(days=1),
        today=today - dt.timedelta(days=40),
    ).value
    laptop_sync(hostile)
    maija = person(HELPER_CODE, "Maija Testinen")
    home = maija.get("/?lang=en")  # (she may hold another client's mandate from another test)
    assert own.client_id not in str(home.url) and own.client_id not in home.text
    for page in ("money", "invoices", ""):
        assert maija.get(f"/c/{own.client_id}/{page}").status_code == 404
    valid = mandates.record_written_mandate(
        hostile.vault,
        hostile.actor,
        own.client_id,
        person_name="Maija Testinen",
        person_identity_code=HELPER_CODE,
        valid_from=today,
        valid_to=today + dt.timedelta(days=30),
    ).value
    laptop_sync(hostile)
    assert maija.get(f"/c/{own.client_id}/money").status_code == 200
    assert maija.get(f"/c/{own.client_id}/plan").status_code == 404  # the budget only
    mandates.withdraw_mandate(hostile.vault, hostile.actor, own.client_id, valid.id)
    laptop_sync(hostile)
    assert maija.get(f"/c/{own.client_id}/money").status_code == 404
    assert ended.id != valid.id


def test_the_client_withdraws_an_authorisation_in_oma_hb(hostile: Stack, person: Any) -> None:
    own = hostile.client(HOSTILE_CODE)
    hannu = person(HOSTILE_CODE, "Hannu Testinen")
    path = f"/c/{own.client_id}/mandates"
    end = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    granted = hannu.post(
        f"{path}?lang=en",
        {
            "form_token": hannu.token(path),
            "person_name": "Maija Testinen",
            "person_identity_code": HELPER_CODE,
            "valid_to": end,
        },
    )
    assert "The authorisation was saved" in granted.text
    maija = person(HELPER_CODE, "Maija Testinen")
    assert maija.get(f"/c/{own.client_id}/money").status_code == 200
    assert maija.get(f"/c/{own.client_id}/invoices").status_code == 404  # follow only
    [mandate] = [
        m
        for m in records_of(hostile, "mandates", "valid_to", end)
        if fields_of(hostile, "mandates", m)["client_id"] == own.client_id
    ]
    withdraw = f"{path}/{mandate}/withdraw"
    done = hannu.post(withdraw, {"form_token": hannu.token(path, withdraw)})
    assert "The authorisation was withdrawn" in done.text
    assert fields_of(hostile, "mandates", mandate)["withdrawn_by"] == "client"
    assert maija.get(f"/c/{own.client_id}/money").status_code == 404
