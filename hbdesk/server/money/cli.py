"""`hbdesk-server money …`: money from the county's systems, and direct payments out.

    money import KIND FILE [--issuer NAME]   take a file in (KIND: invoices, mobile, vouchers)
    money inbox DIR [--once] [--interval S]  watch a folder (DIR/invoices, /mobile, /vouchers)
    money register KIND FILE                 load the county's register (card, voucher, reference)
    money queue [--state S] [--csv FILE]     what waits for a person (queued, held)
    money book KEY [--client ID] [--anyway]  book a waiting item to the client a person established
    money dismiss KEY --note TEXT            set a waiting item aside
    money client CLIENT_ID                   the client's ledger as the server holds it
    money payouts FILE                       plan the direct payments of a payout file
    money pain001 --out FILE --debtor-name N --debtor-iban I [--debtor-bic B] [--date D]
    money pain001-again BATCH --out FILE     a lost batch file, written again
    money demo-files --month YYYY-MM --out DIR  a month of the demo county's files

Exit codes: 0 taken in; 1 some items refused (named); 2 the file or the request refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from hbdesk.server.money import (
    demo_month,
    importer,
    inbox,
    ledger_view,
    payouts,
    queue,
    registers,
)
from hbdesk.server.money.shape import FileRefused


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    money = sub.add_parser("money", help="money from the county's systems; direct payments out")
    cmds = money.add_subparsers(dest="money_command", required=True)
    cmd = cmds.add_parser("import", help="take a file in")
    cmd.add_argument("kind", choices=importer.KINDS)
    cmd.add_argument("file", type=Path)
    cmd.add_argument("--issuer", default="mobiilimaksu", help="the reporting system's name")
    cmd.add_argument("--by", help="who runs it, for the server's log")
    cmd.add_argument("--today", type=_day, help=argparse.SUPPRESS)
    cmd = cmds.add_parser("inbox", help="take in what arrives in a folder")
    cmd.add_argument("folder", type=Path)
    cmd.add_argument("--issuer", default="mobiilimaksu")
    cmd.add_argument("--once", action="store_true", help="look once and stop")
    cmd.add_argument("--interval", type=float, default=30.0)
    cmd = cmds.add_parser(
        "register", help="load the county's register of cards, vouchers, references"
    )
    cmd.add_argument("kind", choices=registers.KINDS)
    cmd.add_argument("file", type=Path)
    cmd = cmds.add_parser("queue", help="what waits for a person")
    cmd.add_argument(
        "--state", default="open", choices=("open", "queued", "flagged", "booked", "dismissed")
    )
    cmd.add_argument("--csv", type=Path, help="write it as CSV (formulas escaped)")
    cmd = cmds.add_parser("book", help="book a waiting item")
    cmd.add_argument("key")
    cmd.add_argument("--client", help="the client a person established")
    cmd.add_argument("--decision")
    cmd.add_argument("--anyway", action="store_true", help="book a held item after all")
    cmd.add_argument("--by", required=True)
    cmd.add_argument("--note")
    cmd = cmds.add_parser("dismiss", help="set a waiting item aside")
    cmd.add_argument("key")
    cmd.add_argument("--by", required=True)
    cmd.add_argument("--note", required=True)
    cmd = cmds.add_parser("client", help="a client's ledger as the server holds it")
    cmd.add_argument("client_id")
    cmd = cmds.add_parser("payouts", help="plan the direct payments of a payout file")
    cmd.add_argument("file", type=Path)
    cmd = cmds.add_parser("pain001", help="write the planned payments as a pain.001 batch")
    cmd.add_argument("--out", type=Path, required=True)
    cmd.add_argument("--debtor-name", required=True)
    cmd.add_argument("--debtor-iban", required=True)
    cmd.add_argument("--debtor-bic")
    cmd.add_argument("--date", type=_day, help="the execution day (default today)")
    cmd = cmds.add_parser("pain001-again", help="write a batch's file again")
    cmd.add_argument("batch_id")
    cmd.add_argument("--out", type=Path, required=True)
    cmd = cmds.add_parser("demo-files", help="a month of the demo county's money files")
    cmd.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    cmd.add_argument("--out", type=Path, required=True)
    cmd.add_argument("--seed", type=int, default=1)
    cmd.add_argument("--issuer", default="ePassi")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("YYYY-MM-DD") from None


def _month(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError("YYYY-MM") from None


def run(args: argparse.Namespace, engine: Callable[[], Engine]) -> int:
    """Run one `money` command; its exit code."""
    try:
        return _COMMANDS[args.money_command](args, engine())
    except FileRefused as refused:
        print(f"error: refused, nothing was booked: {refused.text}", file=sys.stderr)
        return 2
    except (queue.QueueError, payouts.PayoutError) as exc:
        print(f"error: {exc.text}", file=sys.stderr)
        return 2


def _import(args: argparse.Namespace, engine: Engine) -> int:
    report = importer.run(
        engine, args.kind, args.file, issuer=args.issuer, today=args.today, by=args.by
    )
    print(report.summary())
    return 2 if report.file_refused else 1 if report.refused else 0


def _inbox(args: argparse.Namespace, engine: Engine) -> int:
    if args.once:
        reports = inbox.look(engine, args.folder, issuer=args.issuer)
        for report in reports:
            print(report.summary())
        return 1 if any(r.file_refused or r.refused for r in reports) else 0
    inbox.watch(engine, args.folder, issuer=args.issuer, interval=args.interval)
    return 0  # pragma: no cover - runs until stopped


def _register(args: argparse.Namespace, engine: Engine) -> int:
    count, problems = registers.load(engine, args.kind, args.file)
    print(f"{args.file.name}: {count} entries in the {args.kind} register, refused {len(problems)}")
    for problem in problems:
        print(f"  refused: {problem.where}: {problem.text}")
    return 1 if problems else 0


def _queue(args: argparse.Namespace, engine: Engine) -> int:
    state = queue.OPEN if args.state == "open" else args.state
    if args.csv:
        print(f"{queue.export_csv(engine, args.csv, state)} items written to {args.csv}")
        return 0
    for q in queue.items(engine, state):
        client = q.client_id or "-"
        print(f"{q.item_key}\t{q.state}\t{q.spent_on}\t{q.amount}\t{client}\t{q.what}\t{q.place}")
    return 0


def _book(args: argparse.Namespace, engine: Engine) -> int:
    done = queue.book(
        engine,
        args.key,
        args.client,
        by=args.by,
        decision_id=args.decision,
        anyway=args.anyway,
        note=args.note,
    )
    if done.booked:
        print(f"{args.key}: booked")
        return 0
    print(f"{args.key}: not booked: {importer.REASONS.get(done.reason or '', done.reason)}")
    return 1


def _dismiss(args: argparse.Namespace, engine: Engine) -> int:
    queue.dismiss(engine, args.key, by=args.by, note=args.note)
    print(f"{args.key}: set aside")
    return 0


def _client(args: argparse.Namespace, engine: Engine) -> int:
    ledger = ledger_view.client_ledger(engine, args.client_id)
    for row in ledger.rows:
        e = row.entry
        confirmed = f" confirmed {row.confirmed_on}" if row.confirmed_on else ""
        print(
            f"{e.spent_on}\t{e.amount}\t{e.method}\t{row.status}{confirmed}\t"
            f"{e.recorded_by}\t{e.external_ref or ''}"
        )
    for chain, bal in ledger.balances.items():
        print(
            f"chain {chain}: granted {bal.granted}, confirmed {bal.confirmed}, "
            f"pending {bal.pending}, available {bal.available}"
        )
    return 0


def _payouts(args: argparse.Namespace, engine: Engine) -> int:
    loaded = payouts.load(engine, args.file)
    print(
        f"{args.file.name}: planned {loaded.planned}, already planned {loaded.already}, "
        f"refused {len(loaded.refused)}"
    )
    for problem in loaded.refused:
        print(f"  refused: {problem.where}: {problem.text}")
    return 1 if loaded.refused else 0


def _pain001(args: argparse.Namespace, engine: Engine) -> int:
    debtor = payouts.Debtor(args.debtor_name, args.debtor_iban, args.debtor_bic)
    made = payouts.batch(engine, args.out, debtor, execution=args.date)
    print(
        f"{made.path}: batch {made.batch_id}, {made.count} payments, {made.total} EUR, "
        f"booked {made.booked}"
    )
    return 0


def _pain001_again(args: argparse.Namespace, engine: Engine) -> int:
    print(payouts.rewrite(engine, args.batch_id, args.out))
    return 0


def _demo_files(args: argparse.Namespace, engine: Engine) -> int:
    files = demo_month.write_month(engine, args.out, args.month, seed=args.seed, issuer=args.issuer)
    for path in (
        files.invoices,
        files.peppol,
        files.mobile,
        files.vouchers,
        *files.registers,
        files.problems,
    ):
        print(path)
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, Engine], int]] = {
    "import": _import,
    "inbox": _inbox,
    "register": _register,
    "queue": _queue,
    "book": _book,
    "dismiss": _dismiss,
    "client": _client,
    "payouts": _payouts,
    "pain001": _pain001,
    "pain001-again": _pain001_again,
    "demo-files": _demo_files,
}
