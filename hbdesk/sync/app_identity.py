"""This laptop's device identity, kept inside the encrypted vault (no Qt).

The device key, its certificate request, the signed device certificate and the municipal
CA certificate are rows of `vault_meta` (a local-only table: never synced), so the private
key exists on disk only inside the SQLCipher database.

TLS needs the key as a file (`ssl.SSLContext.load_cert_chain` reads paths). On Linux the
PEM bytes go into anonymous memory files (`os.memfd_create`, read through /proc/self/fd):
nothing is written to any file system. Elsewhere they go into a fresh 0700 folder inside the
user's runtime folder (platformdirs user_runtime_dir, else the temp folder), are overwritten
and removed as soon as the client has loaded them (the context keeps them in memory).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import update

from hbdesk.models.meta import VaultMeta
from hbdesk.models.outbox import OutboxOp
from hbdesk.store import OpenVault

if TYPE_CHECKING:
    from cryptography import x509

    from hbdesk.sync.client import SyncClient

# cryptography's x509 and hbdesk.protocol.pki are imported where they are used: unlocking
# reads only the device's id, and the desktop starts without them (issue 15).

DEVICE_ID = "device:id"
DEVICE_KEY = "device:key_pem"
DEVICE_CSR = "device:csr_pem"
DEVICE_CERT = "device:cert_pem"
MUNICIPAL_CA = "device:ca_pem"
MAX_PEM_BYTES = 64 * 1024


class IdentityError(Exception):
    """A step of enrolment that cannot be done; `.code` is stable (the UI has words)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class IdentityState:
    """Where this laptop is in enrolment: none → requested → enrolled."""

    device_id: str | None
    requested: bool
    enrolled: bool
    cert_expires: str | None = None  # ISO date


def _get(vault: OpenVault, key: str) -> str | None:
    with vault.session() as s:
        row = s.get(VaultMeta, key)
        return row.value if row is not None else None


def state(vault: OpenVault) -> IdentityState:
    from cryptography import x509

    with vault.session() as s:
        values = {
            k: (row.value if (row := s.get(VaultMeta, k)) else None)
            for k in (DEVICE_ID, DEVICE_KEY, DEVICE_CERT, MUNICIPAL_CA)
        }
    expires = None
    cert_text = values[DEVICE_CERT]
    if cert_text:
        cert = x509.load_pem_x509_certificate(cert_text.encode())
        expires = cert.not_valid_after_utc.date().isoformat()
    return IdentityState(
        values[DEVICE_ID],
        values[DEVICE_KEY] is not None,
        bool(values[DEVICE_CERT] and values[MUNICIPAL_CA]),
        expires,
    )


def device_id(vault: OpenVault) -> str | None:
    return _get(vault, DEVICE_ID)


def request_pem(vault: OpenVault) -> bytes:
    """The certificate request (CSR) for IT; made with a new device key the first time."""
    from hbdesk.protocol import pki

    with vault.session() as s:
        csr = s.get(VaultMeta, DEVICE_CSR)
        if csr is not None:
            return csr.value.encode()
        new_device = f"hbdesk-{uuid.uuid4().hex[:16]}"
        key, request = pki.make_device_csr(new_device)
        s.merge(VaultMeta(key=DEVICE_ID, value=new_device))
        s.merge(VaultMeta(key=DEVICE_KEY, value=pki.key_pem(key).decode()))
        s.merge(VaultMeta(key=DEVICE_CSR, value=pki.csr_pem(request).decode()))
        return pki.csr_pem(request)


def export_request(vault: OpenVault, path: Path) -> str:
    """Write the CSR (public, no secret in it) where the caseworker chose; returns the id."""
    from hbdesk.protocol import pki

    data = request_pem(vault)
    pki.write_public(Path(path), data)
    found = device_id(vault)
    assert found is not None
    return found


def _load_cert(raw: bytes) -> x509.Certificate:
    from cryptography import x509

    if len(raw) > MAX_PEM_BYTES:
        raise IdentityError("not_a_certificate")
    try:
        return x509.load_pem_x509_certificate(raw)
    except ValueError:
        try:
            return x509.load_der_x509_certificate(raw)
        except ValueError:
            raise IdentityError("not_a_certificate") from None


