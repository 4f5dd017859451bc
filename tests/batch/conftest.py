"""Fixtures for the batch sender's tests (items and checks: tests/support/batch.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from twilio_async.emulator import Emulator


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """An emulator with the message clock off."""
    async with Emulator(status_interval=None, seed=7) as e:
        yield e


# A real redis-server for the shared-budget tests (tests/support/redis.py).
from tests.support.redis import own_redis, redis_server, redis_url  # noqa: E402, F401
