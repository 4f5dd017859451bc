"""The one transport every generated resource uses: auth, headers, encoding, retries, errors.

It sends ``PreparedRequest``s through a backend (``_backends``) and asks the version's
dialect (``_dialects``) to turn an error answer into an exception; it knows neither
the resource layer nor the generated tree.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import platform
import re
import sys
import time
from typing import TYPE_CHECKING, Any, Protocol, cast
from urllib.parse import urlsplit

from ._constants import BACKENDS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUTS, ENV_EDGE, ENV_REGION
from ._encoding import form_urlencode
from ._errors import (
    TwilioClientClosedError,
    TwilioConfigError,
    TwilioConnectionError,
    TwilioResponseError,
    TwilioTimeoutError,
)
from ._logging import (
    log_attempt,
    log_request_body,
    log_response_body,
    log_retry,
    logger,
)
from ._options import (
    RequestOptionsError,
    check_deadline,
    check_headers,
    check_max_retries,
    check_timeout,
)
from ._redact import FORM_CONTENT_TYPE, Secrets, excerpt, url_path, without_query
from ._retry import (
    READ_METHODS,
    backoff_delay,
    may_have_been_processed,
    retry_after_seconds,
    should_retry_error,
    should_retry_status,
    status_may_have_been_processed,
)
from ._types import BackendName, PreparedRequest, ResponseLike, Timeouts
from ._version import __version__

if TYPE_CHECKING:
    import httpx

    from ._backends import Backend, BodyTooLargeError
    from ._dialects import Dialect

# httpx, anyio, aiohttp and pydantic load on the first request, not with the Client: keeping
# them out of this module's imports is what makes `Client(...).messages` cheap to reach.


#: A region or edge: one lower-case DNS label (``au1``, ``sydney``).
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
#: One ``user_agent_extensions`` item: printable ASCII, no controls (it goes into a header).
_AGENT_PART = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def user_agent() -> str:
    """``twilio-async/<version> (<os> <arch>) Python/<version>``."""
    return (
        f"twilio-async/{__version__} ({platform.system()} {platform.machine()}) "
        f"Python/{platform.python_version()}"
    )


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class BearerAuth(Protocol):
    """Where a bearer client's ``Authorization`` comes from (``_oauth.TokenAuthStrategy``)."""

    async def authorization(self, transport: Transport, *, stale: str | None = None) -> str:
        """``Bearer <token>``; ``stale``: a header the server refused, never returned again."""
        ...


