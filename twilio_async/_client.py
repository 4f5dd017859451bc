"""``Client``: credentials, domains, account shortcuts and lifecycle."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import _constants
from ._constants import (
    DEFAULT_MAX_RETRIES,
    ENV_ACCOUNT_SID,
    ENV_API_KEY,
    ENV_API_SECRET,
    ENV_AUTH_TOKEN,
    ENV_BASE_URL,
    ENV_BASE_URL_ALLOW_REMOTE,
    ENV_EDGE,
    ENV_LOG_BODIES,
    ENV_REGION,
)
from ._domains import Host
from ._errors import TwilioConfigError
from ._http import Transport, check_base_url, is_loopback
from ._types import BackendName

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ._oauth import CredentialProvider, TokenAuthStrategy
    from .batch import BatchOptions, BatchResource, BatchSender
    from .rest._root import RootResources

    # Type checkers see every generated domain and account shortcut as Client's own,
    # typed exactly; at run time Client holds one RootResources and forwards to it.
    _Resources = RootResources
else:
    _Resources = object

_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")


class Client(_Resources):
    """The entry point: ``async with Client() as client: await client.messages.create(...)``.

    Credentials, as in twilio-python: ``Client(account_sid, auth_token)``, or an API
    key ``Client("SK…", api_secret, account_sid="AC…")``, or nothing to read
    ``TWILIO_ACCOUNT_SID`` / ``TWILIO_AUTH_TOKEN`` (or ``TWILIO_API_KEY`` /
    ``TWILIO_API_SECRET`` with ``TWILIO_ACCOUNT_SID``) from the environment.

    ``base_url`` sends every domain's requests to one server (the emulator), each
    under a path prefix named after its domain (``/api``, ``/flex-api``). Without it,
    ``TWILIO_ASYNC_BASE_URL`` is used when set: a loopback host only (127.0.0.0/8,
    ``::1``, ``localhost``) unless ``TWILIO_ASYNC_BASE_URL_ALLOW_REMOTE=1``, so an app's
    plain ``Client()`` can be pointed at the emulator in tests.

    ``http_backend`` picks how requests are sent: ``"auto"`` (default: aiohttp on asyncio
    when the ``aiohttp`` extra is installed, else httpx's transport), ``"aiohttp"`` or
    ``"httpx"``; ``http_client=`` uses your
    own ``httpx.AsyncClient`` instead.

    ``method_override=True`` sends PUT and DELETE as ``POST <url>?_method=PUT|DELETE``
    (Twilio's HTTP method overloading), for networks that block those verbs.

    ``timeout`` (seconds, or an ``httpx.Timeout`` for connect/read/write/pool) and
    ``max_retries`` apply to every call unless ``options=RequestOptions(...)`` says
    otherwise. ``timeout`` bounds each phase of each attempt; ``deadline`` (seconds, default
    ``None``: none) bounds the whole call, retries and backoff included, and raises
    ``TwilioTimeoutError`` when it passes. ``max_connections`` bounds the SDK's own
    connection pool (a call that finds it busy longer than the pool timeout fails with
    ``TwilioTimeoutError``).
    ``log_bodies=True`` (or ``TWILIO_ASYNC_LOG_BODIES=1``) adds redacted request and
    response bodies to the DEBUG lines of the ``twilio_async`` logger.

    ``environment=`` (twilio-python's name; ``environ=`` is the same) is the mapping
    ``TWILIO_*`` settings are read from instead of ``os.environ``.
    """

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        account_sid: str | None = None,
        *,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
        user_agent_extensions: list[str] | None = None,
        method_override: bool = False,
        http_backend: BackendName | None = None,
        max_connections: int | None = None,
        log_bodies: bool | None = None,
        environ: Mapping[str, str] | None = None,
        environment: Mapping[str, str] | None = None,
        credential_provider: CredentialProvider | None = None,
    ):
        env = _environment(environ, environment)
        strategy: TokenAuthStrategy | None = None
        if credential_provider is not None:
            strategy = _strategy(credential_provider, username, password)
            account_sid = _bearer_account(account_sid, env)
        else:
            username, password, account_sid = _credentials(username, password, account_sid, env)
        self.username = username
        self.credential_provider = credential_provider
        self._transport = Transport(
            username=username,
            password=password,
            auth_strategy=strategy,
            http_client=http_client,
            base_url=base_url if base_url is not None else _env_base_url(env),
            # Checked by the transport: one DNS label each, or TwilioConfigError naming both.
            region=region or env.get(ENV_REGION) or None,
            edge=edge or env.get(ENV_EDGE) or None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
            user_agent_extensions=user_agent_extensions,
            method_override=method_override,
            http_backend=http_backend or _constants.DEFAULT_HTTP_BACKEND,
            max_connections=max_connections,
            log_bodies=(
                env.get(ENV_LOG_BODIES, "").strip().lower() in ("1", "true", "yes")
                if log_bodies is None
                else log_bodies
            ),
        )
        self.region = self._transport.region
        self.edge = self._transport.edge
        self._own_account = account_sid
        self._host = Host(self._transport, account_sid)

    @property
    def account_sid(self) -> str:
        """The client's own account; ``TwilioConfigError`` for a bearer client given none."""
        return self._host.account_sid

    def __getattr__(self, name: str) -> Any:
        # Only reached for names Client itself lacks: the generated domains (``api``,
        # ``flex_api``) and account shortcuts (``messages``…). The generated tree loads
        # here, on the first such access (the one runtime -> generated import), and each
        # answer is kept on the instance so later accesses are plain attribute reads.
        if name.startswith("_"):
            raise AttributeError(name)
        resources = self.__dict__.get("_resources")
        if resources is None:
            from .rest._root import RootResources

            resources = self.__dict__["_resources"] = RootResources(self._host)
        if not hasattr(type(resources), name):
            raise AttributeError(f"'Client' object has no attribute {name!r}")
        value = getattr(resources, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        if self.credential_provider is not None:
            return (
                f"<twilio_async.Client account_sid={self._own_account} "
                f"credential_provider={self.credential_provider!r}>"
            )
        return f"<twilio_async.Client account_sid={self.account_sid} username={self.username}>"

    @property
    def is_closed(self) -> bool:
        """True after ``aclose()``."""
        return self._transport.closed

    def batch(
        self, *, resource: BatchResource | None = None, **options: Unpack[BatchOptions]
    ) -> BatchSender:
        """A ``BatchSender`` for many creates (``client.messages`` unless ``resource=``).

        ``async with client.batch(concurrency="auto", rate=None, journal="run.db") as b:``
        then ``async for result in b.send(items)``; see ``twilio_async.batch.BatchSender``.
        """
        from .batch import BatchSender  # loaded on first use: `import twilio_async` stays cheap

        target = self.messages if resource is None else resource
        return BatchSender(target, account=self.account_sid, **options)

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        await self._transport.aclose()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _strategy(provider: object, username: str | None, password: str | None) -> TokenAuthStrategy:
    """The bearer strategy of ``credential_provider=``; basic credentials next to it are refused."""
    from ._oauth import CredentialProvider, TokenAuthStrategy  # only bearer clients need it

    if not isinstance(provider, CredentialProvider):
        raise TwilioConfigError(
            "credential_provider must be a twilio_async CredentialProvider such as "
            f"ClientCredentialProvider(client_id, client_secret), got {type(provider).__name__}"
        )
    if username is not None or password is not None:
        raise TwilioConfigError(
            "pass either credential_provider= (bearer tokens) or a username and password "
            "(basic auth), not both"
        )
    strategy = provider.to_auth_strategy()
    if not isinstance(strategy, TokenAuthStrategy):
        raise TwilioConfigError(
            "credential_provider.to_auth_strategy() must return a TokenAuthStrategy, got "
            f"{type(strategy).__name__}"
        )
    return strategy


def _bearer_account(account_sid: str | None, env: Mapping[str, str]) -> str | None:
    """A bearer client's own account: ``account_sid=`` or ``TWILIO_ACCOUNT_SID``, optional."""
    account_sid = account_sid or env.get(ENV_ACCOUNT_SID) or None
    if account_sid is not None and (
        not isinstance(account_sid, str) or not _ACCOUNT_SID.fullmatch(account_sid)
    ):
        raise TwilioConfigError(
            f"account_sid must be 'AC' followed by 32 hex digits, got {str(account_sid)[:40]!r}"
        )
    return account_sid


def _environment(
    environ: Mapping[str, str] | None, environment: Mapping[str, str] | None
) -> Mapping[str, str]:
    """Where ``TWILIO_*`` settings are read: ``environment=`` (twilio-python's name) or
    ``environ=``, else ``os.environ``."""
    if environ is not None and environment is not None:
        raise TwilioConfigError(
            "pass environment= or environ= (the same setting under two names), not both"
        )
    env = environment if environment is not None else environ
    if env is None:
        return os.environ
    if not isinstance(env, Mapping):
        raise TwilioConfigError(
            f"environment must be a mapping of str to str such as os.environ, got "
            f"{type(env).__name__}"
        )
    return env


def _env_base_url(env: Mapping[str, str]) -> str | None:
    """``TWILIO_ASYNC_BASE_URL``, checked: an http(s) URL on a loopback host unless allowed."""
    value = env.get(ENV_BASE_URL, "").strip()
    if not value:
        return None
    try:
        url = check_base_url(value, allow_insecure_http=True)  # plain http: checked below
    except TwilioConfigError as error:
        raise TwilioConfigError(
            f"{ENV_BASE_URL} is not usable (expected an http(s) URL such as "
            f"http://127.0.0.1:8787): {error}"
        ) from None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return url
    if env.get(ENV_BASE_URL_ALLOW_REMOTE, "").strip().lower() not in ("1", "true", "yes"):
        raise TwilioConfigError(
            f"{ENV_BASE_URL} points at {host[:80]!r}, which is not a loopback host "
            f"(127.0.0.0/8, ::1, localhost); set {ENV_BASE_URL_ALLOW_REMOTE}=1 to send "
            "requests (and credentials) there"
        )
    if parts.scheme != "https":
        raise TwilioConfigError(
            f"{ENV_BASE_URL} points at {host[:80]!r} over plain http: credentials would be "
            "sent unencrypted; use https for a host that is not loopback"
        )
    return url


def _credentials(
    username: str | None, password: str | None, account_sid: str | None, env: Mapping[str, str]
) -> tuple[str, str, str]:
    if username is None and password is None:
        if env.get(ENV_API_KEY) and env.get(ENV_API_SECRET):
            username, password = env[ENV_API_KEY], env[ENV_API_SECRET]
        else:
            username, password = env.get(ENV_ACCOUNT_SID), env.get(ENV_AUTH_TOKEN)
    if (username is not None and not isinstance(username, str)) or (
        password is not None and not isinstance(password, str)
    ):
        # Never echoed: a misplaced token is still a token.
        raise TwilioConfigError("username and password must be str")
    if not username or not password:
        raise TwilioConfigError(
            "no Twilio credentials: pass Client(account_sid, auth_token) or set "
            f"{ENV_ACCOUNT_SID} and {ENV_AUTH_TOKEN} (or {ENV_API_KEY} and {ENV_API_SECRET} "
            f"with {ENV_ACCOUNT_SID})"
        )
    account_sid = account_sid or (
        username if username.startswith("AC") else env.get(ENV_ACCOUNT_SID)
    )
    if not account_sid:
        raise TwilioConfigError(
            f"an API key ({username[:2]}…) needs the account it belongs to: pass "
            f"account_sid='AC…' or set {ENV_ACCOUNT_SID}"
        )
    if not isinstance(account_sid, str):
        raise TwilioConfigError(f"account_sid must be a str, got {type(account_sid).__name__}")
    if not _ACCOUNT_SID.fullmatch(account_sid):
        # fullmatch: "$" would let a trailing newline into every URL path.
        raise TwilioConfigError(
            f"account_sid must be 'AC' followed by 32 hex digits, got {account_sid[:40]!r}"
        )
    return username, password, account_sid
