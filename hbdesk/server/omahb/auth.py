"""Logging in with strong identification: Oma HB is an OpenID Connect relying party.

Authorization code flow with PKCE (S256), state and nonce, through authlib's Starlette
client: the ID token's signature (the provider's published keys, only the algorithms we
accept), issuer, audience, expiry and nonce are checked before anything else. The person's
identity code comes from the ID token's claims (`identity_claim`), in its canonical form;
the person is remembered by a keyed hash of it. No passwords of our own.
"""

from __future__ import annotations

import logging
import ssl
from typing import Any
from urllib.parse import urlsplit

from authlib.integrations.starlette_client import OAuth, OAuthError
from starlette.requests import Request

from hbdesk.models.errors import DomainError
from hbdesk.models.identity import identity_code
from hbdesk.server.omahb import identity, security
from hbdesk.server.omahb.settings import Settings

log = logging.getLogger("hbdesk.server.omahb")

NAME = "county"
ACCEPTED_ALGORITHMS = ["RS256", "PS256", "ES256"]  # never "none", never a symmetric HS*


class LoginFailed(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def client(settings: Settings) -> Any:
    """The registered OIDC client of the county's provider."""
    oidc = settings.oidc
    kwargs: dict[str, Any] = {"scope": oidc.scope, "code_challenge_method": "S256"}
    if oidc.ca_file is not None:
        kwargs["verify"] = ssl.create_default_context(cafile=str(oidc.ca_file))
    oauth = OAuth()
    oauth.register(
        NAME,
        client_id=oidc.client_id,
        client_secret=oidc.client_secret,
        server_metadata_url=oidc.issuer.rstrip("/") + "/.well-known/openid-configuration",
        client_kwargs=kwargs,
    )
    return oauth.create_client(NAME)


def issuer_origin(settings: Settings) -> str:
    parts = urlsplit(settings.oidc.issuer)
    return f"{parts.scheme}://{parts.netloc}"


async def redirect(settings: Settings, oidc: Any, request: Request, lang: str) -> Any:
    """To the provider's login page (it comes back to /auth/callback)."""
    return await oidc.authorize_redirect(request, settings.redirect_uri, ui_locales=lang)


async def _metadata(settings: Settings, oidc: Any) -> None:
    metadata = await oidc.load_server_metadata()
    if metadata.get("issuer", "").rstrip("/") != settings.oidc.issuer.rstrip("/"):
        raise LoginFailed("provider_mismatch")  # a provider speaking for another issuer
    offered = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    metadata["id_token_signing_alg_values_supported"] = [
        a for a in offered if a in ACCEPTED_ALGORITHMS
    ] or ["RS256"]


async def callback(settings: Settings, oidc: Any, request: Request) -> None:
    """Finish the login: check the answer and the ID token, start the person's session."""
    try:
        await _metadata(settings, oidc)
        token = await oidc.authorize_access_token(request)
    except LoginFailed:
        raise
    except OAuthError as exc:
        log.warning("login refused: %s", exc.error)  # a code such as mismatching_state
        raise LoginFailed("refused") from None
    except (ValueError, KeyError, TypeError, OSError) as exc:
        log.warning("login refused: %s", type(exc).__name__)
        raise LoginFailed("refused") from None
    except Exception as exc:  # joserfc's errors, httpx's: every one means "not logged in"
        log.warning("login refused: %s", type(exc).__name__)
        raise LoginFailed("refused") from None
    claims = token.get("userinfo")
    if not claims or not claims.get("sub"):
        raise LoginFailed("refused")  # no verified ID token: nothing to trust
    raw = claims.get(settings.oidc.identity_claim)
    try:
        code = identity_code(str(raw or ""))
    except DomainError:
        raise LoginFailed("no_identity_code") from None
    name = _name(claims)
    key = identity.person_key(settings.secret_key, code)
    generation = security.remember_person(settings, key, code, name)
    how = f"oidc:{claims.get('iss', '')} acr:{claims.get('acr', '-')}"[:200]
    security.start(request.session, key, generation, how)


def _name(claims: Any) -> str:
    full = claims.get("name") or " ".join(
        str(claims.get(k) or "") for k in ("given_name", "family_name")
    )
    return (str(full).strip() or "?")[:200]
