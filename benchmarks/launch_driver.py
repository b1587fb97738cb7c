"""Run hbdesk as `python -m hbdesk` does, typing the passphrase as soon as the lock screen is
up; print the moments (time.monotonic, comparable across processes) when the lock screen
showed and when the caseload was shown, and where hbdesk was imported from, then quit.
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
    window = shell.main_window  # type: ignore[attr-defined]
    panel = window.caseload

    def shown() -> None:
        if panel.model.rowCount() == 0:
            return
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        import hbdesk

        print(f"caseload-shown {time.monotonic()} {panel.model.rowCount()}", flush=True)
        print(f"cpu {time.process_time()}", flush=True)  # every thread's, Argon2id's too
        print(f"package {os.path.dirname(hbdesk.__file__)}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    panel.loaded.connect(shown)
    if panel.model.rowCount():
        shown()


if __name__ == "__main__":
    sys.exit(main())
