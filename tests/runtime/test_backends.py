"""HTTP backends: which one runs, and that failures keep "was it sent?" exact.

These run over real loopback sockets against tiny servers, because the point is
what aiohttp and httpcore do on the wire, not what a mock says.
"""

from __future__ import annotations

import asyncio
import socket

import anyio
import httpx
import pytest
import respx
from typing_extensions import Unpack

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import ClientOptions, serve
from tests.support.loopback import read_request as _read_request
from twilio_async import Client, TwilioConnectionError, TwilioTimeoutError
from twilio_async._backends import AiohttpBackend, ClientBackend, TransportBackend, open_backend
from twilio_async._backends._aiohttp import AiohttpTransport
from twilio_async._types import BackendName, Timeouts

MESSAGE = b'{"sid": "SM' + b"b" * 32 + b'", "status": "queued", "num_segments": "2"}'


async def answer_201(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        try:
            await _read_request(reader)
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        writer.write(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(MESSAGE)).encode() + b"\r\n\r\n" + MESSAGE
        )
        await writer.drain()


def _client(base: str, backend: BackendName, **kwargs: Unpack[ClientOptions]) -> Client:
    return Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, **kwargs
    )


@pytest.mark.real_backend
async def test_auto_picks_aiohttp_on_asyncio() -> None:
    async with serve(answer_201) as base, _client(base, "auto", max_retries=0) as client:
        message = await client.messages.create(to="+15558675310", body="hi")
        assert message.num_segments == 2
        assert isinstance(client._transport._backend, AiohttpBackend)


@pytest.mark.real_backend
def test_auto_falls_back_to_httpx_on_trio() -> None:
    async def main() -> type[httpx.AsyncBaseTransport]:
        with respx.mock(assert_all_mocked=True) as mock:
            mock.post(url__regex=r".*/Messages\.json$").respond(201, content=MESSAGE)
            async with Client(ACCOUNT_SID, AUTH_TOKEN, environ={}) as client:
                message = await client.messages.create(to="+15558675310", body="hi")
                assert message.status == "queued"
                backend = client._transport._backend
                assert isinstance(backend, TransportBackend)
                return type(backend.transport)

    assert anyio.run(main, backend="trio") is httpx.AsyncHTTPTransport


async def test_user_client_is_used_and_left_open() -> None:
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    async with serve(answer_201) as base:
        http = httpx.AsyncClient(event_hooks={"request": [hook]})
        async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_client=http) as client:
            await client.messages.create(to="+15558675310", body="hi")
            assert isinstance(client._transport._backend, ClientBackend)
        assert len(seen) == 1 and not http.is_closed
        await http.aclose()


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
@pytest.mark.real_backend
async def test_same_result_on_both_backends(backend: BackendName) -> None:
    async with serve(answer_201) as base, _client(base, backend) as client:
        message = await client.messages.create(to="+15558675310", body="hi")
        assert (message.sid, message.num_segments) == ("SM" + "b" * 32, 2)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
@pytest.mark.real_backend
async def test_refused_connection_was_not_processed_and_is_retried(
    backend: BackendName, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = f"http://127.0.0.1:{_free_port()}"
    attempts = 0

    async def no_wait(_: float) -> None:
        nonlocal attempts
        attempts += 1

    monkeypatch.setattr(anyio, "sleep", no_wait)
    async with _client(base, backend, max_retries=2) as client:
        with pytest.raises(TwilioConnectionError) as caught:
            await client.messages.create(to="+15558675310", body="hi")
    assert caught.value.may_have_been_processed is False
    assert attempts == 2  # a create is retried when nothing was sent


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
@pytest.mark.real_backend
async def test_dropped_after_request_may_have_been_processed_and_is_not_retried(
    backend: BackendName,
) -> None:
    received = 0

    async def read_then_drop(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal received
        await _read_request(reader)
        received += 1
        writer.close()

    async with serve(read_then_drop) as base, _client(base, backend, max_retries=2) as client:
        with pytest.raises(TwilioConnectionError) as caught:
            await client.messages.create(to="+15558675310", body="hi")
    assert caught.value.may_have_been_processed is True
    assert received == 1  # never sent twice


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
@pytest.mark.real_backend
async def test_read_timeout_is_typed_and_not_retried_for_creates(backend: BackendName) -> None:
    received = 0

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal received
        await _read_request(reader)
        received += 1
        await asyncio.sleep(5)
        writer.close()

    timeout = httpx.Timeout(10.0, read=0.3)  # only the read timeout is under test
    async with (
        serve(stall) as base,
        _client(base, backend, timeout=timeout, max_retries=2) as client,
    ):
        with anyio.fail_after(30), pytest.raises(TwilioTimeoutError) as caught:
            await client.messages.create(to="+15558675310", body="hi")
    assert caught.value.may_have_been_processed is True
    assert received == 1


@pytest.mark.real_backend
async def test_oversized_body_is_refused_not_buffered() -> None:
    async def huge(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n" + b"x" * 1024)
        await writer.drain()
        await asyncio.sleep(1)
        writer.close()

    transport = AiohttpTransport(max_body=1024 * 1024)
    async with serve(huge) as base:
        with pytest.raises(httpx.ReadError, match="exceeds"):
            no_limits = Timeouts(connect=None, read=None, write=None, pool=None)
            await transport.send_raw("GET", base + "/x", {}, None, no_limits)
    await transport.aclose()


def test_unknown_backend_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="http_backend"):
        Client(ACCOUNT_SID, AUTH_TOKEN, http_backend="curl", environ={})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="http_backend"):
        open_backend("curl")
