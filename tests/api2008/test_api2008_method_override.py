"""HTTP method overloading: ``Client(method_override=True)`` sends PUT/DELETE as POST ?_method=."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import AUTH_TOKEN
from twilio_async import Client
from twilio_async._dialects import get_dialect
from twilio_async._errors import NotFoundError
from twilio_async._types import PreparedRequest

from .helpers import AC, ACCOUNT, CF, PO, form_of, query_of, xml

SM = "SM" + "c" * 32
CA = "CA" + "d" * 32


@pytest.fixture
async def overloading() -> AsyncIterator[Client]:
    async with Client(AC, AUTH_TOKEN, max_retries=0, method_override=True, environ={}) as c:
        yield c


async def test_2008_delete_is_sent_as_post_with_method_delete(
    overloading: Client, mock: respx.MockRouter
) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=httpx.Response(204))
    with anyio.fail_after(5):
        assert await overloading.api.v2008.account.outgoing_caller_ids(PO).delete() is True
    request = route.calls.last.request
    assert request.method == "POST"
    assert request.url.path == f"{ACCOUNT}/OutgoingCallerIds/{PO}"
    assert query_of(request) == [("_method", "DELETE")]
    assert request.content == b""  # no body change for DELETE
    assert request.headers["accept"] == "application/xml"


async def test_2010_delete_is_sent_as_post_with_method_delete(
    overloading: Client, mock: respx.MockRouter
) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=httpx.Response(204))
    with anyio.fail_after(5):
        assert await overloading.messages(SM).delete() is True
    request = route.calls.last.request
    assert request.method == "POST"
    assert request.url.path == f"/2010-04-01/Accounts/{AC}/Messages/{SM}.json"
    assert query_of(request) == [("_method", "DELETE")]
    assert request.content == b""
    assert request.headers["accept"] == "application/json"


async def test_2008_kick_keeps_its_path_and_maps_errors(
    overloading: Client, mock: respx.MockRouter
) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml("errors/participants.xml", 404))
    participant = overloading.api.v2008.account.conferences(CF).participants(CA)
    with anyio.fail_after(5), pytest.raises(NotFoundError, match="20404"):
        await participant.delete()
    request = route.calls.last.request
    assert (request.method, request.url.path) == (
        "POST",
        f"{ACCOUNT}/Conferences/{CF}/Participants/{CA}",
    )
    assert query_of(request) == [("_method", "DELETE")]


async def test_post_and_get_are_unchanged(overloading: Client, mock: respx.MockRouter) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml("participant.xml"))
    participant = overloading.api.v2008.account.conferences(CF).participants(CA)
    with anyio.fail_after(5):
        await participant.update(muted=False)
        await participant.fetch()
    update, fetch = (call.request for call in route.calls)
    assert (update.method, query_of(update), form_of(update)) == ("POST", [], [("Muted", "false")])
    assert (fetch.method, query_of(fetch)) == ("GET", [])


async def test_put_keeps_its_query_and_form_body(
    overloading: Client, mock: respx.MockRouter
) -> None:
    # No spec operation uses PUT today; the transport overloads it all the same.
    route = mock.route(host="api.twilio.com").mock(return_value=httpx.Response(200))
    request = PreparedRequest(
        "PUT",
        f"https://api.twilio.com{ACCOUNT}/IncomingPhoneNumbers/PN{'4' * 32}",
        [("Flag", "1")],
        [("FriendlyName", "Main line")],
        None,
        None,
        None,
    )
    with anyio.fail_after(5):
        await overloading._transport.send(request, get_dialect("xml-2008"))
    sent = route.calls.last.request
    assert sent.method == "POST"
    assert query_of(sent) == [("Flag", "1"), ("_method", "PUT")]
    assert form_of(sent) == [("FriendlyName", "Main line")]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"


async def test_without_the_option_delete_is_a_delete(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=httpx.Response(204))
    with anyio.fail_after(5):
        await client.api.v2008.account.outgoing_caller_ids(PO).delete()
        await client.messages(SM).delete()
    assert [c.request.method for c in route.calls] == ["DELETE", "DELETE"]
    assert all(query_of(c.request) == [] for c in route.calls)


async def test_an_overloaded_delete_is_still_retried_as_a_delete(
    mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 503 on POST is not retried (it may have been processed); on DELETE it is.
    monkeypatch.setattr("twilio_async._http.backoff_delay", lambda attempt, retry_after: 0.0)
    route = mock.route(host="api.twilio.com").mock(
        side_effect=[httpx.Response(503), httpx.Response(204)]
    )
    async with Client(AC, AUTH_TOKEN, max_retries=1, method_override=True, environ={}) as c:
        with anyio.fail_after(5):
            assert await c.api.v2008.account.outgoing_caller_ids(PO).delete() is True
    assert [call.request.method for call in route.calls] == ["POST", "POST"]
    assert all(query_of(call.request) == [("_method", "DELETE")] for call in route.calls)