class Transport:
    """Sends prepared requests; holds the HTTP client, auth header and base URLs.

    Everything that can be computed once (auth header, default headers, base URLs)
    is computed here at construction, not per request. Auth is basic (``username`` and
    ``password``) or, with ``auth_strategy``, a bearer token per request (``_oauth``).
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        auth_strategy: BearerAuth | None = None,
        http_client: httpx.AsyncClient | None = None,
        base_url: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
        user_agent_extensions: list[str] | None = None,
        method_override: bool = False,
        http_backend: BackendName = "auto",
        max_connections: int | None = None,
        log_bodies: bool = False,
    ):
        agent = user_agent()
        if user_agent_extensions:
            agent += " " + " ".join(_check_agent_parts(user_agent_extensions))
        self._headers: dict[str, str] = {"User-Agent": agent, "Accept": "application/json"}
        #: Headers without ``Authorization`` (the token request; a bearer client's base).
        self._plain_headers = dict(self._headers)
        #: Bearer tokens per request (``None``: basic auth from username and password).
        self.auth_strategy = auth_strategy
        if auth_strategy is None:
            if not username or not password:
                raise TwilioConfigError("basic auth needs a username and a password")
            token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            self._headers = {"Authorization": f"Basic {token}", **self._headers}
            # Scrubbed from every excerpt and logged body while this transport lives (echoes).
            self._secrets = Secrets(password, token, f"Basic {token}")
        else:
            self._secrets = Secrets()
        # Default headers per (Accept, Content-Type): API 2008 asks for XML; bodies are form or
        # JSON. Built once each, never per request.
        self._header_sets: dict[tuple[str, str | None, bool], dict[str, str]] = {}
        #: Send PUT and DELETE as ``POST <url>?_method=PUT|DELETE`` (Twilio's method overloading).
        self.method_override = _check_flag(method_override, "method_override")
        allow_insecure_http = _check_flag(allow_insecure_http, "allow_insecure_http")
        self._base_url = check_base_url(base_url, allow_insecure_http) if base_url else None
        self._base_host = urlsplit(self._base_url).hostname if self._base_url else None
        #: The region and edge hosts are built from (each one DNS label, lower-cased).
        self.region = self._region = _check_label(region, "region", ENV_REGION)
        self.edge = self._edge = _check_label(edge, "edge", ENV_EDGE)
        self._timeouts: Timeouts = _timeout(timeout) if timeout is not None else DEFAULT_TIMEOUTS
        self.max_retries = check_max_retries(max_retries, "max_retries")
        if http_backend not in BACKENDS:
            raise TwilioConfigError(f"http_backend must be one of {BACKENDS}, got {http_backend!r}")
        if http_backend == "aiohttp" and http_client is None:
            from ._backends import AIOHTTP_MISSING, _aiohttp_available

            if not _aiohttp_available():  # the extra is missing: say so now, not on first send
                raise TwilioConfigError(AIOHTTP_MISSING)
        self._backend_name = http_backend
        if max_connections is not None:
            if (
                isinstance(max_connections, bool)
                or not isinstance(max_connections, int)
                or max_connections < 1
            ):
                raise TwilioConfigError(
                    f"max_connections must be a positive int, got {max_connections!r}"
                )
            if http_client is not None:
                raise TwilioConfigError(
                    "max_connections sizes the SDK's own pool; with http_client=, set "
                    "httpx.Limits on your httpx.AsyncClient instead"
                )
        self._max_connections = max_connections
        #: Log request and response bodies (redacted) at DEBUG; off unless asked for.
        self.log_bodies = _check_flag(log_bodies, "log_bodies")
        #: Seconds for a whole call, retries and backoff included (``None``: no deadline).
        self.deadline = check_deadline(deadline, "deadline") if deadline is not None else None
        # Opened lazily on the first request, inside the running event loop (aiohttp needs one).
        self._backend: Backend | None = None
        # The event loop (asyncio loop or trio token) the backend was opened or last used on:
        # an owned backend is reopened when it changes (one Client, two asyncio.run() calls).
        self._backend_loop: object | None = None
        self._owns_backend = http_client is None
        # While an httpx mock is active, an owned backend's requests go through this one
        # instead (httpx's AsyncClient, which the mock patches), opened on first need.
        self._routed: Backend | None = None
        self._routed_loop: object | None = None
        if http_client is not None:
            from ._backends import ClientBackend

            self._backend = ClientBackend(http_client)
        self._domain_bases: dict[str, str] = {}
        self.closed = False

    def __repr__(self) -> str:
        return (
            f"<Transport base_url={self._base_url!r} region={self._region!r} edge={self._edge!r}>"
        )

    def domain_base(self, domain: str) -> str:
        """Scheme and host (plus prefix) for a Twilio domain such as ``api`` or ``flex-api``."""
        base = self._domain_bases.get(domain)
        if base is None:
            if not _DNS_LABEL.fullmatch(domain):
                raise TwilioConfigError(f"not a Twilio domain name: {domain!r}")
            if self._base_url is not None:
                base = f"{self._base_url}/{domain}"
                host = self._base_host
            else:
                if self._edge:
                    host = f"{domain}.{self._edge}.{self._region or 'us1'}.twilio.com"
                elif self._region:
                    host = f"{domain}.{self._region}.twilio.com"
                else:
                    host = f"{domain}.twilio.com"
                base = f"https://{host}"
            # Credentials go wherever this points: it must parse back to the intended host.
            parts = urlsplit(base)
            if parts.hostname != host or parts.query or parts.fragment or "@" in parts.netloc:
                raise TwilioConfigError(
                    f"the {domain!r} base URL does not parse back to {host!r}; check "
                    "region=, edge= and base_url="
                )
            self._domain_bases[domain] = base
        return base

    async def aclose(self) -> None:
        """Close the HTTP client if this transport created it."""
        if self.closed:
            return
        self.closed = True
        if not self._owns_backend:
            return
        routed, self._routed = self._routed, None
        for backend, loop in ((routed, self._routed_loop), (self._backend, self._backend_loop)):
            if backend is None:
                continue
            if loop is not None and loop is not running_loop():
                from ._backends import abandon_backend

                abandon_backend(backend, loop)  # its loop is gone: never await there
                continue
            await backend.aclose()

    def _check_open(self) -> None:
        if self.closed:
            raise TwilioClientClosedError(
                "this twilio_async Client is closed (aclose() or the end of `async with`); "
                "create a new one"
            )

    def _open_backend(self, loop: object | None = None) -> Backend:
        """The backend for the running ``loop``: opened on first use, reopened if the loop changed.

        An owned backend's connections belong to the loop they were opened on; after that
        loop ends (``asyncio.run()`` returned) they are dropped without awaiting anything on
        it, and a new backend opens on the running loop. A caller's ``http_client`` cannot be
        reopened: used from a new loop after its own loop closed, it is refused clearly.
        """
        from ._backends import abandon_backend, open_backend

        if loop is None:
            loop = running_loop()
        previous, previous_loop = self._backend, self._backend_loop
        if previous is not None and (previous_loop is None or not self._owns_backend):
            # Not used on any loop yet (a caller's client, or one set in place): adopted here.
            if previous_loop is not None and _loop_is_closed(previous_loop):
                raise TwilioConfigError(
                    "the http_client= passed to this Client was used on an event loop that has "
                    "since closed (a second asyncio.run()?); its connections belong to that "
                    "loop. Create the httpx.AsyncClient and the Client inside the loop that "
                    "uses them, or let the Client own its connections (no http_client=)"
                )
            self._backend_loop = loop
            return previous
        if previous is not None and previous_loop is not None:
            abandon_backend(previous, previous_loop)
        self._backend = open_backend(self._backend_name, max_connections=self._max_connections)
        self._backend_loop = loop
        return self._backend

    def _routed_backend(self, loop: object | None) -> Backend:
        """The backend that goes through ``httpx.AsyncClient``, for the running ``loop``."""
        from ._backends import abandon_backend, open_routed_backend

        routed = self._routed
        if routed is None or loop is not self._routed_loop:
            if routed is not None and self._routed_loop is not None:
                abandon_backend(routed, self._routed_loop)
            routed = self._routed = open_routed_backend(max_connections=self._max_connections)
            self._routed_loop = loop
        return routed

    async def _authorization(
        self,
        bearer: BearerAuth,
        stale: str | None,
        stop: float | None,
        method: str,
        url: str,
        deadline: float | None,
    ) -> str:
        """The bearer header for a call, fetched within the call's deadline (if it has one)."""
        if stop is None:
            return await bearer.authorization(self, stale=stale)
        from anyio import CancelScope

        with CancelScope(deadline=stop) as scope:
            return await bearer.authorization(self, stale=stale)
        # Only reached when the deadline cut the token request off: the call was never sent.
        assert scope.cancelled_caught
        raise _deadline_error(method, url, deadline, 1, "", False)

    async def send(
        self, request: PreparedRequest, dialect: Dialect, *, authenticate: bool = True
    ) -> ResponseLike:
        """Send with the retry policy; return a 2xx response or raise a typed error.

        ``authenticate=False`` sends no ``Authorization`` header (the OAuth token request,
        whose credentials are in its body).
        """
        self._check_open()
        bearer = self.auth_strategy if authenticate else None
        base_headers = self._headers if authenticate else self._plain_headers
        method = request.method
        url = request.url
        if request.query:
            url += ("&" if "?" in url else "?") + form_urlencode(request.query)
        # ``method`` stays the logical verb (retry policy, errors); ``wire_method`` is sent.
        wire_method = method
        if self.method_override and method in ("PUT", "DELETE"):
            url += ("&" if "?" in url else "?") + "_method=" + method
            wire_method = "POST"
        content: bytes | None = None
        content_type: str | None = None
        if request.form is not None and method != "GET":
            content_type = FORM_CONTENT_TYPE
            content = form_urlencode(request.form).encode()
        elif request.json is not None:
            content_type = "application/json"
            content = _json_bytes(request.json)
        headers = self._header_sets.get((dialect.accept, content_type, authenticate))
        if headers is None:
            headers = {**base_headers, "Accept": dialect.accept}
            if content_type is not None:
                headers["Content-Type"] = content_type
            self._header_sets[(dialect.accept, content_type, authenticate)] = headers
        if request.headers:
            # Header parameters come from the caller: checked like extra_headers, before sending.
            headers = {**headers, **check_headers(request.headers, "header parameters")}
        options = request.options
        timeouts = self._timeouts
        max_retries = self.max_retries
        if options is not None:
            # RequestOptions checked these when it was built; checked again here because a
            # frozen dataclass can still be changed with object.__setattr__.
            if options.extra_headers:
                extra = check_headers(
                    options.extra_headers, "RequestOptions.extra_headers", RequestOptionsError
                )
                headers = {**headers, **extra}
            if options.timeout is not None:
                timeouts = check_timeout(
                    options.timeout, "RequestOptions.timeout", RequestOptionsError
                )
            if options.max_retries is not None:
                max_retries = check_max_retries(
                    options.max_retries, "RequestOptions.max_retries", RequestOptionsError
                )
        loop = running_loop()
        backend = self._backend
        if backend is None or loop is not self._backend_loop:
            backend = self._open_backend(loop)
        deadline = self.deadline
        if options is not None and options.deadline is not None:
            deadline = check_deadline(
                options.deadline, "RequestOptions.deadline", RequestOptionsError
            )
        if self.log_bodies and content is not None:
            log_request_body(method, url, content, content_type)

        from anyio import CancelScope, current_time, sleep
        from httpx import TransportError

        from ._backends import BodyTooLargeError, needs_routing

        if self._owns_backend and needs_routing(backend):
            # An httpx mock is active (respx...): send where it sees the request.
            backend = self._routed_backend(loop)
        attempt = 0
        # An earlier attempt of this call may have taken effect (only repeatable calls retry then).
        earlier_processed = False
        # The whole call (attempts and backoff) ends by ``stop`` on the event loop's clock.
        stop = None if deadline is None else current_time() + deadline
        # Bearer auth: the header of this call, and whether a 401 already forced a refresh.
        authorization: str | None = None
        refreshed = False
        if bearer is not None and any(k.lower() == "authorization" for k in headers):
            bearer = None  # the call brings its own (an ``authorization`` header parameter)
        if bearer is not None:
            authorization = await self._authorization(bearer, None, stop, method, url, deadline)
            headers = {**headers, "Authorization": authorization}
        while True:
            started = time.monotonic()
            try:
                if stop is None:
                    response = await backend.send(wire_method, url, headers, content, timeouts)
                else:
                    with CancelScope(deadline=stop) as scope:
                        response = await backend.send(wire_method, url, headers, content, timeouts)
                    if scope.cancelled_caught:  # cut off mid-attempt: it may have arrived
                        log_attempt(method, url, "deadline", started, attempt)
                        raise _deadline_error(
                            method, url, deadline, attempt + 1, "", method not in READ_METHODS
                        )
            except BodyTooLargeError as err:
                log_attempt(method, url, err.status, started, attempt)
                raise _too_large(err, method, url, earlier_processed) from None
            except TransportError as err:
                processed = may_have_been_processed(err)
                if attempt < max_retries and should_retry_error(method, err):
                    attempt += 1
                    delay = backoff_delay(attempt, None)
                    earlier_processed = earlier_processed or processed
                    if stop is not None and current_time() + delay >= stop:  # no time to retry
                        log_attempt(method, url, type(err).__name__, started, attempt - 1)
                        raise _deadline_error(
                            method, url, deadline, attempt, type(err).__name__, earlier_processed
                        ) from None
                    log_retry(method, url, type(err).__name__, started, attempt, max_retries, delay)
                    await sleep(delay)
                    self._check_open()
                    continue
                log_attempt(method, url, type(err).__name__, started, attempt)
                processed = processed or (earlier_processed and method not in READ_METHODS)
                raise _connection_error(err, method, url, timeouts, processed) from err
            status = response.status_code
            if status < 300:
                log_attempt(method, url, status, started, attempt)
                if self.log_bodies:
                    log_response_body(method, url, response)
                return response
            retry_after = retry_after_seconds(response.headers.get("retry-after"))
            processed = status_may_have_been_processed(method, status, retry_after)
            if attempt < max_retries and should_retry_status(method, status, retry_after):
                attempt += 1
                delay = backoff_delay(attempt, retry_after)
                earlier_processed = earlier_processed or processed
                if stop is not None and current_time() + delay >= stop:  # no time to retry
                    log_attempt(method, url, status, started, attempt - 1)
                    raise _deadline_error(
                        method, url, deadline, attempt, f"HTTP {status}", earlier_processed
                    )
                log_retry(method, url, status, started, attempt, max_retries, delay)
                await sleep(delay)
                self._check_open()
                continue
            log_attempt(method, url, status, started, attempt)
            if self.log_bodies:
                log_response_body(method, url, response)
            if status == 401 and bearer is not None and not refreshed:
                # The token was refused (revoked, expired early): nothing was processed, so
                # one forced refresh and one more try are safe for any method.
                refreshed = True
                logger.info(
                    "%s %s -> 401 with a bearer token: refreshing it", method, url_path(url)
                )
                authorization = await self._authorization(
                    bearer, authorization, stop, method, url, deadline
                )
                headers = {**headers, "Authorization": authorization}
                self._check_open()
                continue
            if status == 404 and method == "DELETE" and earlier_processed:
                # An earlier attempt may have deleted it and lost the answer: gone is the goal.
                logger.info(
                    "DELETE %s -> 404 after a retry: an earlier attempt deleted it", url_path(url)
                )
                return response
            processed = processed or (earlier_processed and method not in READ_METHODS)
            raise dialect.error(response, method, url, processed=processed)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _timeout(value: float | httpx.Timeout) -> Timeouts:
    """Per-phase timeouts from seconds (every phase) or an ``httpx.Timeout``.

    Finite and above zero, or ``None`` in a phase of an ``httpx.Timeout`` (no limit): NaN
    or infinity would scramble the event loop's timers.
    """
    return check_timeout(value, "timeout")


