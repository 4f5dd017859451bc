"""The retry policy: what may be repeated, how long to wait, and what the caller learns."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.rest import ACCOUNT_URL, FLEX, message, raises, sid
from twilio_async import (
    Client,
    RateLimitError,
    RequestOptions,
    ServerError,
    TwilioConnectionError,
    TwilioTimeoutError,
    _http,
)
from twilio_async._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from twilio_async._retry import (
    backoff_delay,
    full_jitter,
    is_idempotent,
    may_have_been_processed,
    should_retry_error,
    should_retry_status,
)

STATUS_TABLE = [
    ("GET", 429, True),
    ("GET", 500, True),
    ("GET", 502, True),
    ("GET", 503, True),
    ("GET", 504, True),
    ("DELETE", 503, True),
    ("PUT", 500, True),
    ("POST", 429, True),
    ("POST", 500, False),
    ("POST", 502, False),
    ("POST", 503, False),
    ("POST", 504, False),
    ("GET", 400, False),
    ("GET", 401, False),
    ("GET", 404, False),
    ("GET", 409, False),
    ("GET", 501, False),
    ("POST", 400, False),
]


@pytest.mark.parametrize(("method", "status", "expected"), STATUS_TABLE)
def test_should_retry_status(method: str, status: int, expected: bool) -> None:
    assert should_retry_status(method, status) is expected


_REQUEST = httpx.Request("GET", "https://api.twilio.com/")

ERROR_TABLE: list[tuple[str, Exception, bool, bool]] = [
    # method, error, retry?, may have been processed?
    ("POST", httpx.ConnectError("refused", request=_REQUEST), True, False),
    ("POST", httpx.ConnectTimeout("slow", request=_REQUEST), True, False),
    ("POST", httpx.PoolTimeout("pool", request=_REQUEST), True, False),
    ("POST", httpx.ReadTimeout("read", request=_REQUEST), False, True),
    ("POST", httpx.WriteTimeout("write", request=_REQUEST), False, True),
    ("POST", httpx.ReadError("reset", request=_REQUEST), False, True),
    ("POST", httpx.RemoteProtocolError("eof", request=_REQUEST), False, True),
    ("GET", httpx.ReadTimeout("read", request=_REQUEST), True, True),
    ("GET", httpx.ReadError("reset", request=_REQUEST), True, True),
    ("GET", httpx.ConnectError("refused", request=_REQUEST), True, False),
    ("DELETE", httpx.RemoteProtocolError("eof", request=_REQUEST), True, True),
]


@pytest.mark.parametrize(("method", "error", "retry", "processed"), ERROR_TABLE)
def test_should_retry_error(method: str, error: Exception, retry: bool, processed: bool) -> None:
    assert should_retry_error(method, error) is retry
    assert may_have_been_processed(error) is processed


@pytest.mark.parametrize(
    ("method", "expected"), [("GET", True), ("DELETE", True), ("PUT", True), ("POST", False)]
)
def test_is_idempotent(method: str, expected: bool) -> None:
    assert is_idempotent(method) is expected


class _Fixed(random.Random):
    def __init__(self, value: float):
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


@pytest.mark.parametrize(
    ("attempt", "retry_after", "draw", "expected"),
    [
        (1, None, 1.0, INITIAL_RETRY_DELAY),
        (2, None, 1.0, INITIAL_RETRY_DELAY * 2),
        (3, None, 1.0, INITIAL_RETRY_DELAY * 4),
        (1, None, 0.0, 0.0),
        (3, None, 0.5, INITIAL_RETRY_DELAY * 2),
        (30, None, 1.0, MAX_RETRY_DELAY),  # exponential growth is capped
        (200, None, 1.0, MAX_RETRY_DELAY),
        (5000, None, 1.0, MAX_RETRY_DELAY),  # no float overflow for absurd attempts
        (1, 5.0, 0.0, 5.0),  # Retry-After is a floor
        (1, 0.1, 1.0, INITIAL_RETRY_DELAY),  # ...but jitter may exceed it
        (1, 3600.0, 0.0, MAX_RETRY_DELAY),  # ...and it is capped too
    ],
)
def test_backoff_delay_table(
    attempt: int, retry_after: float | None, draw: float, expected: float
) -> None:
    assert backoff_delay(attempt, retry_after, rng=_Fixed(draw)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("attempt", "base", "cap", "draw", "expected"),
    [
        (1, 0.1, 2.0, 1.0, 0.1),
        (2, 0.1, 2.0, 1.0, 0.2),
        (4, 0.1, 2.0, 0.5, 0.4),
        (5, 0.1, 2.0, 1.0, 1.6),
        (6, 0.1, 2.0, 1.0, 2.0),  # capped
        (10_000, 0.4, 5.0, 1.0, 5.0),  # no float overflow
        (3, 0.4, 5.0, 0.0, 0.0),  # full jitter: down to zero
    ],
)
def test_full_jitter_table(
    attempt: int, base: float, cap: float, draw: float, expected: float
) -> None:
    assert full_jitter(attempt, base=base, cap=cap, rng=_Fixed(draw)) == pytest.approx(expected)


@pytest.mark.parametrize("attempt", [1, 2, 3, 4, 5, 8])
def test_backoff_jitter_in_range(attempt: int) -> None:
    rng = random.Random(1234)
    ceiling = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2 ** (attempt - 1))
    delays = [backoff_delay(attempt, None, rng=rng) for _ in range(200)]
    assert all(0.0 <= d <= ceiling for d in delays)
    assert len(set(delays)) > 100  # jittered, not constant
    again = random.Random(1234)
    assert delays == [backoff_delay(attempt, None, rng=again) for _ in range(200)]


# --- end to end ----------------------------------------------------------------------------------


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, float | None]]:
    """Record backoff calls and make every wait zero."""
    seen: list[tuple[int, float | None]] = []

    def no_wait(attempt: int, retry_after: float | None, **_: Any) -> float:
        seen.append((attempt, retry_after))
        return 0.0

    monkeypatch.setattr(_http, "backoff_delay", no_wait)
    return seen


@pytest.fixture
async def retrying() -> AsyncIterator[Client]:
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=2, environ={}) as client:
        yield client


def _error(status: int) -> httpx.Response:
    return httpx.Response(status, json={"code": 20000 + status, "message": f"status {status}"})


async def test_get_retried_on_503_then_succeeds(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").mock(
        side_effect=[_error(503), httpx.Response(200, json=message())]
    )
    msg = await retrying.messages(sid("SM")).fetch()
    assert msg.sid == sid("SM")
    assert route.call_count == 2
    assert delays == [(1, None)]


async def test_get_gives_up_after_max_retries(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_error(503), _error(502), _error(500)]
    )
    with raises(ServerError) as info:
        await retrying.messages.list()
    assert info.value.status == 500
    assert info.value.code == 20500
    assert info.value.may_have_been_processed is False
    assert route.call_count == 3
    assert [a for a, _ in delays] == [1, 2]


async def test_post_create_not_retried_on_500(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_error(500), httpx.Response(201, json=message())]
    )
    with raises(ServerError) as info:
        await retrying.messages.create(to="+1555", body="hi")
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True
    assert delays == []


async def test_post_4xx_not_processed(retrying: Client, mock: respx.MockRouter) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").mock(return_value=_error(400))
    with raises(Exception) as info:
        await retrying.messages.create(to="+1555")
    assert info.value.may_have_been_processed is False


async def test_post_retried_on_429_with_retry_after(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    limited = httpx.Response(
        429, headers={"Retry-After": "3"}, json={"code": 20429, "message": "Too Many Requests"}
    )
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[limited, httpx.Response(201, json=message())]
    )
    msg = await retrying.messages.create(to="+1555", body="hi")
    assert msg.sid == sid("SM")
    assert route.call_count == 2
    assert delays == [(1, 3.0)]
    # The retried request is the same request.
    first, second = (call.request for call in route.calls)
    assert first.content == second.content
    assert first.headers["Authorization"] == second.headers["Authorization"]


async def test_429_exhausted_is_rate_limit_error(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    limited = httpx.Response(
        429, headers={"Retry-After": "7"}, json={"code": 20429, "message": "Too Many Requests"}
    )
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(return_value=limited)
    with raises(RateLimitError) as info:
        await retrying.messages.create(to="+1555")
    assert route.call_count == 3
    assert info.value.retry_after == 7.0
    assert info.value.code == 20429
    assert info.value.may_have_been_processed is False


async def test_post_retried_after_connect_error(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[httpx.ConnectError("connection refused"), httpx.Response(201, json=message())]
    )
    msg = await retrying.messages.create(to="+1555")
    assert msg.sid == sid("SM")
    assert route.call_count == 2


async def test_connect_error_exhausted(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=httpx.ConnectError("connection refused")
    )
    with raises(TwilioConnectionError) as info:
        await retrying.messages.create(to="+1555")
    assert type(info.value) is TwilioConnectionError
    assert info.value.may_have_been_processed is False
    assert info.value.method == "POST"
    assert info.value.url == f"{ACCOUNT_URL}/Messages.json"
    assert route.call_count == 3


async def test_post_not_retried_after_read_timeout(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[httpx.ReadTimeout("timed out"), httpx.Response(201, json=message())]
    )
    with raises(TwilioTimeoutError) as info:
        await retrying.messages.create(to="+1555")
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True
    assert "may have been processed" in str(info.value)
    assert isinstance(info.value, TwilioConnectionError)


async def test_get_retried_after_read_timeout(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.get(f"{FLEX}/Configuration").mock(
        side_effect=[httpx.ReadTimeout("timed out"), httpx.Response(200, json={})]
    )
    await retrying.flex_api.v1.configuration().fetch()
    assert route.call_count == 2


async def test_delete_retried_on_503(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.delete(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").mock(
        side_effect=[_error(503), httpx.Response(204)]
    )
    assert await retrying.messages(sid("SM")).delete() is True
    assert route.call_count == 2


async def test_per_call_max_retries_zero(
    retrying: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_error(503), httpx.Response(200, json={"messages": []})]
    )
    with raises(ServerError):
        await retrying.messages.list(options=RequestOptions(max_retries=0))
    assert route.call_count == 1
    assert delays == []


async def test_per_call_max_retries_raises_budget(
    client: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    """The ``client`` fixture has max_retries=0; a call may opt in."""
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_error(503), _error(503), httpx.Response(200, json={"messages": []})]
    )
    assert await client.messages.list(options=RequestOptions(max_retries=2)) == []
    assert route.call_count == 3


async def test_client_max_retries_zero(
    client: Client, mock: respx.MockRouter, delays: list[Any]
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_error(503), httpx.Response(200, json={"messages": []})]
    )
    with raises(ServerError):
        await client.messages.list()
    assert route.call_count == 1


@pytest.mark.parametrize("value", ["soon", "-1", "", "Wed, 21 Oct 2015 07:28:00 GMT"])
async def test_unusable_retry_after_is_ignored(
    retrying: Client, mock: respx.MockRouter, delays: list[Any], value: str
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": value}),
            httpx.Response(200, json={"messages": []}),
        ]
    )
    await retrying.messages.list()
    assert route.call_count == 2
    assert delays == [(1, None)]


async def test_real_backoff_is_awaited(
    retrying: Client, mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the ``delays`` fixture, the transport sleeps what backoff_delay says."""
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(anyio, "sleep", fake_sleep)
    mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "4"}),
            httpx.Response(503, headers={"Retry-After": "9999"}),
            httpx.Response(200, json={"messages": []}),
        ]
    )
    await retrying.messages.list()
    assert slept == [4.0, MAX_RETRY_DELAY]
