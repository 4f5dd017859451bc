"""The one transport every generated resource uses: auth, headers, encoding, retries, errors."""

from __future__ import annotations

import base64
import ipaddress
import logging
import platform
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import anyio
import httpx

from ._backends import BACKENDS, Backend, ClientBackend, ResponseLike, open_backend
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._encoding import form_urlencode
from ._errors import (
    TwilioClientClosedError,
    TwilioConfigError,
    TwilioConnectionError,
    TwilioRestError,
    TwilioTimeoutError,
)
from ._resource import PreparedRequest
from ._retry import (
    backoff_delay,
    is_idempotent,
    may_have_been_processed,
    should_retry_error,
    should_retry_status,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._dialects import Dialect

logger = logging.getLogger("twilio_async")

_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


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


class Transport:
    """Sends prepared requests; holds the HTTP client, auth header and base URLs.

    Everything that can be computed once (auth header, default headers, base URLs)
    is computed here at construction, not per request.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        http_client: httpx.AsyncClient | None = None,
        base_url: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
        user_agent_extensions: list[str] | None = None,
        method_override: bool = False,
        http_backend: str = "auto",
    ):
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        agent = user_agent()
        if user_agent_extensions:
            agent += " " + " ".join(user_agent_extensions)
        self._headers: dict[str, str] = {
            "Authorization": f"Basic {token}",
            "User-Agent": agent,
            "Accept": "application/json",
        }
        # Default headers per (Accept, Content-Type): API 2008 asks for XML; bodies are form or
        # JSON. Built once each, never per request.
        self._header_sets: dict[tuple[str, str | None], dict[str, str]] = {}
        #: Send PUT and DELETE as ``POST <url>?_method=PUT|DELETE`` (Twilio's method overloading).
        self.method_override = bool(method_override)
        self._base_url = _check_base_url(base_url, allow_insecure_http) if base_url else None
        self._region = region
        self._edge = edge
        self._timeout = _timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise TwilioConfigError("max_retries must be a non-negative int")
        self.max_retries = max_retries
        if http_backend not in BACKENDS:
            raise TwilioConfigError(f"http_backend must be one of {BACKENDS}, got {http_backend!r}")
        self._backend_name = http_backend
        # Opened lazily on the first request, inside the running event loop (aiohttp needs one).
        self._backend: Backend | None = ClientBackend(http_client) if http_client else None
        self._timeouts = self._timeout.as_dict()
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
            if self._base_url is not None:
                base = f"{self._base_url}/{domain}"
            elif self._edge:
                base = f"https://{domain}.{self._edge}.{self._region or 'us1'}.twilio.com"
            elif self._region:
                base = f"https://{domain}.{self._region}.twilio.com"
            else:
                base = f"https://{domain}.twilio.com"
            self._domain_bases[domain] = base
        return base

    async def aclose(self) -> None:
        """Close the HTTP client if this transport created it."""
        if self.closed:
            return
        self.closed = True
        if self._backend is not None:
            await self._backend.aclose()

    def _open_backend(self) -> Backend:
        self._backend = open_backend(self._backend_name)
        return self._backend

    async def send(self, request: PreparedRequest, dialect: Dialect) -> ResponseLike:
        """Send with the retry policy; return a 2xx response or raise a typed error."""
        if self.closed:
            raise TwilioClientClosedError("this twilio_async Client is closed; create a new one")
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
            content_type = _FORM_CONTENT_TYPE
            content = form_urlencode(request.form).encode()
        elif request.json is not None:
            content_type = "application/json"
            content = _json_bytes(request.json)
        headers = self._header_sets.get((dialect.accept, content_type))
        if headers is None:
            headers = {**self._headers, "Accept": dialect.accept}
            if content_type is not None:
                headers["Content-Type"] = content_type
            self._header_sets[(dialect.accept, content_type)] = headers
        if request.headers:
            headers = {**headers, **request.headers}
        options = request.options
        timeouts = self._timeouts
        max_retries = self.max_retries
        if options is not None:
            if options.extra_headers:
                headers = {**headers, **options.extra_headers}
            if options.timeout is not None:
                timeouts = _timeout(options.timeout).as_dict()
            if options.max_retries is not None:
                max_retries = options.max_retries
        backend = self._backend or self._open_backend()

        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await backend.send(wire_method, url, headers, content, timeouts)
            except httpx.TransportError as err:
                if attempt < max_retries and should_retry_error(method, err):
                    attempt += 1
                    await anyio.sleep(backoff_delay(attempt, None))
                    continue
                raise _connection_error(err, method, url) from err
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %d in %.1f ms",
                    method,
                    urlsplit(url).path,
                    status,
                    (time.monotonic() - started) * 1000,
                )
            if status < 300:
                return response
            if attempt < max_retries and should_retry_status(method, status):
                attempt += 1
                retry_after = _header_seconds(response.headers.get("retry-after"))
                await anyio.sleep(backoff_delay(attempt, retry_after))
                continue
            error = dialect.error(response, method, url)
            if isinstance(error, TwilioRestError):
                # Twilio answers 4xx (including 429) before acting; a 5xx may come after.
                error.may_have_been_processed = status >= 500 and not is_idempotent(method)
            raise error


def _header_seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def _json_bytes(value: Any) -> bytes:
    import json

    return json.dumps(value, separators=(",", ":")).encode()


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise TwilioConfigError(f"timeout must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value))


def _connection_error(err: httpx.TransportError, method: str, url: str) -> TwilioConnectionError:
    processed = may_have_been_processed(err)
    kind = TwilioTimeoutError if isinstance(err, httpx.TimeoutException) else TwilioConnectionError
    label = type(err).__name__
    detail = str(err) or label
    note = "" if not processed else " (the request may have been processed)"
    return kind(
        f"{label} on {method} {url}: {detail}{note}",
        method=method,
        url=url,
        may_have_been_processed=processed,
    )


def _check_base_url(base_url: str, allow_insecure_http: bool) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TwilioConfigError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise TwilioConfigError(
            f"refusing to send credentials over plain http to {parts.hostname!r}; use https, "
            "a loopback address, or pass allow_insecure_http=True"
        )
    return base_url.rstrip("/")
