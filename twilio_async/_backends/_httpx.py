"""httpx's side: its own transport (httpcore) called directly, or a caller's ``AsyncClient``.

- ``TransportBackend``: an owned ``httpx.AsyncHTTPTransport``; used on trio, where
  aiohttp cannot run, and when asked for (``Client(http_backend="httpx")``).
- ``ClientBackend``: a user's ``httpx.AsyncClient`` (``Client(http_client=...)``), sent
  through the client so its hooks, proxies and mounts apply; never closed by us.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx

from .._constants import MAX_RESPONSE_BYTES
from .._types import Timeouts
from ._base import (
    ACCEPT_ENCODING,
    UndecodableError,
    check_status,
    content_codings,
    decoded,
    pool_exhausted,
    read_bounded,
    unusable,
)


async def _buffered(
    response: httpx.Response, request: httpx.Request, max_body: int
) -> httpx.Response:
    """The streamed ``response`` read whole (bounded), closed, and rebuilt in memory.

    The raw bytes are decoded here, not by httpx: httpx undoes every coding of a
    network chunk at once (``gzip, gzip`` turns KBs into GBs before any size check),
    while ``decoded`` never lets the body grow past ``max_body``. ``Content-Encoding``
    is dropped because the body is already decoded.
    """
    status = response.status_code
    try:
        why = check_status(status)
        if why is not None:
            raise unusable(request.method, str(request.url), status, why)
        length = response.headers.get("content-length")
        try:
            if response.is_stream_consumed:  # read already (a mock transport): httpx decoded it
                codings: list[str] = []
                chunks: AsyncIterator[bytes] = response.aiter_bytes()
            else:
                try:
                    codings = content_codings(response.headers.get_list("content-encoding"))
                except UndecodableError as error:  # kept undecoded (bounded), as on aiohttp
                    error.raw = await read_bounded(
                        response.aiter_raw(),
                        length=int(length) if length is not None and length.isdigit() else None,
                        limit=max_body,
                        status=status,
                        reason=response.reason_phrase,
                    )
                    raise
                chunks = response.aiter_raw()
            body = await read_bounded(
                decoded(
                    chunks,
                    codings,
                    limit=max_body,
                    status=status,
                    reason=response.reason_phrase,
                ),
                length=int(length) if length is not None and length.isdigit() else None,
                limit=max_body,
                status=status,
                reason=response.reason_phrase,
            )
        except UndecodableError as error:
            raise unusable(
                request.method, str(request.url), status, str(error), error.raw
            ) from None
        except httpx.HTTPError as error:  # httpx attaches the request (and its credentials)
            raise _detached(error)  # noqa: B904 - the same error, its chain kept
    finally:
        await response.aclose()
    return httpx.Response(
        status,
        headers=[(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"],
        content=body,
        request=request,
        extensions=response.extensions,
    )


def _detached(error: httpx.HTTPError) -> httpx.HTTPError:
    """``error`` without the ``httpx.Request`` it carries (its headers hold the credentials)."""
    if isinstance(error, httpx.RequestError):
        error._request = None
    return error


class TransportBackend:
    """An owned ``httpx.AsyncBaseTransport`` (httpx's own, httpcore), called directly.

    Requests are admitted by a semaphore sized like the pool (``max_connections``;
    by default read from the transport's pool), as on the aiohttp backend: a
    request that finds every slot busy for the ``pool`` timeout fails with
    ``httpx.PoolTimeout``. httpcore's own wait costs about the square of the
    waiters (thousands of queued calls took tens of seconds to time out); this
    one settles them in about the pool timeout. anyio-based, so trio too.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        max_body: int = MAX_RESPONSE_BYTES,
        *,
        max_connections: int | None = None,
    ):
        self.transport = transport
        self._max_body = max_body
        if max_connections is None:
            pool = getattr(transport, "_pool", None)
            found = getattr(pool, "_max_connections", None)
            max_connections = found if isinstance(found, int) else None
        self._max_connections = max_connections
        self._slots: anyio.Semaphore | None = None

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Response:
        slots = self._slots
        if slots is None:
            if not self._max_connections:
                return await self._send(method, url, headers, content, timeouts)
            slots = self._slots = anyio.Semaphore(self._max_connections)
        try:
            slots.acquire_nowait()
        except anyio.WouldBlock:  # every connection is busy: wait at most the pool timeout
            pool = timeouts.get("pool")
            if pool is None:
                await slots.acquire()
            else:
                with anyio.move_on_after(pool):
                    await slots.acquire()
                    pool = None
                if pool is not None:
                    raise pool_exhausted(pool) from None
        try:
            return await self._send(method, url, headers, content, timeouts)
        finally:
            slots.release()

    async def _send(
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

    def build(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Request:
        """The request, built by the client (its default headers and cookies apply)."""
        request = self.client.build_request(
            method, url, headers=headers, content=content, extensions={"timeout": timeouts}
        )
        # Only codings the SDK decodes with bounded output (the client may offer br/zstd).
        request.headers["Accept-Encoding"] = ACCEPT_ENCODING
        return request

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Response:
        request = self.build(method, url, headers, content, timeouts)
        try:
            response = await self.client.send(request, stream=True, follow_redirects=False)
        except httpx.PoolTimeout:
            raise pool_exhausted(timeouts.get("pool")) from None
        except httpx.HTTPError as error:
            raise _detached(error)  # noqa: B904 - the same error, its chain kept
        return await _buffered(response, request, self._max_body)

    async def aclose(self) -> None:
        """The caller owns the client."""
