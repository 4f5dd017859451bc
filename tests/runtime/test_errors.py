"""HTTP errors, unusable bodies and the exception hierarchy."""

from __future__ import annotations

import json
import re

import httpx
import pytest
import respx

import twilio_async
from tests.support.credentials import ACCOUNT_SID
from tests.support.rest import ACCOUNT_URL, FLEX, message, raises, sid
from twilio_async import (
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TwilioError,
    TwilioResponseError,
    TwilioRestError,
    TwilioRestException,
)
from twilio_async._constants import ERROR_EXCERPT_CHARS
from twilio_async._errors import rest_error_class

ANSI = re.compile(r"\x1b\[")

STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (405, MethodNotAllowedError),
    (409, ConflictError),
    (429, RateLimitError),
    (500, ServerError),
    (502, ServerError),
    (503, ServerError),
    (418, TwilioRestError),
    (302, TwilioRestError),
]


@pytest.mark.parametrize(("status", "cls"), STATUSES)
def test_rest_error_class(status: int, cls: type[TwilioRestError]) -> None:
    assert rest_error_class(status) is cls


def _twilio_error(status: int, code: int = 21211) -> dict[str, object]:
    return {
        "code": code,
        "message": "The 'To' number +1555 is not a valid phone number.",
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
        "details": {"field": "To"},
    }


@pytest.mark.parametrize(("status", "cls"), [s for s in STATUSES if s[0] != 302])
async def test_json_error_body_becomes_typed_error(
    client: Client, mock: respx.MockRouter, status: int, cls: type[TwilioRestError]
) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(status, json=_twilio_error(status))
    with raises(cls) as info:
        await client.messages.create(to="+1555", body="hi")
    error = info.value
    assert type(error) is cls
    assert isinstance(error, TwilioRestError)
    assert isinstance(error, TwilioError)
    assert error.status == status
    assert error.code == 21211
    assert error.message == "The 'To' number +1555 is not a valid phone number."
    assert error.more_info == "https://www.twilio.com/docs/errors/21211"
    assert error.details == {"field": "To"}
    assert error.method == "POST"
    assert error.url == f"{ACCOUNT_URL}/Messages.json"
    text = str(error)
    assert not ANSI.search(text)
    assert "21211" in text
    assert "is not a valid phone number" in text
    assert str(status) in text
    assert error.args == (text,)


async def test_error_url_leaves_out_the_query(client: Client, mock: respx.MockRouter) -> None:
    # Queries carry phone numbers (personal data), and errors end up in error trackers.
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(404, json=_twilio_error(404, 20404))
    with raises(NotFoundError) as info:
        await client.messages.list(to="+1555", limit=3)
    assert info.value.url == f"{ACCOUNT_URL}/Messages.json"
    assert info.value.method == "GET"
    assert "?" not in str(info.value).split(" — see ")[0]
    assert mock.calls.last.request.url.params["To"] == "+1555"  # it was sent all the same


async def test_delete_error(client: Client, mock: respx.MockRouter) -> None:
    sm = sid("SM", 7)
    mock.delete(f"{ACCOUNT_URL}/Messages/{sm}.json").respond(404, json=_twilio_error(404, 20404))
    with raises(NotFoundError) as info:
        await client.messages(sm).delete()
    assert info.value.code == 20404
    assert info.value.method == "DELETE"


async def test_v1_error_body(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{FLEX}/PluginService/Plugins/{sid('FP')}").respond(
        404,
        json={
            "code": 20404,
            "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404",
            "status": 404,
        },
    )
    with raises(NotFoundError) as info:
        await client.flex_api.v1.plugins(sid("FP")).fetch()
    assert info.value.code == 20404
    assert info.value.details is None
    assert info.value.url == f"{FLEX}/PluginService/Plugins/{sid('FP')}"


