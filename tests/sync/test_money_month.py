"""A month of money from the county's systems, end to end, on SQLite and PostgreSQL.

A caseworker's real laptop vault holds two clients with issued decisions and prints a
payment commitment; it syncs. The county writes the demo county's month of files (e-invoices
as a bank delivers them, the same invoice again as Peppol UBL, a credit note, an unknown
reference, mobile payments with a gambling merchant and a payment after a decision ended,
redeemed vouchers) and takes them in through `hbdesk-server money`, as a person at the
county would. The laptop syncs: the client's balance equals a computation of our own over
the files; the client confirms one invoice on the laptop and the server sees it. Taking the
same files in again changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from cryptography import x509
from lxml import etree
from sqlalchemy import func, select

from hbdesk.app import sync as app_sync
from hbdesk.pdf.documents import Payer
from hbdesk.protocol import pki
from hbdesk.server import admin, db
from hbdesk.server.money import ledger_view
from hbdesk.services import budget, decision, documents, ledger, spending_view
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.helpers import APPEAL, MAKER, agreed_plan, new_client
from tests.sync.conftest import World
from tests.sync.servers import admin as run_admin
from tests.sync.servers import admin_in_process, uid

MONTH = "2026-11"
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
PAYER = Payer(name="Esimerkkilän palvelukeskus", invoicing_address="PL 88, 99100 Esimerkkilä")


def _laptop(world: World, tmp: Path) -> tuple[OpenVault, Actor]:
    vault = Vault(tmp / uid("vault"), kdf=FAST_KDF).create(PASSPHRASE)
    csr = x509.load_pem_x509_csr(app_identity.request_pem(vault))
    caseworker = uid("cw")
    cert = admin.enrol_device(world.engine, world.ca, csr, caseworker)
    app_identity.import_certificates(vault, pki.cert_pem(cert), world.ca_file.read_bytes())
    device = app_identity.device_id(vault)
    assert device is not None
    return vault, Actor(user_id=caseworker, role="key_worker", device_id=device)


def _line(vault: OpenVault, actor: Actor, client: str, budget_id: str, **kw: object) -> str:
    option = budget.OwnOption(unit="hour", frequency="monthly", service_area="disability", **kw)  # type: ignore[arg-type]
    return budget.add_own_option_line(vault, actor, client, budget_id, option).value.id


def _client(vault: OpenVault, actor: Actor, name: str, end: dt.date) -> tuple[str, str, str]:
    """A client with three lines (assistance, swimming, cleaning) and an issued decision."""
    client = new_client(vault, actor, name)
    plan_id = agreed_plan(vault, actor, client)
    b = budget.create_budget(
        vault, actor, client, valid_from=YEAR[0], valid_to=end, plan_id=plan_id
    ).value
    assistance = _line(
        vault,
        actor,
        client,
        b.id,
        description="Avustajan tunnit",
        provider="Avustajapalvelut Oy",
        unit_price="28.00",
        quantity="20",
        category="personal_assistance",
    )
    _line(
        vault,
        actor,
        client,
        b.id,
        description="Uinti",
        provider="Uimahalli Aalto",
        unit_price="6.50",
        quantity="4",
        category="sports",
    )
    _line(
        vault,
        actor,
        client,
        b.id,
        description="Kotisiivous",
        provider="Siivous Kirkas Oy",
        unit_price="32.00",
        quantity="3",
        category="cleaning",
    )
    draft = decision.prepare_decision(vault, actor, client, b.id).value
    issued = decision.issue_decision(
        vault, actor, client, draft.id, decided_on=YEAR[0], decided_by=MAKER, appeal=APPEAL
    ).value
    return client, issued.id, assistance


def _money(world: World, *args: str, process: bool = False) -> str:
    """`hbdesk-server money ARGS`: as its own process when `process`, else its `main()` here
    (the same code, arguments and output, without starting Python again)."""
    run = run_admin if process else admin_in_process
    done = run(world.server.home, "money", *args, db=world.server.db_url)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return done.stdout


def _expected_spent(files: Path, reference: str, card: str, voucher: str) -> Decimal:
    """Our own reading of the files: what the client's ledger must hold (once each)."""
    invoices: dict[tuple[str, str], Decimal] = {}
    for name in (f"einvoices-{MONTH}.xml", f"peppol-{MONTH}.xml"):
        for piece in re.split(rb"(?=<\?xml )", (files / name).read_bytes()):
            if not piece.strip():
                continue
            root = etree.fromstring(piece)
            if (
                root.tag == "Finvoice"
                and root.findtext("InvoiceDetails/OrderIdentifier") == reference
            ):
                seller = root.findtext("SellerPartyDetails/SellerPartyIdentifier")
                number = root.findtext("InvoiceDetails/InvoiceNumber")
                total = root.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount")
                invoices[(seller, number)] = Decimal(total.replace(",", "."))  # type: ignore[union-attr]
    with open(files / f"mobile-{MONTH}.csv", encoding="utf-8") as f:
        mobile = sum(
            Decimal(r["amount"].replace(",", "."))
            for r in csv.DictReader(f, delimiter=";")
            if r["card_id"] == card and r["category"] != "gambling"
        )
    with open(files / f"vouchers-{MONTH}.csv", encoding="utf-8") as f:
        vouchers = sum(
            Decimal(r["amount"].replace(",", "."))
            for r in csv.DictReader(f, delimiter=";")
            if r["voucher_id"] == voucher
        )
    return sum(invoices.values(), Decimal(0)) + mobile + vouchers


