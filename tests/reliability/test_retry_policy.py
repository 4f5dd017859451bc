"""The retry rules added on top of tests/runtime/test_retry.py: 503 before processing,
updates, DELETE after a lost answer, and what the final error says.

tests/runtime/test_retry.py covers the basic status/error tables and backoff; here
are the cases that decide whether a create can be duplicated or lost, end to end
against the emulator on both HTTP backends.
"""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS
from tests.support.numbers import FROM, TO
from tests.support.rest import ACCOUNT_URL, message, sid
from twilio_async import (
    Client,
    NotFoundError,
    RateLimitError,
    ServerError,
    TwilioConnectionError,
)
from twilio_async._retry import (
    answered_before_processing,
    should_retry_status,
    status_may_have_been_processed,
)
from twilio_async.emulator import Emulator

# method, status, Retry-After, retried?, may have been processed when it is the last answer?
MATRIX = [
    ("POST", 429, None, True, False),
    ("POST", 429, 2.0, True, False),
    ("POST", 503, 0.0, True, False),  # "come back later": answered before processing
    ("POST", 503, 5.0, True, False),
    ("POST", 503, None, False, True),  # a bare 503 proves nothing
    ("POST", 500, 1.0, False, True),  # Retry-After only counts on 503 and 429
    ("POST", 502, None, False, True),
    ("POST", 504, 3.0, False, True),
    ("POST", 400, None, False, False),
    ("POST", 409, None, False, False),
    ("GET", 503, None, True, False),  # reads are never "processed"
    ("GET", 500, None, True, False),
    ("DELETE", 500, None, True, True),  # repeatable, but it may have happened
    ("DELETE", 503, 1.0, True, False),
    ("DELETE", 404, None, False, False),
    ("PUT", 502, None, True, True),
]


@pytest.mark.parametrize(("method", "status", "retry_after", "retried", "processed"), MATRIX)
def test_retry_matrix(
    method: str, status: int, retry_after: float | None, retried: bool, processed: bool
) -> None:
    assert should_retry_status(method, status, retry_after) is retried
    assert status_may_have_been_processed(method, status, retry_after) is processed
    assert answered_before_processing(status, retry_after) is (
        status == 429 or (status == 503 and retry_after is not None)
    )


def _client(emu: Emulator, backend: str, retries: int) -> Client:
    return emu.client(http_backend=backend, max_retries=retries)


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_503_before_processing_is_retried_for_a_create(
    backend: str, fast_backoff: None
) -> None:
    async with (
        Emulator(error_rate={503: 1.0}, retry_after=0, status_interval=None) as emu,
        _client(emu, backend, 3) as client,
    ):
        with pytest.raises(ServerError) as info:
            await client.messages.create(to=TO, from_=FROM, body="later")
        assert emu.stats.faults["503"] == 4  # every attempt answered before processing
        assert info.value.may_have_been_processed is False
        assert info.value.retry_after == 0.0
        assert emu.store.count("accounts.messages") == 0
        emu.faults.error_rate = {}
        made = await client.messages.create(to=TO, from_=FROM, body="later")
        assert emu.store.count("accounts.messages", body="later") == 1
        assert made.body == "later"


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_bare_503_on_a_create_is_not_retried(backend: str, fast_backoff: None) -> None:
    async with (
        Emulator(error_rate={503: 1.0}, status_interval=None) as emu,
        _client(emu, backend, 3) as client,
    ):
        with pytest.raises(ServerError) as info:
            await client.messages.create(to=TO, from_=FROM, body="x")
        assert emu.stats.faults["503"] == 1
        assert info.value.may_have_been_processed is True
        assert "20503" in str(info.value)


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_503_after_processing_never_duplicates(backend: str, fast_backoff: None) -> None:
    """The emulator's after-processing 503 carries no Retry-After, so nothing is resent."""
    async with (
        Emulator(
            error_rate={503: 1.0}, error_after_processing=True, retry_after=0, status_interval=None
        ) as emu,
        _client(emu, backend, 5) as client,
    ):
        with pytest.raises(ServerError) as info:
            await client.messages.create(to=TO, from_=FROM, body="once")
        assert info.value.may_have_been_processed is True
        assert info.value.retry_after is None
        assert emu.stats.faults["503"] == 1
        assert emu.store.count("accounts.messages", body="once") == 1


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_429_with_retry_after_from_the_concurrency_limit(
    backend: str, fast_backoff: None
) -> None:
    async with (
        # The slow call must still hold the one slot when the create arrives, busy machine or not.
        Emulator(concurrency_limit=1, latency=1.0, retry_after=0, status_interval=None) as emu,
        _client(emu, backend, 0) as client,
    ):
        import asyncio

        slow = asyncio.ensure_future(client.messages.list())
        while emu.faults.in_flight(emu.account_sid) == 0:
            await asyncio.sleep(0.005)
        with pytest.raises(RateLimitError) as info:
            await client.messages.create(to=TO, from_=FROM, body="x")
        await slow
    assert (info.value.code, info.value.retry_after) == (20429, 0.0)
    assert info.value.may_have_been_processed is False


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_update_is_not_repeated_after_a_lost_answer(backend: str, fast_backoff: None) -> None:
    """Updates are POSTs: treated like creates (a Call update with TwiML would re-run it)."""
    async with Emulator(status_interval=None) as emu, _client(emu, backend, 4) as client:
        app = await client.applications.create(friendly_name="v0")
        assert app.sid is not None
        emu.faults.drop_rate = 1.0
        emu.faults.drop_after_processing = True
        with pytest.raises(TwilioConnectionError) as info:
            await client.applications(app.sid).update(friendly_name="v1")
        assert info.value.may_have_been_processed is True
        assert emu.stats.faults["drop_after"] == 1
        assert emu.stats.updated["accounts.applications"] == 1
        emu.faults.drop_rate = 0.0
        assert (await client.applications(app.sid).fetch()).friendly_name == "v1"


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_delete_whose_answer_was_lost_ends_deleted(backend: str, fast_backoff: None) -> None:
    """The first DELETE is processed and its answer lost; the retry's 404 means "gone"."""
    async with Emulator(status_interval=None) as emu, _client(emu, backend, 2) as client:
        made = await client.messages.create(to=TO, from_=FROM, body="bye")
        assert made.sid is not None
        emu.faults.drop_rate = 1.0
        emu.faults.drop_after_processing = True
        assert await client.messages(made.sid).delete() is True
        assert emu.stats.faults["drop_after"] == 1
        assert emu.stats.deleted["accounts.messages"] == 1
        assert emu.stats.responses[404] == 1
        # A 404 on the first attempt is still an error: nothing was ever there.
        with pytest.raises(NotFoundError) as info:
            await client.messages(made.sid).delete()
        assert info.value.may_have_been_processed is False


