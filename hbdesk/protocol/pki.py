"""The municipality's own certificate authority: CA, server and device certificates.

Keys are ECDSA P-256 (fast, accepted by every TLS 1.3 stack). The laptop makes its own key
and a CSR whose common name is its device id; the server signs it for a validity period.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEVICE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
PrivateKey = ec.EllipticCurvePrivateKey


class PkiError(Exception):
    """A certificate or CSR that cannot be used; `.code` is stable."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class Authority:
    key: PrivateKey
    cert: x509.Certificate


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_key() -> PrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if org:
        attrs.insert(0, x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def create_ca(name: str = "hbdesk municipal CA", days: int = 3650) -> Authority:
    """A new self-signed CA that may sign end-entity certificates only (path length 0)."""
    key = new_key()
    now = _now()
    subject = _name(name)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Authority(key, cert)


def _leaf(
    ca: Authority,
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    eku: x509.ObjectIdentifier,
    not_before: dt.datetime | None,
    days: int,
    san: x509.SubjectAlternativeName | None = None,
) -> x509.Certificate:
    start = not_before or (_now() - dt.timedelta(minutes=5))
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([eku]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
    )
    if san is not None:
        builder = builder.add_extension(san, critical=False)
    return builder.sign(ca.key, hashes.SHA256())


def issue_server_cert(
    ca: Authority, hostnames: list[str], days: int = 825, not_before: dt.datetime | None = None
) -> tuple[PrivateKey, x509.Certificate]:
    """A TLS server certificate for these host names or IP addresses."""
    if not hostnames:
        raise PkiError("no_hostname")
    names: list[x509.GeneralName] = []
    for host in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    key = new_key()
    cert = _leaf(
        ca,
        _name(hostnames[0]),
        key.public_key(),
        ExtendedKeyUsageOID.SERVER_AUTH,
        not_before,
        days,
        x509.SubjectAlternativeName(names),
    )
    return key, cert


def make_device_csr(
    device_id: str, key: PrivateKey | None = None
) -> tuple[PrivateKey, x509.CertificateSigningRequest]:
    """On the laptop: a new device key and a CSR naming the device id."""
    if not DEVICE_ID_RE.match(device_id):
        raise PkiError("bad_device_id")
    key = key or new_key()
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(device_id))
        .sign(key, hashes.SHA256())
    )
    return key, csr


def sign_device_csr(
    ca: Authority,
    csr: x509.CertificateSigningRequest,
    days: int = 365,
    not_before: dt.datetime | None = None,
) -> x509.Certificate:
    """On the server: a client-auth certificate for the CSR's key; CN = the device id."""
    if not csr.is_signature_valid:
        raise PkiError("csr_signature_invalid")
    public_key = csr.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey) or not isinstance(
        public_key.curve, ec.SECP256R1
    ):
        raise PkiError("csr_key_type", "device keys are ECDSA P-256")
    device_id = device_id_of(csr.subject)
    return _leaf(
        ca, _name(device_id), public_key, ExtendedKeyUsageOID.CLIENT_AUTH, not_before, days
    )


def device_id_of(name: x509.Name) -> str:
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if len(cns) != 1:
        raise PkiError("bad_device_id", "exactly one common name expected")
    value = cns[0].value
    device_id = value if isinstance(value, str) else value.decode("ascii", "replace")
    if not DEVICE_ID_RE.match(device_id):
        raise PkiError("bad_device_id")
    return device_id


def verify_issued_by(cert: x509.Certificate, ca_cert: x509.Certificate) -> None:
    """Raise PkiError unless `cert` was signed by `ca_cert`'s key."""
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise PkiError("wrong_issuer") from exc


# --- PEM files ------------------------------------------------------------------------


def key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def csr_pem(csr: x509.CertificateSigningRequest) -> bytes:
    return csr.public_bytes(serialization.Encoding.PEM)


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only (0600 from the first byte)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


def write_public(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def load_key(path: Path) -> PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PkiError("key_type")
    return key


def load_cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def load_csr(path: Path) -> x509.CertificateSigningRequest:
    try:
        return x509.load_pem_x509_csr(path.read_bytes())
    except ValueError as exc:
        raise PkiError("csr_unreadable") from exc


def save_authority(ca: Authority, folder: Path) -> None:
    write_private(folder / "ca.key", key_pem(ca.key))
    write_public(folder / "ca.pem", cert_pem(ca.cert))


def load_authority(folder: Path) -> Authority:
    return Authority(load_key(folder / "ca.key"), load_cert(folder / "ca.pem"))
