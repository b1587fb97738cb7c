"""Real things for sync tests: a throw-away PostgreSQL cluster and `hbdesk-server` processes."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def server_command() -> list[str]:
    script = Path(sys.executable).parent / "hbdesk-server"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "hbdesk.server.cli"]


def with_umask(mask: int | None) -> Callable[[], None] | None:
    """A child's start-up step that sets its umask (None: inherit ours)."""
    if mask is None:
        return None

    def set_mask() -> None:
        os.umask(mask)

    return set_mask


def admin(
    home: Path, *args: str, db: str | None = None, umask: int | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [*server_command(), "--home", str(home)]
    if db:
        cmd += ["--db", db]
    return subprocess.run(
        [*cmd, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=with_umask(umask),
    )


def home_with_certificate(
    ca_home: Path,
    home: Path,
    not_before: dt.datetime | None = None,
    days: int = 825,
    hosts: Sequence[str] = ("localhost",),
) -> Path:
    """A server home of `ca_home`'s municipal CA, with a TLS certificate of our making."""
    from hbdesk.protocol import pki

    shutil.copytree(ca_home / "ca", home / "ca")
    key, cert = pki.issue_server_cert(
        pki.load_authority(home / "ca"), list(hosts), days=days, not_before=not_before
    )
    pki.write_private(home / "tls" / "server.key", pki.key_pem(key))
    pki.write_public(home / "tls" / "server.pem", pki.cert_pem(cert))
    return home


def admin_in_process(
    home: Path, *args: str, db: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`admin`, but the CLI's `main()` runs in this process: the same arguments, exit code,
    stdout and stderr, without starting Python again. For steps where the process itself is
    not under test (the CLI's own tests use `admin`)."""
    import pytest

    from hbdesk.server import cli

    argv = ["--home", str(home), *(["--db", db] if db else []), *args]
    out, err = io.StringIO(), io.StringIO()
    engines: list[object] = []

    def engine(parsed: object) -> object:
        made = real_engine(parsed)
        engines.append(made)
        return made

    real_engine = cli._engine
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli, "_engine", engine)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse refusing the arguments (2), or --help (0)
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            finally:
                for made in engines:
                    made.dispose()  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(
        ["hbdesk-server", *argv], code, out.getvalue(), err.getvalue()
    )


class Postgres:
    """A PostgreSQL 15 cluster from Debian's packages, as the postgres user when we are root."""

    def __init__(self) -> None:
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError("PostgreSQL 15 is missing: apt-get install -y postgresql")
        self.root = Path(tempfile.mkdtemp(prefix="hbdesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root
            shutil.chown(self.root, "postgres", "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run(
            PG_BIN / "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "hb",
            "--no-sync",
            "-E",
            "UTF8",
        )
        opts = (
            f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        self._run(
            PG_BIN / "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def _run(self, *args: object) -> None:
        subprocess.run([*self._as, *map(str, args)], check=True, capture_output=True, timeout=120)

    def new_database(self) -> str:
        import psycopg

        name = "hb_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"postgresql://hb@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://hb@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run(PG_BIN / "pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


class ServerProcess:
    """`hbdesk-server serve` on 127.0.0.1 with the test CA's certificates."""

    def __init__(
        self,
        home: Path,
        db_url: str,
        faults: str | None = None,
        window_seconds: int = 300,
        extra_args: Sequence[str] = (),
        env: dict[str, str] | None = None,
        umask: int | None = None,
        exec_script: bool = False,
    ) -> None:
        """`exec_script`: start the console script in a new interpreter, where the process's
        own start is under test; otherwise a child forked from the worker's warm zygote
        (`tests/zygote.py`) runs the same `main()` with the same arguments."""
        self.home = home
        self.exec_script = exec_script
        self.db_url = db_url
        self.faults = faults
        self.window_seconds = window_seconds
        self.extra_args = list(extra_args)
        self.env = env or {}
        self.umask = umask
        self.port = free_port()
        self.proc: Any = None  # subprocess.Popen or zygote.ForkedProcess
        self.log = Path(tempfile.mkstemp(prefix="hbdesk-server-", suffix=".log")[1])

    @property
    def url(self) -> str:
        return f"https://localhost:{self.port}"

    def start(self) -> ServerProcess:
        env = {**os.environ, **self.env}
        args: Sequence[str] = [
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--window-seconds",
            str(self.window_seconds),
            *self.extra_args,
        ]
        if self.faults:
            env["HBDESK_SERVER_TEST_FAULTS"] = self.faults
            args = [*args, "--enable-test-faults"]
        argv = ["--home", str(self.home), "--db", self.db_url, *args]
        from tests.zygote import spawn_server

        self.proc = spawn_server(
            argv, self.log, env=env, umask=self.umask, exec_script=self.exec_script
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server died at start:\n" + self.log.read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def restart(self, faults: str | None = None) -> ServerProcess:
        """Start again on the same port and database (after a stop, kill or crash)."""
        self.stop()
        self.faults = faults
        return self.start()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_exit(self, timeout: float = 10) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def kill(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
