"""A whole Oma HB world for tests: one database, the real sync server (`serve`), the real
Oma HB listener (`serve-omahb`), an identity provider, and a real laptop vault that wrote
the client's records and syncs like any laptop."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography import x509

from hbdesk.protocol import pki
from hbdesk.server import admin
from hbdesk.services import budget, clients, decision, ledger, plan
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.helpers import APPEAL, MAKER
from tests.sync.conftest import World
from tests.sync.servers import free_port, uid
from tests.zygote import spawn_server

# Synthetic people: identity codes from the test range (individual number 900–999).
CLIENT_CODE, CLIENT_NAME = "150590-9962", "Aino Testinen"  # the browser walk's client
HELPER_CODE, HELPER_NAME = "020280-997P", "Maija Testinen"  # Aino's sister, authorised
HOSTILE_CODE, HOSTILE_NAME = "030303A998A", "Hannu Testinen"  # the hostile tests' client
OTHER_CODE, OTHER_NAME = "010170-998P", "Veikko Vieras"  # another client of the county
CLIENT_SECRET = "omahb-test-secret"


class OmaHbProcess:
    """`hbdesk-server serve-omahb` on 127.0.0.1, TLS with the test CA's server certificate."""

    def __init__(self, home: Path, db_url: str, issuer: str, idle_minutes: int = 15) -> None:
        self.home, self.db_url, self.issuer = home, db_url, issuer
        self.idle_minutes = idle_minutes
        self.port = free_port()
        self.log = Path(tempfile.mkstemp(prefix="omahb-", suffix=".log")[1])
        self.proc: Any = None  # a zygote.ForkedProcess (or Popen with HBDESK_TEST_EXEC_SERVERS)

    @property
    def url(self) -> str:
        return f"https://localhost:{self.port}"

    def start(self) -> OmaHbProcess:
        return self.launch().wait()

    def launch(self) -> OmaHbProcess:
        """Start the process (without waiting: other things can start meanwhile)."""
        secret = self.home / "oidc-secret"
        secret.write_text(CLIENT_SECRET)
        args = [
            "--home",
            str(self.home),
            "--db",
            self.db_url,
            "serve-omahb",
            "--port",
            str(self.port),
            "--public-url",
            self.url,
            "--oidc-issuer",
            self.issuer,
            "--oidc-client-id",
            "oma-hb",
            "--oidc-client-secret-file",
            str(secret),
            "--idle-minutes",
            str(self.idle_minutes),
        ]
        self.proc = spawn_server(args, self.log)
        return self

    def wait(self) -> OmaHbProcess:
        assert self.proc is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("Oma HB died at start:\n" + self.log.read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Oma HB did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Seeded:
    """One client the laptop wrote (and synced) for the tests to act on."""

    client_id: str
    goal_lineage: str
    invoices: list[str]  # invoices waiting for the client's word
    direct_payment: str  # money paid to the client's account, waiting for receipts


def enrolled_vault(world: World, folder: Path, caseworker: str) -> OpenVault:
    vault = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    csr = x509.load_pem_x509_csr(app_identity.request_pem(vault))
    cert = admin.enrol_device(world.engine, world.ca, csr, caseworker)
    app_identity.import_certificates(vault, pki.cert_pem(cert), world.ca_file.read_bytes())
    return vault


def _client_with_money(
    vault: OpenVault, actor: Actor, name: str, code: str, today: dt.date
) -> dict[str, object]:
    first, last = name.split(" ")
    contact = clients.NewContact(
        first_name=first,
        last_name=last,
        contacted_on=today - dt.timedelta(days=90),
        channel="phone",
        described_needs="Arki on raskasta.",
        identity_code=code,
    )
    cid = clients.register_contact(vault, actor, contact).value.id
    p = plan.start_plan(vault, actor, cid).value
    plan.add_plan_entry(
        vault, actor, cid, p.id, section="need", text="Tarvitsen tukea arkeen.", author="client"
    )
    goal = plan.add_plan_entry(
        vault,
        actor,
        cid,
        p.id,
        section="goal",
        text="Liikun kaksi kertaa viikossa.",
        author="together",
    ).value
    plan.add_plan_entry(
        vault,
        actor,
        cid,
        p.id,
        section="budget_use",
        text="Uimahalli ja avustaja.",
        author="key_worker",
    )
    plan.agree_plan(
        vault,
        actor,
        cid,
        p.id,
        agreed_on=today - dt.timedelta(days=70),
        confirmed_by=["client", "key_worker"],
        confirmation=plan.Confirmation.typed(name),
    )
    start, end = today - dt.timedelta(days=60), today + dt.timedelta(days=300)
    b = budget.create_budget(vault, actor, cid, valid_from=start, valid_to=end, plan_id=p.id).value
    budget.add_own_option_line(
        vault,
        actor,
        cid,
        b.id,
        budget.OwnOption(
            description="Avustaja",
            provider="Avustajapalvelut Oy",
            unit="piece",
            unit_price=Decimal("2400.00"),
            quantity=1,
            frequency="once",
            category="personal_assistance",
            service_area="social_welfare",
        ),
    )
    draft = decision.prepare_decision(vault, actor, cid, b.id).value
    decision.issue_decision(
        vault, actor, cid, draft.id, decided_on=start, decided_by=MAKER, appeal=APPEAL
    )
    spent = []
    for i, (method, amount, provider) in enumerate(
        [
            ("invoice", "120.00", "Avustajapalvelut Oy"),
            ("invoice", "89.90", "Tuntematon Palvelu Oy"),
            ("invoice", "45.00", "Uimahalli Esimerkkilä"),
            ("direct_payment", "60.00", "Aino Testinen"),
        ]
    ):
        entry = ledger.record_spending(
            vault,
            actor,
            cid,
            ledger.Spending(
                method=method,
                amount=Decimal(amount),
                spent_on=today - dt.timedelta(days=20 - i),
                category="personal_assistance",
                provider=provider,
                description=f"Lasku {i + 1}",
                external_ref=f"INV-{uid('n')}" if method == "invoice" else None,
            ),
        ).value
        spent.append(entry.id)
    return {"client_id": cid, "goal": goal.lineage_id, "spent": spent}


def seed(
    world: World, folder: Path, today: dt.date, people: list[tuple[str, str]]
) -> tuple[OpenVault, Actor, dict[str, Seeded]]:
    """A laptop writes these clients' plans, decisions and spending, and syncs them up."""
    from hbdesk.app.sync import sync

    caseworker = uid("cw")
    vault = enrolled_vault(world, folder, caseworker)
    device = app_identity.device_id(vault)
    assert device is not None
    actor = Actor(user_id=caseworker, role="key_worker", device_id=device)
    made = {}
    for name, code in people:
        done = _client_with_money(vault, actor, name, code, today)
        spent = list(done["spent"])  # type: ignore[call-overload]
        made[code] = Seeded(str(done["client_id"]), str(done["goal"]), spent[:3], spent[3])
    sync(vault, world.server.url, actor, timeout=30)
    return vault, actor, made
