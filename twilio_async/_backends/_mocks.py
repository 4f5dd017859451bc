"""Mocks are never bypassed: a patched httpx/httpcore send path routes requests through httpx.

The default backend on asyncio (aiohttp) does not go through httpx, so an httpx mock
(respx, pytest-httpx, ``unittest.mock.patch`` on httpx's transport) would not see its
requests. Before each request of an owned backend, ``needs_routing()`` compares the
functions on httpx's and httpcore's send path (``SEND_PATH``) with the genuine ones; if
one the backend would go around has been replaced, the request goes through
``RoutedBackend`` instead: an ``httpx.AsyncClient`` over httpx's own transport, so every
layer a mock may patch (``AsyncClient.send``, ``AsyncClient._transport_for_url``, the
transport's and the pool's ``handle_async_request``) is on the request's way. Once the
patch is undone, the next request takes the fast path again. (The httpx backend,
``TransportBackend``, is routed only for patches of ``AsyncClient``: it calls the
transport itself, so respx's default httpcore mocker sees it as it is.)

The check is a few attribute reads and identity comparisons per request; respx is never
imported. A function counts as genuine when it is a plain function whose code lives in
the httpx or httpcore package under the expected name, so a patch already active when
this module is imported (``@respx.mock`` around the first request) is seen too.
Tracing instrumentation that wraps the same functions (OpenTelemetry, Sentry) is
treated alike: its requests go through httpx, where it sees them.
"""

from __future__ import annotations

import os
import ssl
import types

import httpcore
import httpx

from .._constants import MAX_RESPONSE_BYTES
from .._types import Timeouts
from ._base import ACCEPT_ENCODING
from ._httpx import ClientBackend, TransportBackend

#: (class, attribute) on the way of a request sent through ``httpx.AsyncClient``: what
#: respx (``httpcore`` and ``httpx`` mockers), pytest-httpx and tracing libraries patch.
SEND_PATH: tuple[tuple[type, str], ...] = (
    (httpx.AsyncClient, "send"),
    (httpx.AsyncClient, "_transport_for_url"),
    (httpx.AsyncHTTPTransport, "handle_async_request"),
    (httpcore.AsyncConnectionPool, "handle_async_request"),
    (httpcore.AsyncHTTPConnection, "handle_async_request"),
    (httpcore.AsyncHTTPProxy, "handle_async_request"),
)

_PACKAGE_DIRS = tuple(
    os.path.dirname(os.path.abspath(module.__file__ or "")) + os.sep for module in (httpx, httpcore)
)


def _genuine(owner: type, name: str, value: object) -> bool:
    """Whether ``value`` is httpx's or httpcore's own function ``name`` (not a stand-in)."""
    if not isinstance(value, types.FunctionType):
        return False
    code = value.__code__
    return code.co_name == name and os.path.abspath(code.co_filename).startswith(_PACKAGE_DIRS)


_Client, _Transport = httpx.AsyncClient, httpx.AsyncHTTPTransport
_Pool, _Connection = httpcore.AsyncConnectionPool, httpcore.AsyncHTTPConnection
_Proxy = httpcore.AsyncHTTPProxy


def _spelled_out() -> tuple[object, ...]:
    # SEND_PATH's order, spelled out: a generator over SEND_PATH costs three times as much.
    return (
        _Client.send,
        _Client._transport_for_url,
        _Transport.handle_async_request,
        _Pool.handle_async_request,
        _Connection.handle_async_request,
        _Proxy.handle_async_request,
    )


def _looked_up() -> tuple[object, ...]:
    return tuple(getattr(owner, name, None) for owner, name in SEND_PATH)


#: The functions on the send path now (a version of httpx that lacks one: looked up).
_current = _spelled_out if all(hasattr(owner, name) for owner, name in SEND_PATH) else _looked_up


def _genuine_or_none() -> tuple[object, ...]:
    return tuple(
        value if _genuine(owner, name, value) else None
        for (owner, name), value in zip(SEND_PATH, _current(), strict=True)
    )


#: The send path as found at import, with anything not genuine left as ``None`` (so it
#: never compares equal to what is there now).
_GENUINE: tuple[object, ...] = _genuine_or_none()


#: How many entries of ``SEND_PATH`` (the first ones) are above the transport:
#: ``TransportBackend`` calls the transport directly, so only these go around it.
_ABOVE_TRANSPORT = 2


def _patched_entries() -> tuple[bool, ...] | None:
    """Which ``SEND_PATH`` entries are replaced now, or ``None`` when none is (the fast path)."""
    global _GENUINE
    if _current() == _GENUINE:  # tuple equality: identity first, the per-request cost
        return None
    found = _genuine_or_none()
    if None not in found:  # patched at import (or reloaded), genuine now: learn them
        _GENUINE = found
        return None
    return tuple(value is None for value in found)


def send_path_patched() -> bool:
    """True while something has replaced a function on httpx's or httpcore's send path."""
    return _patched_entries() is not None


def needs_routing(backend: object) -> bool:
    """Whether a request on the owned ``backend`` would go around an active httpx mock.

    aiohttp is never seen by one; httpx's own transport (``TransportBackend``, called
    directly) is seen by patches of the transport and httpcore, not of ``AsyncClient``.
    """
    if _current() == _GENUINE:  # the per-request cost: no second call on the fast path
        return False
    patched = _patched_entries()
    if patched is None:
        return False
    return any(patched[:_ABOVE_TRANSPORT]) or not isinstance(backend, TransportBackend)


class RoutedBackend(ClientBackend):
    """Requests sent through an ``httpx.AsyncClient`` over httpx's own transport.

    Used only while the send path is patched (a mock is active): every patch point
    in ``SEND_PATH`` is on the way. The request is built here rather than by
    ``build_request`` so the client adds no cookies or default headers of its own.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool,
        limits: httpx.Limits,
        max_body: int = MAX_RESPONSE_BYTES,
    ):
        transport = httpx.AsyncHTTPTransport(verify=verify, limits=limits)
        super().__init__(httpx.AsyncClient(transport=transport, follow_redirects=False), max_body)

    def build(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeouts: Timeouts,
    ) -> httpx.Request:
        """The request as the SDK wrote it, plus the codings it decodes."""
        return httpx.Request(
            method,
            url,
            headers={**headers, "Accept-Encoding": ACCEPT_ENCODING},
            content=content,
            extensions={"timeout": timeouts},
        )

    async def aclose(self) -> None:
        await self.client.aclose()
