"""Hostile servers against the HTTP backends: decoded-size bombs, bad statuses, pool floods.

Raw loopback servers (tests/support/loopback.py) write the bytes, so each backend's own
parsing is in the loop. Bombs are checked by the memory the refusal cost (tracemalloc's
peak, with a small ``max_body`` on the backends called directly): the limit bounds the
*decoded* body on every path, whatever the Content-Length, chunking or stacking of codings.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, Handler, read_request, serve
from twilio_async import (
    Client,
    TwilioConnectionError,
    TwilioError,
    TwilioResponseError,
    TwilioTimeoutError,
)
from twilio_async._backends import (
    AiohttpBackend,
    AiohttpTransport,
    BodyTooLargeError,
    ClientBackend,
    TransportBackend,
)
from twilio_async._types import BackendName, Timeouts

pytestmark = pytest.mark.real_backend

SID = "SM" + "c" * 32
MESSAGE = json.dumps({"sid": SID, "body": "ok", "num_segments": "1"}).encode()
TIMEOUTS: Timeouts = {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}
MiB = 1024 * 1024
#: The ``max_body`` of the backends called directly; a bomb decodes to ``BOMB`` bytes.
LIMIT = 1 * MiB
BOMB = 100 * MiB


def _compress(data_size: int, wbits: int) -> bytes:
    """``data_size`` zero bytes compressed, built 1 MiB at a time (never held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"\0" * MiB
    parts = [compressor.compress(block) for _ in range(data_size // MiB)]
    parts.append(compressor.flush())
    return b"".join(parts)


_BOMBS: dict[str, tuple[list[str], bytes]] = {}
KIND_HEADERS = {
    "gzip": ["Content-Encoding: gzip"],
    "deflate-zlib": ["Content-Encoding: deflate"],
    "deflate-raw": ["Content-Encoding: deflate"],
    "gzip, gzip": ["Content-Encoding: gzip, gzip"],
    "gzip / gzip lines": ["Content-Encoding: gzip", "Content-Encoding: gzip"],
    "deflate, gzip": ["Content-Encoding: deflate, gzip"],
}


def _bomb(kind: str) -> tuple[list[str], bytes]:
    """Header lines and body of a ``kind`` bomb that decodes to ``BOMB`` bytes."""
    if kind not in _BOMBS:
        gz = _compress(BOMB, 31)
        _BOMBS[kind] = {
            "gzip": (["Content-Encoding: gzip"], gz),
            "x-gzip": (["Content-Encoding: x-gzip"], gz),
            "deflate-zlib": (["Content-Encoding: deflate"], _compress(BOMB, 15)),
            "deflate-raw": (["Content-Encoding: deflate"], _compress(BOMB, -15)),
            "gzip, gzip": (["Content-Encoding: gzip, gzip"], gzip.compress(gz)),
            "gzip / gzip lines": (
                ["Content-Encoding: gzip", "Content-Encoding: gzip"],
                gzip.compress(gz),
            ),
            "deflate, gzip": (
                ["Content-Encoding: deflate, gzip"],
                gzip.compress(_compress(BOMB, 15)),
            ),
        }[kind]
    return _BOMBS[kind]


def _answer(status: str, headers: list[str], body: bytes, *, chunked: bool = False) -> bytes:
    framing = ["Transfer-Encoding: chunked"] if chunked else [f"Content-Length: {len(body)}"]
    head = "\r\n".join([f"HTTP/1.1 {status}", *headers, *framing]) + "\r\n\r\n"
    if chunked:
        size = 16 * 1024
        pieces = [body[i : i + size] for i in range(0, len(body), size)]
        body = b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"
    return head.encode() + body


def _answering(payload: bytes) -> Handler:
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


Backend = AiohttpBackend | TransportBackend | ClientBackend


def _backends(max_body: int) -> dict[str, Callable[[], Backend]]:
    return {
        "aiohttp": lambda: AiohttpBackend(AiohttpTransport(max_body=max_body)),
        "httpx": lambda: TransportBackend(httpx.AsyncHTTPTransport(), max_body=max_body),
        "http_client": lambda: ClientBackend(httpx.AsyncClient(), max_body=max_body),
    }


DIRECT = ["aiohttp", "httpx", "http_client"]


async def _close(backend: Backend) -> None:
    await backend.aclose()
    if isinstance(backend, ClientBackend):
        await backend.client.aclose()


async def _send_direct(name: str, payload: bytes, max_body: int = LIMIT) -> Any:
    backend = _backends(max_body)[name]()
    try:
        async with serve(_answering(payload)) as base:
            with anyio.fail_after(60):
                return await backend.send("GET", f"{base}/x", {}, None, TIMEOUTS)
    finally:
        await _close(backend)


async def _peak(action: Awaitable[Any]) -> int:
    """The most memory (bytes) Python held at once while ``action`` ran."""
    tracemalloc.start()
    try:
        try:
            await action
        finally:
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


BOMB_KINDS = [
    "gzip",
    "x-gzip",
    "deflate-zlib",
    "deflate-raw",
    "gzip, gzip",
    "gzip / gzip lines",
    "deflate, gzip",
]


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize("kind", BOMB_KINDS)
@pytest.mark.parametrize("name", DIRECT)
async def test_decoded_bomb_is_refused_having_buffered_about_the_limit(
    name: str, kind: str, chunked: bool
) -> None:
    headers, body = _bomb(kind)
    payload = _answer("200 OK", ["Content-Type: application/json", *headers], body,
                      chunked=chunked)  # fmt: skip
    assert len(payload) < LIMIT  # the declared length is under the limit: only decoding tells
    caught: list[BaseException] = []

    async def attempt() -> None:
        try:
            await _send_direct(name, payload)
        except BodyTooLargeError as error:
            caught.append(error)

    peak = await _peak(attempt())
    assert caught, f"a {BOMB // MiB} MiB body decoded without refusal"
    assert caught[0].limit <= LIMIT + LIMIT // 8 + 4096  # type: ignore[attr-defined]
    # The refusal held at most the limit plus a decoder piece or two (the bomb is 100x that).
    assert peak < 8 * LIMIT, f"peak {peak / MiB:.1f} MiB for a {LIMIT // MiB} MiB limit"


@pytest.mark.parametrize("kind", ["gzip", "deflate-zlib", "deflate-raw", "gzip, gzip",
                                  "gzip / gzip lines", "deflate, gzip"])  # fmt: skip
@pytest.mark.parametrize("name", DIRECT)
async def test_encoded_bodies_under_the_limit_still_decode(name: str, kind: str) -> None:
    headers = KIND_HEADERS[kind]
    codings = [c.strip() for line in headers for c in line.split(":", 1)[1].split(",")]
    body = MESSAGE * 100
    for coding in codings:  # applied in the order listed
        if coding == "gzip":
            body = gzip.compress(body)
        else:
            wbits = -15 if kind == "deflate-raw" else 15
            compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
            body = compressor.compress(body) + compressor.flush()
    response = await _send_direct(name, _answer("200 OK", headers, body))
    assert response.content == MESSAGE * 100


@pytest.mark.parametrize(
    "headers",
    [
        ["Content-Encoding: br"],
        ["Content-Encoding: zstd"],
        ["Content-Encoding: gzip, gzip, gzip"],
        ["Content-Encoding: gzip"],  # but the body is not gzip
    ],
    ids=["br", "zstd", "three-stacked", "corrupt-gzip"],
)
@pytest.mark.parametrize("backend", BACKENDS)
async def test_unusable_coding_is_a_typed_error_with_the_flag(
    backend: BackendName, headers: list[str]
) -> None:
    payload = _answer("201 Created", ["Content-Type: application/json", *headers], b"x" * 64)
    async with serve(_answering(payload)) as base, _client(base, backend) as client:
        with anyio.fail_after(30), pytest.raises(TwilioResponseError) as info:
            await client.messages.create(to="+15558675310", body="hi")
    assert info.value.status == 201
    assert info.value.may_have_been_processed is True
    assert any(w in str(info.value) for w in ("Content-Encoding", "content codings", "gzip body"))
    if "corrupt" not in str(info.value):  # refused up front: the raw body is kept
        assert info.value.body == b"x" * 64


def _client(base: str, backend: BackendName, **kwargs: Any) -> Client:
    kwargs.setdefault("max_retries", 0)
    return Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, **kwargs
    )


@pytest.mark.parametrize("kind", ["gzip", "gzip, gzip"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_client_refuses_a_bomb_at_the_default_limit(backend: BackendName, kind: str) -> None:
    headers = ["Content-Encoding: gzip, gzip"] if kind != "gzip" else ["Content-Encoding: gzip"]
    gz = _compress(256 * MiB, 31)
    body = gzip.compress(gz) if kind != "gzip" else gz
    payload = _answer("201 Created", ["Content-Type: application/json", *headers], body)
    caught: list[TwilioResponseError] = []

    async def attempt() -> None:
        async with serve(_answering(payload)) as base, _client(base, backend) as client:
            with anyio.fail_after(60):
                try:
                    await client.messages.create(to="+15558675310", body="hi")
                except TwilioResponseError as error:
                    caught.append(error)

    peak = await _peak(attempt())
    assert caught and "larger than" in str(caught[0])
    assert peak < 200 * MiB, f"peak {peak / MiB:.0f} MiB against a 64 MiB limit"


@pytest.mark.parametrize("status", ["000", "099", "600", "999"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_status_outside_the_http_range_is_never_success(
    backend: BackendName, status: str
) -> None:
    payload = _answer(f"{status} X", ["Content-Type: application/json"], MESSAGE)
    async with serve(_answering(payload)) as base, _client(base, backend) as client:
        with anyio.fail_after(30), pytest.raises(TwilioError) as info:
            await client.messages.create(to="+15558675310", body="hi")
    error = info.value
    # httpx's parser (h11) rejects some status lines itself: a protocol error then.
    assert isinstance(error, TwilioResponseError | TwilioConnectionError)
    assert error.may_have_been_processed is True
    if isinstance(error, TwilioResponseError):
        assert error.status == int(status)
        assert "not a valid final HTTP status" in str(error)
    if backend == "aiohttp" or int(status) >= 600:
        assert isinstance(error, TwilioResponseError)


@pytest.mark.parametrize("status", ["000", "600"])
@pytest.mark.parametrize("name", DIRECT)
async def test_backends_called_directly_refuse_a_bad_status(name: str, status: str) -> None:
    with pytest.raises((TwilioResponseError, httpx.RemoteProtocolError)):
        await _send_direct(name, _answer(f"{status} X", [], MESSAGE))


class Stall:
    """A server that reads requests and never answers until ``release`` is set."""

    def __init__(self) -> None:
        self.received = 0
        self.release = asyncio.Event()

    async def handler(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                self.received += 1
                await self.release.wait()
                writer.write(_answer("200 OK", ["Content-Type: application/json"], MESSAGE))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_pool_flood_settles_in_about_the_pool_timeout(backend: BackendName) -> None:
    stall = Stall()
    pool_timeout = 1.0
    waiters = 1000
    timeout = httpx.Timeout(60.0, pool=pool_timeout)
    async with (
        serve(stall.handler) as base,
        _client(base, backend, max_connections=10, timeout=timeout) as client,
    ):
        holders = [asyncio.ensure_future(client.messages(SID).fetch()) for _ in range(10)]
        with anyio.fail_after(30):
            while stall.received < 10:
                await asyncio.sleep(0.01)
        started = time.monotonic()
        with anyio.fail_after(120):  # a hang fails here; the bound below is the claim
            results = await asyncio.gather(
                *(client.messages(SID).fetch() for _ in range(waiters)), return_exceptions=True
            )
        elapsed = time.monotonic() - started
        stall.release.set()
        with anyio.fail_after(30):
            done = await asyncio.gather(*holders)
    assert all(isinstance(r, TwilioTimeoutError) for r in results), {type(r) for r in results}
    assert all("connection pool exhausted" in str(r) for r in results)
    assert all(m.sid == SID for m in done)
    # Generous on a busy machine; httpcore's own wait took 8 s here (34 s for 2,000).
    assert elapsed < 10 * pool_timeout, f"{waiters} waiters took {elapsed:.1f} s to settle"


async def test_transport_backend_reads_the_pool_size_from_its_transport() -> None:
    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=7))
    backend = TransportBackend(transport)
    assert backend._max_connections == 7
    await backend.aclose()


def test_transport_backend_admission_works_on_trio() -> None:
    import trio

    async def main() -> None:
        # A trio-side server would need its own loopback; the admission itself is what is
        # tested: with one slot held, a second call fails with PoolTimeout in time.
        backend = TransportBackend(httpx.AsyncHTTPTransport(), max_connections=1)
        assert backend._max_connections == 1
        slots_taken = trio.Event()
        release = trio.Event()

        async def hold() -> None:
            assert backend._slots is not None
            await backend._slots.acquire()
            slots_taken.set()
            await release.wait()
            backend._slots.release()

        backend._slots = anyio.Semaphore(1)
        async with trio.open_nursery() as nursery:
            nursery.start_soon(hold)
            await slots_taken.wait()
            started = trio.current_time()
            with pytest.raises(httpx.PoolTimeout, match="connection pool exhausted"):
                await backend.send("GET", "http://127.0.0.1:9/", {}, None,
                                   {**TIMEOUTS, "pool": 0.2})  # fmt: skip
            assert trio.current_time() - started < 10
            release.set()
        await backend.aclose()

    trio.run(main)