def _register(files: Path, name: str, client: str) -> str:
    with open(files / name, encoding="utf-8") as f:
        return next(r["ref"] for r in csv.DictReader(f, delimiter=";") if r["client_id"] == client)


def test_a_month_of_money_reaches_the_laptop_and_the_balance_is_the_files(
    own_server: Callable[..., World], tmp_path: Path
) -> None:
    world = own_server()
    vault, actor = _laptop(world, tmp_path)
    client, decision_id, assistance = _client(vault, actor, "Aino", YEAR[1])
    ended, _, _ = _client(vault, actor, "Eino", dt.date(2026, 10, 31))
    commitment = documents.write_payment_commitment(
        vault,
        actor,
        client,
        decision_id,
        tmp_path / "maksusitoumus.pdf",
        terms=documents.CommitmentTerms(line_id=assistance),
        payer=PAYER,
    ).value
    assert app_sync.sync(vault, world.server.url, actor).value.report.clean

    files = tmp_path / "files"
    _money(world, "demo-files", "--month", MONTH, "--out", str(files))
    _money(world, "register", "card", str(files / "cards.csv"))
    _money(world, "register", "voucher", str(files / "vouchers-register.csv"))
    taken = [
        _money(world, "import", "invoices", str(files / f"einvoices-{MONTH}.xml"), process=True),
        _money(world, "import", "invoices", str(files / f"peppol-{MONTH}.xml")),
        _money(world, "import", "mobile", str(files / f"mobile-{MONTH}.csv"), "--issuer", "ePassi"),
        _money(
            world, "import", "vouchers", str(files / f"vouchers-{MONTH}.csv"), "--issuer", "Palse"
        ),
    ]
    assert "already taken in 1" in taken[1], taken[1]  # the same invoice as UBL
    assert "queued: message" in taken[0] and "no reference the county gave out" in taken[0]
    assert "gambling or crime" in taken[2] and "after the decision's period" in taken[2]

    with world.engine.connect() as conn:
        top = conn.execute(select(func.max(db.feed.c.seq))).scalar()
    again = [
        _money(world, "import", "invoices", str(files / f"einvoices-{MONTH}.xml")),
        _money(world, "import", "mobile", str(files / f"mobile-{MONTH}.csv"), "--issuer", "ePassi"),
    ]
    with world.engine.connect() as conn:
        assert conn.execute(select(func.max(db.feed.c.seq))).scalar() == top
    assert all(": booked 0," in a for a in again), again

    assert app_sync.sync(vault, world.server.url, actor).value.report.clean
    card = _register(files, "cards.csv", client)
    voucher = _register(files, "vouchers-register.csv", client)
    spent = _expected_spent(files, commitment.reference, card, voucher)
    [state] = spending_view.budget_states(vault, actor, client, as_of=dt.date(2026, 12, 6))
    assert spent > 0 and state.balance.available == state.balance.granted - spent
    assert [h.reason for h in state.held] == ["category_refused"]
    [gone] = spending_view.budget_states(vault, actor, ended, as_of=dt.date(2026, 12, 6))
    assert [h.reason for h in gone.held] == ["decision_expired"]
    sources = {r.source_system for r in state.rows}
    assert {"Avustajapalvelut Oy", "ePassi", "Palse"} <= sources

    invoice = next(r for r in state.rows if r.entry.method == "invoice" and r.status == "pending")
    ledger.confirm_invoice(
        vault, actor, client, invoice.entry.id, confirmed_on=dt.date(2026, 12, 6)
    )
    assert app_sync.sync(vault, world.server.url, actor).value.report.clean
    seen = ledger_view.client_ledger(world.engine, client, as_of=dt.date(2026, 12, 6))
    row = next(r for r in seen.rows if r.entry.id == invoice.entry.id)
    assert (row.status, row.confirmed_on) == ("confirmed", dt.date(2026, 12, 6))
    shown = _money(world, "client", client)
    assert "confirmed 2026-12-06" in shown
    server_balance = seen.balances[state.chain_id]
    assert server_balance.available == state.balance.available
    vault.lock()
