"""The public API of DESIGN.md ("Public API"), call by call, on the wire (respx).

These are the exact calls a user coming from twilio-python types; each test
checks the request it produces and the typed result it returns.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.numbers import FROM, TO
from twilio_async import Client, __version__

API = "https://api.twilio.com"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
SM1 = "SM" + "1" * 32
SM2 = "SM" + "2" * 32
Handler = Callable[[httpx.Request], httpx.Response]


def message(sid: str, *, body: str = "Hi", status: str = "queued") -> dict[str, Any]:
    """A Message as API 2010 returns it (numbers as strings, RFC 2822 dates)."""
    return {
        "account_sid": ACCOUNT_SID,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": None,
        "date_updated": "Thu, 24 Aug 2023 05:01:46 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": FROM,
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": "1",
        "price": "-0.00790",
        "price_unit": "USD",
        "sid": sid,
        "status": status,
        "subresource_uris": {
            "media": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}/Media.json"
        },
        "to": TO,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json",
    }


def message_page(
    sids: list[str], *, page: int, page_size: int, next_uri: str | None, previous_uri: str | None
) -> dict[str, Any]:
    first = f"{MESSAGES}?PageSize={page_size}&Page=0"
    return {
        "messages": [message(sid) for sid in sids],
        "first_page_uri": first,
        "next_page_uri": next_uri,
        "previous_page_uri": previous_uri,
        "uri": f"{MESSAGES}?PageSize={page_size}&Page={page}",
        "page": page,
        "page_size": page_size,
        "start": page * page_size,
        "end": page * page_size + len(sids) - 1,
    }


def sids(prefix: str, start: int, count: int) -> list[str]:
    return [f"{prefix}{n:032x}" for n in range(start, start + count)]


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True, strict_parsing=True)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def same_url(url: str | httpx.URL) -> tuple[str, str, list[tuple[str, str]]]:
    """A URL compared by host, path and query pairs (in any order)."""
    parsed = httpx.URL(url)
    return parsed.host, parsed.path, sorted(parsed.params.multi_items())


def by_url(pages: dict[str, dict[str, Any]]) -> Handler:
    """A respx side effect answering each URL with its page (unknown URLs fail the test)."""
    known = {repr(same_url(url)): body for url, body in pages.items()}

    def handler(request: httpx.Request) -> httpx.Response:
        key = repr(same_url(request.url))
        assert key in known, f"unexpected request {request.url}"
        return httpx.Response(200, json=known[key])

    return handler


def requested(route: respx.Route) -> list[Any]:
    return [same_url(call.request.url) for call in route.calls]


# --------------------------------------------------------------------------- messages


async def test_messages_create(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{API}{MESSAGES}").mock(return_value=httpx.Response(201, json=message(SM1)))
    msg = await client.messages.create(to=TO, from_=FROM, body="Hi")

    request = route.calls.last.request
    assert sorted(form(request)) == [("Body", "Hi"), ("From", FROM), ("To", TO)]
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["authorization"] == basic(ACCOUNT_SID, AUTH_TOKEN)
    assert request.headers["user-agent"].startswith(f"twilio-async/{__version__} ")
    assert request.headers["accept"] == "application/json"

    assert msg.sid == SM1
    assert msg.status == "queued" and msg.status.value == "queued"
    assert msg.date_created == datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)
    assert msg.date_sent is None
    assert msg.price == Decimal("-0.00790") and isinstance(msg.price, Decimal)
    assert msg.num_segments == 1 and isinstance(msg.num_segments, int)
    assert msg.from_ == FROM and msg.to == TO
    assert msg.subresource_uris == {"media": f"{MESSAGES[:-5]}/{SM1}/Media.json"}


@pytest.mark.parametrize("how", ["call", "get"])
async def test_messages_fetch(client: Client, mock: respx.MockRouter, how: str) -> None:
    route = mock.get(f"{API}{MESSAGES[:-5]}/{SM1}.json").mock(
        return_value=httpx.Response(200, json=message(SM1, status="delivered"))
    )
    context = client.messages(SM1) if how == "call" else client.messages.get(SM1)
    msg = await context.fetch()
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.content == b"" and request.url.query == b""
    assert msg.sid == SM1 and msg.status is not None and msg.status.value == "delivered"


async def test_update_on_a_returned_model_uses_its_sid(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(f"{API}{MESSAGES}").mock(return_value=httpx.Response(201, json=message(SM2)))
    update = mock.post(f"{API}{MESSAGES[:-5]}/{SM2}.json").mock(
        return_value=httpx.Response(200, json=message(SM2, body=""))
    )
    msg = await client.messages.create(to=TO, from_=FROM, body="secret")
    redacted = await msg.update(body="")

    assert update.call_count == 1
    assert form(update.calls.last.request) == [("Body", "")]  # an empty value is still sent
    assert redacted.sid == SM2 and redacted.body == ""
    # The updated model is bound too: it can act on itself again.
    await redacted.update(body="")
    assert update.call_count == 2


async def test_messages_delete(client: Client, mock: respx.MockRouter) -> None:
    route = mock.delete(f"{API}{MESSAGES[:-5]}/{SM1}.json").mock(return_value=httpx.Response(204))
    assert await client.messages(SM1).delete() is True
    assert route.call_count == 1
    assert route.calls.last.request.content == b""


async def test_messages_stream_follows_next_page_uri(
    client: Client, mock: respx.MockRouter
) -> None:
    to = "To=%2B15558675310"
    uri1 = f"{MESSAGES}?{to}&PageSize=100&Page=1&PageToken=PASM1"
    uri2 = f"{MESSAGES}?{to}&PageSize=100&Page=2&PageToken=PASM2"
    pages = {
        f"{API}{MESSAGES}?{to}&PageSize=100": message_page(
            sids("SM", 0, 2), page=0, page_size=100, next_uri=uri1, previous_uri=None
        ),
        f"{API}{uri1}": message_page(
            sids("SM", 2, 2), page=1, page_size=100, next_uri=uri2, previous_uri=None
        ),
        f"{API}{uri2}": message_page(
            sids("SM", 4, 1), page=2, page_size=100, next_uri=None, previous_uri=uri1
        ),
    }
    route = mock.get(url__startswith=f"{API}{MESSAGES}").mock(side_effect=by_url(pages))

    got = [m.sid async for m in client.messages.stream(to=TO, page_size=100)]

    assert got == sids("SM", 0, 5)
    assert requested(route) == [same_url(u) for u in pages]


async def test_messages_list_limit_stops_across_pages(
    client: Client, mock: respx.MockRouter
) -> None:
    uri1 = f"{MESSAGES}?PageSize=20&Page=1&PageToken=PASM1"
    uri2 = f"{MESSAGES}?PageSize=20&Page=2&PageToken=PASM2"
    pages = {
        # The server may return fewer items than asked for; list() keeps reading.
        f"{API}{MESSAGES}?PageSize=20": message_page(
            sids("SM", 0, 12), page=0, page_size=20, next_uri=uri1, previous_uri=None
        ),
        f"{API}{uri1}": message_page(
            sids("SM", 12, 12), page=1, page_size=20, next_uri=uri2, previous_uri=None
        ),
        f"{API}{uri2}": message_page(
            sids("SM", 24, 12), page=2, page_size=20, next_uri=None, previous_uri=None
        ),
    }
    route = mock.get(url__startswith=f"{API}{MESSAGES}").mock(side_effect=by_url(pages))

    first_20 = await client.messages.list(limit=20)

    assert [m.sid for m in first_20] == sids("SM", 0, 20)
    assert route.call_count == 2  # the third page is never requested
    assert route.calls[0].request.url.params["PageSize"] == "20"


async def test_messages_page_next_and_previous(client: Client, mock: respx.MockRouter) -> None:
    uri0 = f"{MESSAGES}?PageSize=50&Page=0"
    uri1 = f"{MESSAGES}?PageSize=50&Page=1&PageToken=PASM1"
    pages = {
        f"{API}{MESSAGES}?PageSize=50": message_page(
            sids("SM", 0, 50), page=0, page_size=50, next_uri=uri1, previous_uri=None
        ),
        f"{API}{uri1}": message_page(
            sids("SM", 50, 3), page=1, page_size=50, next_uri=None, previous_uri=uri0
        ),
        f"{API}{uri0}": message_page(
            sids("SM", 0, 50), page=0, page_size=50, next_uri=uri1, previous_uri=None
        ),
    }
    route = mock.get(url__startswith=f"{API}{MESSAGES}").mock(side_effect=by_url(pages))

    page = await client.messages.page(page_size=50)
    assert len(page) == 50 and page.page_number == 0 and page.page_size == 50
    assert await page.previous_page() is None  # no request for a missing link

    nxt = await page.next_page()
    assert nxt is not None and nxt.page_number == 1
    assert [m.sid for m in nxt] == sids("SM", 50, 3)
    assert await nxt.next_page() is None

    back = await nxt.previous_page()
    assert back is not None and back[0].sid == sids("SM", 0, 1)[0]
    assert requested(route) == [same_url(u) for u in pages]


# --------------------------------------------------------------------------- nesting, account


async def test_nested_conference_participants(client: Client, mock: respx.MockRouter) -> None:
    account = "AC" + "b" * 32
    conference = "CF" + "c" * 32
    call = "CA" + "d" * 32
    path = f"/2010-04-01/Accounts/{account}/Conferences/{conference}/Participants.json"
    participant = {
        "account_sid": account,
        "call_sid": call,
        "conference_sid": conference,
        "label": "customer",
        "coaching": False,
        "muted": False,
        "hold": False,
        "end_conference_on_exit": False,
        "start_conference_on_enter": True,
        "status": "connected",
        "queue_time": "0",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
        "uri": f"{path[:-5]}/{call}.json",
    }
    body = {
        "participants": [participant],
        "first_page_uri": f"{path}?PageSize=50&Page=0",
        "next_page_uri": None,
        "previous_page_uri": None,
        "page": 0,
        "page_size": 50,
        "start": 0,
        "end": 0,
        "uri": f"{path}?PageSize=50&Page=0",
    }
    route = mock.get(f"{API}{path}").mock(return_value=httpx.Response(200, json=body))

    participants = client.api.v2010.accounts(account).conferences(conference).participants
    got = await participants.list()

    assert route.call_count == 1
    assert [p.call_sid for p in got] == [call]
    assert got[0].status is not None and got[0].status.value == "connected"
    # The item addresses itself by its key (call_sid) under the same conference.
    fetch = mock.get(f"{API}{path[:-5]}/{call}.json").mock(
        return_value=httpx.Response(200, json=participant)
    )
    again = await got[0].fetch()
    assert fetch.call_count == 1 and again.call_sid == call


async def test_client_account_is_the_main_account(client: Client, mock: respx.MockRouter) -> None:
    account = {
        "sid": ACCOUNT_SID,
        "friendly_name": "main",
        "status": "active",
        "type": "Full",
        "owner_account_sid": ACCOUNT_SID,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}.json",
        "subresource_uris": {"messages": MESSAGES},
    }
    route = mock.get(f"{API}/2010-04-01/Accounts/{ACCOUNT_SID}.json").mock(
        return_value=httpx.Response(200, json=account)
    )
    got = await client.account.fetch()
    assert route.call_count == 1 and got.sid == ACCOUNT_SID
    # Shortcuts go through the same account: client.messages is client.account.messages.
    create = mock.post(f"{API}{MESSAGES}").mock(return_value=httpx.Response(201, json=message(SM1)))
    await client.account.messages.create(to=TO, body="x", from_=FROM)
    await client.api.v2010.account.messages.create(to=TO, body="x", from_=FROM)
    assert create.call_count == 2


async def test_api_key_credentials_address_the_given_account(mock: respx.MockRouter) -> None:
    key = "SK" + "e" * 32
    route = mock.post(f"{API}{MESSAGES}").mock(return_value=httpx.Response(201, json=message(SM1)))
    async with Client(key, "api-secret", account_sid=ACCOUNT_SID, environ={}) as client:
        await client.messages.create(to=TO, from_=FROM, body="Hi")
    assert route.calls.last.request.headers["authorization"] == basic(key, "api-secret")


async def test_credentials_from_the_environment(mock: respx.MockRouter) -> None:
    route = mock.delete(f"{API}{MESSAGES[:-5]}/{SM1}.json").mock(return_value=httpx.Response(204))
    env = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": "env-token"}
    async with Client(environ=env) as client:
        assert await client.messages(SM1).delete() is True
    assert route.calls.last.request.headers["authorization"] == basic(ACCOUNT_SID, "env-token")


# --------------------------------------------------------------------------- legacy XML API


async def test_api_2008_calls_list(client: Client, mock: respx.MockRouter) -> None:
    account = "AC" + "b" * 32
    call = "CA" + "f" * 32
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse>'
        '<Calls page="0" numpages="1" pagesize="50" total="1" start="0" end="0">'
        f"<Call><Sid>{call}</Sid><AccountSid>{account}</AccountSid>"
        "<Called>+15558675310</Called><Caller>+15017122661</Caller>"
        "<Status>2</Status><Duration>14</Duration>"
        "<StartTime>Thu, 24 Aug 2023 05:01:45 +0000</StartTime></Call>"
        "</Calls></TwilioResponse>"
    )
    route = mock.get(f"{API}/2008-08-01/Accounts/{account}/Calls").mock(
        return_value=httpx.Response(200, content=xml.encode())
    )
    calls = await client.api.v2008.accounts(account).calls.list()
    assert route.call_count == 1
    assert route.calls.last.request.headers["accept"] == "application/xml"
    assert [c.sid for c in calls] == [call]
    assert calls[0].duration == 14 and calls[0].status is not None and calls[0].status.value == 2


# --------------------------------------------------------------------------- flex


FLEX = "https://flex-api.twilio.com/v1/PluginService/Plugins"


def plugin(sid: str, unique_name: str = "crm") -> dict[str, Any]:
    return {
        "sid": sid,
        "account_sid": ACCOUNT_SID,
        "unique_name": unique_name,
        "friendly_name": "CRM",
        "description": "CRM plugin",
        "archived": False,
        "date_created": "2023-08-24T05:01:45Z",
        "date_updated": "2023-08-24T05:01:45Z",
        "url": f"{FLEX}/{sid}",
        "links": {"plugin_versions": f"{FLEX}/{sid}/Versions"},
    }


async def test_flex_plugins_create_sends_flex_metadata_header(
    client: Client, mock: respx.MockRouter
) -> None:
    sid = "FP" + "1" * 32
    route = mock.post(FLEX).mock(return_value=httpx.Response(201, json=plugin(sid)))
    metadata = json.dumps({"source": "cli"})

    created = await client.flex_api.v1.plugins.create(unique_name="crm", flex_metadata=metadata)

    request = route.calls.last.request
    assert request.headers["flex-metadata"] == metadata
    assert form(request) == [("UniqueName", "crm")]
    assert request.headers["authorization"] == basic(ACCOUNT_SID, AUTH_TOKEN)
    assert created.sid == sid and created.archived is False
    assert created.date_created == datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)


async def test_flex_list_follows_absolute_next_page_url(
    client: Client, mock: respx.MockRouter
) -> None:
    next_url = f"{FLEX}?PageSize=2&Page=1&PageToken=PTFP1"
    plugin_sids = sids("FP", 0, 3)

    def meta(page: int, url: str, next_page: str | None) -> dict[str, Any]:
        return {
            "page": page,
            "page_size": 2,
            "first_page_url": f"{FLEX}?PageSize=2&Page=0",
            "previous_page_url": None if page == 0 else f"{FLEX}?PageSize=2&Page=0",
            "url": url,
            "next_page_url": next_page,
            "key": "plugins",
        }

    pages = {
        f"{FLEX}?PageSize=2": {
            "plugins": [plugin(s) for s in plugin_sids[:2]],
            "meta": meta(0, f"{FLEX}?PageSize=2&Page=0", next_url),
        },
        next_url: {
            "plugins": [plugin(plugin_sids[2])],
            "meta": meta(1, next_url, None),
        },
    }
    route = mock.get(url__startswith=FLEX).mock(side_effect=by_url(pages))

    got = await client.flex_api.v1.plugins.list(page_size=2, flex_metadata="m")

    assert [p.sid for p in got] == plugin_sids
    assert requested(route) == [same_url(u) for u in pages]
    # The header parameter is part of the query the pages answer: it is sent on every page.
    assert [c.request.headers.get("flex-metadata") for c in route.calls] == ["m", "m"]