# --- respx: exact sequences ----------------------------------------------------------------------


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> list[float | None]:
    from twilio_async import _http

    seen: list[float | None] = []

    def record(attempt: int, retry_after: float | None, **_: object) -> float:
        seen.append(retry_after)
        return 0.0

    monkeypatch.setattr(_http, "backoff_delay", record)
    return seen


def _unavailable(retry_after: str | None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(
        503, headers=headers, json={"code": 20503, "message": "Service Unavailable"}
    )


async def test_create_succeeds_after_503_burst_with_retry_after(
    mock: respx.MockRouter, no_wait: list[float | None]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_unavailable("1"), _unavailable("0"), httpx.Response(201, json=message())]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=2, environ={}) as client:
        made = await client.messages.create(to=TO, body="hi")
    assert made.sid == sid("SM")
    assert route.call_count == 2 + 1
    assert no_wait == [1.0, 0.0]


@pytest.mark.parametrize("value", ["soon", "-3", ""])
async def test_unusable_retry_after_does_not_make_a_503_safe(
    mock: respx.MockRouter, no_wait: list[float | None], value: str
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_unavailable(value), httpx.Response(201, json=message())]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=2, environ={}) as client:
        with pytest.raises(ServerError) as info:
            await client.messages.create(to=TO, body="hi")
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True


async def test_final_error_remembers_an_earlier_attempt_that_may_have_deleted(
    mock: respx.MockRouter, no_wait: list[float | None]
) -> None:
    """DELETE: a read timeout, then a refused connection. The first may have deleted it."""
    route = mock.delete(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.ConnectError("refused")]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=1, environ={}) as client:
        with pytest.raises(TwilioConnectionError) as info:
            await client.messages(sid("SM")).delete()
    assert route.call_count == 2
    assert info.value.may_have_been_processed is True
    assert "may have been processed" in str(info.value)


async def test_create_error_after_before_processing_answers_is_not_processed(
    mock: respx.MockRouter, no_wait: list[float | None]
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[_unavailable("0"), httpx.ConnectError("refused")]
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=1, environ={}) as client:
        with pytest.raises(TwilioConnectionError) as info:
            await client.messages.create(to=TO, body="hi")
    assert route.call_count == 2
    assert info.value.may_have_been_processed is False
    assert "was not processed" in str(info.value)


async def test_closed_during_backoff_is_a_clear_error(
    mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from twilio_async import TwilioClientClosedError

    client = Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=3, environ={})

    async def close_instead_of_sleeping(_: float) -> None:
        await client.aclose()

    monkeypatch.setattr(anyio, "sleep", close_instead_of_sleeping)
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").mock(return_value=_unavailable(None))
    with pytest.raises(TwilioClientClosedError, match="closed"):
        await client.messages.list()
    assert route.call_count == 1
