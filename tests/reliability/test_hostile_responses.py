"""Hostile answers over real sockets, on both backends: always a typed error, bounded, quick.

tests/runtime/test_errors.py and tests/api2008/test_api2008_hostile.py cover the
same bodies through respx (the httpx transport only). Here a raw loopback server
writes them byte for byte, so aiohttp's own parsing is in the loop too: lying
Content-Length, cut connections, huge and chunked bodies, proxy pages, wrong
content types and an XML bomb.
"""

from __future__ import annotations

import asyncio
import json

import anyio
import pytest
from typing_extensions import Unpack

from tests.support.bad_input import BILLION_LAUGHS
from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import (
    BACKENDS,
    ClientOptions,
    Handler,
    answer_with,
    read_request,
    respond,
    serve,
)
from twilio_async import (
    Client,
    ServerError,
    TwilioConnectionError,
    TwilioResponseError,
    TwilioRestError,
)
from twilio_async._backends import AiohttpBackend, TransportBackend
from twilio_async._constants import ERROR_EXCERPT_CHARS
from twilio_async._types import BackendName

SID = "SM" + "c" * 32
MESSAGE = json.dumps({"sid": SID, "body": "ok", "num_segments": "1"}).encode()

pytestmark = pytest.mark.real_backend


def _client(base: str, backend: BackendName, **kwargs: Unpack[ClientOptions]) -> Client:
    kwargs.setdefault("max_retries", 1)
    return Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, **kwargs
    )


class Counting:
    """Wraps a handler and counts the requests it received."""

    def __init__(self, payload: bytes, *, close: bool = False):
        self.payload = payload
        self.close = close
        self.received = 0

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                self.received += 1
                writer.write(self.payload)
                await writer.drain()
                if self.close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def _create(client: Client) -> object:
    return await client.messages.create(to="+15558675310", body="hi")


@pytest.mark.parametrize("backend", BACKENDS)
async def test_truncated_201_body_may_have_been_processed_and_is_not_resent(
    backend: BackendName,
) -> None:
    server = Counting(respond(201, MESSAGE[:20], "Content-Type: application/json", length=500),
                      close=True)  # fmt: skip
    async with serve(server) as base, _client(base, backend, max_retries=3) as client:
        with anyio.fail_after(5), pytest.raises(TwilioConnectionError) as info:
            await _create(client)
    assert info.value.may_have_been_processed is True
    assert "may have been processed" in str(info.value)
    assert server.received == 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_truncated_body_on_a_fetch_is_retried(
    backend: BackendName, fast_backoff: None
) -> None:
    server = Counting(respond(200, MESSAGE[:20], length=500), close=True)
    async with serve(server) as base, _client(base, backend, max_retries=2) as client:
        with anyio.fail_after(5), pytest.raises(TwilioConnectionError):
            await client.messages(SID).fetch()
    assert server.received == 3


@pytest.mark.parametrize("backend", BACKENDS)
async def test_declared_huge_body_is_refused_at_the_headers(backend: BackendName) -> None:
    server = Counting(respond(200, b'{"sid": "', "Content-Type: application/json",
                              length=10**12))  # fmt: skip
    async with serve(server) as base, _client(base, backend, max_retries=3) as client:
        with anyio.fail_after(5), pytest.raises(TwilioResponseError) as info:
            await client.messages(SID).fetch()
    assert info.value.status == 200
    assert "larger than" in str(info.value) and "byte limit" in str(info.value)
    assert server.received == 1  # not a transient failure: never retried
    assert len(info.value.body) <= 4096


def _chunked_forever() -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await read_request(reader)
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nTransfer-Encoding: chunked\r\n\r\n")
            chunk = b"<html>" + b"z" * 65_536
            while True:
                writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()

    return handler


@pytest.mark.parametrize("backend", BACKENDS)
async def test_endless_chunked_body_stops_at_the_limit(backend: BackendName) -> None:
    async with serve(_chunked_forever()) as base, _client(base, backend) as client:
        transport = client._transport
        opened = transport._open_backend()
        limit = 1024 * 1024
        if isinstance(opened, AiohttpBackend):
            opened.transport._max_body = limit
        else:
            assert isinstance(opened, TransportBackend)
            opened._max_body = limit
        with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
            await _create(client)
    assert info.value.status == 502
    assert info.value.may_have_been_processed is True  # a 5xx to a create proves nothing
    assert info.value.body.startswith(b"<html>zzz") and len(info.value.body) <= 4096
    assert len(str(info.value)) < 1000


