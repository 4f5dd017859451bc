"""Cancellation and lifecycle: a cancelled call leaves the pool healthy, closing leaks nothing.

Every test runs with a pool of two connections, so a connection leaked by a
cancelled call would make the calls after it wait for the pool and fail: "the
next calls succeed" is the proof that nothing leaked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import anyio
import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, collect_leaks
from tests.support.numbers import FROM, TO
from twilio_async import Client, TwilioClientClosedError
from twilio_async.emulator import Emulator

POOL = 2
#: The pool timeout: a leaked connection turns the follow-up calls into pool timeouts.
TIMEOUT = httpx.Timeout(5.0, pool=1.0)


async def _cancel_with_task_cancel(calls: list[Callable[[], Awaitable[object]]]) -> None:
    tasks = [asyncio.ensure_future(call()) for call in calls]
    await asyncio.sleep(0.1)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)


async def _cancel_with_move_on_after(calls: list[Callable[[], Awaitable[object]]]) -> None:
    async def one(call: Callable[[], Awaitable[object]]) -> None:
        with anyio.move_on_after(0.1) as scope:
            await call()
        assert scope.cancelled_caught

    async with anyio.create_task_group() as tg:
        for call in calls:
            tg.start_soon(one, call)


async def _cancel_task_group(calls: list[Callable[[], Awaitable[object]]]) -> None:
    async def run(call: Callable[[], Awaitable[object]]) -> None:
        await call()
        raise AssertionError("the call should have been cancelled")

    async with anyio.create_task_group() as tg:
        for call in calls:
            tg.start_soon(run, call)
        await anyio.sleep(0.1)
        tg.cancel_scope.cancel()


CANCELLERS = {
    "task.cancel": _cancel_with_task_cancel,
    "move_on_after": _cancel_with_move_on_after,
    "CancelScope.cancel": _cancel_task_group,
}


@pytest.mark.real_backend
@pytest.mark.parametrize("how", list(CANCELLERS))
@pytest.mark.parametrize("backend", BACKENDS)
async def test_cancelled_calls_leave_the_pool_healthy(backend: str, how: str) -> None:
    with collect_leaks() as leaks:
        async with Emulator(status_interval=None) as emu:
            client = emu.client(
                http_backend=backend, max_connections=POOL, timeout=TIMEOUT, max_retries=0
            )
            async with client:
                await client.messages.create(to=TO, from_=FROM, body="seed")
                emu.faults.latency = 0.3
                # Two calls hold both connections mid-request, four more wait for the pool.
                calls: list[Callable[[], Awaitable[object]]] = [client.messages.list] * 3 + [
                    lambda: client.messages.create(to=TO, from_=FROM, body="cancelled")
                ] * 3
                await CANCELLERS[how](calls)
                emu.faults.latency = 0.0
                with anyio.fail_after(30):
                    results = await asyncio.gather(
                        *(client.messages.list() for _ in range(3 * POOL))
                    )
                assert all(len(r) >= 1 for r in results)
                made = await client.messages.create(to=TO, from_=FROM, body="after")
                assert made.body == "after"
            assert client.is_closed
    assert leaks.unclosed() == []
    assert emu.stats.responses[429] == 0


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_async_with_closes_everything_and_closed_client_is_a_clear_error(
    backend: str,
) -> None:
    with collect_leaks() as leaks:
        async with Emulator(status_interval=None) as emu:
            async with emu.client(http_backend=backend) as client:
                await asyncio.gather(*(client.messages.list() for _ in range(5)))
                transport = client._transport._backend
            assert client.is_closed
            requests = emu.stats.requests
            with pytest.raises(TwilioClientClosedError, match="closed"):
                await client.messages.list()
            with pytest.raises(TwilioClientClosedError):
                await client.messages.create(to=TO, from_=FROM, body="late")
            await client.aclose()  # closing twice is harmless
            assert emu.stats.requests == requests  # nothing was sent after closing
            assert client._transport._backend is transport  # no new pool was opened
    assert leaks.unclosed() == []


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_close_while_a_call_is_in_flight(backend: str) -> None:
    """Closing under a running call ends that call with an error; nothing is left open."""
    with collect_leaks() as leaks:
        # Latency well past the time to reach aclose() below, however busy the machine.
        async with Emulator(status_interval=None, latency=1.0) as emu:
            client = emu.client(http_backend=backend, max_retries=0)
            call = asyncio.ensure_future(client.messages.list())
            while emu.faults.in_flight(emu.account_sid) == 0:
                await asyncio.sleep(0.005)
            await client.aclose()
            with anyio.fail_after(30):
                outcome = await asyncio.gather(call, return_exceptions=True)
            assert isinstance(outcome[0], Exception)
    assert leaks.unclosed() == []


@pytest.mark.real_backend
def test_trio_cancel_scope_leaves_the_pool_healthy() -> None:
    """On trio (httpx backend), a cancel scope around a slow call frees its connection."""

    async def main() -> list[str]:
        answers: list[str] = []

        async def handle(stream: anyio.abc.SocketStream) -> None:
            buffer = b""
            async with stream:
                try:
                    while True:
                        while b"\r\n\r\n" not in buffer:
                            buffer += await stream.receive()
                        head, _, buffer = buffer.partition(b"\r\n\r\n")
                        if b"Messages/SM" + b"0" * 32 in head:
                            await anyio.sleep(30)  # the slow one: never answered in time
                        body = b'{"sid": "SM' + b"1" * 32 + b'", "body": "fast"}'
                        await stream.send(
                            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + f"Content-Length: {len(body)}\r\n\r\n".encode()
                            + body
                        )
                except (anyio.EndOfStream, anyio.BrokenResourceError):
                    return

        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with anyio.create_task_group() as tg:
            tg.start_soon(listener.serve, handle)
            async with Client(
                ACCOUNT_SID,
                AUTH_TOKEN,
                base_url=f"http://127.0.0.1:{port}",
                max_connections=1,
                timeout=httpx.Timeout(5.0, pool=1.0),
                max_retries=0,
                environ={},
            ) as client:
                for _ in range(3):
                    with anyio.move_on_after(0.1):
                        await client.messages("SM" + "0" * 32).fetch()
                    with anyio.fail_after(30):
                        fast = await client.messages("SM" + "1" * 32).fetch()
                    answers.append(str(fast.body))
            tg.cancel_scope.cancel()
        return answers

    assert anyio.run(main, backend="trio") == ["fast"] * 3