def _check_flag(value: object, name: str) -> bool:
    """A yes/no option: a bool, never a truthy string (``"no"`` would mean yes)."""
    if not isinstance(value, bool):
        raise TwilioConfigError(f"{name} must be True or False, got {type(value).__name__}")
    return value


def _check_label(value: object, name: str, env: str) -> str | None:
    """A region or edge: one DNS label, so the host built from it is the intended one."""
    if value is None:
        return None
    if isinstance(value, str):
        label = value.lower()
        if _DNS_LABEL.fullmatch(label):
            return label
    shown = repr(value)[:40] if isinstance(value, str) else type(value).__name__
    raise TwilioConfigError(
        f"{name} must be one DNS label of letters, digits and hyphens (such as 'au1' or "
        f"'sydney'), got {shown}; check {name}= and {env}"
    )


def _check_agent_parts(parts: object) -> list[str]:
    """``user_agent_extensions``: a list of printable-ASCII strings (they go into a header)."""
    if isinstance(parts, str) or not isinstance(parts, (list, tuple)):
        raise TwilioConfigError(
            "user_agent_extensions must be a list of str such as ['my-app/1.0'], "
            f"got {type(parts).__name__}"
        )
    for part in parts:
        if not isinstance(part, str) or not _AGENT_PART.fullmatch(part):
            shown = repr(part)[:40] if isinstance(part, str) else type(part).__name__
            raise TwilioConfigError(
                "user_agent_extensions: each item must be printable ASCII without control "
                f"characters or surrounding spaces, got {shown}"
            )
    return list(parts)


