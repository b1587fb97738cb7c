"""Render every Oma HB page in Finnish at 360×740 (a phone) and 1366×768, as PNG files in
screenshots/omahb/ (the whole page, top to bottom, at the viewport's width).

Usage: .venv/bin/python scripts/screenshots_omahb.py
Builds a throw-away world in a temporary folder, as the tests do: a CA, the sync server and
Oma HB on SQLite, a laptop vault that writes two clients and syncs, a crafted identity
provider, and Debian's chromium headless (apt-get install -y chromium chromium-driver
libnss3-tools). Nothing outside the temporary folder and screenshots/omahb/ is touched.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.omahb.conftest import Person, Stack, make_stack  # noqa: E402
from tests.omahb.providers import CraftedProvider, MockProvider  # noqa: E402
from tests.omahb.stack import (  # noqa: E402
    CLIENT_CODE,
    CLIENT_NAME,
    HELPER_CODE,
    HELPER_NAME,
    OTHER_CODE,
    OTHER_NAME,
)
from tests.sync.servers import admin  # noqa: E402

OUT = ROOT / "screenshots" / "omahb"
SIZES = ((360, 740, True), (1366, 768, False))


def _browser(home: Path, ca: Path) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    nss = home / ".pki" / "nssdb"
    nss.mkdir(parents=True)
    certutil = ["/usr/bin/certutil", "-d", f"sql:{nss}"]
    subprocess.run([*certutil, "-N", "--empty-password"], check=True)  # noqa: S603
    trust = [*certutil, "-A", "-t", "C,,", "-n", "ca", "-i", str(ca)]
    subprocess.run(trust, check=True)  # noqa: S603
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(arg)
    service = Service("/usr/bin/chromedriver", env={**os.environ, "HOME": str(home)})
    return webdriver.Chrome(options=options, service=service)


def _shoot(driver: Any, url: str, name: str) -> None:
    for width, height, mobile in SIZES:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )
        driver.get(url)
        full = driver.execute_script("return document.documentElement.scrollHeight")
        shot = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": max(full, height), "scale": 1},
            },
        )
        path = OUT / f"{name}-{width}x{height}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        print(path.relative_to(ROOT))


def _act(stack: Stack) -> None:
    """A few things done first, so that the pages show answers, evaluations, a mandate."""
    aino = stack.client(CLIENT_CODE)
    someone = Person(stack)
    someone.log_in(CLIENT_CODE, CLIENT_NAME)
    base = f"/c/{aino.client_id}"
    someone.post(
        f"{base}/invoices/{aino.invoices[0]}",
        {"form_token": someone.token(f"{base}/invoices"), "verdict": "correct"},
    )
    someone.post(
        f"{base}/goals/{aino.goal_lineage}",
        {
            "form_token": someone.token(f"{base}/goals"),
            "score": "1",
            "note": "Uimassa joka viikko.",
        },
    )
    someone.post(
        f"{base}/mandates",
        {
            "form_token": someone.token(f"{base}/mandates"),
            "person_name": HELPER_NAME,
            "person_identity_code": HELPER_CODE,
            "valid_to": (dt.date.today() + dt.timedelta(days=180)).isoformat(),
            "may_confirm": "yes",
        },
    )
    someone.close()


def main() -> int:
    from tests.omahb.browser import log_in_with_crafted, start

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="omahb-shots-"))
    home = tmp / "server"
    for args in (["init-ca"], ["issue-server-cert", "--host", "localhost"]):
        done = admin(home, *args)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
    crafted, mock = CraftedProvider(), MockProvider()
    people = [(CLIENT_NAME, CLIENT_CODE), (OTHER_NAME, OTHER_CODE)]
    stack = make_stack(home, str(tmp / "server.sqlite3"), tmp, mock, people, crafted)
    driver = _browser(tmp / "browser", home / "ca" / "ca.pem")
    try:
        _act(stack)
        assert stack.crafted is not None
        base = stack.crafted.url
        cid = stack.client(CLIENT_CODE).client_id
        start(driver, base)
        _shoot(driver, f"{base}/?lang=fi", "01-welcome")
        log_in_with_crafted(driver, base, crafted, CLIENT_CODE, CLIENT_NAME, lang="fi")
        pages = ("", "plan", "money", "invoices", "receipts", "goals", "log", "mandates")
        for i, page in enumerate(pages, start=2):
            _shoot(driver, f"{base}/c/{cid}/{page}", f"{i:02d}-{page or 'overview'}")
        _shoot(driver, f"{base}/c/{cid}/money?size=large", "10-money-large-type")
        driver.get(f"{base}/?size=normal")
        _shoot(driver, f"{base}/c/not-yours/plan", "11-not-found")
        start(driver, base)
        log_in_with_crafted(driver, base, crafted, HELPER_CODE, HELPER_NAME, lang="fi")
        _shoot(driver, f"{base}/c/{cid}/money", "12-authorised-money")
        _shoot(driver, f"{base}/c/{cid}/invoices", "13-authorised-invoices")
    finally:
        driver.quit()
        stack.close()
        crafted.stop()
        mock.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
