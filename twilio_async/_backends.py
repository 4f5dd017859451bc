"""HTTP backends: how one prepared ``httpx.Request`` becomes a fully read ``httpx.Response``.

- ``aiohttp`` (the default on asyncio): ``AiohttpTransport``, fast at high concurrency.
- ``httpx``: httpx's own ``AsyncHTTPTransport``; used on trio, where aiohttp cannot run,
  and when asked for (``Client(http_backend="httpx")``).
- a user's ``httpx.AsyncClient`` (``Client(http_client=...)``): sent through the client,
  so its hooks, proxies and mounts apply; never closed by us.

Owned backends are called at the transport level: no per-request ``AsyncClient``
work (cookie jars, auth flows, redirects, event hooks) that this SDK does not use.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, Protocol

import httpx

from ._constants import (
    BACKENDS,
    DEFAULT_KEEPALIVE_EXPIRY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    MAX_RESPONSE_BYTES,
)
from ._errors import TwilioConfigError

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport

BackendName = Literal["auto", "aiohttp", "httpx"]
#: Pool sizing of the SDK's own backends.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS,
    max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
)


Timeouts = dict[str, float | None]


class ResponseLike(Protocol):
    """What the runtime reads from an answer; ``httpx.Response`` and ``RawResponse`` both fit."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def reason_phrase(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RawResponse:
    """A fully read answer from the aiohttp backend, without ``httpx.Response`` overhead.

    ``headers`` is case-insensitive (aiohttp's multidict).
    """

    status_code: int
    headers: Mapping[str, str]
    content: bytes
    reason_phrase: str


class Backend(Protocol):
    """Sends a request and returns the response with its body read (bounded)."""

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> ResponseLike: ...

    async def aclose(self) -> None: ...


class BodyTooLargeError(httpx.ReadError):
    """The answer's body is over the size limit: refused, not buffered.

    Not a transient failure (the same request would get the same answer), so the
    transport turns it into a ``TwilioResponseError`` with the status and the first
    bytes rather than retrying. ``head`` holds at most ``HEAD_BYTES`` of the body.
    """

    HEAD_BYTES = 4096

    def __init__(self, message: str, *, status: int, reason: str, limit: int, head: bytes):
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.limit = limit
        self.head = head[: self.HEAD_BYTES]


def pool_exhausted(pool_timeout: float | None) -> httpx.PoolTimeout:
    """The error for "no connection became free in time", worded the same on every backend."""
    within = f"within {pool_timeout:g} s" if pool_timeout is not None else "in time"
    return httpx.PoolTimeout(f"connection pool exhausted: no connection became free {within}")


def connection_limits(max_connections: int | None) -> httpx.Limits:
    """Pool limits for an owned backend: the defaults, or at most ``max_connections``."""
    if max_connections is None:
        return DEFAULT_CONNECTION_LIMITS
    keepalive = DEFAULT_CONNECTION_LIMITS.max_keepalive_connections
    return httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=min(keepalive or max_connections, max_connections),
        keepalive_expiry=DEFAULT_CONNECTION_LIMITS.keepalive_expiry,
    )


@lru_cache(maxsize=1)
def default_ssl_context() -> ssl.SSLContext:
    """One verifying SSL context per process: loading CA certificates is slow (tens of ms)."""
    return ssl.create_default_context()


async def _read_bounded(response: httpx.Response, limit: int) -> bytes:
    status, reason = response.status_code, response.reason_phrase
    length = response.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise BodyTooLargeError(
            f"response body of {length} bytes exceeds the {limit}-byte limit",
            status=status,
            reason=reason,
            limit=limit,
            head=b"",
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        chunks.append(chunk)
        if size > limit:
            raise BodyTooLargeError(
                f"response body exceeds the {limit}-byte limit",
                status=status,
                reason=reason,
                limit=limit,
                head=b"".join(chunks)[: BodyTooLargeError.HEAD_BYTES],
            )
    return b"".join(chunks)


async def _buffered(
    response: httpx.Response, request: httpx.Request, max_body: int
) -> httpx.Response:
    """The streamed ``response`` read whole (bounded), closed, and rebuilt in memory.

    ``Content-Encoding`` is dropped because the body is already decoded.
    """
    try:
        body = await _read_bounded(response, max_body)
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"],
        content=body,
        request=request,
        extensions=response.extensions,
    )


