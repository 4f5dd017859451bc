"""A total deadline per call: a server trickling bytes cannot keep a call alive.

``timeout`` bounds each phase (a read waits at most that long for the *next* chunk);
``deadline`` bounds the whole call, retries and backoff included, on asyncio and trio.
"""

from __future__ import annotations

import asyncio
import time

import anyio
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, read_request, respond, serve
from twilio_async import Client, RequestOptions, TwilioConfigError, TwilioTimeoutError
from twilio_async._types import BackendName

SID = "SM" + "d" * 32
BODY = b'{"sid": "' + SID.encode() + b'", "body": "ok"}' + b" " * 400


async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Headers at once, then one body byte every 0.25 s: each read is well within 1 s."""
    try:
        while True:
            await read_request(reader)
            head = respond(200, BODY, "Content-Type: application/json")
            writer.write(head[: len(head) - len(BODY)])
            await writer.drain()
            for byte in BODY:
                await asyncio.sleep(0.25)
                writer.write(bytes([byte]))
                await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        return
    finally:
        writer.close()


def _client(
    base: str, backend: BackendName, *, timeout: float | None = None, deadline: float | None = None
) -> Client:
    return Client(
        ACCOUNT_SID,
        AUTH_TOKEN,
        base_url=base,
        http_backend=backend,
        environ={},
        timeout=timeout,
        deadline=deadline,
    )


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_client_deadline_ends_a_trickling_create(backend: BackendName) -> None:
    async with serve(trickle) as base, _client(base, backend, timeout=1, deadline=1) as client:
        began = time.monotonic()
        with pytest.raises(TwilioTimeoutError) as info:
            await client.messages.create(to="+15005550006", from_="+15005550001", body="hi")
        assert time.monotonic() - began < 10  # without the deadline: ~100 s of trickle
        error = info.value
        assert "deadline (1 s)" in str(error) and "during attempt 1" in str(error)
        assert error.may_have_been_processed is True  # a create that reached the server
        assert error.method == "POST"
        assert "+1500" not in str(error)


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_per_call_deadline_on_a_read_is_not_processed(backend: BackendName) -> None:
    async with serve(trickle) as base, _client(base, backend, timeout=1) as client:
        began = time.monotonic()
        with pytest.raises(TwilioTimeoutError) as info:
            await client.messages(SID).fetch(options=RequestOptions(deadline=1))
        assert time.monotonic() - began < 10
        assert info.value.may_have_been_processed is False  # reads change nothing


@pytest.mark.parametrize("backend", BACKENDS)
async def test_deadline_covers_retries_and_backoff(backend: BackendName) -> None:
    """A 503 with a long Retry-After: the wait would cross the deadline, so the call ends now."""
    seen = 0

    async def unavailable(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal seen
        try:
            while True:
                await read_request(reader)
                seen += 1
                writer.write(respond(503, b"{}", "Retry-After: 30"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    async with serve(unavailable) as base, _client(base, backend, deadline=5) as client:
        began = time.monotonic()
        with pytest.raises(TwilioTimeoutError) as info:
            await client.messages.create(to="+15005550006", from_="+15005550001", body="hi")
        assert time.monotonic() - began < 5  # did not sleep 30 s, nor up to the deadline
        assert seen == 1
        assert "before retry 1" in str(info.value) and "HTTP 503" in str(info.value)
        # 503 + Retry-After is answered before processing: provably not processed.
        assert info.value.may_have_been_processed is False


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_deadline_that_is_not_reached_changes_nothing(backend: BackendName) -> None:
    async def quick(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                writer.write(respond(200, BODY, "Content-Type: application/json"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    async with serve(quick) as base, _client(base, backend, deadline=60) as client:
        assert (await client.messages(SID).fetch()).body == "ok"
        options = RequestOptions(deadline=60)
        assert (await client.messages(SID).fetch(options=options)).body == "ok"


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), "5", True])
def test_bad_deadlines_are_config_errors(value: object) -> None:
    with pytest.raises(TwilioConfigError, match="deadline"):
        Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, deadline=value)  # type: ignore[arg-type]


async def test_bad_per_call_deadline_is_a_config_error_before_sending() -> None:
    async with Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, base_url="http://127.0.0.1:9") as c:
        with pytest.raises(TwilioConfigError, match="deadline"):
            await c.messages(SID).fetch(options=RequestOptions(deadline=float("nan")))


def test_deadline_on_trio() -> None:
    """The deadline is an anyio cancel scope: it holds on trio (httpx backend) too."""
    import trio

    async def main() -> None:
        listener = await trio.open_tcp_listeners(0, host="127.0.0.1")
        port = listener[0].socket.getsockname()[1]

        async def handle(stream: trio.SocketStream) -> None:
            data = b""
            while b"\r\n\r\n" not in data:
                data += await stream.receive_some(4096)
            await stream.send_all(b"HTTP/1.1 200 X\r\nContent-Length: 400\r\n\r\n")
            for _ in range(400):
                await trio.sleep(0.25)
                await stream.send_all(b" ")

        async with trio.open_nursery() as nursery:
            nursery.start_soon(trio.serve_listeners, handle, listener)
            async with _client(f"http://127.0.0.1:{port}", "httpx", timeout=1, deadline=1) as c:
                began = anyio.current_time()
                with pytest.raises(TwilioTimeoutError):
                    await c.messages(SID).fetch()
                assert anyio.current_time() - began < 10
            nursery.cancel_scope.cancel()

    trio.run(main)
