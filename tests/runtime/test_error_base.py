"""One error base: what every error carries, that it pickles, and that nothing escapes it."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil

import httpx
import pytest
import respx

import twilio_async
from tests.support.rest import ACCOUNT_URL, sid
from twilio_async import (
    Client,
    NotFoundError,
    RateLimitError,
    TwilioConnectionError,
    TwilioError,
    TwilioResponseError,
    TwilioRestError,
    TwilioTimeoutError,
)
from twilio_async._backends import BodyTooLargeError

REQUEST_ID = "RQ" + "0" * 32


def _every_module() -> list[str]:
    """Every hand-written module of the package (the generated tree defines no errors)."""
    names = []
    for info in pkgutil.walk_packages(twilio_async.__path__, "twilio_async."):
        if info.name.startswith("twilio_async.rest"):
            continue
        names.append(info.name)
    return names


def test_every_exception_the_package_defines_is_a_twilio_error() -> None:
    found: list[type[BaseException]] = []
    for name in _every_module():
        module = importlib.import_module(name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == name:
                found.append(obj)
    assert len(found) >= 20  # the walk really saw the package
    strays = sorted(
        f"{c.__module__}.{c.__qualname__}" for c in found if not issubclass(c, TwilioError)
    )
    assert strays == []


async def test_a_rest_error_carries_the_request_and_the_answer(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").respond(
        404,
        json={"code": 20404, "message": "not found", "status": 404},
        headers={"Twilio-Request-Id": REQUEST_ID, "Set-Cookie": "session=abc"},
    )
    with pytest.raises(NotFoundError) as info:
        await client.messages(sid("SM")).fetch()
    error = info.value
    assert (error.method, error.status, error.code) == ("GET", 404, 20404)
    assert error.url == f"{ACCOUNT_URL}/Messages/{sid('SM')}.json"
    assert error.request_id == REQUEST_ID
    assert error.headers["twilio-request-id"] == REQUEST_ID
    assert "set-cookie" not in error.headers
    assert error.may_have_been_processed is False


async def test_a_refused_create_says_it_was_not_processed(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(
        429, json={"code": 20429, "message": "Too Many Requests"}, headers={"Retry-After": "2"}
    )
    with pytest.raises(RateLimitError) as info:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
    assert info.value.retry_after == 2.0
    assert info.value.may_have_been_processed is False


async def test_a_server_error_on_a_create_may_have_been_processed(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(500, json={"code": 20500, "message": "x"})
    with pytest.raises(TwilioRestError) as info:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
    assert info.value.may_have_been_processed is True


@pytest.mark.parametrize(
    "error",
    [
        NotFoundError(
            status=404,
            method="GET",
            url=f"{ACCOUNT_URL}/Messages.json?To=%2B15558675310",
            code=20404,
            message="gone",
            more_info="https://www.twilio.com/docs/errors/20404",
            details={"a": 1},
            retry_after=None,
            headers={"Twilio-Request-Id": REQUEST_ID},
        ),
        TwilioTimeoutError(
            "read timeout", method="POST", url="https://x/y?a=b", may_have_been_processed=True
        ),
        TwilioConnectionError(
            "refused", method="GET", url="https://x/y", may_have_been_processed=False
        ),
        TwilioResponseError(
            "bad body", status=201, method="POST", url="https://x/y", body=b"{", headers={"A": "b"}
        ),
        TwilioError("plain"),
        BodyTooLargeError("too big", status=200, reason="OK", limit=10, head=b"x" * 20),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_error_pickles_with_its_attributes(error: TwilioError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)


def test_url_never_keeps_the_query() -> None:
    error = TwilioConnectionError(
        "refused",
        method="GET",
        url="https://api.twilio.com/a?To=%2B1555#f",
        may_have_been_processed=False,
    )
    assert error.url == "https://api.twilio.com/a"
    assert TwilioError("no request").url is None
    assert TwilioError("no request").headers == {}


async def test_connection_errors_carry_the_request(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages.json").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(TwilioConnectionError) as info:
        await client.messages.list(to="+15558675310", limit=1)
    error = info.value
    assert (error.method, error.status, error.request_id) == ("GET", None, None)
    assert error.url == f"{ACCOUNT_URL}/Messages.json"
    assert "+1555" not in str(error) and "%2B1555" not in str(error)
    assert error.may_have_been_processed is False
