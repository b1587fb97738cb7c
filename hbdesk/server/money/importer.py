"""One run of taking a file in: read, match, book, hold or queue, and say what happened.

The file is read in chunks (a month of a county's mobile payments does not sit in memory):
each chunk's references, clients and earlier bookings are read at once, its items judged
(`matching`), its entries and held payments written (`booking`), and the items noted in
`money_items` — so a run stopped half-way, or the same file again, books nothing twice.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from hbdesk.server import clock, db
from hbdesk.server.money import booking, invoices, itemlog, payments
from hbdesk.server.money.knowledge import Booked, Knowledge
from hbdesk.server.money.matching import candidates, credited_key, judge, means
from hbdesk.server.money.shape import FileRefused, Invoice, Item, Payment, Problem
from hbdesk.server.scope import now_utc

KINDS = ("invoices", "mobile", "vouchers")
CHUNK = 5000  # items read, judged and booked together, in one transaction (memory stays
# bounded by this; each transaction rewrites most pages of the indexes keyed at random —
# by op id, client, entry id —, so fewer, larger ones write less: 2,500 → 5,000 items,
# 330,000 → 211,000 WAL frames for 100,000 mobile rows, peak RSS 122 → 143 MB)
SHOWN = 25  # lines of each kind in a summary; the rest are counted
KEPT = 1000  # lines of each kind a report keeps (a file's size must not grow its memory)

REASONS = {
    "unmatched": "no reference the county gave out: a person matches it",
    "doubtful_reference": "its reference points at more than one client",
    "doubtful_decision": "more than one decision of the client covers the day",
    "unknown_client": "the reference points at a client this server does not know",
    "client_closed": "the client's case is closed",
    "no_decision": "the client has no issued decision on this server",
    "credit_without_invoice": "a credit note for an invoice not booked",
    "already_credited": "the invoice was credited already",
    "credit_exceeds_invoice": "the credit is more than the invoice",
    "exceeds_commitment": "more than the payment commitment covers",
    "outside_commitment": "outside the payment commitment's period",
    "category_refused": "gambling or crime: never paid from a budget",
    "category_restricted": "a category the decision rules out",
    "decision_expired": "after the decision's period",
    "decision_not_started": "before the decision's period",
    "decision_refused": "the decision in force grants nothing",
}


@dataclass(frozen=True)
class Line:
    where: str
    key: str
    reason: str

    @property
    def text(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class Report:
    """What a run did: booked, already there, held for the caseworker, queued, refused.
    The counts are whole; the lines naming the items are kept up to KEPT of each kind."""

    kind: str
    name: str
    booked: int = 0
    already: int = 0
    flagged: list[Line] = field(default_factory=list)
    queued: list[Line] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)
    already_lines: list[Line] = field(default_factory=list)
    file_refused: FileRefused | None = None
    counts: dict[str, int] = field(default_factory=dict)  # held, queued, refused

    def add(self, kind: str, line: Line | Problem) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        lists: dict[str, list[Any]] = {
            "held": self.flagged,
            "queued": self.queued,
            "refused": self.refused,
            "already": self.already_lines,
        }
        kept = lists[kind]
        if len(kept) < KEPT:
            kept.append(line)

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)

    def summary(self) -> str:
        """The run in words, for the person at the county who ran it."""
        if self.file_refused is not None:
            return f"{self.name}: refused, nothing was booked: {self.file_refused.text}"
        head = (
            f"{self.name}: booked {self.booked}, already taken in {self.already}, "
            f"held for the caseworker {self.count('held')}, waiting in the queue "
            f"{self.count('queued')}, refused {self.count('refused')}"
        )
        lines = [head]
        lines += _some("held", [f"{x.where}: {x.text}" for x in self.flagged], self.count("held"))
        lines += _some(
            "queued", [f"{x.where}: {x.text}" for x in self.queued], self.count("queued")
        )
        lines += _some(
            "refused", [f"{x.where}: {x.text}" for x in self.refused], self.count("refused")
        )
        already = [f"{x.where}: {_already(x.reason)}" for x in self.already_lines[:SHOWN]]
        lines += _some("already", already, self.already)
        return "\n".join(lines)


def _already(state: str) -> str:
    return {"booked": "already booked", "queued": "already in the queue"}.get(
        state, f"already {state}"
    )


def _some(label: str, lines: list[str], total: int) -> list[str]:
    shown = [f"  {label}: {line}" for line in lines[:SHOWN]]
    if total > SHOWN:
        shown.append(f"  {label}: … and {total - SHOWN} more")
    return shown


def read(kind: str, path: Path, issuer: str, today: dt.date) -> Iterator[Item | Problem]:
    if kind == "invoices":
        return invoices.read(path, today)
    if kind == "mobile":
        return payments.read_mobile(path, issuer, today)
    if kind == "vouchers":
        return payments.read_vouchers(path, issuer, today)
    raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")


def run(
    engine: Engine,
    kind: str,
    path: Path,
    *,
    issuer: str | None = None,
    today: dt.date | None = None,
    by: str | None = None,
) -> Report:
    """Take one file in (see the module doc); the report of what happened."""
    report = Report(kind, Path(path).name)
    k = Knowledge(engine)
    try:
        with few_collections():
            _run_chunks(engine, k, kind, path, issuer, today, report)
    except FileRefused as refused:
        report.file_refused = refused
    itemlog.log(engine, by, "money_import", _counts(report))
    return report


def _run_chunks(
    engine: Engine,
    k: Knowledge,
    kind: str,
    path: Path,
    issuer: str | None,
    today: dt.date | None,
    report: Report,
) -> None:
    for chunk in _chunks(read(kind, Path(path), issuer or "mobiilimaksu", today or clock.today())):
        good = [x for x in chunk if not isinstance(x, Problem)]
        for problem in (x for x in chunk if isinstance(x, Problem)):
            report.add("refused", problem)
        _take(engine, k, good, report)


_GC_LOCK = threading.Lock()
_GC_RUNS: list[tuple[tuple[int, ...], bool]] = []  # runs under way: the first's threshold, froze
YOUNG = 10_000  # allocations between the collector's young passes during a run (700)


@contextmanager
def few_collections() -> Iterator[None]:
    """During a run, the cyclic garbage collector leaves alone what the process held before
    (gc.freeze: the server's modules and tables, never garbage) and looks at young objects
    every YOUNG allocations instead of 700: a chunk's thousands of items and rows, kept
    until it is written, were walked again and again (100,000 mobile rows: 3.3-4.0 s CPU in
    collections, 1.2 s so). Both as they were once the last run beside it ends."""
    with _GC_LOCK:
        if not _GC_RUNS:
            threshold, froze = gc.get_threshold(), gc.get_freeze_count() == 0
            if froze:  # else someone else's freeze: theirs to undo
                gc.freeze()
            gc.set_threshold(YOUNG, *threshold[1:])
            _GC_RUNS.append((threshold, froze))
        else:
            _GC_RUNS.append(_GC_RUNS[0])
    try:
        yield
    finally:
        with _GC_LOCK:
            before, unfreeze = _GC_RUNS.pop()
            if not _GC_RUNS:
                gc.set_threshold(*before)
                if unfreeze:
                    gc.unfreeze()


def _chunks(found: Iterable[Item | Problem]) -> Iterator[list[Item | Problem]]:
    chunk: list[Item | Problem] = []
    for x in found:
        chunk.append(x)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _take(engine: Engine, k: Knowledge, items: list[Item], report: Report) -> None:
    """Judge and book one chunk; what the run knows of items is kept for this chunk only
    (the next one finds them noted in `money_items`), so memory does not grow with the file."""
    k.booked.clear()
    seen: set[str] = set()
    k.prefetch_means(m for it in items for m in means(it))
    credited = [credited_key(it) for it in items if isinstance(it, Invoice) and it.credit]
    k.prefetch((), [it.key for it in items] + credited, ())
    matched = [candidates(it, k) for it in items]
    clients = {c.client_id for found in matched for c in found}
    refs = {c.commitment.reference for found in matched for c in found if c.commitment}
    k.prefetch(clients, (), refs)
    plans: list[booking.Plan] = []
    for item, found in zip(items, matched, strict=True):
        key = item.key
        earlier = k.booked.get(key)
        if key in seen or earlier is not None:
            _again(item, earlier, report)
            continue
        seen.add(key)
        # A credit note's candidates include its invoice as booked so far: asked again.
        plan = booking.plan(item, judge(item, k, found if isinstance(item, Payment) else None))
        _remember(k, plan)
        plans.append(plan)
    now = now_utc()
    with db.write_tx(engine) as conn:  # the chunk's entries and notes: all or nothing
        db.bulk_cache(conn)
        written = booking.write(conn, plans, now)
        kept = [x for x in plans if x.state == "queued" or x.key in written.stored]
        itemlog.note(conn, kept, now)
    for problem in written.failed:
        report.add("refused", problem)
    for plan in kept:
        _count(plan, report)


def _again(item: Item, earlier: Booked | None, report: Report) -> None:
    """An item taken in before (this run or an earlier one): the same is nothing new; a
    changed one is refused — a correction comes as a credit note, never an edit."""
    if earlier is not None and earlier.digest not in (None, item.digest()):
        report.add(
            "refused",
            Problem(
                item.where,
                "changed_resend",
                "taken in before with other amounts or dates; the first stands "
                "(a correction comes as a credit note)",
            ),
        )
        return
    report.already += 1
    report.add("already", Line(item.where, item.key, earlier.state if earlier else "booked"))


def _remember(k: Knowledge, plan: booking.Plan) -> None:
    """What this run decided, for the items after it (a credit note after its invoice, a
    commitment's running total)."""
    item, verdict = plan.item, plan.verdict
    booked = plan.state == "booked"
    k.booked[plan.key] = Booked(
        plan.key,
        plan.state,
        item.digest(),
        verdict.client_id,
        verdict.decision.id if verdict.decision else None,
        plan.record_id if booked else None,
        plan.amount,
        plan.day,
        verdict.category,
        verdict.entry_source,
    )
    if booked and verdict.commitment is not None:
        ref = verdict.commitment.reference
        k.spent[ref] = k.spent.get(ref, Decimal(0)) + plan.amount
    if booked and verdict.reverses is not None:
        k.booked[verdict.reverses.key] = verdict.reverses._replace(credited_by=item.key)


def _count(plan: booking.Plan, report: Report) -> None:
    if plan.state == "booked":
        report.booked += 1
    else:
        verdict = plan.verdict
        line = Line(plan.item.where, plan.key, verdict.reason or "")
        report.add("held" if plan.state == "flagged" else "queued", line)


def _counts(report: Report) -> dict[str, object]:
    return {
        "kind": report.kind,
        "booked": report.booked,
        "already": report.already,
        "held": report.count("held"),
        "queued": report.count("queued"),
        "refused": report.count("refused"),
        "file_refused": report.file_refused.code if report.file_refused else None,
    }
