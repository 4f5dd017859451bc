"""What every HTTP backend shares: the protocol, the lean response, the size limit, the pool.

A backend turns one request into one fully read answer; the bounded reader here is the
only code that reads a body, so the size limit means the same on every backend.
"""

from __future__ import annotations

import ssl
import zlib
from collections.abc import AsyncIterable, AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import httpx

from .._constants import (
    DEFAULT_KEEPALIVE_EXPIRY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
)
from .._errors import TwilioError, TwilioResponseError
from .._redact import without_query
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


#: The content codings the backends decode (with bounded output); anything else is refused.
ACCEPT_ENCODING = "gzip, deflate"
#: Most codings stacked in one answer (``Content-Encoding: gzip, gzip``); more are refused.
MAX_STACKED_ENCODINGS = 2
#: Largest piece a decoder hands on at once, so a bomb never expands past the limit in one go.
_PIECE = 64 * 1024


class UndecodableError(TwilioError):
    """The body's ``Content-Encoding`` is unsupported, stacked too deep, or corrupt.

    Internal: each backend turns it into a ``TwilioResponseError`` (see ``unusable``).
    ``raw`` holds the undecoded body (bounded) when the coding was refused up front.
    """

    raw: bytes = b""


def unusable(
    method: str, url: str, status: int, why: str, body: bytes = b""
) -> TwilioResponseError:
    """The typed error for an answer the SDK cannot use (bad status, bad coding).

    The server answered, so the request may have been processed, read or write;
    ``body`` is what of the raw body could be kept (at most the size limit).
    """
    return TwilioResponseError(
        f"the HTTP {status} answer to {method} {without_query(url)} is unusable: {why}",
        status=status,
        method=method,
        url=url,
        body=body,
        may_have_been_processed=True,
    )


def check_status(status: int) -> str | None:
    """Why a final status is unusable (outside 200-599; 1xx is never final here), or None."""
    if 200 <= status <= 599:
        return None
    return f"status {status} is not a valid final HTTP status (200-599)"


class _Layer:
    """One content coding undone with bounded output: at most ``cap`` bytes in all."""

    def __init__(self, coding: str, cap: int, status: int, reason: str):
        self._coding = coding
        self._cap = cap
        self._status = status
        self._reason = reason
        self._size = 0
        self._pending = b""  # deflate: the first bytes, until the zlib header can be told
        self._zlib: zlib._Decompress | None = None
        if coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _count(self, piece: bytes) -> bytes:
        self._size += len(piece)
        if self._size > self._cap:
            raise BodyTooLargeError(
                f"response body exceeds the {self._cap}-byte limit once decoded ({self._coding})",
                status=self._status,
                reason=self._reason,
                limit=self._cap,
                head=b"",
            )
        return piece

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._coding == "identity":
            if data:
                yield self._count(data)
            return
        decompressor = self._zlib
        if decompressor is None:  # deflate: zlib-wrapped (RFC 9110) or raw, as sent in practice
            data = self._pending + data
            if len(data) < 2:
                self._pending = data
                return
            self._pending = b""
            wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            decompressor = self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -15)
        while not decompressor.eof:
            try:
                piece = decompressor.decompress(data, _PIECE)
            except zlib.error as error:
                raise UndecodableError(f"corrupt {self._coding} body: {error}") from None
            data = decompressor.unconsumed_tail
            if piece:
                yield self._count(piece)
            if not data and len(piece) < _PIECE:
                return  # input used up and nothing left pending: wait for more

    def end(self) -> Iterator[bytes]:
        if self._coding == "identity":
            return
        if self._zlib is None:
            if self._pending:
                raise UndecodableError(f"truncated {self._coding} body")
            return
        yield from self.feed(b"")
        if not self._zlib.eof:
            raise UndecodableError(f"truncated {self._coding} body")


def content_codings(values: list[str]) -> list[str]:
    """The codings of ``Content-Encoding`` header values, in the order they were applied.

    Raises ``UndecodableError`` for a coding the SDK does not decode or too many stacked.
    """
    codings = [
        token.strip().lower() for value in values for token in value.split(",") if token.strip()
    ]
    codings = [coding for coding in codings if coding != "identity"]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise UndecodableError(f"unsupported Content-Encoding {coding[:40]!r}")
    if len(codings) > MAX_STACKED_ENCODINGS:
        raise UndecodableError(
            f"{len(codings)} stacked content codings (at most {MAX_STACKED_ENCODINGS} are decoded)"
        )
    return codings


async def decoded(
    chunks: AsyncIterable[bytes], codings: list[str], *, limit: int, status: int, reason: str
) -> AsyncIterator[bytes]:
    """``chunks`` with ``codings`` undone, in pieces of at most 64 KiB, never past ``limit``.

    Every layer's output is capped (an inner layer a little above ``limit``, for the
    framing overhead of compressing incompressible data), so no chunk, however
    compressed or stacked, expands beyond the limit in memory.
    """
    slack = limit + limit // 8 + 4096
    # Outermost (last applied) coding first; the innermost one yields the body itself.
    layers = [_Layer(coding, slack, status, reason) for coding in reversed(codings)]
    if layers:
        layers[-1] = _Layer(codings[0], limit, status, reason)
    if not layers:
        async for chunk in chunks:
            yield chunk
        return

    def run(data: bytes, depth: int, final: bool) -> Iterator[bytes]:
        layer = layers[depth]
        pieces = layer.feed(data)
        for piece in pieces:
            if depth + 1 == len(layers):
                yield piece
            else:
                yield from run(piece, depth + 1, False)
        if final:
            for piece in layer.end():
                if depth + 1 == len(layers):
                    yield piece
                else:
                    yield from run(piece, depth + 1, False)
            if depth + 1 < len(layers):
                yield from run(b"", depth + 1, True)

    async for chunk in chunks:
        for piece in run(chunk, 0, False):
            yield piece
    for piece in run(b"", 0, True):
        yield piece


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
