"""An active httpx mock sees every request of a default ``Client``; without one, aiohttp.

The default backend on asyncio is aiohttp, which httpx mocks cannot see: while httpx's
or httpcore's send path is patched, requests go through ``httpx.AsyncClient`` instead
(``twilio_async._backends._mocks``). Every test here runs on the production default
(``real_backend``) with socket connects refused and recorded, so a request that went
around the mock fails the test instead of reaching the network.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from typing import Any

import anyio
import httpx
import pytest
import respx
from respx.models import AllMockedAssertionError

from tests.api2008.helpers import CA, fixture
from tests.support.batch import message_items
from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import read_request, serve
from tests.support.rest import API, message, messages_page
from twilio_async import Client, TwilioConnectionError
from twilio_async._backends import AiohttpBackend, TransportBackend, send_path_patched

pytestmark = pytest.mark.real_backend

MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
MESSAGE_0 = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message(0)['sid']}.json"
CALL_2008 = f"/2008-08-01/Accounts/{ACCOUNT_SID}/Calls/{CA}"


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every address a socket tried to connect to; each attempt is refused."""
    seen: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        seen.append(address)
        raise ConnectionRefusedError(f"test: no connects allowed ({address!r})")

    def refuse_ex(self: socket.socket, address: object) -> int:
        seen.append(address)
        return 111  # ECONNREFUSED

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse_ex)
    yield seen


def _client(**kwargs: Any) -> Client:
    return Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, max_retries=0, **kwargs)


def _routes(router: respx.Router, prefix: str) -> dict[str, respx.Route]:
    """Routes for create, fetch, a two-page list and a 2008 (XML) fetch, under ``prefix``."""
    second = f"{MESSAGES}?PageSize=2&Page=1&PageToken=PA1"
    pages = {
        None: messages_page([message(0), message(1)], page=0, next_page_uri=second),
        "PA1": messages_page([message(2)], page=1),
    }

    def page(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("PageToken")])

    return {
        "create": router.post(prefix + MESSAGES).respond(201, json=message(0)),
        "fetch": router.get(prefix + MESSAGE_0).respond(200, json=message(0)),
        "list": router.get(prefix + MESSAGES).mock(side_effect=page),
        "call_2008": router.get(prefix + CALL_2008).respond(
            200, content=fixture("call.xml"), headers={"Content-Type": "application/xml"}
        ),
    }


async def _exercise(client: Client, routes: dict[str, respx.Route]) -> None:
    """Every kind of request, then the batch sender over three messages."""
    created = await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
    assert created.sid == message(0)["sid"]
    fetched = await client.messages(message(0)["sid"]).fetch()
    assert fetched.body == "message 0"
    listed = await client.messages.list()
    assert [m.body for m in listed] == ["message 0", "message 1", "message 2"]
    call = await client.api.v2008.account.calls(CA).fetch()
    assert call.sid == CA
    async with client.batch(concurrency=2) as batch:
        summary = await batch.send(message_items(3))
    assert summary.sent == 3
    assert {name: route.call_count for name, route in routes.items()} == {
        "create": 4,
        "fetch": 1,
        "list": 2,
        "call_2008": 1,
    }


def _context(**options: Any) -> Callable[[], AbstractContextManager[respx.Router]]:
    return lambda: respx.mock(assert_all_mocked=True, assert_all_called=False, **options)


@contextmanager
def _started_router() -> Iterator[respx.Router]:
    router = respx.MockRouter(assert_all_mocked=True, assert_all_called=False)
    router.start()
    try:
        yield router
    finally:
        router.stop()


MOCKS: dict[str, tuple[Callable[[], AbstractContextManager[respx.Router]], str]] = {
    "context-manager": (_context(), API),
    "base_url": (_context(base_url=API), ""),
    "httpcore-mocker": (_context(using="httpcore"), API),
    "httpx-mocker": (_context(using="httpx"), API),
    "started-MockRouter": (_started_router, API),
}


@pytest.mark.parametrize("kind", sorted(MOCKS))
async def test_every_request_of_a_default_client_is_seen_by_respx(
    kind: str, connects: list[object]
) -> None:
    make, prefix = MOCKS[kind]
    async with _client() as client:
        with make() as router:
            await _exercise(client, _routes(router, prefix))
        # Still the fast default: only the requests sent while mocked took the httpx way.
        assert isinstance(client._transport._backend, AiohttpBackend)
    assert connects == []


async def test_the_respx_decorator_sees_every_request(connects: list[object]) -> None:
    @respx.mock(assert_all_mocked=True, assert_all_called=False)
    async def run(respx_mock: respx.Router) -> None:
        async with _client() as client:
            await _exercise(client, _routes(respx_mock, API))

    await run()
    assert connects == []


async def test_an_unmatched_request_raises_respx_error_and_connects_nowhere(
    connects: list[object],
) -> None:
    async with _client() as client:
        with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
            router.get(API + MESSAGE_0).respond(200, json=message(0))
            with pytest.raises(AllMockedAssertionError):
                await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    assert connects == []


