"""Every parse path raises a typed error (issue 14, items 12-14).

Absurd dates and numbers, bodies nested past Python's stack, and digits ``int()``
refuses, on a 201, a 200, a list page, an error status and API 2008 XML: always a
``TwilioError`` subclass, the raw body kept on a 2xx, ``may_have_been_processed``
True for a write answered 2xx (a caller that retries on any exception must not send
a message twice) and False for a read.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Coroutine
from typing import Annotated, Any

import anyio
import httpx
import pytest
import respx
from pydantic import BaseModel, BeforeValidator, TypeAdapter, ValidationError

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, read_request, serve
from tests.support.rest import ACCOUNT_URL, message, messages_page
from twilio_async import (
    BadRequestError,
    Client,
    RateLimitError,
    ServerError,
    TwilioResponseError,
    TwilioRestError,
)
from twilio_async._dialects import get_dialect
from twilio_async._fields import EpochDateTime, IsoDateTime, Rfc2822DateTime
from twilio_async._models import TwilioModel
from twilio_async._redact import redact_json, redacted_body
from twilio_async._types import BackendName, PreparedRequest

SID = "SM" + "c" * 32
MESSAGES_URL = f"{ACCOUNT_URL}/Messages.json"
MESSAGE_URL = f"{MESSAGES_URL[:-5]}/{SID}.json"

CA = "CA" + "1" * 32
ACCOUNT_2008 = f"https://api.twilio.com/2008-08-01/Accounts/{ACCOUNT_SID}"
CALLS_2008 = f"{ACCOUNT_2008}/Calls"
CALL_2008 = f"{CALLS_2008}/{CA}"

#: Dates no ``datetime`` holds, or that overflow when moved to UTC.
BAD_DATES = {
    "year-11-digits": "Thu, 24 Aug 99999999999 05:01:45 +0000",
    "year-10000": "Thu, 24 Aug 10000 05:01:45 +0000",
    "year-9999-offset-past-the-end": "Fri, 31 Dec 9999 23:59:59 -2359",
    "year-1-offset-before-the-start": "Mon, 01 Jan 0001 00:00:00 +2359",
}

DEEP = 100_000


def _json_message(**fields: Any) -> bytes:
    return json.dumps({"sid": SID, "body": "hi", **fields}).encode()


def _assert_typed_2xx(err: TwilioResponseError, body: bytes, *, write: bool) -> None:
    assert err.body == body
    assert err.may_have_been_processed is write
    if write:
        assert "do not send it again" in str(err)
    assert len(str(err)) < 2000


# --------------------------------------------------------------------------- item 12: dates


@pytest.mark.parametrize("date", list(BAD_DATES.values()), ids=list(BAD_DATES))
async def test_absurd_date_on_a_201_is_a_response_error_flagged_processed(
    date: str, client: Client, mock: respx.MockRouter
) -> None:
    body = _json_message(date_created=date)
    mock.post(MESSAGES_URL).mock(return_value=httpx.Response(201, content=body))
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.messages.create(to="+15558675310", body="hi")
    _assert_typed_2xx(info.value, body, write=True)


@pytest.mark.parametrize("date", list(BAD_DATES.values()), ids=list(BAD_DATES))
async def test_absurd_date_on_a_200_fetch_and_a_list_page(
    date: str, client: Client, mock: respx.MockRouter
) -> None:
    body = _json_message(date_sent=date)
    mock.get(MESSAGE_URL).mock(return_value=httpx.Response(200, content=body))
    page = json.dumps(messages_page([message(0, date_updated=date)])).encode()
    mock.get(MESSAGES_URL).mock(return_value=httpx.Response(200, content=page))
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.messages(SID).fetch()
    _assert_typed_2xx(info.value, body, write=False)
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await client.messages.list()
    _assert_typed_2xx(info.value, page, write=False)


@pytest.mark.parametrize("date", list(BAD_DATES.values()), ids=list(BAD_DATES))
async def test_absurd_date_in_2008_xml(date: str, client: Client, mock: respx.MockRouter) -> None:
    call = f"<Call><Sid>{CA}</Sid><DateCreated>{date}</DateCreated></Call>"
    instance = f"<TwilioResponse>{call}</TwilioResponse>".encode()
    page = (
        f'<TwilioResponse><Calls page="0" numpages="1" pagesize="50" total="1">{call}'
        "</Calls></TwilioResponse>"
    ).encode()
    mock.post(CALLS_2008).mock(return_value=httpx.Response(201, content=instance))
    mock.get(CALL_2008).mock(return_value=httpx.Response(200, content=instance))
    mock.get(CALLS_2008).mock(return_value=httpx.Response(200, content=page))
    calls = client.api.v2008.account.calls
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await calls.create(caller="4158675309", called="4155551212", url="https://x.test/")
    _assert_typed_2xx(info.value, instance, write=True)
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await calls(CA).fetch()
    _assert_typed_2xx(info.value, instance, write=False)
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await calls.list()
    _assert_typed_2xx(info.value, page, write=False)


@pytest.mark.parametrize(
    "field",
    [
        {"num_segments": "9" * 5000},  # int() refuses past 4,300 digits
        {"price": "1e999999"},
        {"sid": [[[[]]]]},
        {"subresource_uris": {"media": "[" * DEEP}},
    ],
    ids=["5000-digits", "huge-exponent", "wrong-type", "long-text"],
)
async def test_other_unrepresentable_fields_on_a_201(
    field: dict[str, Any], client: Client, mock: respx.MockRouter
) -> None:
    body = _json_message(**field)
    mock.post(MESSAGES_URL).mock(return_value=httpx.Response(201, content=body))
    with anyio.fail_after(10):
        try:
            await client.messages.create(to="+15558675310", body="hi")
        except TwilioResponseError as err:
            _assert_typed_2xx(err, body, write=True)


@pytest.mark.parametrize("where", ["instance", "page"])
async def test_a_2xx_nested_past_the_stack_is_a_response_error(
    where: str, client: Client, mock: respx.MockRouter
) -> None:
    body = b'{"sid": "' + SID.encode() + b'", "extra": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    if where == "instance":
        mock.post(MESSAGES_URL).mock(return_value=httpx.Response(201, content=body))
        call: Coroutine[Any, Any, object] = client.messages.create(to="+15558675310", body="hi")
    else:
        body = b'{"messages": [' + body + b"]}"
        mock.get(MESSAGES_URL).mock(return_value=httpx.Response(200, content=body))
        call = client.messages.list()
    with anyio.fail_after(10), pytest.raises(TwilioResponseError) as info:
        await call
    _assert_typed_2xx(info.value, body, write=where == "instance")


class _Raising(TwilioModel):
    """A model whose validator raises what pydantic does not turn into a ValidationError."""

    sid: Annotated[str | None, BeforeValidator(lambda v: _raise(v))] = None


def _raise(value: Any) -> Any:
    kinds: dict[str, type[BaseException]] = {
        "overflow": OverflowError,
        "recursion": RecursionError,
        "type": TypeError,
        "key": KeyError,
        "zero": ZeroDivisionError,
    }
    if value in kinds:
        raise kinds[value](value)
    return value


class _Response:
    def __init__(self, status: int, content: bytes):
        self.status_code = status
        self.content = content
        self.headers: dict[str, str] = {}
        self.reason_phrase = "OK"


@pytest.mark.parametrize("kind", ["overflow", "recursion", "type", "key", "zero"])
@pytest.mark.parametrize("dialect", ["json-2010", "json-v1", "xml-2008"])
@pytest.mark.parametrize("method", ["POST", "GET"])
def test_the_parse_step_itself_is_wrapped_in_every_dialect(
    kind: str, dialect: str, method: str
) -> None:
    """Not only the date field: whatever any validator raises is typed, raw body kept."""
    if dialect == "xml-2008":
        body = f"<TwilioResponse><Call><sid>{kind}</sid></Call></TwilioResponse>".encode()
        page_body = (
            f"<TwilioResponse><Calls><Call><sid>{kind}</sid></Call></Calls></TwilioResponse>"
        ).encode()
    else:
        body = json.dumps({"sid": kind}).encode()
        page_body = json.dumps({"Calls": [{"sid": kind}]}).encode()
    parser = get_dialect(dialect)
    url = "https://api.twilio.com/x?To=+1555"
    request = PreparedRequest(method, url, [], None, None, None, None)
    with pytest.raises(TwilioResponseError) as info:
        parser.parse_instance(_Raising, _Response(201, body), request, None)
    assert info.value.body == body
    assert info.value.may_have_been_processed is (method == "POST")
    assert "+1555" not in str(info.value)

    class _Op:
        list_key = "Calls"

    get = PreparedRequest("GET", "https://api.twilio.com/x", [], None, None, None, None)
    with pytest.raises(TwilioResponseError) as info:
        parser.parse_page(_Raising, _Op(), _Response(200, page_body), get, None)  # type: ignore[arg-type]
    assert info.value.body == page_body
    assert info.value.may_have_been_processed is False


@pytest.mark.parametrize("date", list(BAD_DATES.values()), ids=list(BAD_DATES))
def test_the_date_field_types_refuse_out_of_range_values(date: str) -> None:
    class Model(BaseModel):
        rfc: Rfc2822DateTime = None

    with pytest.raises(ValidationError):
        Model.model_validate({"rfc": date})


@pytest.mark.parametrize(
    "value", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "99999-01-01T00:00:00Z"]
)
def test_iso_dates_out_of_range_are_validation_errors(value: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(IsoDateTime).validate_python(value)


@pytest.mark.parametrize(
    "value", ["9" * 5000, "1e999", 10**30, float("inf"), float("nan"), "-1e20"]
)
def test_epoch_values_out_of_range_are_validation_errors(value: Any) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(EpochDateTime).validate_python(value)


# --------------------------------------------------------------------------- item 13: nesting


@pytest.mark.parametrize(
    ("status", "kind"), [(400, BadRequestError), (429, RateLimitError), (500, ServerError)]
)
@pytest.mark.parametrize("api", ["2010", "2008"])
@pytest.mark.parametrize("shape", ["list", "message-value"])
async def test_an_error_body_nested_100k_deep_keeps_status_code_and_flag(
    status: int,
    kind: type[TwilioRestError],
    api: str,
    shape: str,
    client: Client,
    mock: respx.MockRouter,
) -> None:
    if shape == "list":
        body = b"[" * DEEP
    else:
        body = b'{"code": 20001, "message": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    if api == "2010":
        mock.post(MESSAGES_URL).mock(return_value=httpx.Response(status, content=body))
        call: Coroutine[Any, Any, object] = client.messages.create(to="+15558675310", body="hi")
    else:
        mock.post(CALLS_2008).mock(return_value=httpx.Response(status, content=body))
        call = client.api.v2008.account.calls.create(
            caller="4158675309", called="4155551212", url="https://x.test/"
        )
    with anyio.fail_after(10), pytest.raises(kind) as info:
        await call
    assert info.value.status == status
    assert info.value.may_have_been_processed is (status == 500)
    assert len(str(info.value)) < 2000


def test_dialect_error_never_raises() -> None:
    bodies = [
        b"[" * DEEP,
        b"{" * DEEP,
        b'{"message": ' + b"[" * DEEP,
        b'{"code": ' + b"9" * 5000 + b', "message": "m"}',
        b'{"code": true, "message": "m"}',
        b"<TwilioResponse><RestException><Code>\xc2\xb2</Code></RestException></TwilioResponse>",
        b"<TwilioResponse><RestException><Status>" + b"9" * 5000 + b"</Status>"
        b"</RestException></TwilioResponse>",
        b"\xff\xfe" * 1000,
    ]
    for name in ("json-2010", "json-v1", "xml-2008"):
        for body in bodies:
            for status in (400, 429, 500):
                error = get_dialect(name).error(_Response(status, body), "POST", "https://x/y")
                assert isinstance(error, TwilioRestError)
                assert error.status == status


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_deeply_nested_429_is_retried_on_loopback(backend: BackendName) -> None:
    body = b"[" * DEEP
    head = (
        f"HTTP/1.1 429 Too Many Requests\r\nContent-Length: {len(body)}\r\n"
        "Retry-After: 0\r\nContent-Type: application/json\r\n\r\n"
    ).encode()
    received = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal received
        try:
            while True:
                await read_request(reader)
                received += 1
                writer.write(head + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async with (
        serve(handler) as base,
        Client(
            ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, max_retries=1
        ) as client,
    ):
        with anyio.fail_after(30), pytest.raises(RateLimitError) as info:
            await client.messages.create(to="+15558675310", body="hi")
    assert received == 2
    assert info.value.status == 429
    assert info.value.may_have_been_processed is False


@pytest.mark.parametrize("depth", [200, 900, 5_000])
async def test_log_bodies_survive_a_deeply_nested_2xx(
    depth: int, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    body = (
        b'{"sid": "'
        + SID.encode()
        + b'", "auth_token": "hunter2-hunter2", "extra": '
        + b"[" * depth
        + b"]" * depth
        + b"}"
    )
    mock.post(MESSAGES_URL).mock(return_value=httpx.Response(201, content=body))
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, environ={}, log_bodies=True) as c:
        with anyio.fail_after(10):
            try:
                created = await c.messages.create(to="+15558675310", body="hi")
            except TwilioResponseError as err:  # pydantic refuses nesting past ~250
                assert depth > 250
                _assert_typed_2xx(err, body, write=True)
            else:
                assert created.sid == SID
    assert "201 body:" in caplog.text
    assert "hunter2" not in caplog.text


@pytest.mark.parametrize("depth", [900, 5_000, DEEP])
def test_redaction_is_bounded_in_depth(depth: int) -> None:
    nested = b'{"password": "hunter2-hunter2", "x": ' + b"[" * depth + b"]" * depth + b"}"
    shown = redacted_body(nested, "application/json")
    assert "hunter2" not in shown
    with pytest.raises(ValueError):
        redact_json(json.loads(b"[" * 900 + b"]" * 900))
    assert redact_json({"a": [{"token": "t"}]}) == {"a": [{"token": "[redacted]"}]}


# --------------------------------------------------------------------------- item 14: digits


@pytest.mark.parametrize(
    "attrs",
    [
        'page="\u00b2" numpages="3" pagesize="50"',
        f'page="0" numpages="{"9" * 5000}" pagesize="50"',
        'page="0" numpages="\u0663" pagesize="\u00b9"',
        f'page="0" numpages="1" pagesize="50" total="{"7" * 5000}"',
        'page="-1" numpages="+3" pagesize=" 50 "',
    ],
    ids=["superscript-page", "5000-digit-numpages", "arabic-indic", "5000-digit-total", "signs"],
)
async def test_2008_paging_attributes_with_odd_digits_are_never_a_raw_error(
    attrs: str, client: Client, mock: respx.MockRouter
) -> None:
    body = (
        f"<TwilioResponse><Calls {attrs}><Call><Sid>{CA}</Sid></Call></Calls></TwilioResponse>"
    ).encode()
    route = mock.get(CALLS_2008).mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(10):
        page = await client.api.v2008.account.calls.page()
    assert [c.sid for c in page] == [CA]
    assert page.next_page_url is None or route.call_count == 1


@pytest.mark.parametrize(
    "code", ["\u00b2", "9" * 5000, "\u0661\u0662"], ids=["superscript", "5000-digits", "arabic"]
)
@pytest.mark.parametrize("status", [200, 400])
async def test_2008_rest_exception_code_with_odd_digits(
    code: str, status: int, client: Client, mock: respx.MockRouter
) -> None:
    body = (
        f"<TwilioResponse><RestException><Status>{code}</Status><Code>{code}</Code>"
        "<Message>no</Message></RestException></TwilioResponse>"
    ).encode()
    mock.get(CALL_2008).mock(return_value=httpx.Response(status, content=body))
    with anyio.fail_after(10), pytest.raises(TwilioRestError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    assert info.value.code is None
    assert info.value.status == status


async def test_2008_followed_link_with_an_odd_page_number(
    client: Client, mock: respx.MockRouter
) -> None:
    first = (
        f'<TwilioResponse><Calls page="0" nextpageuri="/2008-08-01/Accounts/{ACCOUNT_SID}/'
        f'Calls?Page=%C2%B2"><Call><Sid>{CA}</Sid></Call></Calls></TwilioResponse>'
    ).encode()
    second = (
        f'<TwilioResponse><Calls page="1"><Call><Sid>{CA}</Sid></Call></Calls></TwilioResponse>'
    ).encode()

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=second if "Page" in str(request.url) else first)

    mock.get(CALLS_2008).mock(side_effect=respond)
    with anyio.fail_after(10):
        calls = await client.api.v2008.account.calls.list()
    assert len(calls) == 2


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("status", [201, 200])
async def test_an_absurd_date_over_loopback_on_both_backends(
    backend: BackendName, status: int
) -> None:
    body = _json_message(date_created=BAD_DATES["year-11-digits"])
    answer = (
        f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
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
            ACCOUNT_SID, AUTH_TOKEN, base_url=base, http_backend=backend, environ={}, max_retries=2
        ) as client,
    ):
        with anyio.fail_after(30), pytest.raises(TwilioResponseError) as info:
            await client.messages.create(to="+15558675310", body="hi")
    _assert_typed_2xx(info.value, body, write=True)
    assert received == 1  # a 2xx is never retried, whatever its body
