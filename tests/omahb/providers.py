"""Identity providers for Oma HB's tests, on 127.0.0.1 in a thread of the test process.

- `MockProvider`: oidc-provider-mock (a real OpenID provider: discovery, authorize with a
  login form, token, userinfo, JWKS), behind a WSGI layer that checks PKCE the way a strict
  provider does (the mock itself does not): the authorization request must carry an S256
  challenge, and the token request the verifier that matches it.
- `CraftedProvider`: a small provider of our own whose next ID token can be made wrong on
  purpose (audience, issuer, nonce, signature, expiry, no identity code), to see the
  relying party refuse it. It also checks PKCE, and logs the person in without a form.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import oidc_provider_mock
import werkzeug.serving
from joserfc import jwt
from joserfc.jwk import RSAKey
from werkzeug.wrappers import Request, Response

Wsgi = Callable[..., Iterable[bytes]]


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class PkceLedger:
    """Challenges seen at /authorize, by the code issued for them."""

    def __init__(self) -> None:
        self.by_code: dict[str, str] = {}
        self.refused = 0
        self.checked = 0

    def verify(self, code: str, verifier: str | None) -> bool:
        challenge = self.by_code.pop(code, None)
        ok = challenge is not None and verifier is not None and s256(verifier) == challenge
        self.checked += 1
        self.refused += not ok
        return ok


class PkceChecking:
    """WSGI: refuse an authorization request without S256 PKCE, and a token request whose
    verifier does not match the challenge of its code."""

    def __init__(self, app: Wsgi, ledger: PkceLedger) -> None:
        self.app, self.ledger = app, ledger

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        query = parse_qs(environ.get("QUERY_STRING", ""))
        if path == "/oauth2/authorize":
            if query.get("code_challenge_method") != ["S256"] or not query.get("code_challenge"):
                return _error(start_response, "PKCE (S256) is required")
            if method == "POST":
                return self._remember(environ, start_response, query["code_challenge"][0])
        if path == "/oauth2/token" and method == "POST":
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            environ["wsgi.input"] = io.BytesIO(body)
            form = parse_qs(body.decode())
            code = (form.get("code") or [""])[0]
            if not self.ledger.verify(code, (form.get("code_verifier") or [None])[0]):
                return _error(start_response, "PKCE verifier does not match", "invalid_grant")
        return self.app(environ, start_response)

    def _remember(
        self, environ: dict[str, Any], start_response: Callable[..., Any], challenge: str
    ) -> Iterable[bytes]:
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            captured["headers"] = headers
            return start_response(status, headers, *rest)

        result = list(self.app(environ, capture))  # the app may start answering only when read
        location = dict(captured.get("headers", [])).get("Location", "")
        code = parse_qs(urlsplit(location).query).get("code")
        if code:
            self.ledger.by_code[code[0]] = challenge
        return result


def _error(
    start_response: Callable[..., Any], text: str, error: str = "invalid_request"
) -> Iterable[bytes]:
    body = json.dumps({"error": error, "error_description": text}).encode()
    start_response("400 Bad Request", [("Content-Type", "application/json")])
    return [body]


class _Threaded:
    def __init__(self, app: Wsgi) -> None:
        self.server = werkzeug.serving.make_server("localhost", 0, app, threaded=True)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.1,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://localhost:{self.server.server_port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(5)


class MockProvider:
    """oidc-provider-mock with PKCE checked; people are added with `add_person`."""

    def __init__(self) -> None:
        self.pkce = PkceLedger()
        self._run = _Threaded(PkceChecking(oidc_provider_mock.app(), self.pkce))
        self.issuer = self._run.url

    def add_person(self, sub: str, hetu: str, name: str) -> None:
        given, _, family = name.partition(" ")
        claims = {"hetu": hetu, "name": name, "given_name": given, "family_name": family}
        done = httpx.put(f"{self.issuer}/users/{sub}", json=claims, timeout=10)
        assert done.status_code == 204, done.text

    def stop(self) -> None:
        self._run.stop()


@dataclass
class NextLogin:
    """Who the crafted provider logs in next, and what is wrong with the token."""

    sub: str = "person"
    claims: dict[str, Any] = field(default_factory=dict)
    flaw: str | None = None  # audience | issuer | nonce | signature | expired | no_code


class CraftedProvider:
    """A provider of our own: the next login's person and the flaw in its ID token."""

    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": "k1", "use": "sig"})
        self.stranger = RSAKey.generate_key(2048, parameters={"kid": "k1", "use": "sig"})
        self.pkce = PkceLedger()
        self.next = NextLogin()
        self.codes: dict[str, dict[str, Any]] = {}
        self._run = _Threaded(self._app)
        self.issuer = self._run.url

    def stop(self) -> None:
        self._run.stop()

    def log_in_next(
        self, hetu: str | None, name: str = "Testi Henkilö", flaw: str | None = None
    ) -> None:
        claims: dict[str, Any] = {"name": name}
        if hetu is not None:
            claims["hetu"] = hetu
        self.next = NextLogin(sub=f"sub-{hetu}", claims=claims, flaw=flaw)

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        handler = {
            "/.well-known/openid-configuration": self._discovery,
            "/jwks": self._jwks,
            "/authorize": self._authorize,
            "/token": self._token,
        }.get(request.path)
        response = handler(request) if handler else Response("not found", status=404)
        return response(environ, start_response)

    def _discovery(self, _request: Request) -> Response:
        base = self.issuer
        return _json(
            {
                "issuer": base,
                "authorization_endpoint": f"{base}/authorize",
                "token_endpoint": f"{base}/token",
                "jwks_uri": f"{base}/jwks",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    def _jwks(self, _request: Request) -> Response:
        return _json({"keys": [self.key.as_dict(private=False)]})

    def _authorize(self, request: Request) -> Response:
        args = request.args
        if args.get("code_challenge_method") != "S256" or not args.get("code_challenge"):
            return Response("PKCE (S256) is required", status=400)
        code = uuid.uuid4().hex
        self.pkce.by_code[code] = args["code_challenge"]
        self.codes[code] = {
            "next": self.next,
            "nonce": args.get("nonce"),
            "aud": args.get("client_id"),
        }
        target = (
            args["redirect_uri"] + "?" + urlencode({"code": code, "state": args.get("state", "")})
        )
        return Response(status=302, headers={"Location": target})

    def _token(self, request: Request) -> Response:
        code = request.form.get("code", "")
        if not self.pkce.verify(code, request.form.get("code_verifier")):
            return _json({"error": "invalid_grant"}, 400)
        issued = self.codes.pop(code, None)
        if issued is None:
            return _json({"error": "invalid_grant"}, 400)
        return _json(
            {
                "access_token": uuid.uuid4().hex,
                "token_type": "Bearer",
                "expires_in": 300,
                "id_token": self._id_token(issued),
            }
        )

    def _id_token(self, issued: dict[str, Any]) -> str:
        login: NextLogin = issued["next"]
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": login.sub,
            "aud": issued["aud"],
            "iat": now,
            "exp": now + 300,
            "nonce": issued["nonce"],
            "acr": "http://ftn.ficora.fi/2017/loa3",
            **login.claims,
        }
        flaw, key = login.flaw, self.key
        if flaw == "audience":
            claims["aud"] = "someone-else"
        elif flaw == "issuer":
            claims["iss"] = "https://pahantahtoinen.example"
        elif flaw == "nonce":
            claims["nonce"] = "not-the-one-sent"
        elif flaw == "expired":
            claims["iat"], claims["exp"] = now - 7200, now - 3600
        elif flaw == "signature":
            key = self.stranger
        return jwt.encode({"alg": "RS256", "kid": "k1"}, claims, key)


def _json(value: Any, status: int = 200) -> Response:
    return Response(json.dumps(value), status=status, mimetype="application/json")
