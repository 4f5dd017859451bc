"""Helpers for the shared-budget tests: fresh accounts, fake clocks, Redis clients."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import redis.asyncio as aioredis

from twilio_async.batch._redis_scripts import Config, Keys, Scripts


def fresh_account() -> str:
    """An Account SID no other test uses (its budget keys start empty on a shared server)."""
    return "AC" + secrets.token_hex(16)


class FakeClock:
    """Seconds, moved by hand; given to ``RedisBudget(clock=...)`` instead of Redis TIME."""

    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def us(seconds: float) -> int:
    """Seconds as the scripts' microseconds."""
    return round(seconds * 1_000_000)


@asynccontextmanager
async def connect(url: str) -> AsyncIterator[aioredis.Redis]:
    """A redis.asyncio client for ``url``, closed at the end."""
    client = aioredis.from_url(url)
    try:
        yield client
    finally:
        await client.aclose()


def scripts(client: aioredis.Redis, account: str, **config: Any) -> Scripts:
    """The budget's scripts on ``client`` with an auto limit unless ``config`` says otherwise."""
    settings: dict[str, Any] = {
        "fixed": False,
        "initial": 4,
        "minimum": 1,
        "maximum": 100,
        "beta": 0.5,
        "cooldown_us": us(0.25),
        "ttl_us": us(10),
        "waiting_window_us": us(0.25),
    }
    settings.update(config)
    return Scripts(client, Keys.for_account(account), Config(**settings))