async def test_server_supplied_control_characters_do_not_reach_str(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(
        400, json={"code": 20001, "message": "\x1b[31mred\x1b[0m\r\nline two\x07"}
    )
    with raises(BadRequestError) as info:
        await client.messages.list()
    text = str(info.value)
    assert "\x1b" not in text
    assert "\r" not in text
    assert "\n" not in text
    assert "\x07" not in text
    assert "red" in text
    assert "line two" in text
    # The attribute keeps what the server said.
    assert info.value.message == "\x1b[31mred\x1b[0m\r\nline two\x07"


@pytest.mark.parametrize(
    ("status", "body", "content_type", "cls"),
    [
        (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", ServerError),
        (503, b"Service Unavailable", "text/plain", ServerError),
        (403, b"<html>Forbidden by proxy</html>", "text/html", PermissionDeniedError),
        (400, b'{"not": "a twilio error"}', "application/json", BadRequestError),
        (400, b"[1, 2, 3]", "application/json", BadRequestError),
        (500, b"{truncated", "application/json", ServerError),
        (404, b"\xff\xfe\x00binary", "application/octet-stream", NotFoundError),
    ],
)
async def test_non_twilio_error_body(
    client: Client,
    mock: respx.MockRouter,
    status: int,
    body: bytes,
    content_type: str,
    cls: type[TwilioRestError],
) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(
        status, content=body, headers={"Content-Type": content_type}
    )
    with raises(cls) as info:
        await client.messages.list()
    error = info.value
    assert error.status == status
    assert error.code is None
    assert error.more_info is None
    assert "non-Twilio body" in error.message
    assert len(error.message) < ERROR_EXCERPT_CHARS + 100
    text = str(error)
    assert not ANSI.search(text)
    assert "\x00" not in text


async def test_empty_error_body(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(503, content=b"")
    with raises(ServerError) as info:
        await client.messages.list()
    assert info.value.message == "Service Unavailable"


@pytest.mark.parametrize("prefix", [b"<html><body>", b'{"message": "', b"\x1b[31m"])
async def test_huge_error_body_is_bounded(
    client: Client, mock: respx.MockRouter, prefix: bytes
) -> None:
    body = prefix + b"x" * (1024 * 1024)
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(502, content=body)
    with raises(ServerError) as info:
        await client.messages.list()
    assert len(info.value.message) <= ERROR_EXCERPT_CHARS + 100
    assert len(str(info.value)) <= ERROR_EXCERPT_CHARS + 300


async def test_huge_json_message_is_bounded_in_str(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(
        400, json={"code": 20001, "message": "y" * 1_000_000}
    )
    with raises(BadRequestError) as info:
        await client.messages.list()
    assert len(str(info.value)) <= ERROR_EXCERPT_CHARS * 4


# --- 2xx bodies we cannot use --------------------------------------------------------------------

BAD_SUCCESS_BODIES = [
    b"<html>Welcome to the captive portal</html>",
    b"",
    b'{"sid": "SM',  # truncated
    json.dumps(message(num_segments="three")).encode(),
    json.dumps(message(date_created="yesterday-ish")).encode(),
    json.dumps(message(price={"amount": 1})).encode(),
    b"[]",
]


@pytest.mark.parametrize("body", BAD_SUCCESS_BODIES)
async def test_unusable_success_body_keeps_raw_bytes(
    client: Client, mock: respx.MockRouter, body: bytes
) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, content=body)
    with raises(TwilioResponseError) as info:
        await client.messages.create(to="+1555", body="hi")
    error = info.value
    assert error.body == body
    assert error.status == 201
    assert error.method == "POST"
    assert error.url == f"{ACCOUNT_URL}/Messages.json"
    assert "201" in str(error)
    assert len(str(error)) < 1500


async def test_unusable_page_body(client: Client, mock: respx.MockRouter) -> None:
    body = b'{"messages": "not a list"}'
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, content=body)
    with raises(TwilioResponseError) as info:
        await client.messages.list()
    assert info.value.body == body


async def test_huge_unusable_success_body(client: Client, mock: respx.MockRouter) -> None:
    body = b"<html>" + b"z" * (1024 * 1024)
    mock.get(f"{FLEX}/PluginService/Plugins/{sid('FP')}").respond(200, content=body)
    with raises(TwilioResponseError) as info:
        await client.flex_api.v1.plugins(sid("FP")).fetch()
    assert info.value.body == body
    assert len(str(info.value)) < 1500


@pytest.mark.parametrize(
    ("path", "call", "secret_field", "secret"),
    [
        (
            f"/2010-04-01/Accounts/{ACCOUNT_SID}.json",
            lambda c: c.account.fetch(),
            "auth_token",
            "0123456789abcdef0123456789abcdef",
        ),
        (
            f"/2010-04-01/Accounts/{ACCOUNT_SID}/Keys.json",
            lambda c: c.keys.create(friendly_name="k"),
            "secret",
            "fedcba9876543210fedcba9876543210",
        ),
    ],
)
async def test_unusable_body_does_not_echo_secret_fields(
    client: Client, mock: respx.MockRouter, path: str, call: object, secret_field: str, secret: str
) -> None:
    """A secret Twilio returns (a sub-account's token, a new key's secret) stays off the message."""
    body = json.dumps(
        {secret_field: secret, "sid": sid("SK"), "date_created": "not a date"}
    ).encode()
    mock.route(path=path).respond(200, content=body)
    with pytest.raises(TwilioResponseError) as info:
        await call(client)  # type: ignore[operator]
    assert secret not in str(info.value)
    assert secret not in repr(info.value)
    assert info.value.body == body  # raw bytes stay reachable


# --- hierarchy -----------------------------------------------------------------------------------


def test_twilio_rest_exception_alias() -> None:
    assert TwilioRestException is TwilioRestError
    assert twilio_async.TwilioRestException is TwilioRestError


def test_rest_error_is_picklable_text() -> None:
    error = BadRequestError(status=400, method="POST", url="https://x", code=1, message="m")
    assert str(error) == "HTTP 400 (code 1) on POST https://x: m"
    assert "m" in repr(error)


async def test_response_error_from_httpx_response_is_not_wrapped(
    client: Client, mock: respx.MockRouter
) -> None:
    """A 2xx with an unusable body is never retried or mapped to a connection error."""
    route = mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").mock(
        return_value=httpx.Response(200, content=b"nope")
    )
    with raises(TwilioResponseError):
        await client.messages(sid("SM")).fetch()
    assert route.call_count == 1