_TIMEOUT_KINDS = {
    "ConnectTimeout": ("connect", "connect timeout"),
    "ReadTimeout": ("read", "read timeout"),
    "WriteTimeout": ("write", "write timeout"),
}


def _connection_error(
    err: httpx.TransportError, method: str, url: str, timeouts: Timeouts, processed: bool
) -> TwilioConnectionError:
    """The typed error for a request that got no usable answer; never echoes headers."""
    import httpx

    kind = TwilioTimeoutError if isinstance(err, httpx.TimeoutException) else TwilioConnectionError
    label = type(err).__name__
    shown = without_query(url)
    detail = str(err) or label
    note = (
        " (the request may have been processed)"
        if processed
        else " (the request was not processed)"
    )
    if isinstance(err, httpx.PoolTimeout):
        pool = timeouts.get("pool")
        within = f"{pool:g} s" if pool is not None else "the pool timeout"
        message = (
            f"connection pool exhausted on {method} {shown}: every connection stayed busy for "
            f"{within}; raise Client(max_connections=...) or the pool timeout, or send fewer "
            f"requests at once{note}"
        )
    else:
        name, what = _TIMEOUT_KINDS.get(type(err).__name__, ("", ""))
        seconds = cast("dict[str, float | None]", timeouts).get(name) if name else None
        if what and seconds is not None:
            message = f"{what} ({seconds:g} s) on {method} {shown}: {detail}{note}"
        else:
            message = f"{label} on {method} {shown}: {detail}{note}"
    return kind(message, method=method, url=url, may_have_been_processed=processed)


