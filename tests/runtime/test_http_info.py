"""A call's status and headers: ``with_http_info(method, ...)``, ``<verb>_with_http_info``."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.numbers import FROM, TO
from tests.support.rest import ACCOUNT_URL, API, message, messages_page, raises, sid
from twilio_async import (
    ApiResponse,
    Client,
    Headers,
    NotFoundError,
    ServerError,
    TwilioRestError,
    _http,
    with_http_info,
)
from twilio_async._resource import InstanceContext, ListResource, Method
from twilio_async.rest.api.v2010.types.accounts_messages import Message

MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def py(obj: object) -> Any:
    """``obj`` as twilio-python code sees it: ``<verb>_with_http_info`` exist at run time
    (added as each class is created), but the generated classes do not declare them."""
    return obj


ONE = f"{ACCOUNT_URL}/Messages/{sid('SM')}.json"


def _json(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


async def test_create_both_spellings_give_status_headers_and_model(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        return_value=_json(201, message(), **{"Twilio-Request-Id": "RQ123"})
    )
    typed = await with_http_info(client.messages.create, to=TO, from_=FROM, body="hi")
    twilio_python = await py(client.messages).create_with_http_info(to=TO, from_=FROM, body="hi")
    for got in (typed, twilio_python):
        assert isinstance(got, ApiResponse)
        assert got.status_code == 201
        assert isinstance(got.data, Message)
        assert got.data.sid == sid("SM")
        assert got.headers["twilio-request-id"] == "RQ123"
        assert got.headers["TWILIO-REQUEST-ID"] == "RQ123"
        assert "Twilio-Request-Id" in got.headers
        assert isinstance(got.headers, Headers)
    assert repr(typed) == "ApiResponse(status_code=201, data=Message)"


async def test_fetch_and_update_through_the_context_and_the_model(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(ONE).mock(return_value=_json(200, message(), ETag="abc"))
    mock.post(ONE).mock(return_value=_json(200, message(body="")))
    fetched = await py(client.messages(sid("SM"))).fetch_with_http_info()
    assert (fetched.status_code, fetched.headers["etag"], fetched.data.body) == (
        200,
        "abc",
        "message 0",
    )
    updated = await with_http_info(fetched.data.update, body="")  # a model's method
    assert updated.status_code == 200
    assert updated.data.body == ""


@pytest.mark.parametrize("spelling", ["typed", "twilio-python"])
async def test_delete_204_is_true(client: Client, mock: respx.MockRouter, spelling: str) -> None:
    mock.delete(ONE).mock(return_value=httpx.Response(204, headers={"X-Seen": "1"}))
    context = client.messages(sid("SM"))
    if spelling == "typed":
        got = await with_http_info(context.delete)
    else:
        got = await py(context).delete_with_http_info()
    assert got.data is True
    assert got.status_code == 204
    assert got.headers["x-seen"] == "1"


def _two_pages(mock: respx.MockRouter) -> respx.Route:
    second = f"{MESSAGES_PATH}?PageSize=2&Page=1&PageToken=PA1"

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("PageToken") == "PA1":
            return _json(200, messages_page([message(2)], page=1), **{"X-Page": "second"})
        first = messages_page([message(0), message(1)], page=0, next_page_uri=second)
        return _json(200, first, **{"X-Page": "first"})

    return mock.get(f"{API}{MESSAGES_PATH}").mock(side_effect=respond)


async def test_list_of_two_pages_has_all_items_and_the_first_pages_headers(
    client: Client, mock: respx.MockRouter
) -> None:
    route = _two_pages(mock)
    got = await py(client.messages).list_with_http_info(page_size=2)
    assert [m.body for m in got.data] == ["message 0", "message 1", "message 2"]
    assert got.status_code == 200
    assert got.headers["x-page"] == "first"
    assert route.call_count == 2
    limited = await with_http_info(client.messages.list, limit=1)
    assert [m.body for m in limited.data] == ["message 0"]


async def test_stream_fetches_the_first_page_now_and_the_rest_lazily(
    client: Client, mock: respx.MockRouter
) -> None:
    route = _two_pages(mock)
    got = await py(client.messages).stream_with_http_info(page_size=2)
    assert route.call_count == 1
    assert got.headers["x-page"] == "first"
    assert isinstance(got.data, AsyncIterator)
    assert [m.body async for m in got.data] == ["message 0", "message 1", "message 2"]
    assert route.call_count == 2


async def test_page_is_that_pages_response(client: Client, mock: respx.MockRouter) -> None:
    _two_pages(mock)
    got = await with_http_info(client.messages.page, page_size=2)
    assert got.headers["x-page"] == "first"
    assert [m.body for m in got.data.items] == ["message 0", "message 1"]
    following = await got.data.next_page()
    assert following is not None and [m.body for m in following.items] == ["message 2"]


async def test_errors_still_raise(client: Client, mock: respx.MockRouter) -> None:
    mock.get(ONE).mock(return_value=_json(404, {"code": 20404, "message": "not found"}))
    with raises(NotFoundError) as info:
        await py(client.messages(sid("SM"))).fetch_with_http_info()
    assert isinstance(info.value, TwilioRestError)
    with raises(TwilioRestError):
        await with_http_info(client.messages(sid("SM")).fetch)


async def test_after_retries_the_response_is_the_final_attempts(
    mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_http, "backoff_delay", lambda *_, **__: 0.0)
    route = mock.get(ONE).mock(
        side_effect=[
            _json(503, {"code": 20503, "message": "busy"}, **{"X-Attempt": "1"}),
            _json(200, message(), **{"X-Attempt": "2"}),
        ]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=2, environ={}) as retrying:
        got = await py(retrying.messages(sid("SM"))).fetch_with_http_info()
        assert route.call_count == 2
        assert (got.status_code, got.headers["x-attempt"]) == (200, "2")
        route.side_effect = [_json(503, {"code": 20503, "message": "busy"})] * 3
        with raises(ServerError):
            await with_http_info(retrying.messages(sid("SM")).fetch)


async def test_both_spellings_check_and_show_the_plain_methods_keywords(client: Client) -> None:
    plain = client.messages.create
    info = py(client.messages).create_with_http_info
    assert inspect.signature(info) == inspect.signature(plain)
    assert "to" in inspect.signature(info).parameters
    assert "ApiResponse" in (info.__doc__ or "")
    assert info.__name__ == "create_with_http_info"
    with pytest.raises(TypeError, match=r"create_with_http_info\(\) got an unexpected keyword"):
        await py(client.messages).create_with_http_info(to=TO, nope=1)
    with pytest.raises(TypeError, match=r"missing 1 required keyword-only argument: 'to'"):
        await with_http_info(py(client.messages).create, body="x")


def test_with_http_info_refuses_what_is_not_an_sdk_method() -> None:
    with pytest.raises(TypeError, match="method must be an SDK operation method"):
        _ = with_http_info(py(print))


def test_every_declared_verb_has_its_with_http_info_sibling(client: Client) -> None:
    """Generic: every Method a list or context class declares gets ``<verb>_with_http_info``."""
    import gc

    checked = 0
    for cls in [c for c in gc.get_objects() if isinstance(c, type)]:
        if not issubclass(cls, (ListResource, InstanceContext)):
            continue
        for name, attr in list(vars(cls).items()):
            if isinstance(attr, Method) and not name.endswith("_with_http_info"):
                sibling = vars(cls).get(name + "_with_http_info")
                assert isinstance(sibling, Method), (cls, name)
                assert sibling.op is attr.op and sibling.runner == attr.runner
                checked += 1
    assert checked > 0


def test_headers_mapping_is_read_only_and_case_insensitive() -> None:
    headers = Headers([("Set-Cookie", "a"), ("set-cookie", "b"), ("X-One", "1")])
    assert headers["SET-COOKIE"] == "a, b"
    assert dict(headers) == {"set-cookie": "a, b", "x-one": "1"}
    assert len(headers) == 2 and py(5) not in headers
    assert headers.get("missing") is None
    with pytest.raises(TypeError):
        headers["x"] = "y"  # type: ignore[index]
    response = ApiResponse(True, 204, headers)
    with pytest.raises(AttributeError):
        response.status_code = 200  # type: ignore[misc]


async def test_the_2008_xml_api_too(client: Client, mock: respx.MockRouter) -> None:
    from tests.api2008.helpers import AC, CA, PN, xml

    mock.get(f"{API}/2008-08-01/Accounts/{AC}/Calls/{CA}").mock(return_value=xml("call.xml"))
    mock.delete(f"{API}/2008-08-01/Accounts/{AC}/IncomingPhoneNumbers/{PN}").mock(
        return_value=xml(None, 204)
    )
    account = client.api.v2008.accounts(AC)
    call = await py(account.calls(CA)).fetch_with_http_info()
    assert call.status_code == 200
    assert call.headers["content-type"] == "application/xml"
    assert call.data.sid == CA
    deleted = await with_http_info(account.incoming_phone_numbers(PN).delete)
    assert (deleted.data, deleted.status_code) == (True, 204)
