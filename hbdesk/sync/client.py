"""The laptop's transport to the municipal server: TLS 1.3, mutual TLS, signed requests.

The client trusts only the municipal CA file (never the system store), checks the host
name, presents the device certificate and signs every request with the device key.
There is no switch to skip any of this. The certificate's dates are judged by this
laptop's clock only beyond CLOCK_TOLERANCE (a laptop clock days off must not stop sync;
the chain to the municipal CA and the host name are what make the server trusted).
Failures become a `SyncError` with a stable code:

    server_cert_untrusted      the server's certificate is not from the municipal CA
    server_cert_wrong_host     ... is the CA's, but for another host name
    server_cert_expired        ... expired more than CLOCK_TOLERANCE ago
    server_cert_not_yet_valid  ... starts more than CLOCK_TOLERANCE from now (check the clock)
    refused_certificate        the server refused this device's certificate (or TLS version)
    no_connection              no route, refused, timed out, cut off
    server_busy                the server stayed busy (503) for longer than BUSY_PATIENCE
    device_revoked             the device was revoked: wipe (`action == "wipe"`)
    caseworker_disabled        the caseworker was disabled: lock, keep unsynced work
    request_refused            the server refused the request (`detail` says why)
    server_error               the server failed or answered something unreadable

A busy server (503 with Retry-After) is asked again after a growing, jittered wait; each
wait is reported as the state "server_busy" (`on_state`), and "resumed" once it answers,
so the person reads "the server is busy, trying again" rather than "no connection".
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
from cryptography import x509
from pydantic import BaseModel, ValidationError

from hbdesk.protocol import feedback as fp
from hbdesk.protocol import messages as p
from hbdesk.protocol import pki, signing

MAX_ANSWER_BYTES = 64 * 1024 * 1024
T = TypeVar("T", bound=BaseModel)

# How far this laptop's clock may be from the one that issued the server's certificate.
CLOCK_TOLERANCE = dt.timedelta(days=30)
# A 401 whose server time is this far from ours: sign again with the server's time.
CLOCK_SLACK = dt.timedelta(seconds=60)
BUSY_PATIENCE = 300.0  # seconds of "server busy" answers before the sync gives up
MAX_BUSY_WAIT = 30.0  # the longest single wait between tries
_NO_CHECK_TIME = 0x200000  # OpenSSL's X509_V_FLAG_NO_CHECK_TIME: the dates are ours to judge
_HOST_MISMATCH = (62, 64)  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


class SyncError(Exception):
    def __init__(self, code: str, detail: str | None = None, action: str | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.action = action


class ServerCertificateDates(ssl.SSLCertVerificationError):
    """The server's certificate is the CA's, but its dates are far from this laptop's clock."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class _DatesChecked:
    """After the handshake: the server's certificate and the CA's, judged by `clock`."""

    context: Any

    def do_handshake(self, *args: Any) -> None:
        super().do_handshake(*args)  # type: ignore[misc]
        der = self.getpeercert(binary_form=True)  # type: ignore[attr-defined]
        if der is None:  # pragma: no cover - a verified server always shows one
            raise ServerCertificateDates("server_cert_untrusted")
        now = self.context.clock()
        for cert in (x509.load_der_x509_certificate(der), *self.context.anchors):
            if cert.not_valid_after_utc + CLOCK_TOLERANCE < now:
                raise ServerCertificateDates("server_cert_expired")
            if cert.not_valid_before_utc - CLOCK_TOLERANCE > now:
                raise ServerCertificateDates("server_cert_not_yet_valid")


class _CheckedSocket(_DatesChecked, ssl.SSLSocket):
    pass


class _CheckedObject(_DatesChecked, ssl.SSLObject):
    pass


class LaptopTLSContext(ssl.SSLContext):
    """TLS for the laptop: the chain and host name by OpenSSL, the dates by `clock`."""

    clock: Callable[[], dt.datetime]
    anchors: tuple[x509.Certificate, ...]


