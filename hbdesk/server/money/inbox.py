"""A watched inbox folder: files the county's systems drop are taken in by kind.

    INBOX/invoices/   e-invoices (Finvoice, UBL, a bank's delivery)
    INBOX/mobile/     mobile-payment reports
    INBOX/vouchers/   redeemed-voucher reports
    INBOX/done/       taken in (booked, held or queued), each with NAME.report.txt
    INBOX/refused/    refused as a whole (nothing booked), each with NAME.report.txt

A file still being written is left for the next look: it is taken only when its size and
time are the same on two looks in a row (`--once` takes what is there). Names starting
with a dot or ending in .part/.tmp are never taken.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from hbdesk.server.money import importer

KINDS = ("invoices", "mobile", "vouchers")
SKIP_SUFFIXES = (".part", ".tmp", ".report.txt")


def prepare(root: Path) -> None:
    for name in (*KINDS, "done", "refused"):
        (root / name).mkdir(mode=0o700, parents=True, exist_ok=True)


def look(
    engine: Engine,
    root: Path,
    *,
    issuer: str,
    today: dt.date | None = None,
    settled: Callable[[Path], bool] = lambda _p: True,
) -> list[importer.Report]:
    """Take in every settled file of the inbox once; the reports, in the order taken."""
    prepare(root)
    reports = []
    for kind in KINDS:
        for path in sorted((root / kind).iterdir()):
            if not _candidate(path) or not settled(path):
                continue
            report = importer.run(engine, kind, path, issuer=issuer, today=today, by="money inbox")
            reports.append(report)
            _file_away(root, path, report)
    return reports


def watch(
    engine: Engine,
    root: Path,
    *,
    issuer: str,
    interval: float = 30.0,
    looks: int | None = None,
    echo: Callable[[str], None] = print,
) -> None:
    """Look every `interval` seconds (for ever, or `looks` times)."""
    seen: dict[Path, tuple[int, float]] = {}

    def settled(path: Path) -> bool:
        stat = path.stat()
        now = (stat.st_size, stat.st_mtime)
        before, seen[path] = seen.get(path), now
        return before == now

    done = 0
    while looks is None or done < looks:
        for report in look(engine, root, issuer=issuer, settled=settled):
            echo(report.summary())
        done += 1
        if looks is None or done < looks:
            time.sleep(interval)


def _candidate(path: Path) -> bool:
    return (
        path.is_file() and not path.name.startswith(".") and not path.name.endswith(SKIP_SUFFIXES)
    )


def _file_away(root: Path, path: Path, report: importer.Report) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    folder = root / ("refused" if report.file_refused else "done")
    target = folder / f"{stamp}-{path.name}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{n}-{path.name}"
    path.rename(target)
    target.with_name(target.name + ".report.txt").write_text(
        report.summary() + "\n", encoding="utf-8"
    )
