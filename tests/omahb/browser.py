"""Driving Oma HB in the real browser: log in through the provider's own page, fill forms."""

from __future__ import annotations

from typing import Any

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 30


def wait_for(driver: Any, text: str) -> None:
    """Until the page's body shows `text` (else: what the page said instead). While a form's
    answer loads, reading the old page's body can fail in the driver ("unhandled inspector
    error", a stale element): that is a page between two states, so the wait goes on."""
    try:
        WebDriverWait(driver, WAIT, ignored_exceptions=(WebDriverException,)).until(
            ec.text_to_be_present_in_element((By.TAG_NAME, "body"), text)
        )
    except TimeoutException:
        raise AssertionError(f"{text!r} not on {driver.current_url}:\n{body(driver)}") from None


def body(driver: Any) -> str:
    return str(driver.find_element(By.TAG_NAME, "body").text).replace("\xa0", " ")


def start(driver: Any, base: str) -> None:
    """A fresh browser session on Oma HB (no cookie of an earlier world)."""
    driver.get(base + "/static/omahb.css")
    driver.delete_all_cookies()


def log_in_with_mock(driver: Any, base: str, sub: str, lang: str = "en") -> None:
    """Front page → "Log in" → the provider's own form (type the subject, Authorize) → back."""
    driver.get(f"{base}/?lang={lang}")
    driver.find_element(By.CSS_SELECTOR, "a.button[href^='/login']").click()
    field = WebDriverWait(driver, WAIT).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "input[name=sub]"))
    )
    field.send_keys(sub)
    field.find_element(By.XPATH, "./ancestor::form//button[@type='submit']").click()
    wait_for(driver, "Log out")


def log_in_with_crafted(
    driver: Any, base: str, provider: Any, code: str, name: str, lang: str = "en"
) -> None:
    """The crafted provider logs the next person in without a form."""
    provider.log_in_next(code, name)
    driver.get(f"{base}/login?lang={lang}")
    WebDriverWait(driver, WAIT).until(lambda d: d.current_url.startswith(base))
    wait_for(driver, "Log out" if lang == "en" else "")


def form_of(driver: Any, action: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f"form[action='{action}']")


def submit(form: Any) -> None:
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def log_out(driver: Any) -> None:
    form = driver.find_elements(By.CSS_SELECTOR, "form[action='/logout']")[0]
    submit(form)
    wait_for(driver, "Log in with strong identification")
