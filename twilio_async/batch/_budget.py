"""The concurrency budget a run sends within: the seam for a budget shared by many workers.

``Budget`` is what the sender asks before every request (``acquire`` a slot)
and tells after it (``release`` it with the outcome). ``LocalBudget`` is the
in-process one: the ``Limiter`` (AIMD concurrency limit + optional token
bucket) of ``_limiter.py``. A budget shared by several processes (in Redis, for
an account's global concurrency limit and per-sender rate caps) implements the
same protocol; the sender needs nothing else.
"""

from __future__ import annotations

from typing import Literal, Protocol, TypeVar

from ._limiter import AIMD, Limiter, Ticket, TokenBucket

SlotT = TypeVar("SlotT")

#: How a request ended, as far as the budget cares: answered, refused with 429, or
#: anything else (no answer, a 5xx, refused locally): the slot is freed, the limit kept.
ReleaseOutcome = Literal["ok", "rate_limited", "failed"]


class Budget(Protocol[SlotT]):
    """Slots for requests in flight: ``slot = await acquire()``, then one ``release(slot, ...)``."""

    @property
    def limit(self) -> int:
        """Requests that may be in flight now (the current concurrency limit)."""
        ...

    @property
    def in_flight(self) -> int:
        """Requests in flight now."""
        ...

    @property
    def peak_in_flight(self) -> int:
        """The most requests this budget has seen in flight at once."""
        ...

    async def acquire(self, *, sender: str | None = None, priority: bool = False) -> SlotT:
        """Wait for a slot (and for ``sender``'s rate cap, if any).

        ``sender`` is the From number or Messaging Service SID the request sends
        from; ``priority`` puts the caller ahead of requests not tried yet (a retry
        after a 429, a reconciliation lookup).
        """
        ...

    async def release(
        self, slot: SlotT, outcome: ReleaseOutcome, retry_after: float | None = None
    ) -> None:
        """Give the slot back; ``retry_after`` is a 429's ``Retry-After``, if it had one."""
        ...

    def stop_probing(self) -> None:
        """The run's input is exhausted: stop growing the limit past what was found.

        Probing then gains nothing and a refusal would make its request wait out a
        ``Retry-After`` at the end of the run.
        """
        ...

    async def aclose(self) -> None:
        """Release what the budget holds (connections, leases); idempotent."""
        ...


class LocalBudget:
    """The in-process budget: one ``Limiter``. ``sender`` is ignored (``rate`` is global)."""

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter

    @classmethod
    def create(
        cls,
        *,
        initial: int,
        adaptive: bool,
        maximum: int,
        rate: float | None = None,
        burst: float | None = None,
    ) -> LocalBudget:
        """An AIMD limit (fixed unless ``adaptive``) and, with ``rate``, a token bucket."""
        bucket = TokenBucket(rate, burst) if rate else None
        return cls(Limiter(AIMD(initial, adaptive=adaptive, maximum=maximum), bucket))

    def __repr__(self) -> str:
        return f"<LocalBudget limit={self.limit} in_flight={self.in_flight}>"

    @property
    def limit(self) -> int:
        return self.limiter.capacity

    @property
    def in_flight(self) -> int:
        return self.limiter.in_flight

    @property
    def peak_in_flight(self) -> int:
        return self.limiter.aimd.peak_in_flight

    async def acquire(self, *, sender: str | None = None, priority: bool = False) -> Ticket:
        return await self.limiter.acquire(priority=priority)

    async def release(
        self, slot: Ticket, outcome: ReleaseOutcome, retry_after: float | None = None
    ) -> None:
        if outcome == "ok":
            self.limiter.succeeded(slot)
        elif outcome == "rate_limited":
            self.limiter.rate_limited(slot, retry_after)
        else:
            self.limiter.failed(slot)

    def stop_probing(self) -> None:
        self.limiter.aimd.stop_probing()

    async def aclose(self) -> None:
        return None