def client_tls_context(
    ca_file: Path,
    cert_file: Path,
    key_file: Path,
    clock: Callable[[], dt.datetime] | None = None,
) -> ssl.SSLContext:
    """TLS 1.3 only, the municipal CA only, host name checked, device certificate presented.

    OpenSSL checks the chain to the municipal CA and the host name; the certificates' dates
    are checked against `clock` (the laptop's) with CLOCK_TOLERANCE either way."""
    ctx = LaptopTLSContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cafile=str(ca_file))
    ctx.verify_flags |= ssl.VERIFY_X509_STRICT | _NO_CHECK_TIME
    ctx.load_cert_chain(str(cert_file), str(key_file))
    ctx.clock = clock or (lambda: dt.datetime.now(dt.UTC))
    ctx.anchors = tuple(x509.load_pem_x509_certificates(Path(ca_file).read_bytes()))
    ctx.sslsocket_class = _CheckedSocket
    ctx.sslobject_class = _CheckedObject
    return ctx


def _tls_code(exc: BaseException) -> str | None:
    """Walk an exception's causes for the TLS reason, if any."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ServerCertificateDates):
            return seen.code
        if isinstance(seen, ssl.SSLCertVerificationError):
            if getattr(seen, "verify_code", None) in _HOST_MISMATCH:
                return "server_cert_wrong_host"
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
        on_state: Callable[[str], None] | None = None,
        busy_patience: float = BUSY_PATIENCE,
    ) -> None:
        self.device_id = device_id
        self.busy_waits = 0  # how often the server said "busy" to this client
        self._key = pki.load_key(Path(key_file))
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._offset = dt.timedelta(0)  # server clock minus ours, learnt from the server
        self._on_state = on_state or (lambda _state: None)
        self._busy_patience = busy_patience
        self._tls = client_tls_context(
            ca_file, cert_file, key_file, clock=lambda: self._clock() + self._offset
        )
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
        clock_corrected = False
        busy_since: float | None = None
        busy_tries = 0
        while True:
            status, raw, retry_after = self._send(path, body)
            if status == 200:
                if busy_tries:
                    self._on_state("resumed")
                try:
                    return answer.model_validate_json(raw)
                except ValidationError as exc:
                    raise SyncError("server_error", "unreadable answer") from exc
            error = self._error(raw)
            if status == 503:
                busy_since = busy_since if busy_since is not None else time.monotonic()
                busy_tries += 1
                self._wait_busy(retry_after, time.monotonic() - busy_since, busy_tries)
                continue
            if status == 401 and not clock_corrected and self._clock_is_off(error):
                # Our clock is off: sign with the server's time from now on (order never
                # depends on our clock; only the signature's freshness does).
                assert error.server_time is not None
                self._offset = error.server_time - self._clock()
                clock_corrected = True
                continue
            raise self._refusal(status, error)

    def _clock_is_off(self, error: p.ErrorBody) -> bool:
        if error.server_time is None:
            return False
        return abs(error.server_time - (self._clock() + self._offset)) > CLOCK_SLACK

    def _wait_busy(self, retry_after: float | None, busy_for: float, tries: int) -> None:
        """Wait as the server asked, a little longer each time and jittered, so laptops
        turned away together do not come back together; give up after busy_patience."""
        self.busy_waits += 1
        base = max(1.0, retry_after or 1.0)
        grow = min(MAX_BUSY_WAIT, 2.0 ** min(tries, 6) / 2)
        delay = min(MAX_BUSY_WAIT, random.uniform(base, base + grow))  # noqa: S311 - jitter
        if busy_for + delay > self._busy_patience:
            raise SyncError("server_busy")
        self._on_state("server_busy")
        time.sleep(delay)

    def _send(self, path: str, body: bytes) -> tuple[int, bytes, float | None]:
        """One signed request: (status, body, Retry-After seconds if any)."""
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
        return response.status_code, b"".join(chunks), _retry_after(response)

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
        """The SyncError for a refusal; an authentication failure has one answer
        ("unauthenticated", 401), which is request_refused with that detail."""
        if error.error in ("device_revoked", "caseworker_disabled"):
            return SyncError(error.error, action=error.action)
        if status >= 500 or error.error == "unreadable":
            return SyncError("server_error", error.error)
        return SyncError("request_refused", error.error)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None
