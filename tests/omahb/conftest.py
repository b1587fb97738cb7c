"""Fixtures for Oma HB: real processes (sync server and Oma HB), real identity providers,
a real laptop vault, people logging in over the real redirect flow, and one browser.

A world is one database (a person's identity code is unique in a county) with its sync
server, the laptop that wrote its clients, and two Oma HB listeners: one logging in
through oidc-provider-mock (the browser walk), one through the crafted provider (hostile
ID tokens, and quick logins for the other tests). SQLite holds the walk's client, the
hostile tests' client and a stranger; PostgreSQL's world is built only for its walk.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.omahb.stack import (
    CLIENT_CODE,
    CLIENT_NAME,
    HELPER_CODE,
    HELPER_NAME,
    HOSTILE_CODE,
    HOSTILE_NAME,
    OTHER_CODE,
    OTHER_NAME,
    OmaHbProcess,
    Seeded,
    seed,
)
from tests.sync.conftest import World, postgres, server_home  # noqa: F401 (fixtures)
from tests.sync.servers import ServerProcess, uid

if TYPE_CHECKING:  # the providers bring Flask and Authlib: imported only where a test uses one
    from tests.omahb.providers import CraftedProvider, MockProvider

TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
FORM = re.compile(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', re.DOTALL)


def today() -> dt.date:
    return dt.date.today()


@dataclass
class Stack:
    world: World
    vault: OpenVault
    actor: Actor
    clients: dict[str, Seeded]  # by identity code
    omahb: OmaHbProcess  # logs in through oidc-provider-mock
    mock: MockProvider
    crafted: OmaHbProcess | None  # logs in through the crafted provider
    provider: CraftedProvider | None
    ca_file: Path

    def client(self, code: str) -> Seeded:
        return self.clients[code]

    def close(self) -> None:
        """Everything is committed by now: the processes need no graceful stop (a browser's
        idle keep-alive connection would hold a graceful one for seconds)."""
        for process in (self.omahb, self.crafted):
            if process is not None:
                process.kill()
        self.vault.lock()
        self.world.close()
        self.world.server.kill()


def make_stack(
    home: Path,
    db_url: str,
    tmp: Path,
    mock: MockProvider,
    people: list[tuple[str, str]],
    crafted: CraftedProvider | None = None,
) -> Stack:
    """Everything starts at once (the machine is small): the listeners boot while the
    laptop writes and syncs."""
    server = ServerProcess(home, db_url).start()
    omahb = OmaHbProcess(home, db_url, mock.issuer).launch()
    other = OmaHbProcess(home, db_url, crafted.issuer).launch() if crafted else None
    world = World(server, tmp)
    vault, actor, clients = seed(world, tmp / uid("laptop"), today(), people)
    omahb.wait()
    if other is not None:
        other.wait()
    return Stack(world, vault, actor, clients, omahb, mock, other, crafted, home / "ca" / "ca.pem")


@pytest.fixture(scope="session")
def crafted() -> Iterator[CraftedProvider]:
    from tests.omahb.providers import CraftedProvider

    provider = CraftedProvider()
    yield provider
    provider.stop()


@pytest.fixture(scope="session")
def mock_provider() -> Iterator[MockProvider]:
    from tests.omahb.providers import MockProvider

    provider = MockProvider()
    for code, name in ((CLIENT_CODE, CLIENT_NAME), (HELPER_CODE, HELPER_NAME)):
        provider.add_person(f"sub-{code}", code, name)
    yield provider
    provider.stop()


@pytest.fixture(scope="session")
def sqlite_stack(
    server_home: Path,  # noqa: F811
    crafted: CraftedProvider,
    mock_provider: MockProvider,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("omahb-sqlite")
    people = [(CLIENT_NAME, CLIENT_CODE), (HOSTILE_NAME, HOSTILE_CODE), (OTHER_NAME, OTHER_CODE)]
    stack = make_stack(
        server_home, str(tmp / "server.sqlite3"), tmp, mock_provider, people, crafted
    )
    yield stack
    stack.close()


@pytest.fixture
def hostile(sqlite_stack: Stack) -> Stack:
    return sqlite_stack


class Person:
    """Someone using Oma HB with a plain HTTP client (cookies kept, redirects followed),
    logged in through the crafted provider."""

    def __init__(self, stack: Stack) -> None:
        assert stack.crafted is not None
        self.stack = stack
        context = ssl.create_default_context(cafile=str(stack.ca_file))
        self.http = httpx.Client(
            base_url=stack.crafted.url, verify=context, follow_redirects=True, timeout=60
        )

    def log_in(self, code: str | None, name: str, flaw: str | None = None) -> httpx.Response:
        assert self.stack.provider is not None
        self.stack.provider.log_in_next(code, name, flaw)
        return self.http.get("/login")

    def get(self, path: str) -> httpx.Response:
        return self.http.get(path)

    def token(self, path: str, form: str | None = None) -> str:
        """The one-time token of the page's form whose action starts with `form` (default:
        the page's own forms, not the log-out ones)."""
        page = self.get(path)
        assert page.status_code == 200, page.text
        for action, body in FORM.findall(page.text):
            wanted = action.startswith(form) if form else action != "/logout"
            if wanted and TOKEN.search(body):
                return str(TOKEN.search(body).group(1))  # type: ignore[union-attr]
        raise AssertionError(f"no form {form!r} on {path}")

    def post(self, path: str, data: dict[str, Any], files: Any = None) -> httpx.Response:
        return self.http.post(path, data=data, files=files)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def person(hostile: Stack) -> Iterator[Any]:
    """Make people logged in to the SQLite world (by identity code); closed afterwards."""
    made: list[Person] = []

    def make(code: str | None = None, name: str = HOSTILE_NAME, flaw: str | None = None) -> Person:
        someone = Person(hostile)
        if code is not None:
            someone.log_in(code, name, flaw)
        made.append(someone)
        return someone

    yield make
    for someone in made:
        someone.close()


# --- the browser ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(server_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:  # noqa: F811
    """One headless chromium for the session, trusting the test CA (in its own HOME)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.skip("apt-get install -y chromium chromium-driver libnss3-tools")
    home = tmp_path_factory.mktemp("browser-home")
    nss = home / ".pki" / "nssdb"
    nss.mkdir(parents=True)
    subprocess.run(["certutil", "-d", f"sql:{nss}", "-N", "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-d",
            f"sql:{nss}",
            "-A",
            "-t",
            "C,,",
            "-n",
            "hbdesk-test-ca",
            "-i",
            str(server_home / "ca" / "ca.pem"),
        ],
        check=True,
    )
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1366,768",
        "--lang=fi-FI",
    ):
        options.add_argument(arg)
    service = Service("/usr/bin/chromedriver", env={**os.environ, "HOME": str(home)})
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()
