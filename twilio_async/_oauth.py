"""Bearer-token auth: OAuth client-credentials tokens, fetched, cached and refreshed.

``Client(credential_provider=ClientCredentialProvider(client_id, client_secret))`` sends
every request of that client with ``Authorization: Bearer <token>`` instead of basic auth
(as twilio-python does for a client built with a credential provider: the Organizations,
IAM and OAuth APIs take such tokens). The token comes from
``POST https://oauth.twilio.com/v2/token`` (form fields ``grant_type=client_credentials``,
``client_id``, ``client_secret``; twilio-python's token managers use this endpoint) through
the client's own transport, so ``base_url=``, ``region=``/``edge=``, timeouts and
``http_client=`` apply to it too.

- The token is cached and refreshed ``REFRESH_SKEW`` seconds before it expires (at most
  half its lifetime). Its expiry is the JWT's ``exp`` claim, as twilio-python reads it,
  else the answer's ``expires_in`` seconds; with neither it is used until a 401.
- One refresh at a time: callers that find the token stale while a refresh runs wait for
  that refresh. A refresh that fails raises ``TwilioOAuthError`` in the caller that ran
  it and in every caller that waited for it; the next call tries again. A cancelled
  refresh is no failure: the next waiter runs its own.
- A 401 to a bearer request forces one refresh and one retry (a 401 means nothing was
  processed); a second 401 is raised.
- The client secret and the tokens never appear in a repr, a log line or an exception
  (they are scrubbed from any text that leaves the SDK while they live).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import TwilioConfigError, TwilioError, TwilioOAuthError
from ._redact import Secrets, plain

if TYPE_CHECKING:
    from anyio import Lock

    from ._http import Transport

#: The OAuth domain and the token endpoint under it.
OAUTH_DOMAIN = "oauth"
TOKEN_PATH = "/v2/token"
#: Seconds before expiry a token is refreshed (at most half of its lifetime).
REFRESH_SKEW = 60.0
#: What an access token may hold: it goes into a header (printable ASCII, no spaces).
_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")


class AccessToken:
    """An OAuth access token and when it expires (``expires_at``: epoch seconds, or None)."""

    __slots__ = ("_value", "expires_at", "refresh_at")

    def __init__(self, value: str, expires_at: float | None, refresh_at: float | None = None):
        self._value = value
        self.expires_at = expires_at
        #: When to refresh (epoch seconds): before ``expires_at`` by the refresh skew.
        self.refresh_at = expires_at if refresh_at is None else refresh_at

    @property
    def value(self) -> str:
        """The token itself (never in a repr)."""
        return self._value

    def __repr__(self) -> str:
        return f"<AccessToken expires_at={self.expires_at!r}>"


class TokenManager(ABC):
    """Gets a new access token; ``TokenAuthStrategy`` decides when to ask."""

    @abstractmethod
    async def fetch_access_token(self, transport: Transport) -> AccessToken:
        """A fresh token, fetched through ``transport`` (with no ``Authorization`` header)."""


class ClientTokenManager(TokenManager):
    """The OAuth client-credentials grant against Twilio's token endpoint."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        clock: Callable[[], float] = time.time,
        refresh_skew: float = REFRESH_SKEW,
    ):
        self.grant_type = "client_credentials"
        self.client_id = _check_text(client_id, "client_id")
        self._client_secret = _check_text(client_secret, "client_secret")
        if (
            isinstance(refresh_skew, bool)
            or not isinstance(refresh_skew, (int, float))
            or not math.isfinite(refresh_skew)
            or refresh_skew < 0
        ):
            raise TwilioConfigError(
                f"refresh_skew must be a number of seconds >= 0, got {refresh_skew!r}"
            )
        self.refresh_skew = float(refresh_skew)
        #: Wall-clock seconds (``time.time``); tests pass a fake clock.
        self.clock = clock
        # Scrubbed from every excerpt and log line while this manager lives.
        self._secrets = Secrets(self._client_secret)

    def __repr__(self) -> str:
        return f"<ClientTokenManager client_id={self.client_id!r}>"

    async def fetch_access_token(self, transport: Transport) -> AccessToken:
        from ._dialects import get_dialect
        from ._types import PreparedRequest

        url = transport.domain_base(OAUTH_DOMAIN) + TOKEN_PATH
        form = [
            ("grant_type", self.grant_type),
            ("client_id", self.client_id),
            ("client_secret", self._client_secret),
        ]
        started = self.clock()
        request = PreparedRequest("POST", url, [], form, None, None, None)
        try:
            response = await transport.send(request, get_dialect("json-v1"), authenticate=False)
        except TwilioError as error:
            status = error.status
            raise TwilioOAuthError(
                f"could not get an OAuth access token for client_id {self.client_id!r}: {error}",
                method="POST",
                url=url,
                status=status,
                may_have_been_processed=False,
            ) from error
        return self._parse(response.content, response.status_code, url, started)

    def _parse(self, body: bytes, status: int, url: str, started: float) -> AccessToken:
        def refuse(reason: str) -> TwilioOAuthError:
            return TwilioOAuthError(
                f"the OAuth token endpoint answered HTTP {status} for client_id "
                f"{self.client_id!r} but {reason}",
                method="POST",
                url=url,
                status=status,
            )

        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise refuse("the body is not JSON") from None
        if not isinstance(data, dict):
            raise refuse("the body is not a JSON object")
        value = data.get("access_token")
        if not isinstance(value, str) or not value:
            raise refuse("it holds no access_token")
        if not _TOKEN_CHARS.fullmatch(value):
            # Never echoed: it is (most of) a token.
            raise refuse("its access_token is not printable ASCII without spaces")
        kind = data.get("token_type")
        if kind is not None and (not isinstance(kind, str) or kind.lower() != "bearer"):
            shown = plain(kind, 40) if isinstance(kind, str) else type(kind).__name__
            raise refuse(f"its token_type is {shown!r}, not 'bearer'")
        expires_at = jwt_expiry(value)
        if expires_at is None:
            expires_in = data.get("expires_in")
            if (
                isinstance(expires_in, (int, float))
                and not isinstance(expires_in, bool)
                and math.isfinite(expires_in)
                and expires_in > 0
            ):
                expires_at = started + expires_in  # measured from before the request: early
        refresh_at = None
        if expires_at is not None:
            refresh_at = expires_at - min(self.refresh_skew, max(0.0, expires_at - started) / 2)
        return AccessToken(value, expires_at, refresh_at)


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (epoch seconds), read without checking its signature.

    The signature is the server's business; the client only needs to know when to
    refresh. ``None`` for a token that is not a JWT or has no numeric ``exp``.
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = json.loads(raw)
    except (ValueError, binascii.Error, RecursionError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, bool) or not isinstance(exp, (int, float)) or not math.isfinite(exp):
        return None
    return float(exp)


