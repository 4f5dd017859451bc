"""PATCH (form and JSON bodies), nested JSON bodies and token pagination (``json-token``).

The resources come from the codegen fixture ``mini_content_v1.yaml`` (its golden tree), so
these tests pin what generated code sends, not a hand-built operation.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from tests.codegen.golden.rest.content.v1 import V1
from tests.codegen.golden.rest.content.v1.types.contents import Content
from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from twilio_async import Client, ServerError, TwilioResponseError, TwilioValidationError
from twilio_async._pagination import Page

BASE = "https://content.twilio.com"
SID = "HX" + "0" * 32
CONTENT_URL = f"{BASE}/v1/Content"


@pytest.fixture
def content(client: Client) -> V1:
    """The fixture spec's ``content`` v1 version, on the test client's transport."""
    return V1(client._host)


def _content(n: int) -> dict[str, Any]:
    return {"sid": f"HX{n:032x}", "friendly_name": f"content {n}", "language": "en"}


def _page(items: list[dict[str, Any]], next_token: str | None, **meta: Any) -> dict[str, Any]:
    return {"contents": items, "meta": {"next_token": next_token, "previous_token": None, **meta}}


# --------------------------------------------------------------------------- PATCH and bodies


async def test_patch_with_form_body_exact_wire(content: V1, mock: respx.MockRouter) -> None:
    route = mock.patch(f"{BASE}/v1/Settings").respond(
        200, json={"friendly_name": "new", "enabled": False}
    )
    setting = await content.settings().update(
        friendly_name="new name", enabled=False, tags=["a b", "c&d"]
    )
    assert setting.enabled is False
    request = route.calls.last.request
    assert request.method == "PATCH"
    assert str(request.url) == f"{BASE}/v1/Settings"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"FriendlyName=new+name&Enabled=false&Tags=a+b&Tags=c%26d"


async def test_patch_with_json_body_exact_wire(content: V1, mock: respx.MockRouter) -> None:
    route = mock.patch(f"{CONTENT_URL}/{SID}").respond(200, json=_content(0))
    updated = await content.contents(SID).update(
        friendly_name="greeting", variables={"1": "name", "2": 3}, tags=["x", "y"]
    )
    assert updated.sid == f"HX{0:032x}"
    request = route.calls.last.request
    assert request.method == "PATCH"
    assert str(request.url) == f"{CONTENT_URL}/{SID}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.content == (
        b'{"friendly_name":"greeting","variables":{"1":"name","2":3},"tags":["x","y"]}'
    )


async def test_patch_json_sends_only_given_members(content: V1, mock: respx.MockRouter) -> None:
    route = mock.patch(f"{CONTENT_URL}/{SID}").respond(200, json=_content(0))
    await content.contents(SID).update(tags=[])
    assert route.calls.last.request.content == b'{"tags":[]}'


async def test_json_body_with_nested_objects_and_lists(content: V1, mock: respx.MockRouter) -> None:
    body = {
        "friendly_name": "card",
        "language": "en",
        "variables": {"1": "Owl"},
        "types": {
            "twilio/card": {
                "title": "Hi {{1}}",
                "actions": [
                    {"type": "URL", "title": "Open", "url": "https://example.com/a?b=c"},
                    {"type": "PHONE_NUMBER", "title": "Call", "phone": "+15005550006"},
                ],
            },
            "twilio/text": {"body": "caf\u00e9 \u2713"},
        },
        "empty": {"list": [], "object": {}, "null": None, "flag": True, "n": 1.5},
    }
    route = mock.post(CONTENT_URL).respond(201, json=_content(1))
    created = await content.contents.create(body=body)
    assert created.friendly_name == "content 1"
    request = route.calls.last.request
    assert request.method == "POST"
    assert str(request.url) == CONTENT_URL
    assert request.headers["Content-Type"] == "application/json"
    assert request.content == json.dumps(body, separators=(",", ":")).encode()
    assert json.loads(request.content) == body  # the whole object, members unwrapped


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda c: c.contents.create(body=[1, 2]), "body"),
        (lambda c: c.contents.create(body={"when": object()}), "body"),
        (lambda c: c.contents.create(body={"n": float("nan")}), "body"),
        (lambda c: c.contents(SID).update(tags="not-a-list"), "tags"),
        (lambda c: c.contents(SID).update(tags=["ok", 7]), "tags"),
        (lambda c: c.contents(SID).update(variables={1j: "x"}), "variables"),
        (lambda c: c.settings().update(enabled="yes"), "enabled"),
        (lambda c: c.settings().update(tags=b"raw"), "tags"),
    ],
)
async def test_bad_input_refused_before_any_traffic(
    content: V1, mock: respx.MockRouter, call: Any, named: str
) -> None:
    routes = [mock.route(host="content.twilio.com")]
    with pytest.raises(TwilioValidationError) as info:
        await call(content)
    assert repr(named) in str(info.value)
    assert all(not route.called for route in routes)


async def test_required_json_body_is_named(content: V1, mock: respx.MockRouter) -> None:
    route = mock.route(host="content.twilio.com")
    with pytest.raises(TypeError, match="'body'"):
        await content.contents.create()  # type: ignore[call-arg]
    with pytest.raises(TwilioValidationError, match="'body' is required"):
        await content.contents.create(body=None)
    assert not route.called


async def test_bad_sid_refused_before_any_traffic(content: V1, mock: respx.MockRouter) -> None:
    route = mock.route(host="content.twilio.com")
    with pytest.raises(TwilioValidationError, match="Sid"):
        await content.contents("SM" + "0" * 32).update(tags=["x"])
    assert not route.called


# --------------------------------------------------------------------------- token pagination


def _token_pages(mock: respx.MockRouter, count: int = 3, size: int = 2) -> respx.Route:
    """Contents 0..(count*size - 2) over ``count`` pages chained by ``meta.next_token``."""
    total = count * size - 1
    items = [_content(n) for n in range(total)]

    def respond(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("PageToken")
        index = 0 if token is None else int(token.removeprefix("T"))
        chunk = items[index * size : (index + 1) * size]
        last = index + 1 >= count
        return httpx.Response(200, json=_page(chunk, None if last else f"T{index + 1}"))

    return mock.get(CONTENT_URL).mock(side_effect=respond)


async def test_list_follows_tokens_over_three_pages(content: V1, mock: respx.MockRouter) -> None:
    route = _token_pages(mock)
    items = await content.contents.list(language="en", page_size=2)
    assert [c.friendly_name for c in items] == [f"content {n}" for n in range(5)]
    urls = [str(call.request.url) for call in route.calls]
    assert urls == [
        f"{CONTENT_URL}?Language=en&PageSize=2",
        f"{CONTENT_URL}?Language=en&PageSize=2&PageToken=T1",
        f"{CONTENT_URL}?Language=en&PageSize=2&PageToken=T2",
    ]


async def test_list_over_many_pages_stops_when_no_token(
    content: V1, mock: respx.MockRouter
) -> None:
    route = _token_pages(mock, count=12, size=3)
    items = await content.contents.list(page_size=3)
    assert len(items) == 12 * 3 - 1
    assert route.call_count == 12
    assert len({c.sid for c in items}) == len(items)


@pytest.mark.parametrize(("limit", "requests"), [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (50, 3)])
async def test_stream_limit_fetches_only_needed_pages(
    content: V1, mock: respx.MockRouter, limit: int, requests: int
) -> None:
    route = _token_pages(mock)
    seen = [c.sid async for c in content.contents.stream(limit=limit, page_size=2)]
    assert len(seen) == min(limit, 5)
    assert route.call_count == requests


async def test_limit_sets_page_size(content: V1, mock: respx.MockRouter) -> None:
    route = mock.get(CONTENT_URL).respond(200, json=_page([_content(0)], None))
    await content.contents.list(limit=7)
    assert route.calls.last.request.url.params["PageSize"] == "7"


async def test_page_walks_tokens_then_none(content: V1, mock: respx.MockRouter) -> None:
    route = _token_pages(mock)
    page: Page[Content] | None = await content.contents.page(page_size=2)
    sizes = []
    while page is not None:
        sizes.append(len(page))
        assert page.page_number is None
        page = await page.next_page()
    assert sizes == [2, 2, 1]
    assert route.call_count == 3


async def test_page_starts_at_a_given_token(content: V1, mock: respx.MockRouter) -> None:
    route = _token_pages(mock)
    page = await content.contents.page(page_size=2, page_token="T1")
    assert [c.friendly_name for c in page] == ["content 2", "content 3"]
    assert page.next_page_url == f"{CONTENT_URL}?PageSize=2&PageToken=T2"
    last = await page.next_page()
    assert last is not None and len(last) == 1 and last.next_page_url is None
    assert str(route.calls.last.request.url) == f"{CONTENT_URL}?PageSize=2&PageToken=T2"


async def test_page_number_is_not_sent(content: V1, mock: respx.MockRouter) -> None:
    route = mock.get(CONTENT_URL).respond(200, json=_page([], None))
    await content.contents.page(page_number=3)
    assert "Page" not in route.calls.last.request.url.params


@pytest.mark.parametrize("last", [None, ""])
async def test_empty_or_null_token_is_the_last_page(
    content: V1, mock: respx.MockRouter, last: str | None
) -> None:
    route = mock.get(CONTENT_URL).respond(200, json=_page([_content(0)], last))
    page = await content.contents.page()
    assert page.next_page_url is None
    assert await page.next_page() is None
    assert route.call_count == 1


async def test_absent_meta_is_one_page(content: V1, mock: respx.MockRouter) -> None:
    mock.get(CONTENT_URL).respond(200, json={"contents": [_content(0)]})
    assert len(await content.contents.list()) == 1


async def test_previous_token_goes_back(content: V1, mock: respx.MockRouter) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("PageToken") == "P0":
            return httpx.Response(200, json=_page([_content(0)], "N1"))
        meta = {"previous_token": "P0"}
        return httpx.Response(200, json={"contents": [_content(1)], "meta": meta})

    mock.get(CONTENT_URL).mock(side_effect=respond)
    page = await content.contents.page(page_token="N1")
    before = await page.previous_page()
    assert before is not None and before[0].friendly_name == "content 0"


async def test_next_page_url_wins_over_token(content: V1, mock: respx.MockRouter) -> None:
    first = _page([_content(0)], "IGNORED", next_page_url=f"{CONTENT_URL}?PageToken=URL1")
    route = mock.get(CONTENT_URL).mock(
        side_effect=[
            httpx.Response(200, json=first),
            httpx.Response(200, json=_page([_content(1)], None)),
        ]
    )
    assert len(await content.contents.list()) == 2
    assert route.calls.last.request.url.params["PageToken"] == "URL1"


async def test_token_is_encoded_in_the_url(content: V1, mock: respx.MockRouter) -> None:
    route = mock.get(CONTENT_URL).mock(
        side_effect=[
            httpx.Response(200, json=_page([_content(0)], "a+b/c=&d")),
            httpx.Response(200, json=_page([_content(1)], None)),
        ]
    )
    assert len(await content.contents.list()) == 2
    request = route.calls.last.request
    assert request.url.params["PageToken"] == "a+b/c=&d"
    assert list(request.url.params) == ["PageToken"]


async def test_a_repeated_token_is_a_paging_loop(content: V1, mock: respx.MockRouter) -> None:
    mock.get(CONTENT_URL).respond(200, json=_page([_content(0)], "SAME"))
    with pytest.raises(TwilioResponseError, match="paging loops"):
        await content.contents.list()


async def test_a_token_with_control_characters_is_not_followed(
    content: V1, mock: respx.MockRouter
) -> None:
    mock.get(CONTENT_URL).respond(200, json=_page([_content(0)], "x\r\nInjected: 1"))
    page = await content.contents.page()
    # Percent-encoded into the query, so the link is safe to follow.
    assert page.next_page_url is not None and "\r" not in page.next_page_url
    assert page.next_page_url.endswith("PageToken=x%0D%0AInjected%3A+1")


async def test_patch_is_not_retried_after_a_5xx(mock: respx.MockRouter) -> None:
    """A PATCH may have taken effect (like POST), so a 503 is not sent again."""
    route = mock.patch(f"{CONTENT_URL}/{SID}").respond(503, json={"message": "busy"})
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=3, environ={}) as client:
        with pytest.raises(ServerError):
            await V1(client._host).contents(SID).update(tags=["x"])
    assert route.call_count == 1
