"""The ASGI app: HTTP in, engine, HTTP out. Starlette parses and answers; routing is generic.

Domains are told apart two ways:

- a path prefix named after the Twilio subdomain, as ``Client(base_url=...)``
  sends it: ``/api/2010-04-01/…``, ``/flex-api/v1/…``;
- a ``Host`` header that is a Twilio host (``api.twilio.com``,
  ``flex-api.sydney.au1.twilio.com``) with the plain Twilio path, so other clients
  (twilio-python) can be pointed at the emulator by rewriting only the URL.

Absolute URLs in answers (v1 ``meta.next_page_url``, ``url``, ``links``) use the
base the request came in on, so a client follows them back to the emulator.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._engine import Engine
from ._types import DropConnection, EmulatorError, Incoming
from ._wire import wire_for

_MAX_BODY = 1 << 20
logger = logging.getLogger("twilio_async.emulator")


class EmulatorApp:
    """An ASGI 3 application serving one ``Engine``."""

    def __init__(self, engine: Engine):
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":  # websockets: nothing here speaks them
            return
        request = Request(scope, receive)
        try:
            inc = await self._incoming(request)
        except Exception as exc:  # a request we cannot even read still gets Twilio's shape
            err = (
                exc if isinstance(exc, EmulatorError) else EmulatorError(400, 20001, "Bad request")
            )
            if not isinstance(exc, EmulatorError):
                logger.info("unreadable request to %s: %r", scope.get("path"), exc)
            out = self.engine.error(wire_for("json-2010"), err)
            self.engine.stats.requests += 1
            self.engine.stats.responses[out.status] += 1
        else:
            try:
                out = await self.engine.serve(inc)
            except DropConnection:
                await _drop(send)
                return
        response = Response(
            out.body, status_code=out.status, headers=out.headers, media_type=out.media_type
        )
        await response(scope, receive, send)

    async def _incoming(self, request: Request) -> Incoming:
        raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
        raw = raw_path.decode("latin-1").split("?", 1)[0]
        segments = [unquote(s) for s in raw.strip("/").split("/")] if raw.strip("/") else []
        host = request.headers.get("host", "")
        hostname = (host.rsplit(":", 1)[0] if not host.endswith("]") else host).lower()
        scheme = request.url.scheme
        domains = self.engine.catalog.by_domain
        domain: str | None = None
        if hostname.endswith(".twilio.com"):
            domain = hostname.split(".", 1)[0]
            base = f"https://{host.lower()}"
        elif segments and segments[0] in domains:
            domain = segments.pop(0)
            base = f"{scheme}://{host}/{domain}"
        else:
            base = f"{scheme}://{host}"
            if segments:  # a bare version path: the domain that has that version, if only one
                owners = [d for d, versions in domains.items() if segments[0] in versions]
                domain = owners[0] if len(owners) == 1 else None
        body = await _read_body(request)
        ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        form: list[tuple[str, str]] = []
        json_body: Any = None
        if body and ctype == "application/json":
            try:
                json_body = json.loads(body)
            except ValueError:
                raise EmulatorError(400, 20001, "The request body is not valid JSON") from None
        elif body:
            form = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return Incoming(
            method=request.method,
            domain=domain,
            segments=segments,
            query=parse_qsl(request.url.query, keep_blank_values=True),
            form=form,
            json_body=json_body,
            headers={k.lower(): v for k, v in request.headers.items()},
            base=base,
        )


async def _read_body(request: Request) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > _MAX_BODY:
            raise EmulatorError(413, 20001, "Request body too large")
        chunks.append(chunk)
    return b"".join(chunks)


async def _drop(send: Send) -> None:
    """Close the connection without answering.

    Under uvicorn the ASGI ``send`` is a method of the request cycle, which holds
    the connection's transport: abort it, then let uvicorn notice the disconnect
    so it does not answer 500 on our behalf. Anywhere else (httpx's in-process
    ASGI transport) raise, and the in-process transport turns that into an httpx
    transport error (see ``InProcessTransport``).
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    abort = getattr(transport, "abort", None)
    if abort is None:
        raise DropConnection
    abort()
    for _ in range(3):
        await asyncio.sleep(0)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
