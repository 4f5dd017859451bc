"""Items and delivery checks for the batch sender's tests (and its child process)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from tests.support.numbers import FROM
from twilio_async.emulator import Emulator


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
