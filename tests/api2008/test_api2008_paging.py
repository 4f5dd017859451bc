"""Paging in API 2008-08-01: ``num``/``Page`` requests, list-element attributes, links."""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from twilio_async import Client
from twilio_async._errors import TwilioError, TwilioResponseError, TwilioValidationError

from .helpers import AC, ACCOUNT, query_of

CALLS_URL = f"https://api.twilio.com{ACCOUNT}/Calls"
SIDS = [f"CA{n:032x}" for n in range(1, 6)]  # 5 calls: pages of 2, 2, 1


def call_xml(sid: str) -> str:
    return (
        f"<Call><Sid>{sid}</Sid><AccountSid>{AC}</AccountSid><Called>4155551212</Called>"
        "<Status>2</Status><Price/></Call>"
    )


def calls_page(page: int, size: int = 2, extra: str = "", total: int = len(SIDS)) -> bytes:
    items = SIDS[page * size : (page + 1) * size]
    numpages = -(-total // size)
    start, end = page * size, page * size + len(items) - 1
    attrs = (
        f'page="{page}" numpages="{numpages}" pagesize="{size}" total="{total}" '
        f'start="{start}" end="{end}"{extra}'
    )
    body = "".join(call_xml(sid) for sid in items)
    return f"<TwilioResponse><Calls {attrs}>{body}</Calls></TwilioResponse>".encode()


def computed_pages(request: httpx.Request) -> httpx.Response:
    """A server that pages by the documented attributes only (no URI attributes)."""
    query = dict(query_of(request))
    size = int(query.get("num", "50"))
    return httpx.Response(200, content=calls_page(int(query.get("Page", "0")), size))


async def test_list_follows_page_and_numpages_across_three_pages(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(CALLS_URL).mock(side_effect=computed_pages)
    with anyio.fail_after(5):
        calls = await client.api.v2008.account.calls.list(called="4155551212", page_size=2)

    assert [c.sid for c in calls] == SIDS
    assert route.call_count == 3
    queries = [query_of(call.request) for call in route.calls]
    assert queries[0] == [("Called", "4155551212"), ("num", "2")]
    # Later pages: the same filters, the next Page index and the page size.
    assert queries[1] == [("Called", "4155551212"), ("Page", "1"), ("num", "2")]
    assert queries[2] == [("Called", "4155551212"), ("Page", "2"), ("num", "2")]


async def test_page_navigation_exposes_the_paging_attributes(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(CALLS_URL).mock(side_effect=computed_pages)
    calls = client.api.v2008.accounts(AC).calls
    with anyio.fail_after(5):
        first = await calls.page(page_size=2)
        assert (first.page_number, first.page_size, first.total, len(first)) == (0, 2, 5, 2)
        assert first.previous_page_url is None
        assert await first.previous_page() is None

        second = await first.next_page()
        assert second is not None
        assert second.page_number == 1
        assert [c.sid for c in second] == SIDS[2:4]

        third = await second.next_page()
        assert third is not None
        assert [c.sid for c in third] == SIDS[4:]
        assert third.next_page_url is None
        assert await third.next_page() is None

        back = await third.previous_page()
        assert back is not None
        assert back.page_number == 1
        assert [c.sid for c in back] == SIDS[2:4]


async def test_page_number_selects_a_page(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(CALLS_URL).mock(side_effect=computed_pages)
    with anyio.fail_after(5):
        page = await client.api.v2008.account.calls.page(page_size=2, page_number=2)
    assert query_of(route.calls.last.request) == [("num", "2"), ("Page", "2")]
    assert [c.sid for c in page] == SIDS[4:]


async def test_next_page_uri_is_followed_when_present(
    client: Client, mock: respx.MockRouter
) -> None:
    link = f"{ACCOUNT}/Calls?Page=1&amp;num=2&amp;AfterSid={SIDS[1]}"
    first = calls_page(0, extra=f' nextpageuri="{link}" previouspageuri=""')
    last = calls_page(1, extra=' nextpageuri="" previouspageuri=""', total=4)
    route = mock.get(CALLS_URL).mock(
        side_effect=[httpx.Response(200, content=first), httpx.Response(200, content=last)]
    )
    with anyio.fail_after(5):
        calls = await client.api.v2008.account.calls.list(page_size=2)
    assert [c.sid for c in calls] == SIDS[:4]
    assert route.call_count == 2  # an empty nextpageuri ends the listing
    assert query_of(route.calls[1].request) == [
        ("Page", "1"),
        ("num", "2"),
        ("AfterSid", SIDS[1]),
    ]


async def test_a_foreign_next_page_uri_is_refused(client: Client, mock: respx.MockRouter) -> None:
    body = calls_page(0, extra=' nextpageuri="https://evil.example/steal"')
    mock.get(CALLS_URL).mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(5), pytest.raises(TwilioError, match="foreign host"):
        await client.api.v2008.account.calls.list(page_size=2)


async def test_limit_stops_before_fetching_more_pages(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(CALLS_URL).mock(side_effect=computed_pages)
    with anyio.fail_after(5):
        calls = await client.api.v2008.account.calls.list(limit=3, page_size=2)
    assert [c.sid for c in calls] == SIDS[:3]
    assert route.call_count == 2


async def test_stream_yields_items_page_by_page(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(CALLS_URL).mock(side_effect=computed_pages)
    seen: list[str] = []
    with anyio.fail_after(5):
        async for call in client.api.v2008.account.calls.stream(page_size=2):
            seen.append(call.sid or "")
            if len(seen) == 1:
                assert route.call_count == 1  # lazily: one page at a time
    assert seen == SIDS
    assert route.call_count == 3


async def test_page_tokens_do_not_exist_in_2008(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(CALLS_URL).mock(side_effect=computed_pages)
    with pytest.raises(TwilioValidationError, match="page_number"):
        await client.api.v2008.account.calls.page(page_token="PAxyz")
    assert route.call_count == 0


async def test_a_server_ignoring_page_cannot_loop_forever(
    client: Client, mock: respx.MockRouter
) -> None:
    # Always answers page 0 of 3: following computed links would never end.
    mock.get(CALLS_URL).mock(return_value=httpx.Response(200, content=calls_page(0)))
    with anyio.fail_after(5), pytest.raises(TwilioResponseError, match="asked for page 1"):
        await client.api.v2008.account.calls.list(page_size=2)


async def test_the_wrong_list_element_is_refused(client: Client, mock: respx.MockRouter) -> None:
    body = (
        b'<TwilioResponse><SMSMessages page="0" numpages="1" pagesize="50" total="0" '
        b'start="0" end="0"/></TwilioResponse>'
    )
    mock.get(CALLS_URL).mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(5), pytest.raises(TwilioResponseError, match="expected a <Calls> list"):
        await client.api.v2008.account.calls.list()


async def test_an_empty_list_has_no_next_page(client: Client, mock: respx.MockRouter) -> None:
    body = (
        b'<TwilioResponse><Calls page="0" numpages="0" pagesize="50" total="0" '
        b'start="0" end="0"></Calls></TwilioResponse>'
    )
    route = mock.get(CALLS_URL).mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(5):
        page = await client.api.v2008.account.calls.page()
    assert list(page) == []
    assert page.total == 0
    assert page.next_page_url is None
    assert route.call_count == 1
