"""HTTP backends: how one request becomes one fully read answer.

- ``aiohttp`` (the default on asyncio when installed, the ``aiohttp`` extra):
  ``AiohttpTransport``, fast at high concurrency.
- ``httpx``: httpx's own ``AsyncHTTPTransport``; used on trio, where aiohttp cannot run,
  and on asyncio when aiohttp is not installed.
- a user's ``httpx.AsyncClient`` (``Client(http_client=...)``).
- ``RoutedBackend``: while an httpx mock is active (``needs_routing()``), owned
  backends' requests go through an ``httpx.AsyncClient`` so the mock sees them (``_mocks``).

Owned backends are called at the transport level: no per-request ``AsyncClient``
work (cookie jars, auth flows, redirects, event hooks) that this SDK does not use.
Modules: ``_base`` (protocol, limits, the bounded reader), ``_httpx``, ``_aiohttp``;
this module picks one. aiohttp loads only when it is picked.
"""

from __future__ import annotations

import asyncio
import contextlib
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
from ._mocks import RoutedBackend, needs_routing, send_path_patched

if TYPE_CHECKING:
    from ._aiohttp import AiohttpBackend, AiohttpTransport


def open_backend(
    name: str, *, verify: ssl.SSLContext | bool = True, max_connections: int | None = None
) -> Backend:
    """Create an owned backend; ``auto`` picks aiohttp on asyncio when installed, else httpx.

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
        if not _aiohttp_available():
            raise TwilioConfigError(AIOHTTP_MISSING)
        from ._aiohttp import AiohttpBackend, AiohttpTransport

        return AiohttpBackend(AiohttpTransport(verify=context, limits=limits))
    return TransportBackend(
        httpx.AsyncHTTPTransport(verify=context, limits=limits),
        max_connections=limits.max_connections,
    )


def open_routed_backend(
    *, verify: ssl.SSLContext | bool = True, max_connections: int | None = None
) -> RoutedBackend:
    """The backend used while an httpx mock is active: through ``httpx.AsyncClient``."""
    context: ssl.SSLContext | bool = default_ssl_context() if verify is True else verify
    return RoutedBackend(verify=context, limits=connection_limits(max_connections))


def abandon_backend(backend: Backend, loop: object) -> None:
    """Let go of an owned backend opened on another event loop, without awaiting on it.

    A loop still running (in another thread) closes the backend itself. A loop that has
    ended cannot run anything: the aiohttp session's connector is marked closed without
    it (so nothing reports an unclosed session or uses the dead loop), and the sockets
    are released when their objects are collected, as asyncio does for any transport
    left open when its loop closed. httpx's pool needs no loop to be dropped.
    """
    if isinstance(loop, asyncio.AbstractEventLoop) and loop.is_running() and not loop.is_closed():
        with contextlib.suppress(RuntimeError):  # it closed in the meantime
            asyncio.run_coroutine_threadsafe(backend.aclose(), loop)
        return
    session = getattr(getattr(backend, "transport", None), "_session", None)
    close = getattr(getattr(session, "connector", None), "_close", None)
    if callable(close):
        with contextlib.suppress(RuntimeError):  # a loop that stopped but did not close
            close()  # synchronous; skips the loop once that is closed


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


#: The error for ``http_backend="aiohttp"`` when aiohttp is not installed.
AIOHTTP_MISSING = (
    "http_backend='aiohttp' needs aiohttp, which is not installed: "
    "pip install 'twilio-async[aiohttp]' (or use http_backend='auto' or 'httpx')"
)


def _aiohttp_available() -> bool:
    """Whether aiohttp imports (the ``aiohttp`` extra); ``auto`` picks it only then."""
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
    "RoutedBackend",
    "TransportBackend",
    "abandon_backend",
    "connection_limits",
    "default_ssl_context",
    "needs_routing",
    "open_backend",
    "open_routed_backend",
    "pool_exhausted",
    "read_bounded",
    "reap_orphaned_connections",
    "send_path_patched",
]
