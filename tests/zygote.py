"""Server processes forked from one warm parent, instead of a new Python per server.

A test worker starts many `hbdesk-server serve` and `serve-omahb` processes (kills,
restarts, one per world); each new interpreter spent about a CPU second importing the
server before it listened. The zygote is a small process started once per test worker:
it imports the server's modules, then forks one child per request. A child is a real,
separate process running the server's real `main()` with the same arguments, environment,
umask, working directory and log file the test gave, listening on its own port; it is
killed, terminated and waited for like a `subprocess.Popen`, and its exit code (or the
signal that ended it) comes back as `returncode`. What is not under test here is the
console script and interpreter start-up: tests that check those still run the script
(`servers.server_command()`, the CLI's own tests, and `HBDESK_TEST_EXEC_SERVERS=1`
makes every server a new interpreter again).

The same holds for the short laptop scripts the vault's crash tests run and kill by the
dozen (`spawn_python`, `run_python`): a second kind of zygote has imported the vault's
modules, and each child runs the script as `python -c SCRIPT ARGS…` would (`sys.argv`,
`__main__`, the exit code, a traceback on stderr), with its stdout and stderr as pipes to
the test (passed to the zygote over its socket). What these tests are about is the vault
after a process was killed, or what a process of its own saw, not the interpreter start:
a test about imports or start-up keeps `subprocess`.

The zygote stays single-threaded (a fork copies only the calling thread), opens no
database, no event loop and no socket but its own, and leaves when the worker that
started it goes away (end of file on its stdin), terminating the children it still has.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, ClassVar

_READY = b"zygote ready\n"


# --- the worker's side ----------------------------------------------------------------


def _read_line(conn: socket.socket) -> bytes:
    """One line from the zygote, read byte by byte (a buffered reader could swallow the
    next line, the child's exit, which may follow at once)."""
    line = b""
    while not line.endswith(b"\n"):
        byte = conn.recv(1)
        if not byte:
            return b""
        line += byte
    return line


class ForkedProcess:
    """A `subprocess.Popen`-like handle on one child of the zygote."""

    def __init__(self, conn: socket.socket, pid: int, args: list[str]) -> None:
        self._conn = conn
        self.pid = pid
        self.args = args
        self.returncode: int | None = None

    def _read_exit(self, timeout: float | None) -> int | None:
        if self.returncode is not None:
            return self.returncode
        ready, _, _ = select.select([self._conn], [], [], timeout)
        if not ready:
            return None
        line = _read_line(self._conn)
        self._conn.close()
        # no line: the zygote went away, and its children with it
        self.returncode = int(json.loads(line)["exit"]) if line else -signal.SIGKILL
        return self.returncode

    def poll(self) -> int | None:
        return self._read_exit(0)

    def wait(self, timeout: float | None = None) -> int:
        code = self._read_exit(timeout)
        if code is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return code

    def send_signal(self, sig: int) -> None:
        """As Popen's: a child known to have ended is not signalled (its pid may be another's)."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class PythonChild(ForkedProcess):
    """A forked `python -c SCRIPT` with its stdout and stderr as text pipes, used as a
    `subprocess.Popen(..., stdout=PIPE, stderr=PIPE, text=True)` is."""

    def __init__(self, conn: socket.socket, pid: int, args: list[str], out: int, err: int):
        super().__init__(conn, pid, args)
        self.stdout: IO[str] | None = open(out, encoding="utf-8", errors="replace")  # noqa: SIM115
        self.stderr: IO[str] | None = open(err, encoding="utf-8", errors="replace")  # noqa: SIM115

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """The rest of stdout and stderr, once the child has ended (as Popen's)."""
        read: dict[str, str] = {}

        def drain(name: str, stream: IO[str] | None) -> None:
            if stream is not None and not stream.closed:
                read[name] = stream.read()
                stream.close()

        readers = [
            threading.Thread(target=drain, args=(name, stream), daemon=True)
            for name, stream in (("out", self.stdout), ("err", self.stderr))
        ]
        for reader in readers:
            reader.start()
        deadline = None if timeout is None else time.monotonic() + timeout
        for reader in readers:
            reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if reader.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return read.get("out", ""), read.get("err", "")


class Zygote:
    _lock = threading.Lock()
    _ones: ClassVar[dict[str, Zygote]] = {}
    _owner = -1

    def __init__(self, kind: str = "server") -> None:
        self.owner = os.getpid()
        self.dir = Path(tempfile.mkdtemp(prefix="hbdesk-zygote-"))
        self.path = self.dir / "sock"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.zygote", str(self.path), kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[1],
            start_new_session=True,  # a Ctrl-C in the terminal is for pytest, not the servers
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline() != _READY:
            raise RuntimeError("the server zygote did not start")
        atexit.register(self.close)

    def close(self) -> None:
        """End the zygote (it terminates the servers it still has) and wait for it. Only in
        the process that started it: a fork of the worker inherits this exit handler."""
        if os.getpid() != self.owner:
            return
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    @classmethod
    def get(cls, kind: str = "server") -> Zygote:
        """This process's zygote of `kind` ("server" or "laptop"), started on first use."""
        with cls._lock:
            if cls._owner != os.getpid():
                cls._ones, cls._owner = {}, os.getpid()
            one = cls._ones.get(kind)
            if one is None or one.proc.poll() is not None:
                one = cls._ones[kind] = Zygote(kind)
            return one

    def _request(self, request: dict[str, Any], fds: list[int]) -> tuple[socket.socket, int]:
        """Send one request (and the file descriptors the child is to have); the child's pid."""
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(str(self.path))
        if fds:
            socket.send_fds(conn, [b"R"], fds)
        else:
            conn.sendall(b"R")
        conn.sendall(json.dumps(request).encode() + b"\n")
        line = _read_line(conn)
        if not line:
            conn.close()
            raise RuntimeError("the zygote did not fork")
        return conn, int(json.loads(line)["pid"])

    def spawn(
        self,
        args: list[str],
        log: Path,
        env: dict[str, str] | None = None,
        umask: int | None = None,
        cwd: Path | None = None,
    ) -> ForkedProcess:
        """`hbdesk-server *args` in a forked child, its output appended to `log`."""
        request = {
            "argv": args,
            "env": dict(os.environ if env is None else env),
            "umask": umask,
            "cwd": str(cwd or Path.cwd()),
            "log": str(log),
        }
        conn, pid = self._request(request, [])
        return ForkedProcess(conn, pid, ["hbdesk-server", *args])

    def spawn_python(self, script: str, args: list[str], cwd: Path) -> PythonChild:
        """`python -c script *args` in a forked child, stdout and stderr piped back."""
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        request = {"script": script, "argv": args, "env": dict(os.environ), "cwd": str(cwd)}
        try:
            conn, pid = self._request(request, [out_w, err_w])
        except BaseException:
            os.close(out_r)
            os.close(err_r)
            raise
        finally:
            os.close(out_w)  # the child has its own copies: EOF when it ends
            os.close(err_w)
        return PythonChild(conn, pid, [sys.executable, "-c", script, *args], out_r, err_r)


def spawn_server(
    args: list[str],
    log: Path,
    env: dict[str, str] | None = None,
    umask: int | None = None,
    exec_script: bool = False,
) -> Any:
    """`hbdesk-server *args` as a forked child of this worker's zygote, or as a new
    interpreter running the console script (`exec_script`, or HBDESK_TEST_EXEC_SERVERS=1)."""
    if exec_script or os.environ.get("HBDESK_TEST_EXEC_SERVERS") == "1":
        from tests.sync.servers import server_command, with_umask

        with log.open("ab") as out:
            return subprocess.Popen(
                [*server_command(), *args],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=dict(os.environ if env is None else env),
                preexec_fn=with_umask(umask),
            )
    return Zygote.get().spawn(args, log, env=env, umask=umask)


ROOT = Path(__file__).resolve().parents[1]


def spawn_python(script: str, *args: object, cwd: Path = ROOT) -> Any:
    """`python -c script args…` forked from this worker's laptop zygote (see the top), or a
    new interpreter with HBDESK_TEST_EXEC_SERVERS=1; stdout and stderr are text pipes."""
    if os.environ.get("HBDESK_TEST_EXEC_SERVERS") == "1":
        return subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=cwd,
        )
    return Zygote.get("laptop").spawn_python(script, [str(a) for a in args], cwd)


def run_python(
    script: str, *args: object, check: bool = False, timeout: float = 120, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """As `subprocess.run([python, "-c", script, *args], capture_output=True, text=True)`."""
    child = spawn_python(script, *args, cwd=cwd)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise
    done = subprocess.CompletedProcess(child.args, child.wait(), out, err)
    if check:
        done.check_returncode()
    return done


# --- the zygote's side ----------------------------------------------------------------


def _warm(kind: str) -> None:
    """Import what the children will import, so that no child imports it again: the
    server's `serve` and `serve-omahb`, or the vault and the services its scripts use."""
    if kind == "laptop":
        import hbdesk.models.client
        import hbdesk.services.drafts
        import hbdesk.store
    else:
        import hbdesk.server.cli
        import hbdesk.server.omahb.serve
        import hbdesk.server.serve  # noqa: F401


def _python_child(request: dict[str, Any], fds: list[int]) -> None:
    """In the forked child: run the request's script as `python -c` would; never return."""

    def script() -> int:
        _become(request, out=fds[0], err=fds[1])
        sys.argv = ["-c", *request["argv"]]
        sys.path[0] = ""  # as with -c: the working directory first
        main = types.ModuleType("__main__")
        sys.modules["__main__"] = main
        exec(compile(request["script"], "<string>", "exec"), main.__dict__)  # noqa: S102
        return 0

    _run_and_leave(script)


def _become(request: dict[str, Any], out: int, err: int) -> None:
    """The child's signals, streams (stdin from /dev/null), environment, umask and folder
    as the request gives them; none of the zygote's sockets and pipes."""
    _reset_signals()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.closerange(3, 1 << 16)
    os.environ.clear()
    os.environ.update(request["env"])
    if request.get("umask") is not None:
        os.umask(request["umask"])
    os.chdir(request["cwd"])


def _run_and_leave(main: Callable[[], int]) -> None:
    """`main()`'s result, or its SystemExit's code, or 1 and the traceback on stderr, as
    the child's exit code (after its exit handlers, as an interpreter's end runs them)."""
    code = 1
    try:
        try:
            code = main()
        except SystemExit as exc:
            code = _exit_code(exc)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        _leave(code)


def _reset_signals() -> None:
    signal.set_wakeup_fd(-1)
    for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    print(exc.code, file=sys.stderr)
    return 1


def _leave(code: int) -> None:
    try:
        import atexit

        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _child(request: dict[str, Any]) -> None:
    """In the forked child: become `hbdesk-server argv…` and never return."""

    def server() -> int:
        log = os.open(request["log"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        _become(request, out=log, err=log)
        sys.argv = ["hbdesk-server", *request["argv"]]
        from hbdesk.server import cli

        result = cli.main(request["argv"])
        return result if isinstance(result, int) else 0

    _run_and_leave(server)


def _serve(path: str, kind: str) -> None:
    _warm(kind)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children: dict[int, socket.socket] = {}
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, "accept")
    selector.register(wake_r, selectors.EVENT_READ, "wake")
    selector.register(sys.stdin.fileno(), selectors.EVENT_READ, "parent")
    sys.stdout.buffer.write(_READY)
    sys.stdout.flush()

    def reap() -> None:
        while children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = children.pop(pid, None)
            if conn is not None:
                try:
                    conn.sendall(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode())
                    conn.sendall(b"\n")
                except OSError:
                    pass
                conn.close()

    while True:
        for key, _ in selector.select():
            if key.data == "parent":
                if not os.read(sys.stdin.fileno(), 4096):
                    for pid in children:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGTERM)
                    os._exit(0)
            elif key.data == "wake":
                os.read(wake_r, 4096)
                reap()
            else:
                conn, _ = listener.accept()
                _, fds, _, _ = socket.recv_fds(conn, 1, 2)
                request = json.loads(conn.makefile("rb").readline())
                pid = os.fork()
                if pid == 0:
                    if "script" in request:
                        _python_child(request, fds)
                    _child(request)
                for fd in fds:
                    os.close(fd)  # the child's: EOF at the test's end when the child ends
                children[pid] = conn
                conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
                reap()  # a child that died at once


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "server")
