"""What every HTTP backend shares: the protocol, the lean response, the size limit, the pool.

A backend turns one request into one fully read answer; the bounded reader here is the
only code that reads a body, so the size limit means the same on every backend.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import httpx

from .._constants import (
    DEFAULT_KEEPALIVE_EXPIRY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
)
from .._errors import TwilioError
from .._types import ResponseLike, Timeouts

#: Pool sizing of the SDK's own backends.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS,
    max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
)


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


class BodyTooLargeError(httpx.ReadError, TwilioError):
    """The answer's body is over the size limit: refused, not buffered.

    An ``httpx.ReadError`` so that it fits httpx's vocabulary where ``AiohttpTransport``
    is used as a plain httpx transport, and a ``TwilioError`` like every error here.

    Not a transient failure (the same request would get the same answer), so the
    transport turns it into a ``TwilioResponseError`` with the status and the first
    bytes rather than retrying. ``head`` holds at most ``HEAD_BYTES`` of the body.
    """

    HEAD_BYTES = 4096
    status: int

    def __init__(self, message: str, *, status: int, reason: str, limit: int, head: bytes):
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.limit = limit
        self.head = head[: self.HEAD_BYTES]


async def read_bounded(
    chunks: AsyncIterable[bytes], *, length: int | None, limit: int, status: int, reason: str
) -> bytes:
    """The whole body from ``chunks``, or ``BodyTooLargeError`` once it passes ``limit`` bytes.

    ``length`` is the declared ``Content-Length`` (if any): over the limit, nothing is read.
    """
    if length is not None and length > limit:
        raise BodyTooLargeError(
            f"response body of {length} bytes exceeds the {limit}-byte limit",
            status=status,
            reason=reason,
            limit=limit,
            head=b"",
        )
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        parts.append(chunk)
        if size > limit:
            raise BodyTooLargeError(
                f"response body exceeds the {limit}-byte limit",
                status=status,
                reason=reason,
                limit=limit,
                head=b"".join(parts)[: BodyTooLargeError.HEAD_BYTES],
            )
    return b"".join(parts)


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
