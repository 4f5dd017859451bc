"""Raw HTTP/1.1 on loopback for the reliability tests: tiny servers and leak checks.

``serve`` runs a handler that writes whatever bytes a test wants (lies included);
``collect_leaks`` catches what an abandoned session, connector or socket reports.
"""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypedDict

import httpx

from twilio_async._types import BackendName

#: The HTTP backends every loopback test runs on.
BACKENDS: list[BackendName] = ["aiohttp", "httpx"]


class ClientOptions(TypedDict, total=False):
    """The ``Client`` keywords the loopback tests vary (``**kwargs: Unpack[ClientOptions]``)."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    max_connections: int | None


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    """One HTTP/1.1 request (head and Content-Length body) from a raw connection."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return head + await reader.readexactly(length)


@asynccontextmanager
async def serve(handler: Handler) -> AsyncIterator[str]:
    """A tiny HTTP server on loopback that answers with whatever ``handler`` writes.

    Handlers still running when the block ends (a client gave up mid-answer) are
    stopped here, so none is left for the event loop's teardown to cancel and report.
    """
    running: set[asyncio.Task[None]] = set()

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        running.add(task)
        try:
            await handler(reader, writer)
        except asyncio.CancelledError:
            writer.close()  # stopped by the block's end: finish quietly
        finally:
            running.discard(task)

    server = await asyncio.start_server(tracked, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:  # closes the server after the handlers below are done
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            for task in list(running):
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)


def respond(status: int, body: bytes, *headers: str, length: int | None = None) -> bytes:
    """Raw bytes of an HTTP/1.1 answer; ``length`` overrides Content-Length (to lie)."""
    lines = [f"HTTP/1.1 {status} X", *headers, f"Content-Length: {length or len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def answer_with(payload: bytes) -> Handler:
    """A handler that answers every request on a connection with ``payload``."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                writer.write(payload)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    return handler


class Leaks:
    """Warnings and event-loop exception reports collected while a block ran."""

    def __init__(self) -> None:
        self.warnings: list[warnings.WarningMessage] = []
        self.loop_errors: list[dict[str, Any]] = []

    def texts(self) -> list[str]:
        return [str(w.message) for w in self.warnings] + [
            str(ctx.get("message")) + " " + repr(ctx.get("exception")) for ctx in self.loop_errors
        ]

    def unclosed(self) -> list[str]:
        """Reports of sessions, connectors, transports or sockets left open."""
        return [t for t in self.texts() if "nclosed" in t or "ResourceWarning" in t]


@contextmanager
def collect_leaks() -> Iterator[Leaks]:
    """Catch every warning and every report to the loop's exception handler.

    aiohttp reports an unclosed session or connector both ways: a ``ResourceWarning``
    from ``__del__`` and a call to the loop's exception handler. A final
    ``gc.collect()`` makes any abandoned object report before the block ends.
    """
    gc.collect()  # what earlier tests left behind reports before this block, not in it
    leaks = Leaks()
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, ctx: leaks.loop_errors.append(ctx))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield leaks
            gc.collect()
        leaks.warnings.extend(caught)
    finally:
        loop.set_exception_handler(previous)
