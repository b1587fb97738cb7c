"""Run hbdesk as `python -m hbdesk` does, typing the passphrase as soon as the lock screen is
up; print the moments (time.monotonic, comparable across processes) when the lock screen
showed and when the caseload was shown (its table painted with rows), and where hbdesk
was imported from, then quit.
Used by bench_launch.py only.

    HBDESK_VAULT=… HBDESK_BENCH_PASSPHRASE=… python benchmarks/launch_driver.py
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    passphrase = os.environ["HBDESK_BENCH_PASSPHRASE"]
    from hbdesk.__main__ import main as hbdesk_main
    from hbdesk.ui import shell as shell_module

    original = shell_module.Shell.start

    def start(self: shell_module.Shell) -> None:
        from PySide6.QtCore import QTimer

        original(self)
        QTimer.singleShot(0, lambda: _type(self, passphrase))
        self.unlocked.connect(lambda: _watch(self))

    shell_module.Shell.start = start  # type: ignore[method-assign]
    return hbdesk_main(["--lang", "fi"])


def _type(shell: object, passphrase: str) -> None:
    print(f"lock-shown {time.monotonic()}", flush=True)
    page = shell.lock_window.unlock_page  # type: ignore[attr-defined]
    page.passphrase.setText(passphrase)
    page.unlock_button.click()


def _watch(shell: object) -> None:
    """The caseload counts as shown once its table has painted with rows in it: the clock
    stops after that paint (an event filter on the table's viewport), not when the rows
    reach the model (the first paint after them took another 0.1-0.2 s)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    window = shell.main_window  # type: ignore[attr-defined]
    panel = window.caseload
    viewport = panel.table.viewport()

    def shown() -> None:
        import hbdesk

        print(f"caseload-shown {time.monotonic()} {panel.model.rowCount()}", flush=True)
        print(f"cpu {time.process_time()}", flush=True)  # every thread's, Argon2id's too
        print(f"package {os.path.dirname(hbdesk.__file__)}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and panel.model.rowCount() > 0
                and viewport.isVisible()
            ):
                self.done = True
                QTimer.singleShot(0, shown)  # after this paint has been done
            return False

    watcher = FirstPaint(viewport)
    viewport.installEventFilter(watcher)
    if panel.model.rowCount() and viewport.isVisible():
        viewport.update()  # rows already in: the next paint shows them


if __name__ == "__main__":
    sys.exit(main())