def _too_large(
    err: BodyTooLargeError, method: str, url: str, earlier_processed: bool
) -> TwilioResponseError:
    """An answer over the size limit: a response error with its status and first bytes."""
    head = excerpt(err.head, 200)
    reason = f" {err.reason}" if err.reason else ""
    return TwilioResponseError(
        f"the HTTP {err.status}{reason} answer to {method} {without_query(url)} is larger than "
        f"the {err.limit}-byte limit and was refused; it starts {head!r}",
        status=err.status,
        method=method,
        url=url,
        body=err.head,
        may_have_been_processed=True if earlier_processed and method not in READ_METHODS else None,
    )


#: Characters a base URL may not hold: controls, whitespace, DEL and backslash (which some
#: URL parsers read as ``/``, so two parsers would disagree on the host).
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")


def _deadline_error(
    method: str, url: str, deadline: float | None, attempts: int, last: str, processed: bool
) -> TwilioTimeoutError:
    """The call's deadline passed: mid-attempt, or before the next retry could start.

    ``attempts`` counts the attempts made (the one cut off included); ``last`` names the
    previous attempt's failure when the deadline would pass while waiting to retry (empty
    when an attempt was cut off). Reads are never reported as processed.
    """
    processed = processed and method not in READ_METHODS
    when = (
        f"before retry {attempts} could start (last attempt: {last})"
        if last
        else f"during attempt {attempts}"
    )
    note = (
        " (the request may have been processed)"
        if processed
        else " (the request was not processed)"
    )
    return TwilioTimeoutError(
        f"deadline ({deadline:g} s) passed on {method} {without_query(url)} {when}; "
        f"{attempts} attempt{'s' if attempts > 1 else ''} made{note}",
        method=method,
        url=url,
        may_have_been_processed=processed,
    )