class TokenAuthStrategy:
    """The ``Authorization: Bearer …`` header of a client: a cached token, one refresh at a time.

    Callers on one event loop share one lock; a new event loop (a second ``asyncio.run``)
    gets a new lock, the cached token stays.
    """

    def __init__(self, token_manager: TokenManager, *, clock: Callable[[], float] | None = None):
        self.token_manager = token_manager
        self.clock: Callable[[], float] = (
            clock or getattr(token_manager, "clock", None) or time.time
        )
        self._token: AccessToken | None = None
        self._secrets: Secrets | None = None
        self._lock: Lock | None = None
        self._lock_loop: object | None = None
        #: Refresh attempts finished (success or failure), and the last one's failure.
        self._finished = 0
        self._failure: TwilioOAuthError | None = None
        #: Token requests made (for tests and metrics).
        self.fetches = 0

    def __repr__(self) -> str:
        state = "none" if self._token is None else repr(self._token)
        return f"<TokenAuthStrategy token={state}>"

    def _usable(self, token: AccessToken | None, stale: str | None) -> bool:
        if token is None or token.value == stale:
            return False
        return token.refresh_at is None or self.clock() < token.refresh_at

    def _current_lock(self) -> Lock:
        from anyio import Lock

        from ._http import running_loop

        loop = running_loop()
        if self._lock is None or loop is not self._lock_loop:
            self._lock = Lock()
            self._lock_loop = loop
        return self._lock

    async def authorization(self, transport: Transport, *, stale: str | None = None) -> str:
        """The header value ``Bearer <token>``, refreshing first if the token is stale.

        ``stale``: a header value the server refused (a 401); a token other than it is
        used as is (another caller refreshed meanwhile), it is never used again.
        """
        stale_token = stale[len("Bearer ") :] if stale is not None else None
        token = self._token
        if self._usable(token, stale_token):
            assert token is not None
            return f"Bearer {token.value}"
        seen = self._finished
        async with self._current_lock():
            token = self._token
            if self._usable(token, stale_token):
                assert token is not None
                return f"Bearer {token.value}"
            failure = self._failure
            if failure is not None and self._finished != seen:
                # The refresh this caller waited for failed: the same answer, not another try.
                raise _copy(failure) from failure.__cause__
            self.fetches += 1
            try:
                token = await self.token_manager.fetch_access_token(transport)
            except TwilioOAuthError as error:
                self._finished += 1
                self._failure = error
                raise
            except TwilioError as error:
                self._finished += 1
                self._failure = TwilioOAuthError(f"could not get an OAuth access token: {error}")
                self._failure.__cause__ = error
                raise self._failure from error
            self._token = token
            # Scrubbed from excerpts and logs while it lives; the old token's go with it.
            self._secrets = Secrets(token.value, f"Bearer {token.value}")
            self._finished += 1
            self._failure = None
            return f"Bearer {token.value}"


