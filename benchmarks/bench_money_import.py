"""Benchmark: a month of a county's money taken in — 100,000 mobile-payment rows and 10,000
e-invoices (a bank's delivery, each message behind its SOAP frame) — on SQLite.

A server database is filled with 2,000 clients as their laptops would have synced them
(an issued decision and a payment commitment each) and the county's card register; the
files are written; then `hbdesk-server money import` is run as the county runs it (a child
process each) and timed. Target: both files taken in within 30 s. Memory must stay bounded
(the files are streamed, never read whole): the peak RSS of the mobile import is measured
at a quarter and at the full size, and may grow by at most half. The run fails loudly if
the imports did not book every row and invoice they name (it would have timed nothing).

    .venv/bin/python benchmarks/bench_money_import.py [--clients 2000] [--mobile 100000]
        [--invoices 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.common import Result  # noqa: E402
from hbdesk.server import db  # noqa: E402
from hbdesk.server.money import demo_files  # noqa: E402
from tests.server.money.county import County  # noqa: E402

TARGET_S = 30.0
MEMORY_GROWTH = 1.5
START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
SELLERS = [("Avustajapalvelut Oy", "0112038-9"), ("Kotiapu Aurinko Oy", "2345678-0")]
MERCHANTS = [
    ("Uimahalli Aalto", "sports"),
    ("Kaupunginmuseo", "culture"),
    ("Keilahalli", "leisure"),
]


def _county(engine, clients: int) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Clients with a decision, a commitment and a card: (client, reference, card)."""
    county = County(engine)
    made = county.clients(clients, START, END, granted="60000.00")
    refs = [(c, f"MS-2026-{n:06d}") for n, c in enumerate(made)]
    county.commitments(refs, total="50000.00")
    county.register("card", [(c, f"EP-{n:06d}") for n, c in enumerate(made)])
    return [(c.client_id, ref, f"EP-{n:06d}") for n, (c, ref) in enumerate(refs)]


def _mobile_file(
    path: Path, accounts: list[tuple[str, str, str]], rows: int, tag: str = "T"
) -> Decimal:
    total = Decimal(0)
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["transaction_id", "card_id", "merchant", "category", "amount", "time"])
        for n in range(rows):
            _, _, card = accounts[n % len(accounts)]
            merchant, category = MERCHANTS[n % len(MERCHANTS)]
            cents = 150 + (n * 37) % 4000
            total += Decimal(cents) / 100
            day = dt.date(2026, 11, 1) + dt.timedelta(days=n % 30)
            out.writerow(
                [
                    f"{tag}{n:08d}",
                    card,
                    merchant,
                    category,
                    f"{cents // 100},{cents % 100:02d}",
                    f"{day}T{8 + n % 12:02d}:{n % 60:02d}",
                ]
            )
    return total


def _invoice_file(path: Path, accounts: list[tuple[str, str, str]], count: int) -> None:
    def messages():  # type: ignore[no-untyped-def]
        for n in range(count):
            _, ref, _ = accounts[n % len(accounts)]
            name, seller = SELLERS[n % len(SELLERS)]
            rows = [demo_files.Row("Palvelu 11/2026", Decimal(200 + n % 300), Decimal(0))]
            if n % 3 == 0:
                rows.append(demo_files.Row("Matkakulut", Decimal("15.94"), Decimal("25.5")))
            yield demo_files.finvoice(
                seller_id=seller,
                seller_name=name,
                number=f"B-{n:07d}",
                issued=dt.date(2026, 11, 30),
                rows=rows,
                references=(ref,),
                delivered=dt.date(2026, 11, 30),
            )

    with open(path, "wb") as f:
        for n, message in enumerate(messages()):
            f.write(demo_files.bank_delivery([message], sender=f"0037{n:08d}"))


def _import(home: Path, url: str, kind: str, path: Path) -> tuple[float, int, str]:
    """`hbdesk-server money import` in a child: seconds, its peak RSS (kB), its report.
    Prints the child's CPU seconds too (the wall time depends on what else the machine runs)."""
    cmd = [sys.executable, "-m", "hbdesk.server.cli", "--home", str(home), "--db", url]
    args = ["money", "import", kind, str(path), "--issuer", "ePassi", "--today", "2026-12-06"]
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        child = subprocess.Popen([*cmd, *args], stdout=out, stderr=subprocess.STDOUT, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        said = out.read()
    if child.returncode != 0:
        raise SystemExit(f"import failed ({child.returncode}): {said[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    print(
        f"  {path.name}: {seconds:.1f} s ({cpu:.1f} s CPU; load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    return seconds, usage.ru_maxrss, said


def _booked(url: str) -> int:
    engine = db.make_engine(url)
    with engine.connect() as conn:
        count = conn.execute(
            select(func.count())
            .select_from(db.ops)
            .where(db.ops.c.device_id == "server:money", db.ops.c.entity == "spending_entries")
        ).scalar_one()
    engine.dispose()
    return int(count)


def measure(clients: int, mobile: int, invoices: int, folder: Path) -> list[Result]:
    url = str(folder / "server.sqlite3")
    engine = db.make_engine(url)
    db.create_schema(engine)
    started = time.perf_counter()
    accounts = _county(engine, clients)
    engine.dispose()
    quarter, full, bills = (
        folder / "mobile-quarter.csv",
        folder / "mobile.csv",
        folder / "einvoices.xml",
    )
    _mobile_file(quarter, accounts, mobile // 4, tag="Q")
    _mobile_file(full, accounts, mobile)
    _invoice_file(bills, accounts, invoices)
    print(
        f"  set-up {time.perf_counter() - started:.1f} s: {clients} clients, "
        f"{full.stat().st_size // 1024} kB mobile, {bills.stat().st_size // 1024} kB invoices",
        flush=True,
    )
    _, small_rss, _ = _import(folder, url, "mobile", quarter)
    t_invoices, _, said_invoices = _import(folder, url, "invoices", bills)
    t_mobile, rss, said_mobile = _import(folder, url, "mobile", full)
    _check(url, mobile + mobile // 4 + invoices, [(invoices, said_invoices), (mobile, said_mobile)])
    seconds = t_invoices + t_mobile
    print(f"  invoices {t_invoices:.1f} s, mobile {t_mobile:.1f} s", flush=True)
    print(f"  peak RSS {small_rss // 1024} MB at a quarter, {rss // 1024} MB full", flush=True)
    return [
        Result(
            f"{invoices} invoices + {mobile} mobile rows taken in (SQLite)",
            seconds,
            "s",
            f"<= {TARGET_S:.0f} s",
            seconds <= TARGET_S,
        ),
        Result(
            "peak RSS of the full mobile import",
            rss / 1024,
            "MB",
            f"<= {MEMORY_GROWTH} x a quarter's ({small_rss / 1024:.0f} MB)",
            rss <= small_rss * MEMORY_GROWTH,
        ),
    ]


def _check(url: str, total: int, said: list[tuple[int, str]]) -> None:
    """Fail loudly unless the imports booked every row and invoice they were given."""
    found = _booked(url)
    if found != total or any(f": booked {n}," not in text for n, text in said):
        reports = "\n".join(text[:500] for _, text in said)
        raise SystemExit(f"the imports did not book what they name: {found} of {total}\n{reports}")


def run(argv: list[str] | None = None) -> list[Result]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--mobile", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the database and files in this folder")
    args = parser.parse_args(argv if argv is not None else [])
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hbdesk-money-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return measure(args.clients, args.mobile, args.invoices, folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    results = run(sys.argv[1:])
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
