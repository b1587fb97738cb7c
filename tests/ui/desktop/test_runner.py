"""The service runner: work off the UI thread, one `changed` broadcast, errors in words."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication, QMessageBox

from hbdesk.models.errors import DomainError
from hbdesk.services.context import Changes, Outcome
from hbdesk.ui import domain_messages
from hbdesk.ui.runner import ServiceRunner


def test_an_outcome_is_broadcast_and_its_value_handed_over(qtbot):
    runner = ServiceRunner()
    changes = Changes(clients=frozenset({"c1"}), kinds=frozenset({"plan_entries"}))
    threads, values, broadcast = [], [], []
    runner.changed.connect(broadcast.append)

    def work(x: int, *, y: int) -> Outcome[int]:
        threads.append(threading.current_thread())
        return Outcome(x + y, changes)

    runner.call(work, 2, y=3, on_done=values.append)
    assert runner.wait_idle()
    assert values == [5] and broadcast == [changes]
    assert threads[0] is not threading.main_thread()
    runner.call(lambda: "plain", on_done=values.append)
    assert runner.wait_idle()
    assert values == [5, "plain"] and broadcast == [changes]  # nothing changed: no broadcast


def test_a_domain_error_is_worded_never_a_traceback(qtbot):
    runner = ServiceRunner()

    def fails() -> None:
        raise DomainError("invalid_identity_code", "identity_code")

    runner.call(fails)
    assert runner.wait_idle()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.text() for b in boxes] == [
        domain_messages.describe(DomainError("invalid_identity_code"))
    ]
    assert (
        "Traceback" not in runner.last_message
        and "invalid_identity_code" not in runner.last_message
    )
    for box in boxes:
        box.close()
    errors = []
    runner.call(fails, on_error=errors.append)
    assert runner.wait_idle()
    assert [e.code for e in errors] == ["invalid_identity_code"]


def test_an_unexpected_error_names_only_its_kind(qtbot):
    runner = ServiceRunner()

    def breaks() -> None:
        raise KeyError("secret-client-id")

    runner.call(breaks)
    assert runner.wait_idle()
    assert "KeyError" in runner.last_message
    assert "secret-client-id" not in runner.last_message
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_progress_only_for_calls_over_half_a_second(qtbot):
    runner = ServiceRunner()
    busy = []
    runner.busy_changed.connect(busy.append)
    runner.call(lambda: None)
    assert runner.wait_idle()
    assert busy == []
    runner.call(time.sleep, 0.8)
    assert runner.wait_idle()
    assert busy == [True, False]


def test_after_stop_results_are_dropped(qtbot):
    runner = ServiceRunner()
    values = []
    runner.call(time.sleep, 0.2, on_done=values.append)
    runner.stop()
    assert runner.wait_idle()
    runner.call(lambda: 1, on_done=values.append)
    assert runner.wait_idle()
    assert values == []


def test_an_idle_runner_copies_a_long_journal_in_so_no_write_waits_for_it(qtbot, vault):
    """The writes leave the WAL to grow; once the runner has nothing to do it is copied in."""
    from hbdesk.services.drafts import save_draft
    from hbdesk.store.vault import IDLE_CHECKPOINT_BYTES

    runner = ServiceRunner()
    runner.vault = vault
    wal = vault.vault.folder / "hbdesk.db-wal"
    sizes = []
    for i in range(200):
        runner.call(save_draft, vault, f"note/{i:05d}", "y" * 40_000)
        assert runner.wait_idle()
        sizes.append(wal.stat().st_size)
        if sizes[-1] > IDLE_CHECKPOINT_BYTES:
            break
    assert sizes == sorted(sizes) and sizes[-1] > IDLE_CHECKPOINT_BYTES  # no write copied in
    qtbot.waitUntil(lambda: wal.stat().st_size < IDLE_CHECKPOINT_BYTES // 4, timeout=10_000)
    runner.stop()
    from hbdesk.ui.background import wait_for_all

    wait_for_all()
