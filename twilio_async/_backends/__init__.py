"""HTTP backends: how one request becomes one fully read answer.

- ``aiohttp`` (the default on asyncio): ``AiohttpTransport``, fast at high concurrency.
- ``httpx``: httpx's own ``AsyncHTTPTransport``; used on trio, where aiohttp cannot run.
- a user's ``httpx.AsyncClient`` (``Client(http_client=...)``).

Owned backends are called at the transport level: no per-request ``AsyncClient``
work (cookie jars, auth flows, redirects, event hooks) that this SDK does not use.
Modules: ``_base`` (protocol, limits, the bounded reader), ``_httpx``, ``_aiohttp``;
this module picks one. aiohttp loads only when it is picked.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import TYPE_CHECKING

import httpx

from .._constants import BACKENDS
from .._errors import TwilioConfigError
from ._base import (
    DEFAULT_CONNECTION_LIMITS,
    Backend,
    BodyTooLargeError,
    RawResponse,
    connection_limits,
    default_ssl_context,
    pool_exhausted,
    read_bounded,
)
from ._httpx import ClientBackend, TransportBackend, reap_orphaned_connections

if TYPE_CHECKING:
    from ._aiohttp import AiohttpBackend, AiohttpTransport


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
        from ._aiohttp import AiohttpBackend, AiohttpTransport

        return AiohttpBackend(AiohttpTransport(verify=context, limits=limits))
    return TransportBackend(
        httpx.AsyncHTTPTransport(verify=context, limits=limits),
        max_connections=limits.max_connections,
    )


def __getattr__(name: str) -> object:
    # ``AiohttpBackend`` / ``AiohttpTransport`` without importing aiohttp up front.
    if name in ("AiohttpBackend", "AiohttpTransport"):
        from . import _aiohttp

        return getattr(_aiohttp, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "AiohttpBackend",
    "AiohttpTransport",
    "Backend",
    "BodyTooLargeError",
    "ClientBackend",
    "RawResponse",
    "TransportBackend",
    "connection_limits",
    "default_ssl_context",
    "open_backend",
    "pool_exhausted",
    "read_bounded",
    "reap_orphaned_connections",
]
