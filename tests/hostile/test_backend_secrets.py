"""No credential reachable from an error a hostile server provokes, on every backend.

The walk goes through everything an error tracker or a curious caller can reach from
the exception: ``__cause__``/``__context__``, ``args``, attributes (``vars`` and
``__slots__``), containers, and the ``repr``/``str`` of each object on the way (aiohttp's
``request_info`` holds the request headers; httpx errors hold the ``httpx.Request``).
Tracebacks and frames are not walked: any Python frame holds its caller's locals.
"""

from __future__ import annotations

import asyncio
import json
import types
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN, SECRETS
from tests.support.loopback import read_request, serve
from twilio_async import Client, TwilioError

pytestmark = pytest.mark.real_backend

SID = "SM" + "c" * 32
MESSAGE = json.dumps({"sid": SID, "body": "ok"}).encode()

_SKIP = (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType,
         types.MethodType, types.FrameType, types.TracebackType, types.CodeType)  # fmt: skip


def _children(value: Any) -> Iterator[Any]:
    if isinstance(value, BaseException):
        yield value.__cause__
        yield value.__context__
        yield from value.args
    if isinstance(value, dict):
        yield from value.keys()
        yield from value.values()
    elif isinstance(value, list | tuple | set | frozenset):
        yield from value
    elif hasattr(value, "items") and callable(value.items):  # multidicts, httpx.Headers
        try:
            pairs = list(value.items())
        except Exception:  # an odd mapping: its repr is still checked
            pairs = []
        yield from (item for pair in pairs for item in pair)
    yield from getattr(value, "__dict__", {}).values()
    for klass in type(value).__mro__:
        for slot in getattr(klass, "__slots__", ()):
            if isinstance(slot, str) and hasattr(value, slot):
                yield getattr(value, slot, None)


def assert_nothing_reachable_holds_a_secret(error: BaseException) -> int:
    """Walk every object reachable from ``error``; return how many were looked at."""
    seen: set[int] = set()
    todo: list[Any] = [error]
    while todo and len(seen) < 20_000:
        value = todo.pop()
        if value is None or isinstance(value, _SKIP) or id(value) in seen:
            continue
        seen.add(id(value))
        texts = [repr(value)]
        if isinstance(value, bytes | bytearray):
            texts.append(bytes(value).decode("latin-1"))
        elif not isinstance(value, str):
            texts.append(str(value))
        for text in texts:
            for secret in SECRETS:
                assert secret not in text, f"{type(value).__name__} holds a secret: {text[:300]!r}"
        if not isinstance(value, str | bytes | bytearray | int | float):
            todo.extend(_children(value))
    return len(seen)


def _handler(payload: bytes) -> Any:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:  # one answer, then the connection closes (a cut body ends there)
            await read_request(reader)
            writer.write(payload)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    return handler


ANSWERS = {
    "garbage status line": b"HELLO THERE\r\n\r\n",
    "oversized header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n",
    "status 000": b"HTTP/1.1 000 X\r\nContent-Length: 2\r\n\r\n{}",
    "bad chunk": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n",
    "corrupt gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd",
    "cut short": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{",
}


@pytest.mark.parametrize("answer", list(ANSWERS))
@pytest.mark.parametrize("backend", ["aiohttp", "httpx", "http_client"])
async def test_no_secret_reachable_from_the_error(backend: str, answer: str) -> None:
    async with serve(_handler(ANSWERS[answer])) as base:
        own = httpx.AsyncClient() if backend == "http_client" else None
        options: dict[str, Any] = {"http_client": own} if own else {"http_backend": backend}
        try:
            async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base, environ={}, max_retries=0,
                              **options) as client:  # fmt: skip
                with anyio.fail_after(30), pytest.raises(TwilioError) as info:
                    await client.messages.create(to="+15558675310", body="hi")
        finally:
            if own is not None:
                await own.aclose()
    assert assert_nothing_reachable_holds_a_secret(info.value) > 3


def test_the_walk_finds_a_secret_behind_a_cause() -> None:
    """The checker itself: a header buried in a chained error's attribute is found."""

    class Info:
        __slots__ = ("headers",)

        def __init__(self) -> None:
            self.headers = {"Authorization": f"Basic {SECRETS[2]}"}

        def __repr__(self) -> str:
            return "Info()"

    inner = ValueError("x")
    inner.request_info = Info()  # type: ignore[attr-defined]
    outer = RuntimeError("y")
    outer.__context__ = inner
    with pytest.raises(AssertionError, match="holds a secret"):
        assert_nothing_reachable_holds_a_secret(outer)