def running_loop() -> object | None:
    """The running event loop: the asyncio loop, or trio's token for this ``trio.run``."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return cast(object, trio.lowlevel.current_trio_token())
        except RuntimeError:
            pass
    return None


def _loop_is_closed(loop: object | None) -> bool:
    """Whether ``loop`` has ended (an asyncio loop that is closed; a trio run that finished)."""
    is_closed = getattr(loop, "is_closed", None)
    if callable(is_closed):
        return bool(is_closed())
    return loop is not None  # a trio token outlives its run; a different run means it ended


def check_base_url(base_url: str, allow_insecure_http: bool) -> str:
    """``base_url`` without its trailing slash, or ``TwilioConfigError`` saying what is wrong."""
    if not isinstance(base_url, str):
        raise TwilioConfigError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        parts = urlsplit(base_url)
    except ValueError:
        parts = None
    if parts is None or "@" in parts.netloc:
        # Never echoed: it may hold a token.
        raise TwilioConfigError(
            "base_url must not contain credentials; pass them as Client(username, password)"
            if parts is not None
            else "base_url is not a parseable URL"
        )
    if _BAD_URL_CHARS.search(base_url):
        raise TwilioConfigError(
            "base_url must not contain whitespace, control characters or backslashes, got "
            f"{base_url[:80]!r}"
        )
    if "?" in base_url or "#" in base_url:
        raise TwilioConfigError(
            "base_url must not have a query or fragment (each domain's path is appended to "
            f"it), got {base_url[:80]!r}"
        )
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError:
        raise TwilioConfigError(f"base_url has an invalid port: {base_url[:80]!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TwilioConfigError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise TwilioConfigError(
            f"refusing to send credentials over plain http to {parts.hostname!r}; use https, "
            "a loopback address, or pass allow_insecure_http=True"
        )
    return base_url.rstrip("/")