class AiohttpBackend:
    """The owned aiohttp transport, called without building an ``httpx.Request``."""

    def __init__(self, transport: AiohttpTransport):
        self.transport = transport

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> ResponseLike:
        return await self.transport.send_raw(method, url, headers, content, timeouts)

    async def aclose(self) -> None:
        await self.transport.aclose()


class TransportBackend:
    """An owned ``httpx.AsyncBaseTransport`` (httpx's own, httpcore), called directly."""

    def __init__(self, transport: httpx.AsyncBaseTransport, max_body: int = MAX_RESPONSE_BYTES):
        self.transport = transport
        self._max_body = max_body

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Response:
        request = httpx.Request(
            method, url, headers=headers, content=content, extensions={"timeout": timeouts}
        )
        try:
            response = await self.transport.handle_async_request(request)
        except httpx.PoolTimeout:
            raise pool_exhausted(timeouts.get("pool")) from None
        except BaseException:  # cancellation included
            reap_orphaned_connections(self.transport)
            raise
        return await _buffered(response, request, self._max_body)

    async def aclose(self) -> None:
        await self.transport.aclose()


def reap_orphaned_connections(transport: httpx.AsyncBaseTransport) -> int:
    """Free pool slots that httpcore 1.0 leaks when a request is cancelled.

    A request cancelled after the pool created a connection for it, but before that
    connection started connecting, leaves the connection in the pool in a state no
    cleanup path removes (encode/httpcore#1093). Enough of them and every later
    request fails with ``PoolTimeout`` against a healthy server; cancelling under
    pool contention (``anyio.move_on_after`` around calls) triggers it. Marking such
    a connection as failed makes the pool drop it on its next pass. Only
    connections that never connected and that no waiting request holds are touched.
    Returns how many were reaped; a transport without these internals is left alone.
    """
    pool = getattr(transport, "_pool", None)
    connections = getattr(pool, "_connections", None)
    requests = getattr(pool, "_requests", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return 0
    held = {id(getattr(r, "connection", None)) for r in requests}
    reaped = 0
    for connection in connections:
        if (
            id(connection) not in held
            and getattr(connection, "_connection", False) is None
            and getattr(connection, "_connect_failed", None) is False
        ):
            connection._connect_failed = True
            reaped += 1
    return reaped


class ClientBackend:
    """A user-supplied ``httpx.AsyncClient``; it stays open when the SDK closes."""

    def __init__(self, client: httpx.AsyncClient, max_body: int = MAX_RESPONSE_BYTES):
        self.client = client
        self._max_body = max_body

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Response:
        request = self.client.build_request(
            method, url, headers=headers, content=content, extensions={"timeout": timeouts}
        )
        try:
            response = await self.client.send(request, stream=True, follow_redirects=False)
        except httpx.PoolTimeout:
            raise pool_exhausted(timeouts.get("pool")) from None
        return await _buffered(response, request, self._max_body)

    async def aclose(self) -> None:
        """The caller owns the client."""


def open_backend(
    name: str, *, verify: ssl.SSLContext | bool = True, max_connections: int | None = None
) -> Backend:
    """Create an owned backend; ``auto`` picks aiohttp on asyncio, httpx elsewhere.

    ``max_connections`` bounds the pool (default ``DEFAULT_CONNECTION_LIMITS``); a
    request that finds every connection busy for the pool timeout fails with
    ``httpx.PoolTimeout`` ("connection pool exhausted") on both backends.
    """
    limits = connection_limits(max_connections)
    if name not in BACKENDS:
        raise TwilioConfigError(f"http_backend must be one of {BACKENDS}, got {name!r}")
    context: ssl.SSLContext | bool = default_ssl_context() if verify is True else verify
    if name == "auto":
        name = "aiohttp" if _on_asyncio() and _aiohttp_available() else "httpx"
    if name == "aiohttp":
        if not _on_asyncio():
            raise TwilioConfigError("http_backend='aiohttp' needs asyncio; use 'httpx' on trio")
        from ._aiohttp import AiohttpTransport

        return AiohttpBackend(AiohttpTransport(verify=context, limits=limits))
    return TransportBackend(httpx.AsyncHTTPTransport(verify=context, limits=limits))


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # trio (or no event loop)
        return False
    return True


def _aiohttp_available() -> bool:
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True