@asynccontextmanager
async def _message_server() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback HTTP server answering every request with message 0; records each request."""
    seen: list[bytes] = []
    body = httpx.Response(200, json=message(0)).content

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                request = await read_request(reader)
            except asyncio.IncompleteReadError:
                break
            seen.append(request)
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        writer.close()

    async with serve(handler) as base:
        yield base, seen


async def test_a_client_in_use_follows_respx_starting_and_stopping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast: list[str] = []
    original = AiohttpBackend.send

    async def counted(self: AiohttpBackend, method: str, url: str, *args: Any) -> Any:
        fast.append(url)
        return await original(self, method, url, *args)

    monkeypatch.setattr(AiohttpBackend, "send", counted)
    async with _message_server() as (base, seen), _client(base_url=base) as client:
        fetch = client.messages(message(0)["sid"]).fetch
        await fetch()  # before any mock: aiohttp, to the server
        assert (len(fast), len(seen)) == (1, 1)
        with respx.mock(assert_all_mocked=True) as router:
            route = router.get(f"{base}/api{MESSAGE_0}").respond(200, json=message(5))
            assert (await fetch()).body == "message 5"
            assert (await fetch()).body == "message 5"
            assert route.call_count == 2
        assert (len(fast), len(seen)) == (1, 1)  # neither aiohttp nor the server saw those
        assert (await fetch()).body == "message 0"  # the mock stopped: the fast path again
        assert (len(fast), len(seen)) == (2, 2)


async def test_without_a_mock_the_default_is_aiohttp(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not send_path_patched()
    routed: list[object] = []
    monkeypatch.setattr(
        "twilio_async._backends.open_routed_backend", lambda **kw: routed.append(kw)
    )
    async with _message_server() as (base, seen), _client(base_url=base) as client:
        await client.messages(message(0)["sid"]).fetch()
        assert isinstance(client._transport._backend, AiohttpBackend)
        assert client._transport._routed is None
    assert len(seen) == 1 and routed == []


def test_patches_of_the_send_path_are_seen_and_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not send_path_patched()
    with monkeypatch.context() as patch:
        patch.setattr(httpx.AsyncClient, "send", lambda *a, **k: None)
        assert send_path_patched()
    assert not send_path_patched()
    with respx.mock(using="httpx"):
        assert send_path_patched()
    with respx.mock():
        assert send_path_patched()
    assert not send_path_patched()


async def test_a_patched_transport_sees_every_request(
    monkeypatch: pytest.MonkeyPatch, connects: list[object]
) -> None:
    """pytest-httpx's way: ``httpx.AsyncHTTPTransport.handle_async_request`` replaced."""
    seen: list[str] = []

    async def fake(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        return httpx.Response(201, json=message(0))

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", fake)
    async with _client() as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
        await client.messages(message(0)["sid"]).fetch()
    assert seen == [f"POST {MESSAGES}", f"GET {MESSAGE_0}"]
    assert connects == []


async def test_a_user_supplied_mock_transport_sees_every_request(connects: list[object]) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return httpx.Response(201 if request.method == "POST" else 200, json=message(0))

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with http, _client(http_client=http) as client:
        with respx.mock(assert_all_mocked=True):  # the user's transport still answers
            await client.messages.create(to="+15558675310", from_="+15017122661", body="a")
        await client.messages(message(0)["sid"]).fetch()
        assert client._transport._routed is None
    assert seen == ["POST", "GET"]
    assert connects == []


def test_on_trio_the_httpx_mocker_sees_every_request(connects: list[object]) -> None:
    """On trio the default is httpx's transport, which respx's httpx mocker does not patch."""

    async def main() -> int:
        with respx.mock(using="httpx", assert_all_mocked=True) as router:
            route = router.post(API + MESSAGES).respond(201, json=message(0))
            async with _client() as client:
                await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
            return route.call_count

    assert anyio.run(main, backend="trio") == 1
    assert connects == []


def test_a_mock_started_before_the_backends_load_is_seen() -> None:
    """``@respx.mock`` around the very first request: the patch is there at import time."""
    script = textwrap.dedent(
        f"""
        import asyncio, sys, respx
        assert "twilio_async._backends" not in sys.modules
        from twilio_async import Client

        async def main():
            with respx.mock(assert_all_mocked=True) as router:
                route = router.get(url__regex=r".*/Messages\\.json$").respond(
                    200, json={{"messages": [], "meta": {{}}}}
                )
                async with Client({ACCOUNT_SID!r}, "t", environ={{}}) as client:
                    await client.messages.list()
                assert route.call_count == 1
            from twilio_async._backends import send_path_patched
            assert not send_path_patched(), "the genuine functions were not learned"
            print("ok")

        asyncio.run(main())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_fast_check_reads_every_function_of_the_send_path() -> None:
    from twilio_async._backends import _mocks

    assert _mocks._current is _mocks._spelled_out
    assert _mocks._spelled_out() == _mocks._looked_up()
    assert all(value is not None for value in _mocks._looked_up())


@pytest.mark.parametrize(("using", "routed"), [("httpcore", False), ("httpx", True)])
async def test_the_httpx_backend_is_routed_only_around_client_patches(
    using: str, routed: bool, connects: list[object]
) -> None:
    """httpx's transport, called directly, is seen by httpcore patches as it is."""
    async with _client(http_backend="httpx") as client:
        with respx.mock(using=using, assert_all_mocked=True) as router:
            route = router.post(API + MESSAGES).respond(201, json=message(0))
            await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
        assert route.call_count == 1
        assert isinstance(client._transport._backend, TransportBackend)
        assert (client._transport._routed is not None) is routed
    assert connects == []


async def test_a_mocked_network_error_is_retried_and_typed(connects: list[object]) -> None:
    """A route raising ``httpx.ConnectError`` reads as a refused connection, as on the wire."""
    with respx.mock(assert_all_mocked=True) as router:
        route = router.get(API + MESSAGE_0).mock(side_effect=httpx.ConnectError("refused"))
        async with Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, max_retries=1) as client:
            with pytest.raises(TwilioConnectionError) as caught:
                await client.messages(message(0)["sid"]).fetch()
    assert route.call_count == 2
    assert caught.value.may_have_been_processed is False
    assert connects == []
