"""How many requests may be in flight, and how fast new ones may start.

- ``AIMD``: the concurrency limit. Fixed, or ``"auto"``: it starts small, doubles
  every round trip while every request succeeds (slow start), then grows by one per
  round trip (additive increase); a 429 cuts it to ``beta`` times what was in flight
  when Twilio refused (multiplicative decrease), once per round trip, and a
  ``Retry-After`` pauses every new start until it has passed. Pure bookkeeping with
  an injectable clock, so its behaviour is tested without sleeping.
- ``TokenBucket``: an optional messages-per-second cap (sender-number limits).
- ``Limiter``: the async gate over both, first come first served; retries of
  refused requests may go to the front of the queue.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import anyio

Clock = Callable[[], float]

#: Longest pause taken for one ``Retry-After`` (a hostile or broken value cannot stall a run).
MAX_PAUSE = 60.0


class TokenBucket:
    """``rate`` starts per second on average, at most ``burst`` back to back.

    ``burst`` defaults to a tenth of a second's worth (at least 1), so a cap is
    spread evenly rather than spent in bursts.
    """

    def __init__(self, rate: float, burst: float | None = None, *, clock: Clock = time.monotonic):
        if not rate > 0:
            raise ValueError(f"rate must be a positive number per second, got {rate!r}")
        self.rate = float(rate)
        self.burst = float(burst) if burst is not None else max(1.0, self.rate / 10)
        if self.burst < 1:
            raise ValueError(f"burst must be at least 1, got {burst!r}")
        self._clock = clock
        self._tokens = self.burst
        self._stamp = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def delay(self) -> float:
        """Seconds until a token is available (0 when one is)."""
        self._refill()
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate

    def take(self) -> None:
        """Spend one token (call when ``delay()`` is 0)."""
        self._refill()
        self._tokens -= 1


@dataclass(slots=True)
class Ticket:
    """One started request, as the limiter saw it start."""

    seq: int
    #: Requests in flight when this one started, itself included.
    in_flight: int
    #: True when the limit was (nearly) all in use, so a success says the limit may grow.
    saturated: bool


class AIMD:
    """The concurrency limit: fixed (``adaptive=False``) or found by AIMD.

    ``limit`` is a float; ``capacity`` (its integer part, at least ``minimum``) is
    how many requests may be in flight.
    """

    def __init__(
        self,
        initial: int,
        *,
        adaptive: bool,
        minimum: int = 1,
        maximum: int = 1000,
        beta: float = 0.95,
        clock: Clock = time.monotonic,
    ):
        if minimum < 1 or maximum < minimum:
            raise ValueError("need 1 <= minimum <= maximum")
        if not 0 < beta < 1:
            raise ValueError("beta must be between 0 and 1")
        self.adaptive = adaptive
        self.minimum = minimum
        self.maximum = maximum
        self.beta = beta
        self.limit = float(min(max(initial, minimum), maximum))
        #: Slow start ends here (at the first 429, it becomes the reduced limit).
        self.ssthresh = float(maximum)
        self.in_flight = 0
        self.peak_in_flight = 0
        self.paused_until = 0.0
        self.decreases = 0
        self._clock = clock
        self._seq = 0
        #: Tickets issued before this sequence number started under the old limit: their
        #: 429s were caused by it and must not cut the limit again (once per round trip).
        self._recovery_seq = 0

    @property
    def capacity(self) -> int:
        return max(self.minimum, int(self.limit))

    def has_room(self) -> bool:
        return self.in_flight < self.capacity

    def pause_remaining(self) -> float:
        return max(0.0, self.paused_until - self._clock())

    def start(self) -> Ticket:
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        ticket = Ticket(self._seq, self.in_flight, self.in_flight * 10 >= self.capacity * 9)
        self._seq += 1
        return ticket

    def release(self) -> None:
        self.in_flight -= 1

    def on_success(self, ticket: Ticket) -> None:
        """A request was answered (not 429): grow the limit if it was in use."""
        if not (self.adaptive and ticket.saturated):
            return
        if self.limit < self.ssthresh:
            self.limit += 1.0  # slow start: one more per success doubles it per round trip
        else:
            self.limit += 1.0 / self.limit  # additive increase: about one per round trip
        self.limit = min(self.limit, float(self.maximum))

    def on_rate_limited(self, ticket: Ticket, retry_after: float | None = None) -> None:
        """Twilio answered 429: cut the limit (once per round trip), honour ``Retry-After``.

        Call it before ``release()`` for the refused request.
        """
        if retry_after is not None and retry_after > 0:
            self.paused_until = max(
                self.paused_until, self._clock() + min(float(retry_after), MAX_PAUSE)
            )
        if not self.adaptive:
            return
        if ticket.seq < self._recovery_seq:
            # Sent under the old limit: no new cut, but as refusals come back the requests
            # still counted in flight shrink towards what Twilio accepted; follow them down
            # (after an overshoot in slow start this is what brings the limit back at once).
            clamp = max(float(self.minimum), self.in_flight * self.beta)
            if clamp < self.limit:
                self.limit = self.ssthresh = clamp
            return
        # What is in flight now (this request included) bounds what Twilio accepted: in slow
        # start the limit may have run far ahead of it.
        reduced = max(float(self.minimum), min(self.limit, float(self.in_flight)) * self.beta)
        self.limit = reduced
        self.ssthresh = reduced
        self.decreases += 1
        self._recovery_seq = self._seq


class _Waiter:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = anyio.Event()


class Limiter:
    """The async gate: ``ticket = await limiter.acquire()``, then exactly one of
    ``succeeded``, ``rate_limited`` or ``failed`` with the ticket."""

    def __init__(self, aimd: AIMD, bucket: TokenBucket | None = None):
        self.aimd = aimd
        self.bucket = bucket
        self._waiters: deque[_Waiter] = deque()

    @property
    def in_flight(self) -> int:
        return self.aimd.in_flight

    @property
    def capacity(self) -> int:
        return self.aimd.capacity

    def _delay(self) -> float:
        """Seconds the head of the queue must wait although there is room (0: go)."""
        delay = self.aimd.pause_remaining()
        if delay <= 0 and self.bucket is not None:
            delay = self.bucket.delay()
        return delay

    def _try_start(self) -> Ticket | None:
        if not self.aimd.has_room() or self._delay() > 0:
            return None
        if self.bucket is not None:
            self.bucket.take()
        return self.aimd.start()

    def _wake_head(self) -> None:
        if self._waiters:
            self._waiters[0].event.set()

    async def acquire(self, *, priority: bool = False) -> Ticket:
        """Wait for room (and a token, and the end of any pause); first come first served.

        ``priority`` puts the caller at the front: a request refused with 429 goes
        before items that have not been tried yet.
        """
        if not self._waiters:
            ticket = self._try_start()
            if ticket is not None:
                return ticket
        waiter = _Waiter()
        if priority:
            self._waiters.appendleft(waiter)
        else:
            self._waiters.append(waiter)
        try:
            while True:
                if self._waiters[0] is waiter and self.aimd.has_room():
                    delay = self._delay()
                    if delay <= 0:
                        ticket = self._try_start()
                        if ticket is not None:
                            self._waiters.popleft()
                            self._wake_head()
                            return ticket
                    with anyio.move_on_after(delay):
                        await waiter.event.wait()
                else:
                    await waiter.event.wait()
                waiter.event = anyio.Event()
        except BaseException:
            head = bool(self._waiters) and self._waiters[0] is waiter
            self._waiters.remove(waiter)
            if head:
                self._wake_head()
            raise

    def succeeded(self, ticket: Ticket) -> None:
        self.aimd.release()
        self.aimd.on_success(ticket)
        self._wake_head()

    def rate_limited(self, ticket: Ticket, retry_after: float | None = None) -> None:
        self.aimd.on_rate_limited(ticket, retry_after)  # counts this request as in flight
        self.aimd.release()
        self._wake_head()

    def failed(self, ticket: Ticket) -> None:
        """Any other outcome: free the slot, leave the limit alone."""
        self.aimd.release()
        self._wake_head()