def _copy(error: TwilioOAuthError) -> TwilioOAuthError:
    """The same error for another caller: a new object, so tracebacks do not pile up."""
    copy = TwilioOAuthError.__new__(TwilioOAuthError)
    copy.args = error.args
    copy.__dict__.update(error.__dict__)
    return copy


class CredentialProvider(ABC):
    """What ``Client(credential_provider=...)`` takes (twilio-python's name)."""

    @abstractmethod
    def to_auth_strategy(self) -> TokenAuthStrategy:
        """The strategy that produces this provider's ``Authorization`` headers (one each)."""


class ClientCredentialProvider(CredentialProvider):
    """OAuth client credentials, for ``Client(credential_provider=...)``.

    ``ClientCredentialProvider(client_id, client_secret)``, as in twilio-python.

    ``token_manager=`` replaces how tokens are fetched (twilio-python's parameter);
    ``clock=`` (wall-clock seconds) and ``refresh_skew=`` are for tests and tuning.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_manager: TokenManager | None = None,
        *,
        clock: Callable[[], float] | None = None,
        refresh_skew: float = REFRESH_SKEW,
    ):
        self.grant_type = "client_credentials"
        self.client_id = _check_text(client_id, "client_id")
        _check_text(client_secret, "client_secret")
        if token_manager is not None and not isinstance(token_manager, TokenManager):
            raise TwilioConfigError(
                "token_manager must be a twilio_async TokenManager, got "
                f"{type(token_manager).__name__}"
            )
        self.token_manager: TokenManager = token_manager or ClientTokenManager(
            client_id, client_secret, clock=clock or time.time, refresh_skew=refresh_skew
        )
        self._clock = clock
        self._strategy: TokenAuthStrategy | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} client_id={self.client_id!r}>"

    def to_auth_strategy(self) -> TokenAuthStrategy:
        if self._strategy is None:
            self._strategy = TokenAuthStrategy(self.token_manager, clock=self._clock)
        return self._strategy


class OrgsCredentialProvider(ClientCredentialProvider):
    """twilio-python's name for the same client-credentials provider, used with the
    Organizations API."""


def _check_text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        # Never echoed: a misplaced secret is still a secret.
        raise TwilioConfigError(
            f"{name} must be a non-empty str, got "
            f"{'an empty str' if isinstance(value, str) else type(value).__name__}"
        )
    return value
