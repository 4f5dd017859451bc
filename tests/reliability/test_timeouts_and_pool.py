"""Timeouts and the connection pool on both backends: typed, bounded, never a hang."""

from __future__ import annotations

import asyncio

import anyio
import httpx
import pytest
from typing_extensions import Unpack

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, ClientOptions, read_request, respond, serve
from twilio_async import Client, RequestOptions, TwilioConfigError, TwilioTimeoutError
from twilio_async._constants import DEFAULT_TIMEOUTS
from twilio_async._types import BackendName

MESSAGE = b'{"sid": "SM' + b"d" * 32 + b'", "body": "ok"}'


class Gate:
    """A server whose answers wait until the test opens the gate."""

    def __init__(self) -> None:
        self.received = 0
        self.open = asyncio.Event()

    async def handler(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                self.received += 1
                await self.open.wait()
                writer.write(respond(200, MESSAGE, "Content-Type: application/json"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    async def wait_received(self, count: int) -> None:
        with anyio.fail_after(30):  # a hang guard, not a measurement: generous on a busy machine
            while self.received < count:
                await asyncio.sleep(0.005)


def _client(base: str, backend: BackendName, **kwargs: Unpack[ClientOptions]) -> Client:
    return Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, **kwargs
    )


def test_default_timeouts_are_all_finite() -> None:
    """No default waits forever: connect, read, write and pool are all bounded."""
    assert all(isinstance(value, int | float) and value > 0 for value in DEFAULT_TIMEOUTS.values())


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_pool_exhaustion_is_a_clear_timeout_not_a_hang(backend: BackendName) -> None:
    gate = Gate()
    timeout = httpx.Timeout(5.0, pool=0.2)
    async with (
        serve(gate.handler) as base,
        _client(base, backend, max_connections=1, timeout=timeout, max_retries=0) as client,
    ):
        first = asyncio.ensure_future(client.messages("SM" + "d" * 32).fetch())
        await gate.wait_received(1)
        with anyio.fail_after(30), pytest.raises(TwilioTimeoutError) as info:
            await client.messages("SM" + "e" * 32).fetch()
        error = info.value
        assert "connection pool exhausted" in str(error)
        assert "0.2 s" in str(error) and "max_connections" in str(error)
        assert error.may_have_been_processed is False  # it never left the process
        assert gate.received == 1
        gate.open.set()
        assert (await first).body == "ok"
        # The pool recovered: the one connection serves the next call.
        assert (await client.messages("SM" + "d" * 32).fetch()).body == "ok"
        assert gate.received == 2


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_pool_timeout_create_is_retried_because_nothing_was_sent(
    backend: BackendName, fast_backoff: None
) -> None:
    """A create waiting for the pool is safe to retry; it succeeds once a connection frees."""
    gate = Gate()
    timeout = httpx.Timeout(5.0, pool=0.05)
    async with (
        serve(gate.handler) as base,
        # The budget must outlast the sleep below on a busy machine: each retry waits 0.05 s.
        _client(base, backend, max_connections=1, timeout=timeout, max_retries=1000) as client,
    ):
        first = asyncio.ensure_future(client.messages("SM" + "d" * 32).fetch())
        await gate.wait_received(1)
        second = asyncio.ensure_future(client.messages.create(to="+15558675310", body="x"))
        await asyncio.sleep(0.15)  # a few pool timeouts and retries pass
        assert gate.received == 1
        gate.open.set()
        await first
        with anyio.fail_after(30):
            assert (await second).sid == "SM" + "d" * 32
        assert gate.received == 2  # sent exactly once


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_per_call_timeout_overrides_the_client(backend: BackendName) -> None:
    gate = Gate()
    async with serve(gate.handler) as base, _client(base, backend, timeout=30) as client:
        # Only the read timeout is short: a loopback connect slowed by a busy machine must not
        # be what expires.
        per_call = RequestOptions(timeout=httpx.Timeout(10.0, read=0.2))
        with anyio.fail_after(30), pytest.raises(TwilioTimeoutError) as info:
            await client.messages.create(to="+15558675310", body="x", options=per_call)
        assert str(info.value).startswith("read timeout (0.2 s) on POST")
        assert info.value.may_have_been_processed is True
        assert gate.received == 1  # a create is not sent again after a read timeout
        gate.open.set()


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_read_timeout_on_a_fetch_is_retried_then_typed(
    backend: BackendName, fast_backoff: None
) -> None:
    gate = Gate()
    async with (
        serve(gate.handler) as base,
        _client(base, backend, timeout=httpx.Timeout(10.0, read=0.1), max_retries=2) as client,
    ):
        with anyio.fail_after(30), pytest.raises(TwilioTimeoutError) as info:
            await client.messages("SM" + "d" * 32).fetch()
        assert gate.received == 3
        assert info.value.method == "GET"
        gate.open.set()


@pytest.mark.parametrize("value", [0, -1, 1.5, "10", True])
def test_bad_max_connections(value: object) -> None:
    with pytest.raises(TwilioConfigError, match="max_connections"):
        Client(ACCOUNT_SID, AUTH_TOKEN, max_connections=value, environ={})  # type: ignore[arg-type]


async def test_max_connections_with_own_http_client_is_refused() -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(TwilioConfigError, match=r"httpx\.Limits"):
            Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http, max_connections=5, environ={})
