"""One Client across event loops: two ``asyncio.run()`` calls, on both backends.

An owned backend belongs to the loop it was opened on: when the running loop changes it
is dropped (never awaited on the dead loop) and a new one opens. A caller's
``http_client`` used again after its loop closed is refused with a clear error.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, answer_with, respond, serve
from twilio_async import Client, TwilioConfigError
from twilio_async._types import BackendName

SID = "SM" + "d" * 32
MESSAGE = b'{"sid": "' + SID.encode() + b'", "body": "ok"}'
ANSWER = respond(200, MESSAGE, "Content-Type: application/json")


@contextmanager
def threaded_server() -> Iterator[str]:
    """``serve(answer_with(...))`` on its own loop in a thread, so it outlives each asyncio.run."""
    ready = threading.Event()
    base: list[str] = []
    stop: list[asyncio.Event] = []
    loops: list[asyncio.AbstractEventLoop] = []

    async def main() -> None:
        stop.append(asyncio.Event())
        loops.append(asyncio.get_running_loop())
        async with serve(answer_with(ANSWER)) as url:
            base.append(url)
            ready.set()
            await stop[0].wait()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    assert ready.wait(30), "the loopback server did not start"
    try:
        yield base[0]
    finally:
        loops[0].call_soon_threadsafe(stop[0].set)
        thread.join(30)


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
def test_one_client_in_two_asyncio_runs(backend: BackendName) -> None:
    with threaded_server() as base:
        client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={})

        async def fetch() -> str | None:
            return (await client.messages(SID).fetch()).body

        assert asyncio.run(fetch()) == "ok"
        assert asyncio.run(fetch()) == "ok"  # a new loop: a new backend, not "loop is closed"
        assert asyncio.run(fetch()) == "ok"

        async def close() -> None:
            await client.aclose()  # the backend's loop has ended: dropped, not awaited

        asyncio.run(close())
        assert client.is_closed


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
def test_close_on_the_same_loop_after_a_loop_change(backend: BackendName) -> None:
    with threaded_server() as base:
        client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={})

        async def fetch_and_close() -> str | None:
            body = (await client.messages(SID).fetch()).body
            await client.aclose()
            return body

        async def fetch() -> str | None:
            return (await client.messages(SID).fetch()).body

        assert asyncio.run(fetch()) == "ok"
        assert asyncio.run(fetch_and_close()) == "ok"


def test_a_callers_http_client_from_a_closed_loop_is_refused_clearly() -> None:
    with threaded_server() as base:
        http_client: list[httpx.AsyncClient] = []

        async def first() -> str | None:
            http_client.append(httpx.AsyncClient())
            client = Client(
                ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_client=http_client[0], environ={}
            )
            holder.append(client)
            return (await client.messages(SID).fetch()).body

        holder: list[Client] = []
        assert asyncio.run(first()) == "ok"

        async def second() -> None:
            await holder[0].messages(SID).fetch()

        with pytest.raises(TwilioConfigError) as info:
            asyncio.run(second())
        assert "event loop" in str(info.value) and "http_client" in str(info.value)
        assert info.value.may_have_been_processed is False


def test_one_client_in_two_trio_runs() -> None:
    """The same holds on trio (httpx backend): each trio.run gets its own pool."""
    import trio

    with threaded_server() as base:
        client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend="httpx", environ={})

        async def fetch() -> str | None:
            return (await client.messages(SID).fetch()).body

        assert trio.run(fetch) == "ok"
        assert trio.run(fetch) == "ok"

        async def close() -> None:
            await client.aclose()

        trio.run(close)
        assert client.is_closed
