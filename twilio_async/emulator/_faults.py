"""Fault modes for tests and benchmarks: latency, a concurrency limit, 5xx answers, drops.

Configured per emulator instance and changeable while it runs
(``emu.faults.error_rate = {503: 0.2}``). Every fault injected is counted in
``emu.stats.faults`` so a test can assert on what the server did rather than on
wall time.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._types import DropConnection, EmulatorError

if TYPE_CHECKING:
    from ._store import Stats


def _rate(value: float, name: str) -> float:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")
    return float(value)


@dataclass
class Faults:
    """What goes wrong, and how often.

    - ``latency``: seconds added to every authenticated request, or a ``(low, high)``
      range drawn uniformly. Counted while the request holds a concurrency slot.
    - ``concurrency_limit``: requests one account may have in flight; the next gets
      429 with Twilio code 20429 (``Too Many Requests``).
    - ``error_rate``: ``{500: 0.01, 503: 0.02}``: the chance of answering with that
      status (codes 20500 / 20503) instead of serving the request.
    - ``drop_rate``: the chance of closing the connection without any answer.
    - ``drop_after_processing`` / ``error_after_processing``: inject those faults
      after the request took effect (a create was stored) instead of before, the
      case where a client must not blindly retry.
    - ``limit_retry_after``: seconds sent as ``Retry-After`` on the 429s of the
      concurrency limit: 1 by default, as a Twilio account does; ``None`` sends none.
    - ``retry_after``: seconds sent as ``Retry-After`` on 503s injected *before*
      processing (``None``, the default, sends none), and, when set, on the 429s too
      (it overrides ``limit_retry_after``). A 503 after processing never carries it:
      the SDK reads a 503 with ``Retry-After`` as "not processed, safe to send again".
    """

    latency: float | tuple[float, float] = 0.0
    concurrency_limit: int | None = None
    error_rate: Mapping[int, float] = field(default_factory=dict)
    drop_rate: float = 0.0
    drop_after_processing: bool = False
    error_after_processing: bool = False
    retry_after: float | None = None
    limit_retry_after: float | None = 1.0

    def __post_init__(self) -> None:
        self._rng = random.Random()
        self._stats: Stats | None = None
        self._in_flight: dict[str, int] = {}
        self.validate()

    def validate(self) -> None:
        """Raise ``ValueError`` for a setting that makes no sense."""
        lat = self.latency
        lows = lat if isinstance(lat, tuple) else (lat, lat)
        if len(lows) != 2 or min(lows) < 0 or lows[0] > lows[1]:
            raise ValueError(f"latency must be >= 0 or a (low, high) range, got {lat!r}")
        if self.concurrency_limit is not None and self.concurrency_limit < 1:
            raise ValueError("concurrency_limit must be at least 1")
        for status, rate in self.error_rate.items():
            if status not in (500, 502, 503, 504):
                raise ValueError(f"error_rate statuses are 500, 502, 503, 504; got {status}")
            _rate(rate, f"error_rate[{status}]")
        if sum(self.error_rate.values()) > 1.0:
            raise ValueError("error_rate values add up to more than 1")
        _rate(self.drop_rate, "drop_rate")
        for name in ("retry_after", "limit_retry_after"):
            value = getattr(self, name)
            if value is not None and not value >= 0:
                raise ValueError(f"{name} must be >= 0 seconds or None, got {value}")

    def _retry_after_header(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"Retry-After": f"{self.retry_after:g}"}

    def _limit_retry_after_header(self) -> dict[str, str]:
        seconds = self.retry_after if self.retry_after is not None else self.limit_retry_after
        return {} if seconds is None else {"Retry-After": f"{seconds:g}"}

    def bind(self, rng: random.Random, stats: Stats) -> None:
        self._rng = rng
        self._stats = stats

    def _count(self, kind: str) -> None:
        if self._stats is not None:
            self._stats.faults[kind] += 1

    def in_flight(self, account_sid: str) -> int:
        """Requests of an account being served right now."""
        return self._in_flight.get(account_sid, 0)

    @asynccontextmanager
    async def admit(self, account_sid: str) -> AsyncIterator[None]:
        """Hold a concurrency slot for one request, or refuse it with 429 / 20429."""
        current = self._in_flight.get(account_sid, 0)
        if self.concurrency_limit is not None and current >= self.concurrency_limit:
            self._count("429")
            raise EmulatorError(
                429, 20429, "Too Many Requests", headers=self._limit_retry_after_header()
            )
        self._in_flight[account_sid] = current + 1
        if self._stats is not None:
            total = sum(self._in_flight.values())
            self._stats.max_in_flight = max(self._stats.max_in_flight, total)
        try:
            yield
        finally:
            left = self._in_flight[account_sid] - 1
            if left:
                self._in_flight[account_sid] = left
            else:
                del self._in_flight[account_sid]

    async def delay(self) -> None:
        lat = self.latency
        seconds = self._rng.uniform(*lat) if isinstance(lat, tuple) else lat
        if seconds > 0:
            self._count("latency")
            await asyncio.sleep(seconds)

    def before_processing(self) -> None:
        self._maybe_drop(after=False)
        self._maybe_error(after=False)

    def after_processing(self) -> None:
        self._maybe_drop(after=True)
        self._maybe_error(after=True)

    def _maybe_drop(self, *, after: bool) -> None:
        if after != self.drop_after_processing or not self.drop_rate:
            return
        if self._rng.random() < self.drop_rate:
            self._count("drop_after" if after else "drop")
            raise DropConnection

    def _maybe_error(self, *, after: bool) -> None:
        if not self.error_rate or after != self.error_after_processing:
            return
        draw = self._rng.random()
        acc = 0.0
        for status, rate in sorted(self.error_rate.items()):
            acc += rate
            if draw < acc:
                self._count(str(status))
                message = {503: "Service Unavailable"}.get(status, "Internal Server Error")
                headers = self._retry_after_header() if status == 503 and not after else {}
                raise EmulatorError(status, 20000 + status, message, headers=headers)
