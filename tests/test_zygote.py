"""The server zygote (tests/sync/zygote.py) gives each server what a new process would have:
its own process, the arguments, environment and working directory asked for, its output in
the log, and its exit code or signal back."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.sync.servers import free_port
from tests.sync.zygote import Zygote


def test_a_forked_server_has_its_own_process_arguments_environment_and_exit_code(
    tmp_path: Path,
) -> None:
    zygote = Zygote.get()
    log = tmp_path / "help.log"
    helped = zygote.spawn(["--help"], log)
    assert helped.wait(30) == 0
    assert helped.pid not in (os.getpid(), zygote.proc.pid)
    assert "usage: hbdesk-server" in log.read_text()

    refused = zygote.spawn(["no-such-command"], tmp_path / "refused.log")
    assert refused.wait(30) == 2  # argparse's refusal, as from the console script

    home = tmp_path / "from-env"
    env = {**os.environ, "HBDESK_SERVER_HOME": str(home)}
    made = zygote.spawn(["init-ca"], tmp_path / "ca.log", env=env, cwd=tmp_path)
    assert made.wait(30) == 0, (tmp_path / "ca.log").read_text()
    assert (home / "ca" / "ca.pem").exists()  # the home came from the environment given


def test_a_killed_server_reports_the_signal_and_a_slow_one_times_out(tmp_path: Path) -> None:
    zygote = Zygote.get()
    home = tmp_path / "home"
    assert zygote.spawn(["--home", str(home), "init-ca"], tmp_path / "a.log").wait(30) == 0
    issued = zygote.spawn(
        ["--home", str(home), "issue-server-cert", "--host", "localhost"], tmp_path / "b.log"
    )
    assert issued.wait(30) == 0
    args = ["--home", str(home), "--db", str(tmp_path / "s.sqlite3"), "serve"]
    server = zygote.spawn(
        [*args, "--host", "127.0.0.1", "--port", str(free_port())], tmp_path / "c.log"
    )
    with pytest.raises(subprocess.TimeoutExpired):
        server.wait(0.5)
    assert server.poll() is None
    server.send_signal(signal.SIGKILL)
    assert server.wait(30) == -signal.SIGKILL
    assert server.poll() == -signal.SIGKILL
