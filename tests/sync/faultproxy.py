"""A TCP proxy between laptop and server that cuts connections after so many bytes.

It forwards TLS bytes unchanged (it cannot read them): the laptop still talks TLS to the
server and checks its certificate. A cut in the request means the server never gets the
whole body; a cut in the answer means the laptop never gets the whole answer.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass


@dataclass
class Cut:
    upstream_after: int | None = None  # laptop → server bytes, then cut
    downstream_after: int | None = None  # server → laptop bytes, then cut


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._cuts: list[Cut] = []
        self._lock = threading.Lock()
        self.cuts_done = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"https://localhost:{self.port}"

    def cut_next(self, *cuts: Cut) -> None:
        """The next connections (one per cut) are cut as said; later ones pass."""
        with self._lock:
            self._cuts.extend(cuts)

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                down, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                cut = self._cuts.pop(0) if self._cuts else Cut()
            try:
                up = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                down.close()
                continue
            up.settimeout(None)
            pair = _Pair(self, down, up)
            threading.Thread(
                target=pair.pump, args=(down, up, cut.upstream_after), daemon=True
            ).start()
            threading.Thread(
                target=pair.pump, args=(up, down, cut.downstream_after), daemon=True
            ).start()


class _Pair:
    def __init__(self, proxy: FaultProxy, a: socket.socket, b: socket.socket) -> None:
        self.proxy = proxy
        self.a, self.b = a, b
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for s in (self.a, self.b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def pump(self, src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    self.proxy.cuts_done += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        self.close()
