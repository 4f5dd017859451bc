"""OAuth in the emulator: the client-credentials token endpoint, and the bearer tokens it issues.

``POST /v2/token`` (and ``/v1/token``) on the ``oauth`` domain takes
``grant_type=client_credentials`` with ``client_id`` and ``client_secret`` and
answers an ``access_token``: a JWT (HS256, signed with a key of this emulator)
whose ``exp`` claim says when it expires, as Twilio's tokens do. Any request may
then authenticate with ``Authorization: Bearer <token>`` instead of basic auth; it
acts as the account the client belongs to.

Client credentials are either an OAuth app registered with
``Emulator.oauth_app()`` (``OQ…`` id and a secret) or any basic-auth credential the
emulator knows (the account SID and auth token, an API key SID and secret), so a
test can use whichever it has.

The token endpoint needs no ``Authorization`` header (the credentials are in the
body); that fact is the ``_OPEN`` table, as the catalogs do not carry security.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._behaviours import Hooks
from ._types import EmulatorError

if TYPE_CHECKING:
    from ._catalog import ApiVersion
    from ._engine import Ctx

#: Operations served without authentication: ``("<domain>/<version>", resource id)``.
_OPEN = frozenset({("oauth/v1", "token"), ("oauth/v2", "token")})
_OPEN_DOMAINS = frozenset(key.split("/", 1)[0] for key, _ in _OPEN)
#: Lifetime of an issued token, in seconds (Twilio's is an hour).
DEFAULT_TTL = 3600


def open_route(version: ApiVersion, segments: list[str]) -> bool:
    """Whether the request's route needs no ``Authorization`` (the OAuth token endpoint)."""
    if version.domain not in _OPEN_DOMAINS:
        return False  # the common case: no second route match
    matched = version.match(segments)
    if matched is None:
        return False
    return (f"{version.domain}/{version.version}", matched[0].resource.id) in _OPEN


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _bearer_refused(message: str) -> EmulatorError:
    return EmulatorError(
        401,
        20003,
        message,
        headers={"WWW-Authenticate": 'Bearer realm="Twilio API"'},
    )


class TokenIssuer:
    """Registered OAuth apps, and the signing of the access tokens given to them.

    ``ttl`` (seconds) and ``clock`` (epoch seconds) may be changed by a test to make
    tokens expire without waiting.
    """

    def __init__(self, key_hex: str, *, ttl: int = DEFAULT_TTL) -> None:
        self._key = bytes.fromhex(key_hex)
        #: client_id -> (client_secret, account SID)
        self._apps: dict[str, tuple[str, str]] = {}
        self.ttl = ttl
        self.clock: Callable[[], float] = time.time
        #: Tokens issued so far.
        self.issued = 0

    def __repr__(self) -> str:
        return f"<TokenIssuer apps={len(self._apps)} issued={self.issued}>"

    def register(self, client_id: str, client_secret: str, account_sid: str) -> None:
        """Know an OAuth app: its credentials and the account it acts as."""
        self._apps[client_id] = (client_secret, account_sid)

    def app_account(self, client_id: str, client_secret: str) -> str | None:
        """The account of a registered app whose secret matches, else ``None``."""
        known = self._apps.get(client_id)
        if known is None or not secrets.compare_digest(known[0], client_secret):
            return None
        return known[1]

    def issue(self, client_id: str, account_sid: str) -> tuple[str, int]:
        """A signed access token for ``client_id`` acting as ``account_sid``, and its lifetime."""
        now = int(self.clock())
        claims = {
            "iss": client_id,
            "sub": account_sid,
            "iat": now,
            "exp": now + self.ttl,
            "jti": secrets.token_hex(8),
        }
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = _b64(json.dumps(claims, separators=(",", ":")).encode())
        sig = _b64(hmac.new(self._key, f"{head}.{body}".encode(), hashlib.sha256).digest())
        self.issued += 1
        return f"{head}.{body}.{sig}", self.ttl

    def verify(self, token: str) -> tuple[str, str]:
        """``(account SID, client id)`` of a valid, unexpired token; 401 otherwise."""
        parts = token.split(".")
        if len(parts) != 3:
            raise _bearer_refused("Authentication Error - invalid token")
        head, body, sig = parts
        want = _b64(hmac.new(self._key, f"{head}.{body}".encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(want, sig):
            raise _bearer_refused("Authentication Error - invalid token")
        try:
            claims: Any = json.loads(_unb64(body))
        except ValueError:  # pragma: no cover - we signed it, so we wrote it
            raise _bearer_refused("Authentication Error - invalid token") from None
        exp = claims.get("exp") if isinstance(claims, dict) else None
        if not isinstance(exp, int) or self.clock() >= exp:
            raise _bearer_refused("Authentication Error - token expired")
        return str(claims["sub"]), str(claims["iss"])


class Token(Hooks):
    """``POST /v2/token``: the client-credentials grant answers a bearer JWT."""

    def validate(self, ctx: Ctx) -> None:
        grant = _form(ctx, "grant_type")
        if grant != "client_credentials":
            shown = (grant or "")[:40]
            raise EmulatorError(
                400,
                20001,
                f"Invalid grant_type: {shown!r} (the emulator grants 'client_credentials')",
            )
        client_id = _form(ctx, "client_id") or ""
        client_secret = _form(ctx, "client_secret") or ""
        if not client_id or not client_secret:
            raise EmulatorError(400, 20001, "Missing required parameter client_id or client_secret")
        account = _account_of(ctx, client_id, client_secret)
        if account is None:
            raise EmulatorError(401, 20003, "invalid_client: unknown client_id or client_secret")
        ctx.account_sid = account

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        token, ttl = ctx.engine.oauth.issue(_form(ctx, "client_id") or "", ctx.account_sid)
        data["access_token"] = token
        data["token_type"] = "Bearer"
        data["expires_in"] = ttl


def _form(ctx: Ctx, name: str) -> str | None:
    """A token-request field: v2 spells it ``client_id``, v1 ``ClientId``."""
    pascal = "".join(part.title() for part in name.split("_"))
    return ctx.param(name) or ctx.param(pascal)


def _account_of(ctx: Ctx, client_id: str, client_secret: str) -> str | None:
    """The account a client acts as: a registered app, or a known basic credential."""
    engine = ctx.engine
    account = engine.oauth.app_account(client_id, client_secret)
    if account is not None:
        return account
    known = engine.credentials.get(client_id)
    if known is not None and secrets.compare_digest(known[0], client_secret):
        return known[1]
    return None


OAUTH_HOOKS: dict[tuple[str, str], Hooks] = {
    ("oauth/v1", "token"): Token(),
    ("oauth/v2", "token"): Token(),
}
