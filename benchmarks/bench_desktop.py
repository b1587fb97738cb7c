"""The caseworker's waits in the real main window (issue 15), each beside its floor.

Offscreen Qt; the real `Shell` unlocks the benchmark vault (the demo caseload plus the
five-year client of benchmarks/five_years.py) the way a caseworker does; each clock runs
from the action (`open_client()`, choosing a step) until the runner is idle and the
events it posted are handled. The floor of a screen is its service calls alone: the very
calls the screen made (recorded from the runner), run again one after another without Qt.
The floor of a write is the same service call on plain SQLite: an unencrypted copy of the
vault opened through the same code (an `OpenVault` over plain SQLite), alternating before
and after the write it is compared with. That is the floor issue 15's table names: "plain
SQLite 14 ms" against 34 ms for one spending entry, which only a whole service call on plain
SQLite took (its write statements alone take well under 1 ms there). For information, with
its own row: the write's statements alone replayed on an unencrypted copy (one
transaction, synchronous=FULL), and on an encrypted copy (the vault's SQLCipher connection,
memory security on): what the encryption alone costs, and what the Python around the
statements costs.
Writes are called directly (not through the runner), so between two of them, untimed, the
benchmark does what the runner does once idle: the vault copies a long journal in
(`tidy_journal`); its unencrypted copy and both replicas are tidied the same way.

Checks that it measured what it names: the five-year client has the issue's counts, each
screen made service calls, and it reports how many access-log entries one screen wrote;
every write stored a spending entry, and the unencrypted copy holds all of its own (read
from the file by Python's sqlite3).

    .venv/bin/python benchmarks/run.py desktop      (HBDESK_BENCH_ROUNDS=7 by default)

HBDESK_BENCH_DESKTOP=writes (or opens, pages; comma-separated) runs only those rows.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from benchmarks import five_years, vaults
from benchmarks.common import Result
from benchmarks.plain_writes import (
    EncryptedReplica,
    PlainReplica,
    capture_writes,
    plain_vault,
    spending_entries,
)

ROUNDS = int(os.environ.get("HBDESK_BENCH_ROUNDS", "7"))
WRITES = int(os.environ.get("HBDESK_BENCH_WRITES", "40"))
PARTS = os.environ.get("HBDESK_BENCH_DESKTOP", "opens,pages,writes").split(",")
OPEN_MS, FIRST_MS, REVISIT_MS = 100.0, 100.0, 20.0


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        _private_folders(Path(tmp))
        folder = vaults.copy_of(vaults.desktop_vault(), Path(tmp)) / "vault"
        desk = Desk(folder)
        try:
            return desk.measure_all(Path(tmp))
        finally:
            desk.close()


def _private_folders(tmp: Path) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(tmp / "home" / name.lower())
    os.environ.pop("HBDESK_VAULT", None)


def _ms(values: list[float]) -> str:
    return f"{min(values) * 1000:.0f} / {statistics.median(values) * 1000:.0f} ms"


class Desk:
    """The app as a caseworker starts it: the shell, the lock screen, unlock, the main window."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from hbdesk.settings import Settings
        from hbdesk.ui import translations
        from hbdesk.ui.shell import Shell

        self.app = QApplication.instance() or QApplication(["hbdesk-bench"])
        translations.install(self.app, "fi")
        self.shell = Shell(folder, settings=Settings(), quit_app=lambda: None)
        self.shell.start()
        page = self.shell.lock_window.unlock_page
        page.passphrase.setText(vaults.PASSPHRASE)
        page.unlock_button.click()
        self._wait(lambda: self.shell.main_window is not None, "the main window")
        self.window = self.shell.main_window
        assert self.window is not None
        window = self.window  # its sync panel comes once the caseload has shown
        self._wait(lambda: window.sync_dock_widget() is not None, "the sync panel")
        self.runner = self.window.ctx.runner
        self.settle()
        self.calls: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
        self.cpu: list[float] = []
        original = self.runner.call

        def recording(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
            plain = {k: v for k, v in kwargs.items() if k not in ("on_done", "on_error")}
            self.calls.append((fn, args, plain))
            original(fn, *args, **kwargs)

        self.runner.call = recording  # type: ignore[method-assign]

    def _wait(self, done: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError(f"benchmark: {what} did not come")
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(5)

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        assert self.runner.wait_idle(60_000)
        for _ in range(3):
            QApplication.processEvents()
            # What the event loop does on its next turn, and the caseworker waits for too:
            # the widgets given up (deleteLater, e.g. the previous client's pages) deleted.
            # processEvents alone never deletes them: they would pile up uncounted.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def timed(self, action: Callable[[], None]) -> tuple[float, list[Any]]:
        """Seconds from the action until the runner is idle; the service calls it made.

        The CPU seconds of the whole process (UI and worker threads) go to `self.cpu`: on a
        loaded machine they are the steadier figure."""
        self.calls.clear()
        cpu = time.process_time()
        start = time.perf_counter()
        action()
        self.settle()
        took = time.perf_counter() - start
        self.cpu.append(time.process_time() - cpu)
        return took, list(self.calls)

    def floor(self, calls: list[Any]) -> float:
        """The same service calls alone, one after another (no Qt, no widgets)."""
        start = time.perf_counter()
        for fn, args, kwargs in calls:
            fn(*args, **kwargs)
        return time.perf_counter() - start

    def log_rows(self) -> int:
        from sqlalchemy import func, select

        from hbdesk.models.audit import AccessLogEntry

        with self.window.ctx.vault.session() as s:
            return int(s.scalar(select(func.count()).select_from(AccessLogEntry)) or 0)

    # --- the measures ------------------------------------------------------------------

    def measure_all(self, tmp: Path) -> list[Result]:
        vault = self.window.ctx.vault
        five = five_years.find(vault)
        if five is None:
            return [Result("desktop: the five-year client is missing", 0, "", "present", False)]
        wrong = five_years.check_counts(vault, five)
        if wrong:
            return [Result("desktop: five-year client " + "; ".join(wrong), 0, "", "counts", False)]
        demo = self._demo_client(five)
        self._open(demo)
        self._open(five)
        widgets = self.widgets()
        results = []
        if "opens" in PARTS:
            results += self.measure_opens(five, demo)
        if "pages" in PARTS:
            results += self.measure_pages(five, demo)
        if "writes" in PARTS:
            results += self.measure_writes(five, demo, tmp)
        if not results:
            return [
                Result(
                    f"desktop: nothing measured (HBDESK_BENCH_DESKTOP={PARTS})", 0, "", "", False
                )
            ]
        self._open(demo)
        self._open(five)
        grew = self.widgets() - widgets
        results.append(
            Result(
                f"widgets alive after the rounds, the same two clients open ({widgets} at the "
                f"start): the pages given up were deleted inside the clocks, not left to pile up",
                grew,
                "more",
                "≤ 20 more",
                grew <= 20,
            )
        )
        return results

    def widgets(self) -> int:
        from PySide6.QtWidgets import QApplication

        return len(QApplication.allWidgets())

    def _demo_client(self, five: str) -> str:
        rows = [r for r in self.window.caseload.model._all if r.client_id != five]
        in_use = [r for r in rows if r.stage in ("in_use", "follow_up")]
        return (in_use or rows)[0].client_id

    def _open(self, client_id: str) -> tuple[float, list[Any]]:
        return self.timed(lambda: self.window.open_client(client_id))

    def click_step(self, row: int) -> None:
        """A click on the step's row of the process path (the caseworker's way to a page)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        path = self.window.workspace.path
        rect = path.visualItemRect(path.item(row))
        QTest.mouseClick(path.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if path.currentRow() != row:
            raise RuntimeError(f"benchmark: the click on step {row} did not choose it")

    def measure_opens(self, five: str, demo: str) -> list[Result]:
        results = []
        for name, cid, other in (("the 5-year client", five, demo), ("a demo client", demo, five)):
            took, floors, logged, cpu = [], [], [], []
            calls: list[Any] = []
            for _ in range(ROUNDS):
                self._open(other)
                before = self.log_rows()
                seconds, calls = self._open(cid)
                cpu.append(self.cpu[-1])
                logged.append(self.log_rows() - before)
                took.append(seconds)
                floors.append(self.floor(calls))
            if not calls:
                return [Result(f"open {name}: no service call was made", 0, "", "calls", False)]
            results.append(
                _vs_floor(f"open {name}", took, floors, OPEN_MS, logged, len(calls), cpu)
            )
        return results

    def measure_pages(self, five: str, demo: str) -> list[Result]:
        from hbdesk.ui.stages import PAGES

        ws = self.window.workspace
        first: dict[int, list[float]] = {}
        floors: dict[int, list[float]] = {}
        logged: dict[int, list[int]] = {}
        ncalls: dict[int, int] = {}
        revisit: dict[int, list[float]] = {}
        revisit_cpu: dict[int, list[float]] = {}
        revisit_calls: dict[int, int] = {}
        cpu: dict[int, list[float]] = {}
        for _ in range(ROUNDS):
            for row in range(len(PAGES)):
                self._open(demo)
                self._open(five)
                if ws.path.currentRow() == row:  # made at opening: measure it made anew
                    ws._drop_pages()
                before = self.log_rows()
                seconds, calls = self.timed(lambda r=row: self.click_step(r))
                cpu.setdefault(row, []).append(self.cpu[-1])
                logged.setdefault(row, []).append(self.log_rows() - before)
                first.setdefault(row, []).append(seconds)
                floors.setdefault(row, []).append(self.floor(calls))
                ncalls[row] = len(calls)
            self._open(demo)
            self._open(five)
            for row in range(len(PAGES)):  # every page made and filled once
                self.timed(lambda r=row: self.click_step(r))
            for row in range(len(PAGES)):
                self.timed(lambda r=row: self.click_step((r + 1) % len(PAGES)))
                seconds, calls = self.timed(lambda r=row: self.click_step(r))
                revisit.setdefault(row, []).append(seconds)
                revisit_cpu.setdefault(row, []).append(self.cpu[-1])
                revisit_calls[row] = max(revisit_calls.get(row, 0), len(calls))
        results = []
        for row, page in enumerate(PAGES):
            name = page.__name__
            results.append(
                _vs_floor(
                    f"first visit of {name}, 5-year client",
                    first[row],
                    floors[row],
                    FIRST_MS,
                    logged[row],
                    ncalls[row],
                    cpu[row],
                )
            )
        for row, page in enumerate(PAGES):
            median = statistics.median(revisit[row]) * 1000
            results.append(
                Result(
                    f"revisit of {page.__name__}, 5-year client ({_ms(revisit[row])}, CPU "
                    f"{_ms(revisit_cpu[row])}, {revisit_calls[row]} service calls)",
                    median,
                    "ms",
                    f"≤ {REVISIT_MS:.0f} ms",
                    median <= REVISIT_MS,
                )
            )
        return results

    def measure_writes(self, five: str, demo: str, tmp: Path) -> list[Result]:
        vault = self.window.ctx.vault
        replica = PlainReplica.export(vault, tmp / "plain.db")
        copy = vaults.copy_of(vaults.desktop_vault(), tmp / "encrypted") / "vault"
        encrypted = EncryptedReplica.open(copy, vaults.PASSPHRASE)
        unencrypted = plain_vault(vault, tmp / "unencrypted")
        entries_before = spending_entries(unencrypted.vault.db_path)
        results = []
        clients = (("5-year client", five), ("demo client", demo))
        # Per client: the write, plain replay, encrypted replay, the same call unencrypted,
        # the write's CPU, that call's CPU. The two clients' writes alternate (each first
        # every other time): one client's writes all after the other's put the machine's
        # drift into "5 years / one year" (1.24x in one run, 1.07x in the next).
        series: dict[str, tuple[list[float], ...]] = {
            name: ([], [], [], [], [], []) for name, _ in clients
        }
        tidied = 0
        try:
            for n in range(WRITES):
                for name, cid in clients if n % 2 == 0 else clients[::-1]:
                    took, plain, enc, same, cpu, same_cpu = series[name]
                    if n % 2:  # alternating: the same call on the plain copy, before or after
                        same.append(self._record_plain(unencrypted, name, cid, n, same_cpu))
                    cpu_start = time.thread_time()  # the write runs on this thread
                    seconds, statements = capture_writes(
                        vault.engine, lambda c=cid, i=n: self._record(vault, c, i)
                    )
                    cpu.append(time.thread_time() - cpu_start)
                    if not any(_writes_entry(s) for s, _, _ in statements):
                        return [Result(f"{name}: no spending entry was written", 0, "", "", False)]
                    took.append(seconds)
                    if n % 2:  # alternating: neither replay always runs right after the write
                        plain.append(replica.replay(statements))
                        enc.append(encrypted.replay(statements))
                    else:
                        enc.append(encrypted.replay(statements))
                        plain.append(replica.replay(statements))
                    if not n % 2:
                        same.append(self._record_plain(unencrypted, name, cid, n, same_cpu))
                    tidied += _idle_moment(vault, unencrypted, replica, encrypted)
            for name, _ in clients:
                results += _write_results(f"record a spending entry, {name}", *series[name])
        finally:
            replica.close()
            encrypted.close()
            unencrypted.lock()
        written = spending_entries(unencrypted.vault.db_path) - entries_before
        if written != 2 * WRITES:  # read by stdlib SQLite from the plain file itself
            return [Result(f"the unencrypted copy holds {written} new entries", 0, "", "", False)]
        results.append(
            Result(
                f"journal copied in at an idle moment between writes: {tidied} times",
                tidied,
                "",
                "information",
                True,
            )
        )
        five_p50 = statistics.median(series["5-year client"][0])
        demo_p50 = statistics.median(series["demo client"][0])
        ratio = five_p50 / demo_p50
        results.append(
            Result(
                "write with 5 years of history / with one year (p50)",
                ratio,
                "×",
                "≤ 1.2× (independent of history)",
                ratio <= 1.2,
            )
        )
        return results

    def _record_plain(
        self, unencrypted: Any, name: str, client_id: str, n: int, cpu: list[float]
    ) -> float:
        """The same service call on the unencrypted copy: its seconds (it must write an entry);
        its CPU seconds go to `cpu`."""
        cpu_start = time.thread_time()
        seconds, statements = capture_writes(
            unencrypted.engine, lambda: self._record(unencrypted, client_id, n)
        )
        cpu.append(time.thread_time() - cpu_start)
        if not any(_writes_entry(s) for s, _, _ in statements):
            raise RuntimeError(f"benchmark: no entry written on the unencrypted copy ({name})")
        return seconds

    def _record(self, vault: Any, client_id: str, n: int) -> None:
        from hbdesk.services import ledger, spending_view

        actor = self.window.ctx.actor
        if not hasattr(self, "_decision_of"):
            self._decision_of: dict[str, str] = {}
        if client_id not in self._decision_of:
            states = spending_view.budget_states(vault, actor, client_id)
            self._decision_of[client_id] = states[-1].decision.id
        ledger.record_spending(
            vault,
            actor,
            client_id,
            ledger.Spending(
                method="mobile_payment",
                amount=Decimal("1.00") + Decimal(n) / 100,
                spent_on=dt.date.today(),
                category="sports",
                provider="Uimahalli",
                description="Benchmark",
                decision_id=self._decision_of[client_id],
            ),
        )

    def close(self) -> None:
        from PySide6.QtWidgets import QApplication

        from hbdesk.ui.background import wait_for_all

        self.runner.wait_idle()
        self.shell.shutdown()
        wait_for_all()
        QApplication.processEvents()


def _idle_moment(vault: Any, unencrypted: Any, *replicas: Any) -> int:
    """Untimed, between two writes: what the runner does once idle after a call (the vault
    copies a long journal in), the same for the unencrypted copy, and the replicas the same
    way. Returns whether the vault did anything (an hbdesk without it: never)."""
    for replica in replicas:
        replica.tidy()
    if not hasattr(vault, "tidy_journal"):
        return 0
    unencrypted.tidy_journal()
    return int(vault.tidy_journal())


def _vs_floor(
    name: str,
    took: list[float],
    floors: list[float],
    target_ms: float,
    logged: list[int],
    calls: int,
    cpu: list[float],
) -> Result:
    median = statistics.median(took) * 1000
    return Result(
        f"{name}: {_ms(took)} (CPU {_ms(cpu)}); floor (its {calls} service calls alone) "
        f"{_ms(floors)}; access-log entries {max(logged)}",
        median,
        "ms",
        f"≤ {target_ms:.0f} ms",
        median <= target_ms,
    )


def _writes_entry(statement: str) -> bool:
    return statement.lstrip().upper().startswith("INSERT INTO SPENDING_ENTRIES")


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _write_results(
    name: str,
    took: list[float],
    plain: list[float],
    encrypted: list[float],
    same: list[float],
    cpu: list[float],
    same_cpu: list[float],
) -> list[Result]:
    """Against the same service call on an unencrypted copy (the floor the issue's table
    names) and, for information, against its statements alone replayed by plain SQLite."""
    p50, p95 = _p(took, 0.5) * 1000, _p(took, 0.95) * 1000
    f50, f95 = _p(plain, 0.5) * 1000, _p(plain, 0.95) * 1000
    e50, e95 = _p(encrypted, 0.5) * 1000, _p(encrypted, 0.95) * 1000
    s50, s95 = _p(same, 0.5) * 1000, _p(same, 0.95) * 1000
    c50, c95 = _p(cpu, 0.5) * 1000, _p(cpu, 0.95) * 1000
    sc50, sc95 = _p(same_cpu, 0.5) * 1000, _p(same_cpu, 0.95) * 1000
    ratio, same_ratio = p95 / f95, p95 / s95
    return [
        Result(
            f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (CPU p50 {c50:.1f}, p95 {c95:.1f} ms); "
            f"plain SQLite p50 {f50:.1f} ms, "
            f"p95 {f95:.1f} ms (the same statements on an encrypted copy: p50 {e50:.1f} ms, "
            f"p95 {e95:.1f} ms, {e95 / f95:.1f}× plain); ratio at p95 to the replay: the "
            "Python around the statements",
            ratio,
            "×",
            "information",
            True,
        ),
        Result(
            f"{name}: p95 {p95:.1f} ms; the same service call on an unencrypted copy of the "
            f"vault (plain SQLite, same code) p50 {s50:.1f} ms, p95 {s95:.1f} ms (CPU p50 "
            f"{sc50:.1f}, p95 {sc95:.1f} ms: CPU ratio at p50 {c50 / sc50:.2f}×, the steadier "
            "figure on a loaded machine); ratio at p95 to that call",
            same_ratio,
            "×",
            "≤ 2× the same write on plain SQLite at p95",
            same_ratio <= 2.0,
        ),
    ]
