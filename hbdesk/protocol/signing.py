"""Requests signed with the device key (RFC 9421 HTTP Message Signatures).

Each request carries `Content-Digest` (RFC 9530, sha-256 of the body) and a signature over
the method, path, query and that digest, with `created`, a random `nonce` and `keyid` =
the device id. The signature is what identifies the device even when TLS ends at a load
balancer; the server checks the time window against its own clock and refuses a nonce it
has seen before.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from http_message_signatures import algorithms
from http_message_signatures.exceptions import HTTPMessageSignaturesException, InvalidSignature
from http_message_signatures.http_sfv.dictionary import Dictionary
from http_message_signatures.resolvers import HTTPSignatureKeyResolver
from http_message_signatures.signatures import HTTPMessageSigner, HTTPMessageVerifier
from http_message_signatures.structures import CaseInsensitiveDict

COVERED = ("@method", "@path", "@query", "content-digest")
LABEL = "hbdesk"
ALGORITHM = algorithms.ECDSA_P256_SHA256  # type: ignore[attr-defined]  # re-exported, no __all__


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode("ascii") + ":"


class _Keys(HTTPSignatureKeyResolver):
    def __init__(
        self,
        private: ec.EllipticCurvePrivateKey | None = None,
        public: Callable[[str], ec.EllipticCurvePublicKey] | None = None,
    ) -> None:
        self._private = private
        self._public = public

    def resolve_private_key(self, key_id: str) -> Any:
        return self._private

    def resolve_public_key(self, key_id: str) -> Any:
        assert self._public is not None
        return self._public(key_id)


def sign(
    message: Any, body: bytes, device_id: str, key: ec.EllipticCurvePrivateKey, created: dt.datetime
) -> None:
    """Add Content-Digest, Signature-Input and Signature headers to `message` (in place).

    `message` needs `.method`, `.url` and a mutable `.headers` (an httpx.Request does).
    """
    message.headers["Content-Digest"] = content_digest(body)
    HTTPMessageSigner(signature_algorithm=ALGORITHM, key_resolver=_Keys(private=key)).sign(
        message,
        key_id=device_id,
        created=created,
        nonce=secrets.token_urlsafe(18),
        label=LABEL,
        covered_component_ids=COVERED,
    )


class SignatureError(Exception):
    """A request whose signature does not hold; `.code` is stable and says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class _Message:
    method: str
    url: str
    headers: Mapping[str, str]


@dataclass(frozen=True)
class Verified:
    device_id: str
    nonce: str
    created: dt.datetime


class _Verifier(HTTPMessageVerifier):
    # The time window is checked by the caller against the server's clock, with its own code.
    def validate_created_and_expires(self, sig_input: Any, max_age: Any = None) -> None:
        return None


def key_id_of(headers: Mapping[str, str]) -> str:
    """The device id a request claims (before anything is verified)."""
    raw = headers.get("signature-input")
    if not raw:
        raise SignatureError("signature_missing")
    try:
        node = Dictionary()
        node.parse(raw.encode("ascii"))
        params = node[LABEL].params
        key_id = str(params["keyid"])
    except Exception as exc:
        raise SignatureError("signature_malformed") from exc
    return key_id


def verify(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    public_key: ec.EllipticCurvePublicKey,
    now: dt.datetime,
    window: dt.timedelta,
) -> Verified:
    """Check digest, signature, covered components and time; the nonce is the caller's."""
    digest = headers.get("content-digest", "")
    if not hmac.compare_digest(digest.encode(), content_digest(body).encode()):
        raise SignatureError("digest_mismatch")
    url = "https://hbdesk-server" + path + (("?" + query) if query else "")
    headers_ci = CaseInsensitiveDict(dict(headers))  # type: ignore[no-untyped-call]  # untyped
    message = _Message(method.upper(), url, headers_ci)
    verifier = _Verifier(
        signature_algorithm=ALGORITHM, key_resolver=_Keys(public=lambda _kid: public_key)
    )
    try:
        results = verifier.verify(message)
    except (InvalidSignature, HTTPMessageSignaturesException, KeyError, ValueError) as exc:
        raise SignatureError("signature_invalid") from exc
    result = results[0]
    if result.label != LABEL:
        raise SignatureError("signature_invalid")
    covered = {key.strip('"') for key in result.covered_components}
    if not set(COVERED) <= covered:
        raise SignatureError("signature_incomplete")
    params = result.parameters
    nonce = params.get("nonce")
    created_raw = params.get("created")
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= 64 or created_raw is None:
        raise SignatureError("signature_incomplete")
    created = dt.datetime.fromtimestamp(int(created_raw), dt.UTC)
    if abs(created - now) > window:
        raise SignatureError("clock_skew")
    return Verified(str(params["keyid"]), nonce, created)
