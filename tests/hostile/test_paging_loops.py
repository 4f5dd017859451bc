"""A list whose next link loops (issue 14, item 5): stopped with a typed error, not fetched forever.

A page linking to itself, or pages cycling A -> B -> A, in every dialect; legitimate
paging (different URLs, API 2008's computed ``Page=`` links, fetching the same next
page twice, going back with ``previous_page``) is unaffected.
"""

from __future__ import annotations

import asyncio
import json

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, read_request, serve
from tests.support.rest import API, FLEX, message, messages_page, plugin, plugins_page
from twilio_async import Client, TwilioResponseError
from twilio_async._types import BackendName

MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
CALLS_2008_PATH = f"/2008-08-01/Accounts/{ACCOUNT_SID}/Calls"
CA = "CA" + "1" * 32


def _uri(token: str) -> str:
    return f"{MESSAGES_PATH}?PageSize=50&PageToken={token}"


def _assert_loop(err: TwilioResponseError) -> None:
    assert err.may_have_been_processed is False
    assert err.method == "GET"
    assert "paging loops" in str(err)
    assert "?" not in (err.url or "")


async def test_a_2010_page_linking_to_itself(client: Client, mock: respx.MockRouter) -> None:
    page = messages_page([message(0)], next_page_uri=_uri("PA1"))
    route = mock.get(f"{API}{MESSAGES_PATH}").mock(return_value=httpx.Response(200, json=page))
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.messages.list()
    _assert_loop(info.value)
    # The first page (as sent) and the linked one; the link repeats and is not followed again.
    assert route.call_count == 2


async def test_a_2010_cycle_a_b_a(client: Client, mock: respx.MockRouter) -> None:
    pages = {
        None: messages_page([message(0)], next_page_uri=_uri("A")),
        "A": messages_page([message(1)], next_page_uri=_uri("B")),
        "B": messages_page([message(2)], next_page_uri=_uri("A")),
    }

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("PageToken")])

    route = mock.get(f"{API}{MESSAGES_PATH}").mock(side_effect=respond)
    seen: list[str] = []
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        async for item in client.messages.stream():
            seen.append(item.body or "")
    _assert_loop(info.value)
    assert seen == ["message 0", "message 1", "message 2"]
    assert route.call_count == 3


async def test_a_2010_first_page_linked_back_by_its_exact_url(
    client: Client, mock: respx.MockRouter
) -> None:
    """The first page's own URL, as sent, counts: a link back to it loops at once."""
    page = messages_page([message(0)], next_page_uri=f"{MESSAGES_PATH}?PageSize=5")
    route = mock.get(f"{API}{MESSAGES_PATH}").mock(return_value=httpx.Response(200, json=page))
    with anyio.fail_after(10), pytest.raises(TwilioResponseError):
        await client.messages.list(page_size=5)
    assert route.call_count == 1


async def test_a_v1_meta_link_to_itself(client: Client, mock: respx.MockRouter) -> None:
    url = f"{FLEX}/PluginService/Plugins?PageSize=50&Page=1&PageToken=X"
    page = plugins_page([plugin(0)], next_page_url=url)
    route = mock.get(f"{FLEX}/PluginService/Plugins").mock(
        return_value=httpx.Response(200, json=page)
    )
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.flex_api.v1.plugins.list()
    _assert_loop(info.value)
    assert route.call_count == 2


async def test_a_2008_nextpageuri_to_itself(client: Client, mock: respx.MockRouter) -> None:
    body = (
        f'<TwilioResponse><Calls nextpageuri="{CALLS_2008_PATH}?num=50&amp;Page=0">'
        f"<Call><Sid>{CA}</Sid></Call></Calls></TwilioResponse>"
    ).encode()
    route = mock.get(f"{API}{CALLS_2008_PATH}").mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.api.v2008.account.calls.list()
    _assert_loop(info.value)
    assert route.call_count == 2


async def test_2008_computed_page_links_still_page(client: Client, mock: respx.MockRouter) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("Page", "0"))
        body = (
            f'<TwilioResponse><Calls page="{number}" numpages="4" pagesize="1" total="4">'
            f"<Call><Sid>CA{number:032d}</Sid></Call></Calls></TwilioResponse>"
        ).encode()
        return httpx.Response(200, content=body)

    route = mock.get(f"{API}{CALLS_2008_PATH}").mock(side_effect=respond)
    with anyio.fail_after(10):
        calls = await client.api.v2008.account.calls.list(page_size=1)
    assert [c.sid for c in calls] == [f"CA{n:032d}" for n in range(4)]
    assert route.call_count == 4


async def test_legit_paging_fetching_again_and_going_back(
    client: Client, mock: respx.MockRouter
) -> None:
    pages = {
        None: messages_page([message(0)], next_page_uri=_uri("A")),
        "A": messages_page([message(1)], next_page_uri=_uri("B"), previous_page_uri=_uri("P")),
        "B": messages_page([message(2)], previous_page_uri=_uri("A")),
        "P": messages_page([message(0)], next_page_uri=_uri("A")),
    }

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("PageToken")])

    mock.get(f"{API}{MESSAGES_PATH}").mock(side_effect=respond)
    with anyio.fail_after(10):
        first = await client.messages.page()
        second = await first.next_page()
        again = await first.next_page()  # the same next page fetched twice: not a loop
        assert second is not None and again is not None
        third = await again.next_page()
        assert third is not None and [m.body for m in third] == ["message 2"]
        assert await third.next_page() is None
        back = await third.previous_page()  # back along the chain is no loop either
        assert back is not None and [m.body for m in back] == ["message 1"]
        before = await back.previous_page()
        assert before is not None
        forward = await before.next_page()
        assert forward is not None and [m.body for m in forward] == ["message 1"]
        assert len(await client.messages.list()) == 3


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_self_linking_page_on_loopback(backend: BackendName) -> None:
    body = json.dumps(messages_page([message(0)], next_page_uri=_uri("SELF"))).encode()
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    received = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal received
        try:
            while True:
                await read_request(reader)
                received += 1
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async with (
        serve(handler) as base,
        Client(
            ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, max_retries=0
        ) as client,
    ):
        with anyio.fail_after(30), pytest.raises(TwilioResponseError) as info:
            await client.messages.list()
    _assert_loop(info.value)
    assert received == 2
