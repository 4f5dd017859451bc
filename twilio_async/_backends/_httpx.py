"""httpx's side: its own transport (httpcore) called directly, or a caller's ``AsyncClient``.

- ``TransportBackend``: an owned ``httpx.AsyncHTTPTransport``; used on trio, where
  aiohttp cannot run, and when asked for (``Client(http_backend="httpx")``).
- ``ClientBackend``: a user's ``httpx.AsyncClient`` (``Client(http_client=...)``), sent
  through the client so its hooks, proxies and mounts apply; never closed by us.
"""

from __future__ import annotations

import httpx

from .._constants import MAX_RESPONSE_BYTES
from .._types import Timeouts
from ._base import pool_exhausted, read_bounded


async def _buffered(
    response: httpx.Response, request: httpx.Request, max_body: int
) -> httpx.Response:
    """The streamed ``response`` read whole (bounded), closed, and rebuilt in memory.

    ``Content-Encoding`` is dropped because the body is already decoded.
    """
    try:
        length = response.headers.get("content-length")
        body = await read_bounded(
            response.aiter_bytes(),
            length=int(length) if length is not None and length.isdigit() else None,
            limit=max_body,
            status=response.status_code,
            reason=response.reason_phrase,
        )
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"],
        content=body,
        request=request,
        extensions=response.extensions,
    )


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
