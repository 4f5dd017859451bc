"""An httpx transport that sends requests with aiohttp: the fast default on asyncio.

httpx's own pool (httpcore) costs several times more CPU per request than
aiohttp once many requests are in flight (encode/httpx#3215). This transport
keeps httpx as the API (``httpx.Request`` in, ``httpx.Response`` out) and lets
aiohttp do the socket work.

Why not the ``httpx-aiohttp`` package: its exception map turns any
``aiohttp.ClientConnectionError`` — including a server that dropped the
connection *after* receiving the request — into ``httpx.ConnectTimeout``, which
says "nothing was sent". A retry policy trusting that would send a message
twice. Here only failures that provably happen before the request is written
map to connect errors; everything else maps to read/protocol errors.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import aiohttp
import httpx

from .._constants import MAX_RESPONSE_BYTES
from .._types import Timeouts
from ._base import (
    ACCEPT_ENCODING,
    DEFAULT_CONNECTION_LIMITS,
    RawResponse,
    UndecodableError,
    check_status,
    content_codings,
    decoded,
    pool_exhausted,
    read_bounded,
    unusable,
)

#: Response headers that describe the wire encoding aiohttp already undid.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _describe(error: BaseException) -> str:
    """What went wrong, without the URL or request aiohttp puts in some messages."""
    if isinstance(error, aiohttp.ClientResponseError):  # str() holds the URL, query included
        return f"{type(error).__name__}: {error.message}" if error.message else type(error).__name__
    if isinstance(error, aiohttp.InvalidURL):  # str() is the URL itself
        return "invalid URL"
    return str(error)


def map_exception(error: BaseException) -> httpx.TransportError | None:
    """The httpx error for an aiohttp failure, keeping "was anything sent?" exact.

    The result is new and unchained: aiohttp's errors carry ``request_info`` (the
    request's headers, credentials included), so none may stay reachable from it.
    """
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(_describe(error) or "connect timeout")  # includes pool wait
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError(_describe(error))  # DNS, refused, TLS handshake: nothing sent
    if isinstance(error, aiohttp.SocketTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(_describe(error) or "read timeout")
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(_describe(error) or "server disconnected")
    if isinstance(error, aiohttp.ClientPayloadError):
        return httpx.ReadError(_describe(error))
    if isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol(_describe(error))
    if isinstance(error, aiohttp.ClientError | OSError):
        return httpx.ReadError(_describe(error) or type(error).__name__)
    return None


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` over one ``aiohttp.ClientSession`` (created lazily).

    TLS verification is on by default; ``limits`` bounds open connections.
    Response bodies larger than ``max_body`` bytes raise ``BodyTooLargeError``
    (an ``httpx.ReadError``).

    The pool wait is ours, not aiohttp's: a semaphore sized like the pool admits
    requests, so "every connection is busy" is told apart from "connecting is
    slow" and fails with ``httpx.PoolTimeout`` after the ``pool`` timeout (aiohttp
    folds both into one connect timeout).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        max_body: int = MAX_RESPONSE_BYTES,
    ):
        if verify is True:
            self._ssl: ssl.SSLContext | bool = ssl.create_default_context()
        else:
            self._ssl = verify
        self._limits = limits
        self._max_body = max_body
        self._slots: asyncio.Semaphore | None = None
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            ssl=self._ssl,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            # Decoded here, with bounded output (``decoded``): aiohttp undoes each network
            # chunk whole, and its fast path reads a bomb's whole decoded body.
            auto_decompress=False,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            skip_auto_headers=("User-Agent",),
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        # aiohttp silently resends a GET/PUT/DELETE once when a reused connection drops,
        # outside our retry budget and hiding that the first attempt may have been
        # processed (a lost DELETE answer then looks like a plain 404). The SDK's retry
        # policy decides instead. No public switch exists; aiohttp's own test client
        # turns it off the same way.
        if hasattr(self._session, "_retry_connection"):
            self._session._retry_connection = False
        limit = self._limits.max_connections
        self._slots = asyncio.Semaphore(limit) if limit else None
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = await self.send_raw(
            request.method,
            str(request.url),
            request.headers.multi_items(),
            request.content or None,
            request.extensions.get("timeout", {}),
        )
        headers = [(k, v) for k, v in raw.headers.items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(
            raw.status_code,
            headers=headers,
            content=raw.content,
            request=request,
            extensions={"reason_phrase": raw.reason_phrase.encode()},
        )

    async def send_raw(
        self,
        method: str,
        url: str,
        headers: Any,
        content: bytes | None,
        timeouts: Timeouts,
    ) -> RawResponse:
        """Send without building ``httpx.Request``/``httpx.Response`` (the SDK's lean path)."""
        session = self._session or self._open()
        slots = self._slots
        if slots is None:
            return await self._send(session, method, url, headers, content, timeouts)
        if slots.locked():  # every connection is busy: wait at most the pool timeout
            pool = timeouts.get("pool")
            try:
                await asyncio.wait_for(slots.acquire(), pool)
            except asyncio.TimeoutError:
                raise pool_exhausted(pool) from None
        else:
            await slots.acquire()
        try:
            return await self._send(session, method, url, headers, content, timeouts)
        finally:
            slots.release()

    async def _send(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: str,
        headers: Any,
        content: bytes | None,
        timeouts: Timeouts,
    ) -> RawResponse:
        failure: httpx.TransportError
        try:
            async with session.request(
                method,
                url,
                headers=headers,
                data=content,
                allow_redirects=False,
                timeout=self._client_timeout(timeouts),
            ) as response:
                status = response.status
                why = check_status(status)
                cut = ""
                raw = b""
                if why is None:
                    try:
                        body = await self._read_body(response)
                    except aiohttp.ClientPayloadError as error:  # headers came, the body did not
                        cut = _describe(error)
                    except UndecodableError as error:
                        why, raw = str(error), error.raw
                    else:
                        return RawResponse(status, response.headers, body, response.reason or "")
                else:
                    response.close()  # not reused: what follows the status line is unknown
            # Raised out here, not in a handler: no aiohttp error becomes the __context__.
            if why is not None:
                raise unusable(method, url, status, why, raw)
            failure = httpx.ReadError(f"the HTTP {status} answer's body was cut short: {cut}")
        except httpx.TransportError as error:  # ours (size limit, cut short): no aiohttp cause
            error.__cause__ = error.__context__ = None
            failure = error
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as error:
            mapped = map_exception(error)
            if mapped is None:  # pragma: no cover - every branch above is covered
                raise
            failure = mapped
        raise failure  # outside the handlers, so aiohttp's error is not its __context__

    def _client_timeout(self, timeouts: Timeouts) -> aiohttp.ClientTimeout:
        key = (timeouts.get("pool"), timeouts.get("connect"), timeouts.get("read"))
        cached = self._timeouts.get(key)
        if cached is None:
            cached = aiohttp.ClientTimeout(
                total=None, connect=key[0], sock_connect=key[1], sock_read=key[2]
            )
            self._timeouts[key] = cached
        return cached

    async def _read_body(self, response: aiohttp.ClientResponse) -> bytes:
        length = response.content_length
        try:
            codings = content_codings(response.headers.getall("Content-Encoding", []))
        except UndecodableError as error:  # kept undecoded (bounded): a 2xx's body stays reachable
            error.raw = await read_bounded(
                response.content.iter_any(),
                length=length,
                limit=self._max_body,
                status=response.status,
                reason=response.reason or "",
            )
            raise
        if not codings and length is not None and length <= self._max_body:
            return await response.read()  # the common case: one read of a declared length
        return await read_bounded(
            decoded(
                response.content.iter_any(),
                codings,
                limit=self._max_body,
                status=response.status,
                reason=response.reason or "",
            ),
            length=length,
            limit=self._max_body,
            status=response.status,
            reason=response.reason or "",
        )

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


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
    ) -> RawResponse:
        return await self.transport.send_raw(method, url, headers, content, timeouts)

    async def aclose(self) -> None:
        await self.transport.aclose()