def import_certificates(vault: OpenVault, device_cert: bytes, ca_cert: bytes) -> IdentityState:
    """Take the signed device certificate and the municipal CA certificate from IT.

    Refused (IdentityError) unless the certificate is for this laptop's key and device id,
    was signed by that CA, and the CA is a CA.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from hbdesk.protocol import pki

    cert, ca = _load_cert(device_cert), _load_cert(ca_cert)
    with vault.session() as s:
        key_row, id_row = s.get(VaultMeta, DEVICE_KEY), s.get(VaultMeta, DEVICE_ID)
        if key_row is None or id_row is None:
            raise IdentityError("no_request")
        key = serialization.load_pem_private_key(key_row.value.encode(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise IdentityError("key_mismatch")
        if cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ) != key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ):
            raise IdentityError("key_mismatch")
        try:
            if pki.device_id_of(cert.subject) != id_row.value:
                raise IdentityError("key_mismatch")
            constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
            if not constraints.ca:
                raise IdentityError("wrong_issuer")
            pki.verify_issued_by(cert, ca)
        except (pki.PkiError, x509.ExtensionNotFound):
            raise IdentityError("wrong_issuer") from None
        s.merge(VaultMeta(key=DEVICE_CERT, value=pki.cert_pem(cert).decode()))
        s.merge(VaultMeta(key=MUNICIPAL_CA, value=pki.cert_pem(ca).decode()))
        # Work done on this laptop before it was enrolled goes up as this device's.
        s.execute(update(OutboxOp).where(OutboxOp.state != "sent").values(device_id=id_row.value))
    return state(vault)


# --- the TLS client, with the key kept off the disk ---------------------------------------


def runtime_dir() -> Path:
    """The user's runtime folder for hbdesk (0700), else one in the temp folder."""
    try:
        base = Path(platformdirs.user_runtime_dir("hbdesk", appauthor=False))
    except Exception:  # some platforms have none
        base = Path(tempfile.gettempdir()) / "hbdesk-runtime"
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(base, 0o700)
    return base


@contextlib.contextmanager
def _memory_files(items: dict[str, bytes]) -> Iterator[dict[str, Path]]:
    """Anonymous in-memory files (Linux): paths under /proc/self/fd, gone when closed."""
    fds: list[int] = []
    try:
        paths: dict[str, Path] = {}
        for name, data in items.items():
            fd = os.memfd_create(f"hbdesk-{name}", os.MFD_CLOEXEC)
            fds.append(fd)
            os.write(fd, data)
            paths[name] = Path(f"/proc/self/fd/{fd}")
        yield paths
    finally:
        for fd in fds:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)


@contextlib.contextmanager
def _private_files(items: dict[str, bytes]) -> Iterator[dict[str, Path]]:
    """Files in a new 0700 folder of the runtime folder, overwritten and removed at once."""
    from hbdesk.protocol import pki

    folder = runtime_dir() / f"tls-{secrets.token_hex(8)}"
    folder.mkdir(mode=0o700)
    try:
        paths = {}
        for name, data in items.items():
            pki.write_private(folder / name, data)
            paths[name] = folder / name
        yield paths
    finally:
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                size = path.stat().st_size
                with path.open("r+b") as fh:
                    fh.write(b"\0" * size)
                    fh.flush()
                    os.fsync(fh.fileno())
        shutil.rmtree(folder, ignore_errors=True)


def key_material_files(
    items: dict[str, bytes],
) -> contextlib.AbstractContextManager[dict[str, Path]]:
    if hasattr(os, "memfd_create") and Path("/proc/self/fd").is_dir():
        return _memory_files(items)
    return _private_files(items)


def open_client(
    vault: OpenVault,
    server_url: str,
    *,
    timeout: float = 30.0,
    on_state: Callable[[str], None] | None = None,
) -> SyncClient:
    """A SyncClient for this enrolled laptop (IdentityError "not_enrolled" otherwise);
    `on_state` hears the transport's states ("server_busy" while it waits to try again)."""
    from hbdesk.sync.client import SyncClient  # httpx and the protocol: not on the unlock path

    with vault.session() as s:
        rows = {k: s.get(VaultMeta, k) for k in (DEVICE_ID, DEVICE_KEY, DEVICE_CERT, MUNICIPAL_CA)}
        values = {k: r.value for k, r in rows.items() if r is not None}
    if len(values) != len(rows):
        raise IdentityError("not_enrolled")
    if not server_url.startswith("https://"):
        raise IdentityError("no_server")
    key = values[DEVICE_KEY].encode()
    try:
        with key_material_files(
            {
                "ca.pem": values[MUNICIPAL_CA].encode(),
                "device.pem": values[DEVICE_CERT].encode(),
                "device.key": key,
            }
        ) as files:
            # The client reads the key and builds its TLS context now; both stay in memory.
            return SyncClient(
                server_url,
                ca_file=files["ca.pem"],
                cert_file=files["device.pem"],
                key_file=files["device.key"],
                device_id=values[DEVICE_ID],
                timeout=timeout,
                on_state=on_state,
            )
    finally:
        del key
