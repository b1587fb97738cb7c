"""Oma HB for everyone: axe-core finds no serious or critical WCAG 2.1 A/AA violation on any
page in Finnish, Swedish or English, and every page works by keyboard alone — each control
is reached by Tab, shows where the focus is, and a form is sent without a mouse."""

from __future__ import annotations

import json
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium_axe_python import Axe

from tests.omahb.browser import body, log_in_with_crafted, start, wait_for
from tests.omahb.conftest import Stack
from tests.omahb.helpers import new_spending
from tests.omahb.stack import HOSTILE_CODE, HOSTILE_NAME

CLIENT_PAGES = ("", "plan", "money", "invoices", "receipts", "goals", "log", "mandates")
AXE_OPTIONS = json.dumps(
    {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
)
TABBABLE = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])"
)


@pytest.fixture(scope="module")
def waiting(sqlite_stack: Stack) -> None:
    """An invoice and a payment waiting: the forms are on their pages."""
    new_spending(sqlite_stack, HOSTILE_CODE)
    new_spending(sqlite_stack, HOSTILE_CODE, "direct_payment", "40.00")


@pytest.fixture
def signed_in(sqlite_stack: Stack, browser: Any, waiting: None) -> tuple[Any, str, str]:
    """The browser logged in as the hostile tests' client (through the crafted provider)."""
    stack = sqlite_stack
    assert stack.crafted is not None and stack.provider is not None
    base = stack.crafted.url
    client_id = stack.client(HOSTILE_CODE).client_id
    browser.get(f"{base}/c/{client_id}/?lang=en")
    if "Log out" not in body(browser):
        start(browser, base)
        log_in_with_crafted(browser, base, stack.provider, HOSTILE_CODE, HOSTILE_NAME)
    return browser, base, client_id


def _pages(base: str, client_id: str) -> list[str]:
    return [f"{base}/c/{client_id}/{page}" for page in CLIENT_PAGES] + [
        f"{base}/c/no-such-client/money",  # the "not found" page
    ]


def _serious(driver: Any) -> list[str]:
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options=AXE_OPTIONS)
    assert len(result["passes"]) > 10  # axe really ran its rules on the page
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_axe_finds_nothing_serious_on_any_page(
    signed_in: tuple[Any, str, str], sqlite_stack: Stack, lang: str
) -> None:
    driver, base, client_id = signed_in
    found: dict[str, list[str]] = {}
    for url in _pages(base, client_id):
        driver.get(f"{url}?lang={lang}")
        assert driver.find_element("css selector", "html").get_attribute("lang") == lang
        found[url] = _serious(driver)
    driver.get(f"{base}/?lang={lang}")  # the chooser / front page of a logged-in person
    found["home"] = _serious(driver)
    assert {url: v for url, v in found.items() if v} == {}


def test_axe_finds_nothing_serious_on_the_front_page(sqlite_stack: Stack, browser: Any) -> None:
    assert sqlite_stack.crafted is not None
    base = sqlite_stack.crafted.url
    start(browser, base)
    for lang in ("fi", "sv", "en"):
        browser.get(f"{base}/?lang={lang}")
        assert _serious(browser) == [], lang


def test_axe_would_see_a_serious_violation(sqlite_stack: Stack, browser: Any) -> None:
    """The control: the same run on a page spoiled on purpose reports it."""
    assert sqlite_stack.crafted is not None
    browser.get(f"{sqlite_stack.crafted.url}/?lang=fi")
    browser.execute_script(
        "const i = document.createElement('input'); i.type = 'text';"
        "document.querySelector('main').appendChild(i);"
    )
    assert any(v.startswith("label (critical)") for v in _serious(browser))


def _tab_walk(driver: Any) -> tuple[int, list[dict[str, Any]]]:
    """Tab from the top until the focus comes back round; what each stop looked like."""
    # Tab stops once in a group of radio buttons: count each group once.
    tabbables = driver.execute_script(
        "const seen = new Set(); let n = 0;"
        "for (const e of document.querySelectorAll(arguments[0])) {"
        "  if (e.offsetWidth + e.offsetHeight === 0) continue;"
        "  if (e.type === 'radio') { const g = (e.form ? e.form.action : '') + e.name;"
        "    if (seen.has(g)) continue; seen.add(g); }"
        "  n++; }"
        "document.querySelectorAll('*').forEach((e, i) => { e.dataset.walk = i; });"
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
        "return n;",
        TABBABLE,
    )
    stops: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(3 * tabbables + 3):  # a date field takes a Tab per part (day, month, year)
        ActionChains(driver).send_keys(Keys.TAB).perform()
        stop = driver.execute_script(
            "const e = document.activeElement; const s = getComputedStyle(e);"
            "const r = e.getBoundingClientRect();"
            "return {key: e.dataset.walk, html: e.outerHTML.slice(0, 100), tag: e.tagName, "
            "outline: s.outlineStyle, visible: r.width > 0 && r.height > 0 && "
            "r.bottom > 0 && r.top < window.innerHeight}"
        )
        if stops and stop["key"] == stops[-1]["key"]:
            continue  # the next part of the same field
        if stop["tag"] == "BODY" or stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return tabbables, stops


def test_every_control_of_every_page_is_reached_by_tab_and_shows_its_focus(
    signed_in: tuple[Any, str, str],
) -> None:
    driver, base, client_id = signed_in
    for url in _pages(base, client_id):
        driver.get(f"{url}?lang=fi")
        tabbables, stops = _tab_walk(driver)
        assert len(stops) == tabbables, (url, tabbables, [s["html"] for s in stops])
        assert stops[0]["html"].startswith('<a class="skip"'), url  # "skip to content" first
        hidden = [s["html"] for s in stops if not s["visible"] or s["outline"] == "none"]
        assert hidden == [], url


def test_an_invoice_is_answered_by_keyboard_alone(
    signed_in: tuple[Any, str, str], sqlite_stack: Stack
) -> None:
    driver, base, client_id = signed_in
    entry = new_spending(sqlite_stack, HOSTILE_CODE, amount="12.00")
    driver.get(f"{base}/c/{client_id}/invoices?lang=en")
    keys = ActionChains(driver)
    keys.send_keys(Keys.TAB).perform()  # "Skip to content"
    keys.send_keys(Keys.ENTER).perform()  # focus moves to the main content
    radio = f"ok-{entry}"
    visited = []
    for _ in range(400):  # Tab on until this invoice's "The invoice is correct"
        ActionChains(driver).send_keys(Keys.TAB).perform()
        visited.append(
            driver.execute_script("return document.activeElement.outerHTML.slice(0, 80)")
        )
        if driver.execute_script("return document.activeElement.id") == radio:
            break
    else:
        raise AssertionError(f"the invoice's answer was never reached by Tab: {visited[:30]}")
    ActionChains(driver).send_keys(Keys.SPACE).perform()  # choose it
    for _ in range(2):  # out of the radio group to the reason, then to the button
        ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.execute_script("return document.activeElement.type") == "submit"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    wait_for(driver, "you confirmed the invoice")
    assert "Testipalvelu Oy" in body(driver)