PROXY_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>\x1b[31m" + b"x" * 50_000


@pytest.mark.parametrize("backend", BACKENDS)
async def test_html_502_from_a_proxy(backend: BackendName) -> None:
    server = Counting(respond(502, PROXY_PAGE, "Content-Type: text/html"))
    async with serve(server) as base, _client(base, backend, max_retries=3) as client:
        with anyio.fail_after(5), pytest.raises(ServerError) as info:
            await _create(client)
    error = info.value
    assert (error.status, error.code, error.may_have_been_processed) == (502, None, True)
    assert "non-Twilio body" in error.message and "502 Bad Gateway" in error.message
    assert len(error.message) < ERROR_EXCERPT_CHARS + 100 and "\x1b" not in str(error)
    assert server.received == 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_malformed_json_on_a_201_says_it_was_processed(backend: BackendName) -> None:
    body = b'{"sid": "' + SID.encode() + b'", "body": '  # cut mid-document, length honest
    server = Counting(respond(201, body, "Content-Type: application/json"))
    async with serve(server) as base, _client(base, backend, max_retries=3) as client:
        with anyio.fail_after(5), pytest.raises(TwilioResponseError) as info:
            await _create(client)
    error = info.value
    assert error.status == 201 and error.body == body  # the raw answer is kept
    assert error.may_have_been_processed is True
    assert "the request was processed" in str(error) and "do not send it again" in str(error)
    assert server.received == 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_json_labelled_as_html_is_still_parsed(backend: BackendName) -> None:
    """The body decides, not the label: a valid answer under a wrong content type is used."""
    server = Counting(respond(200, MESSAGE, "Content-Type: text/html; charset=utf-8"))
    async with serve(server) as base, _client(base, backend) as client:
        message = await client.messages(SID).fetch()
    assert (message.sid, message.num_segments) == (SID, 1)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "body",
    [b"<html>captive portal</html>", b"", b"[]", b"null", b'"string"', b"\xff\xfe\x00"],
    ids=["html", "empty", "list", "null", "string", "binary"],
)
async def test_unusable_200_bodies_are_response_errors(backend: BackendName, body: bytes) -> None:
    server = Counting(respond(200, body, "Content-Type: application/json"))
    async with serve(server) as base, _client(base, backend) as client:
        with anyio.fail_after(5), pytest.raises(TwilioResponseError) as info:
            await client.messages(SID).fetch()
    assert info.value.status == 200 and info.value.body == body


@pytest.mark.parametrize("backend", BACKENDS)
async def test_not_http_at_all(backend: BackendName) -> None:
    server = Counting(b"SSH-2.0-OpenSSH_9.6\r\n\r\n", close=True)
    async with serve(server) as base, _client(base, backend, max_retries=3) as client:
        with anyio.fail_after(5), pytest.raises(TwilioConnectionError) as info:
            await _create(client)
    assert info.value.may_have_been_processed is True
    assert server.received == 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_xml_bomb_from_api_2008(backend: BackendName) -> None:
    handler = answer_with(respond(200, BILLION_LAUGHS, "Content-Type: application/xml"))
    async with serve(handler) as base, _client(base, backend) as client:
        with anyio.fail_after(5), pytest.raises(TwilioResponseError) as info:
            await client.api.v2008.account.calls("CA" + "1" * 32).fetch()
    assert info.value.status == 200 and info.value.body == BILLION_LAUGHS
    assert "lollol" not in str(info.value)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_error_status_with_a_hostile_json_message(backend: BackendName) -> None:
    body = json.dumps({"code": 21211, "message": "\x1b[2J" + "m" * 100_000}).encode()
    server = Counting(respond(400, body, "Content-Type: application/json"))
    async with serve(server) as base, _client(base, backend) as client:
        with anyio.fail_after(5), pytest.raises(TwilioRestError) as info:
            await _create(client)
    assert info.value.code == 21211 and info.value.may_have_been_processed is False
    assert len(str(info.value)) < 1200 and "\x1b" not in str(info.value)
