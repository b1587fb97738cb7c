"""The laptop's transport to the municipal server: TLS 1.3, mutual TLS, signed requests.

The client trusts only the municipal CA file (never the system store), checks the host
name, presents the device certificate and signs every request with the device key.
There is no switch to skip any of this. Failures become a `SyncError` with a stable code:

    server_cert_untrusted  the server's certificate: wrong CA, expired, wrong host name
    refused_certificate    the server refused this device's certificate (or TLS version)
    no_connection          no route, refused, timed out, cut off
    device_revoked         the device was revoked: wipe (`action == "wipe"`)
    caseworker_disabled    the caseworker was disabled: lock, keep unsynced work
    request_refused        the server refused the request (`detail` says why)
    server_error           the server failed or answered something unreadable
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from hbdesk.protocol import feedback as fp
from hbdesk.protocol import messages as p
from hbdesk.protocol import pki, signing

MAX_ANSWER_BYTES = 64 * 1024 * 1024
T = TypeVar("T", bound=BaseModel)


class SyncError(Exception):
    def __init__(self, code: str, detail: str | None = None, action: str | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.action = action


def client_tls_context(ca_file: Path, cert_file: Path, key_file: Path) -> ssl.SSLContext:
    """TLS 1.3 only, the municipal CA only, host name checked, device certificate presented."""
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cafile=str(ca_file))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(str(cert_file), str(key_file))
    return ctx


def _tls_code(exc: BaseException) -> str | None:
    """Walk an exception's causes for the TLS reason, if any."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return "server_cert_untrusted"
        if isinstance(seen, ssl.SSLError):
            text = str(seen).upper()
            if "ALERT" in text or "PROTOCOL_VERSION" in text or "UNSUPPORTED_PROTOCOL" in text:
                return "refused_certificate"
            return "no_connection"
        seen = seen.__cause__ or seen.__context__
    return None


class SyncClient:
    """push / pull / hello against one server; one instance per device, not thread-safe."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_file: Path,
        cert_file: Path,
        key_file: Path,
        device_id: str,
        timeout: float = 30.0,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.device_id = device_id
        self._key = pki.load_key(Path(key_file))
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._offset = dt.timedelta(0)  # server clock minus ours, learnt from the server
        self._tls = client_tls_context(ca_file, cert_file, key_file)
        self._http = httpx.Client(
            base_url=base_url,
            verify=self._tls,
            timeout=timeout,
            trust_env=False,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the calls ---------------------------------------------------------------

    def hello(self) -> p.DeviceStatus:
        return self._call("/v1/hello", b"{}", p.DeviceStatus)

    def push(self, ops: list[p.Op]) -> p.PushResult:
        body = p.PushRequest(device_id=self.device_id, ops=ops).model_dump_json().encode()
        return self._call("/v1/push", body, p.PushResult)

    def pull(self, cursor: int, limit: int = p.DEFAULT_PULL_LIMIT) -> p.PullPage:
        body = p.PullRequest(cursor=cursor, limit=limit).model_dump_json().encode()
        return self._call("/v1/pull", body, p.PullPage)

    def send_feedback(self, items: list[fp.FeedbackItem]) -> fp.FeedbackStored:
        """Anonymous feedback (its own channel: no device id, client or order in the body)."""
        body = fp.FeedbackBatch(items=items).model_dump_json().encode()
        return self._call("/v1/feedback", body, fp.FeedbackStored)

    # --- plumbing ----------------------------------------------------------------------

    def _call(self, path: str, body: bytes, answer: type[T]) -> T:
        for attempt in range(2):
            status, raw = self._send(path, body)
            if status == 200:
                try:
                    return answer.model_validate_json(raw)
                except ValidationError as exc:
                    raise SyncError("server_error", "unreadable answer") from exc
            error = self._error(raw)
            if status == 401 and error.error == "clock_skew" and error.server_time and attempt == 0:
                # Our clock is off: sign with the server's time from now on (order never
                # depends on our clock; only the signature's freshness does).
                self._offset = error.server_time - self._clock()
                continue
            raise self._refusal(status, error)
        raise SyncError("request_refused", "clock_skew")

    def _send(self, path: str, body: bytes) -> tuple[int, bytes]:
        request = self._http.build_request(
            "POST", path, content=body, headers={"Content-Type": "application/json"}
        )
        signing.sign(request, body, self.device_id, self._key, self._clock() + self._offset)
        try:
            response = self._http.send(request, stream=True)
            try:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_ANSWER_BYTES:
                        raise SyncError("server_error", "answer too large")
                    chunks.append(chunk)
            finally:
                response.close()
        except httpx.RemoteProtocolError as exc:
            # TLS 1.3: the server checks our certificate after the handshake, so a refusal
            # looks like a connection closed before any answer — as does a cut connection.
            # A bare handshake tells the two apart.
            code = _tls_code(exc) or (
                "refused_certificate" if self._refused_on_probe() else "no_connection"
            )
            raise SyncError(code) from exc
        except (httpx.TransportError, OSError) as exc:
            raise SyncError(_tls_code(exc) or "no_connection") from exc
        return response.status_code, b"".join(chunks)

    def _refused_on_probe(self) -> bool:
        """Does the server close a fresh TLS connection at once (our certificate refused)?"""
        url = self._http.base_url
        host, port = url.host, url.port or 443
        context = self._tls
        try:
            with (
                socket.create_connection((host, port), timeout=5) as raw,
                context.wrap_socket(raw, server_hostname=host) as tls,
            ):
                tls.settimeout(1.5)
                return tls.recv(1) == b""
        except ssl.SSLCertVerificationError:
            return False
        except ssl.SSLError:
            return True  # an alert: the server refused us
        except OSError:
            return False  # timed out waiting: the server accepted us; or no route at all

    @staticmethod
    def _error(raw: bytes) -> p.ErrorBody:
        try:
            return p.ErrorBody.model_validate_json(raw)
        except ValidationError:
            return p.ErrorBody(error="unreadable")

    @staticmethod
    def _refusal(status: int, error: p.ErrorBody) -> SyncError:
        if error.error in ("device_revoked", "caseworker_disabled"):
            return SyncError(error.error, action=error.action)
        if status >= 500 or error.error == "unreadable":
            return SyncError("server_error", error.error)
        return SyncError("request_refused", error.error)
