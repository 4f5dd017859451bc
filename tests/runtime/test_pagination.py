"""Pages, streams and limits in both JSON dialects; following page links safely."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.rest import (
    ACCOUNT_URL,
    API,
    FLEX,
    message,
    messages_page,
    plugin,
    plugins_page,
    query,
    raises,
)
from twilio_async import Client, ServerError, TwilioError, TwilioValidationError

MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def _uri(page: int, token: str) -> str:
    return f"{MESSAGES_PATH}?PageSize=2&Page={page}&PageToken={token}"


def three_pages(mock: respx.MockRouter) -> respx.Route:
    """Messages 0..4 over three pages of two, chained by relative ``next_page_uri``."""
    pages = {
        None: messages_page([message(0), message(1)], page=0, next_page_uri=_uri(1, "PA1")),
        "PA1": messages_page(
            [message(2), message(3)],
            page=1,
            next_page_uri=_uri(2, "PA2"),
            previous_page_uri=_uri(0, "PB0"),
        ),
        "PA2": messages_page([message(4)], page=2, previous_page_uri=_uri(1, "PB1")),
    }
    pages["PB0"], pages["PB1"] = pages[None], pages["PA1"]

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("PageToken")])

    return mock.get(f"{API}{MESSAGES_PATH}").mock(side_effect=respond)


async def test_list_follows_relative_next_page_uri(client: Client, mock: respx.MockRouter) -> None:
    route = three_pages(mock)
    messages = await client.messages.list()
    assert [m.body for m in messages] == [f"message {n}" for n in range(5)]
    urls = [str(call.request.url) for call in route.calls]
    assert urls == [f"{API}{MESSAGES_PATH}", f"{API}{_uri(1, 'PA1')}", f"{API}{_uri(2, 'PA2')}"]


@pytest.mark.parametrize(("limit", "requests"), [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (50, 3)])
async def test_limit_stops_exactly_and_fetches_only_needed_pages(
    client: Client, mock: respx.MockRouter, limit: int, requests: int
) -> None:
    route = three_pages(mock)
    messages = await client.messages.list(limit=limit, page_size=2)
    assert [m.body for m in messages] == [f"message {n}" for n in range(min(limit, 5))]
    assert route.call_count == requests


async def test_limit_zero_makes_no_request(client: Client, mock: respx.MockRouter) -> None:
    route = three_pages(mock)
    assert await client.messages.list(limit=0) == []
    with raises(TwilioValidationError, match="'to'"):
        await client.messages.list(limit=0, to=5)  # type: ignore[arg-type]
    assert not route.called


async def test_stream_is_lazy(client: Client, mock: respx.MockRouter) -> None:
    route = three_pages(mock)
    stream = client.messages.stream()
    assert route.call_count == 0
    first = await stream.__anext__()
    assert first.body == "message 0"
    assert route.call_count == 1
    rest = [m.body async for m in stream]
    assert rest == [f"message {n}" for n in range(1, 5)]
    assert route.call_count == 3


@pytest.mark.parametrize(
    ("kwargs", "page_size"),
    [
        ({"limit": 5}, "5"),
        ({"limit": 1}, "1"),
        ({"limit": 1000}, "1000"),
        ({"limit": 2500}, "1000"),
        ({"limit": 5, "page_size": 20}, "20"),
        ({"page_size": 1}, "1"),
        ({"page_size": 1000}, "1000"),
    ],
)
async def test_page_size_sent(
    client: Client, mock: respx.MockRouter, kwargs: dict[str, Any], page_size: str
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json=messages_page([]))
    async for _ in client.messages.stream(**kwargs):
        pass
    assert query(route.calls.last.request) == [("PageSize", page_size)]


async def test_no_limit_no_page_size_sends_no_page_size(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json=messages_page([]))
    await client.messages.list()
    assert query(route.calls.last.request) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"page_size": 0},
        {"page_size": 1001},
        {"page_size": -1},
        {"page_size": "50"},
        {"page_size": True},
        {"limit": -1},
        {"limit": "10"},
        {"limit": 2.5},
    ],
    ids=repr,
)
async def test_bad_page_size_or_limit_is_refused_before_network(
    client: Client, mock: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    catch_all = mock.route().respond(200, json=messages_page([]))
    with raises(TwilioValidationError):
        await client.messages.list(**kwargs)
    if "limit" not in kwargs:
        with raises(TwilioValidationError):
            await client.messages.page(**kwargs)
    assert not catch_all.called


async def test_page_then_next_then_previous(client: Client, mock: respx.MockRouter) -> None:
    route = three_pages(mock)
    first = await client.messages.page()
    assert [m.body for m in first] == ["message 0", "message 1"]
    assert len(first) == 2
    assert first[1].body == "message 1"
    assert first.page_number == 0
    assert await first.previous_page() is None

    second = await first.next_page()
    assert second is not None
    assert second.page_number == 1
    assert [m.body for m in second] == ["message 2", "message 3"]

    back = await second.previous_page()
    assert back is not None
    assert str(route.calls.last.request.url) == f"{API}{_uri(0, 'PB0')}"

    third = await second.next_page()
    assert third is not None
    assert [m.body for m in third] == ["message 4"]
    assert await third.next_page() is None
    assert "has_next=False" in repr(third)
    assert route.call_count == 4


async def test_page_sends_token_and_number(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json=messages_page([]))
    await client.messages.page(to="+1555", page_size=10, page_token="PA123", page_number=3)
    assert query(route.calls.last.request) == [
        ("To", "+1555"),
        ("PageSize", "10"),
        ("PageToken", "PA123"),
        ("Page", "3"),
    ]


async def test_next_page_keeps_per_call_options(client: Client, mock: respx.MockRouter) -> None:
    from twilio_async import RequestOptions

    route = three_pages(mock)
    options = RequestOptions(extra_headers={"X-Trace": "abc"})
    await client.messages.list(options=options)
    assert [call.request.headers.get("X-Trace") for call in route.calls] == ["abc"] * 3


# --- json-v1 (Flex) ------------------------------------------------------------------------------


async def test_v1_follows_absolute_meta_next_page_url(
    client: Client, mock: respx.MockRouter
) -> None:
    next_url = f"{FLEX}/PluginService/Plugins?PageSize=2&Page=1&PageToken=PT1"
    route = mock.get(f"{FLEX}/PluginService/Plugins").mock(
        side_effect=[
            httpx.Response(200, json=plugins_page([plugin(0), plugin(1)], next_page_url=next_url)),
            httpx.Response(200, json=plugins_page([plugin(2)], page=1)),
        ]
    )
    plugins = await client.flex_api.v1.plugins.list(flex_metadata="meta")
    assert [p.unique_name for p in plugins] == ["plugin-0", "plugin-1", "plugin-2"]
    assert str(route.calls[1].request.url) == next_url
    # Header parameters ride along to every page.
    assert [c.request.headers["Flex-Metadata"] for c in route.calls] == ["meta", "meta"]


async def test_v1_page_object(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{FLEX}/PluginService/Plugins").respond(
        200, json=plugins_page([plugin(0)], page=0, next_page_url=None)
    )
    page = await client.flex_api.v1.plugins.page(page_size=1)
    assert page.page_number == 0
    assert page.page_size == 50
    assert page.next_page_url is None
    assert await page.next_page() is None


FOREIGN_LINKS = [
    "https://evil.example.com/v1/PluginService/Plugins?Page=1",
    "http://flex-api.twilio.com/v1/PluginService/Plugins?Page=1",  # downgraded to http
    "https://flex-api.twilio.com.evil.example.com/v1/PluginService/Plugins",
    "https://flex-api.twilio.com@evil.example.com/v1/PluginService/Plugins",
    "https://flex-api.twilio.com:443@evil.example.com/v1/PluginService/Plugins",
    "https://eviltwilio.com/v1/PluginService/Plugins",
    "//evil.example.com/v1/PluginService/Plugins",
    "javascript:alert(1)",
    "PluginService/Plugins?Page=1",
]


@pytest.mark.parametrize("link", FOREIGN_LINKS)
async def test_foreign_page_links_are_refused_and_not_requested(
    client: Client, mock: respx.MockRouter, link: str
) -> None:
    first = mock.get(f"{FLEX}/PluginService/Plugins").respond(
        200, json=plugins_page([plugin(0)], next_page_url=link)
    )
    anything_else = mock.route().respond(200, json=plugins_page([plugin(9)]))
    page = await client.flex_api.v1.plugins.page()
    with raises(TwilioError, match="refusing"):
        await page.next_page()
    with raises(TwilioError, match="refusing"):
        await client.flex_api.v1.plugins.list()
    assert first.call_count == 2
    assert not anything_else.called


@pytest.mark.parametrize(
    "link",
    [
        "https://api.twilio.com.evil.example.com/2010-04-01/x.json",
        "https://api.twilio.com@evil.example.com/2010-04-01/x.json",
    ],
)
async def test_2010_absolute_look_alike_links_are_refused(
    client: Client, mock: respx.MockRouter, link: str
) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(
        200, json=messages_page([message(0)], next_page_uri=link)
    )
    anything_else = mock.route().respond(200, json=messages_page([]))
    with raises(TwilioError, match="refusing"):
        await client.messages.list()
    assert not anything_else.called


@pytest.mark.parametrize(
    ("base_url", "link", "expected"),
    [
        (
            "http://127.0.0.1:8787",
            f"{FLEX}/PluginService/Plugins?Page=1&PageToken=PT1",
            "http://127.0.0.1:8787/flex-api/v1/PluginService/Plugins?Page=1&PageToken=PT1",
        ),
        (
            "http://127.0.0.1:8787",
            "https://flex-api.us1.twilio.com/v1/PluginService/Plugins?Page=1",
            "http://127.0.0.1:8787/flex-api/v1/PluginService/Plugins?Page=1",
        ),
        (
            "http://127.0.0.1:8787/",
            "http://127.0.0.1:8787/flex-api/v1/PluginService/Plugins?Page=1",
            "http://127.0.0.1:8787/flex-api/v1/PluginService/Plugins?Page=1",
        ),
    ],
)
async def test_twilio_links_are_rehomed_onto_base_url(
    mock: respx.MockRouter, base_url: str, link: str, expected: str
) -> None:
    first = mock.get("http://127.0.0.1:8787/flex-api/v1/PluginService/Plugins").mock(
        side_effect=[
            httpx.Response(200, json=plugins_page([plugin(0)], next_page_url=link)),
            httpx.Response(200, json=plugins_page([plugin(1)])),
        ]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, environ={}) as client:
        plugins = await client.flex_api.v1.plugins.list()
    assert [p.unique_name for p in plugins] == ["plugin-0", "plugin-1"]
    assert str(first.calls[1].request.url) == expected


async def test_twilio_link_rehomed_onto_region_and_edge(mock: respx.MockRouter) -> None:
    base = f"https://api.sydney.au1.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    route = mock.get(base).mock(
        side_effect=[
            httpx.Response(
                200,
                json=messages_page(
                    [message(0)], next_page_uri=f"{API}{MESSAGES_PATH}?Page=1&PageToken=PA1"
                ),
            ),
            httpx.Response(200, json=messages_page([message(1)])),
        ]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, region="au1", edge="sydney", environ={}) as c:
        assert len(await c.messages.list()) == 2
    assert str(route.calls[1].request.url) == f"{base}?Page=1&PageToken=PA1"


async def test_relative_link_under_base_url_prefix(mock: respx.MockRouter) -> None:
    base = f"http://127.0.0.1:8787/api/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    route = mock.get(base).mock(
        side_effect=[
            httpx.Response(
                200, json=messages_page([message(0)], next_page_uri=f"{MESSAGES_PATH}?Page=1")
            ),
            httpx.Response(200, json=messages_page([message(1)])),
        ]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1:8787", environ={}) as c:
        assert len(await c.messages.list()) == 2
    assert str(route.calls[1].request.url) == f"{base}?Page=1"


async def test_failing_second_page_raises_typed_error(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[
            httpx.Response(
                200, json=messages_page([message(0)], next_page_uri=f"{MESSAGES_PATH}?Page=1")
            ),
            httpx.Response(
                500, json={"code": 20500, "message": "Internal Server Error", "status": 500}
            ),
        ]
    )
    seen: list[str | None] = []
    with raises(ServerError) as info:
        async for item in client.messages.stream():
            seen.append(item.body)
    assert seen == ["message 0"]
    error = info.value
    assert error.status == 500
    assert error.code == 20500
    assert error.method == "GET"
    assert error.url == f"{API}{MESSAGES_PATH}"  # without the query (see test_errors)
    assert error.may_have_been_processed is False
