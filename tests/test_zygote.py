"""The server zygote (tests/zygote.py) gives each server what a new process would have:
its own process, the arguments, environment and working directory asked for, its output in
the log, and its exit code or signal back."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.sync.servers import free_port
from tests.zygote import Zygote


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


PROBE = """
import os, sys
print("argv", sys.argv[1:], "main", __name__, "path0", repr(sys.path[0]), flush=True)
print("cwd", os.getcwd(), "env", os.environ.get("HBDESK_PROBE"), flush=True)
print("to stderr", file=sys.stderr, flush=True)
if sys.argv[1] == "raise":
    raise ValueError("probe failed")
sys.exit(int(sys.argv[2]))
"""


@pytest.mark.parametrize("how", [("exit", "0"), ("exit", "3"), ("raise", "0")])
def test_a_forked_script_sees_and_returns_what_python_c_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: tuple[str, str]
) -> None:
    """The laptop zygote's `run_python` against a real `python -c` of the same script: the
    same output on each stream, the same exit code, in the working directory asked for."""
    import sys

    from tests.zygote import run_python

    monkeypatch.setenv("HBDESK_PROBE", "from the test")
    real = subprocess.run(
        [sys.executable, "-c", PROBE, *how], capture_output=True, text=True, cwd=tmp_path
    )
    forked = run_python(PROBE, *how, cwd=tmp_path)
    assert real.stdout.count("from the test") == 1
    assert (forked.returncode, forked.stdout) == (real.returncode, real.stdout)
    assert forked.stderr.splitlines()[0] == "to stderr"
    assert forked.stderr.splitlines()[-1:] == real.stderr.splitlines()[-1:]
    if how[0] == "raise":
        assert 'File "<string>", line 7' in forked.stderr and forked.returncode == 1


def test_a_forked_script_is_its_own_process_and_is_killed_like_one() -> None:
    from tests.zygote import Zygote, spawn_python

    child = spawn_python("import os, time\nprint(os.getpid(), flush=True)\ntime.sleep(60)\n")
    assert child.stdout is not None
    pid = int(child.stdout.readline())
    assert pid == child.pid and pid not in (os.getpid(), Zygote.get("laptop").proc.pid)
    with pytest.raises(subprocess.TimeoutExpired):
        child.communicate(timeout=0.3)
    child.send_signal(signal.SIGKILL)
    assert child.wait(30) == -signal.SIGKILL
