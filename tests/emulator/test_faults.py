"""Fault modes over a real loopback socket, and what the SDK makes of each.

Assertions are on what the server counted (``emu.stats``, ``emu.store``), never
on wall time.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.support.numbers import FROM, TO
from twilio_async import (
    RateLimitError,
    ServerError,
    TwilioConnectionError,
    TwilioRestError,
)
from twilio_async.emulator import Emulator


async def test_latency_is_injected_per_request() -> None:
    async with (
        Emulator(latency=0.01, status_interval=None) as emu,
        emu.client() as client,
    ):
        await client.messages.create(to=TO, from_=FROM, body="x")
        await client.messages.list()
        await client.balance.fetch()
    assert emu.stats.faults["latency"] == 3
    assert emu.stats.requests == 3


async def test_latency_range() -> None:
    async with (
        Emulator(latency=(0.0, 0.01), seed=3, status_interval=None) as emu,
        emu.client() as client,
    ):
        await client.messages.list()
    assert emu.stats.faults["latency"] == 1


@pytest.mark.parametrize(
    ("settings", "retry_after"),
    [
        ({}, 1.0),  # as a Twilio account does, by default
        ({"limit_retry_after": None}, None),
        ({"limit_retry_after": 2.5}, 2.5),
        ({"retry_after": 0.5}, 0.5),  # the 503 setting, when given, applies to 429s too
    ],
)
async def test_concurrency_limit_answers_429_with_20429(
    settings: dict[str, Any], retry_after: float | None
) -> None:
    async with (
        # Long enough that all six arrive while the first two are held, however busy the machine.
        Emulator(concurrency_limit=2, latency=1.0, status_interval=None, **settings) as emu,
        emu.client(max_retries=0) as client,
    ):
        results = await asyncio.gather(
            *(client.messages.list() for _ in range(6)), return_exceptions=True
        )
    limited = [r for r in results if isinstance(r, RateLimitError)]
    assert len(limited) == 4 and len(results) - len(limited) == 2
    assert {(e.status, e.code, e.retry_after) for e in limited} == {(429, 20429, retry_after)}
    assert emu.stats.faults["429"] == 4 and emu.stats.max_in_flight == 2


async def test_429_is_retried_without_duplicates() -> None:
    async with (
        # The three creates overlap (so at least one 429) even when the machine is busy.
        Emulator(concurrency_limit=1, latency=0.3, status_interval=None) as emu,
        emu.client(max_retries=6) as client,
    ):
        made = await asyncio.gather(
            *(client.messages.create(to=TO, from_=FROM, body=str(i)) for i in range(3))
        )
    assert emu.stats.faults["429"] >= 1
    assert emu.store.count("accounts.messages") == 3 == len({m.sid for m in made})
    assert emu.stats.created["accounts.messages"] == 3


@pytest.mark.parametrize("status", [500, 503])
async def test_error_rate_answers_5xx(status: int) -> None:
    async with (
        Emulator(error_rate={status: 1.0}, status_interval=None) as emu,
        emu.client(max_retries=0) as client,
    ):
        with pytest.raises(ServerError) as err:
            await client.messages.list()
        assert err.value.status == status and err.value.code == 20000 + status
        assert emu.stats.faults[str(status)] == 1
        async with emu.client(max_retries=1) as retrying:
            with pytest.raises(ServerError):
                await retrying.messages.list()  # a GET is retried: 2 attempts
        assert emu.stats.faults[str(status)] == 3


async def test_5xx_on_create_is_not_retried_and_nothing_is_duplicated() -> None:
    async with (
        Emulator(error_rate={500: 1.0}, status_interval=None) as emu,
        emu.client(max_retries=3) as client,
    ):
        with pytest.raises(ServerError) as err:
            await client.messages.create(to=TO, from_=FROM, body="x")
        assert err.value.may_have_been_processed is True
        assert emu.stats.faults["500"] == 1
        assert emu.store.count("accounts.messages") == 0
        emu.faults.error_after_processing = True
        async with emu.client(max_retries=3) as client:
            with pytest.raises(ServerError):
                await client.messages.create(to=TO, from_=FROM, body="y")
        # Processed once, answered 500, and not sent again: exactly one message exists.
        assert emu.stats.faults["500"] == 2
        assert emu.store.count("accounts.messages", body="y") == 1


async def test_partial_error_rate_is_seeded_and_counted() -> None:
    async with (
        Emulator(error_rate={500: 0.3, 503: 0.2}, seed=7, status_interval=None) as emu,
        emu.client(max_retries=0) as client,
    ):
        results = await asyncio.gather(
            *(client.balance.fetch() for _ in range(40)), return_exceptions=True
        )
    failed = [r for r in results if isinstance(r, TwilioRestError)]
    assert 0 < len(failed) < 40
    assert len(failed) == emu.stats.faults["500"] + emu.stats.faults["503"]
    assert {e.status for e in failed} <= {500, 503}


async def test_dropped_connection_before_processing() -> None:
    async with (
        Emulator(drop_rate=1.0, status_interval=None) as emu,
        emu.client(max_retries=1) as client,
    ):
        with pytest.raises(TwilioConnectionError) as err:
            await client.messages.list()
        assert emu.stats.faults["drop"] == 2  # a GET is retried
        with pytest.raises(TwilioConnectionError) as post_err:
            await client.messages.create(to=TO, from_=FROM, body="x")
        assert post_err.value.may_have_been_processed is True
        assert emu.stats.faults["drop"] == 3  # the POST was not repeated
        assert emu.store.count("accounts.messages") == 0
    assert err.value.method == "GET" and err.value.may_have_been_processed is True


async def test_dropped_connection_after_processing_creates_exactly_once() -> None:
    async with (
        Emulator(drop_rate=1.0, drop_after_processing=True, status_interval=None) as emu,
        emu.client(max_retries=3) as client,
    ):
        with pytest.raises(TwilioConnectionError) as err:
            await client.messages.create(to=TO, from_=FROM, body="once")
        assert err.value.may_have_been_processed is True
        assert emu.stats.faults["drop_after"] == 1
        assert emu.store.count("accounts.messages", body="once") == 1
        emu.faults.drop_rate = 0.0
        async with emu.client() as client:
            assert [m.body for m in await client.messages.list()] == ["once"]


async def test_in_process_drop_surfaces_as_connection_error() -> None:
    emu = Emulator(drop_rate=1.0, status_interval=None)
    async with emu.asgi_client(max_retries=0) as client:
        with pytest.raises(TwilioConnectionError):
            await client.messages.list()
    assert emu.stats.faults["drop"] == 1
    await emu.stop()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"drop_rate": 1.5},
        {"error_rate": {404: 0.1}},
        {"error_rate": {500: 0.7, 503: 0.7}},
        {"latency": -1.0},
        {"concurrency_limit": 0},
    ],
)
def test_nonsense_fault_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Emulator(**kwargs)  # type: ignore[arg-type]


def test_every_fault_mode_has_a_cli_flag() -> None:
    from twilio_async.emulator.__main__ import faults_from_args, parse_args

    args = parse_args(
        [
            "--latency", "0.01-0.05", "--concurrency-limit", "7", "--limit-retry-after", "none",
            "--retry-after", "0.5", "--error-rate", "500=0.1", "--drop-rate", "0.2",
            "--drop-after-processing", "--error-after-processing",
        ]
    )  # fmt: skip
    faults = faults_from_args(args)
    assert faults.latency == (0.01, 0.05) and faults.concurrency_limit == 7
    assert faults.limit_retry_after is None and faults.retry_after == 0.5
    assert faults.error_rate == {500: 0.1} and faults.drop_rate == 0.2
    assert faults.drop_after_processing and faults.error_after_processing
    assert faults_from_args(parse_args([])).limit_retry_after == 1.0
    with pytest.raises(SystemExit):
        parse_args(["--limit-retry-after", "soon"])
