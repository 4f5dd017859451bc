"""Fixtures for the batch sender's tests: an emulator on loopback, items, a stub resource."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from twilio_async.emulator import Emulator

FROM = "+15017122661"


def message_items(n: int, *, start: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` distinct messages, generated lazily (the body names the item)."""
    for i in range(start, start + n):
        yield {"to": f"+1555{i % 1000:07d}", "from_": FROM, "body": f"batch item {i}"}


def bodies(emu: Emulator) -> Counter[str]:
    """How many stored messages carry each body."""
    return Counter(r["body"] for r in emu.store.records("accounts.messages"))


def assert_exactly_once(emu: Emulator, n: int, *, start: int = 0) -> None:
    """Every item of ``message_items(n)`` is stored once, and nothing else is."""
    seen = bodies(emu)
    expected = {f"batch item {i}" for i in range(start, start + n)}
    missing = sorted(expected - set(seen))
    twice = sorted(body for body, count in seen.items() if count > 1)
    assert not missing, f"{len(missing)} never sent, e.g. {missing[:3]}"
    assert not twice, f"{len(twice)} sent more than once, e.g. {twice[:3]}"
    assert set(seen) == expected


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """An emulator with the message clock off."""
    async with Emulator(status_interval=None, seed=7) as e:
        yield e
