"""How many requests may be in flight, and how fast new ones may start.

- ``AIMD``: the concurrency limit. Fixed, or ``"auto"``: it starts small, doubles
  every round trip while every request succeeds (slow start), and a 429 cuts it to
  ``beta`` times what was in flight when Twilio refused (multiplicative decrease),
  once per round trip. The level where Twilio refused is remembered (``found``):
  the limit climbs back towards it quickly (half the distance per round trip), then
  probes past it slowly (one more request per ``probe_rtts`` round trips), and
  faster and faster only while no refusal comes (the account's limit went up).
  A 429's ``Retry-After`` is for the refused request (the sender waits that long
  before sending it again), not for the whole run: only when refusals continue
  after a cut (the cut did not help: the limit dropped, or others share the
  account) are new starts paused for it. Pure bookkeeping with an injectable
  clock, so its behaviour is tested without sleeping.
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

#: The limit stops growing while the smoothed round trip is over this many times the
#: shortest seen (requests queueing in this process, not at Twilio).
QUEUEING_FACTOR = 2.0
#: ... and by more than this many seconds (below it, timing noise).
QUEUEING_FLOOR = 0.005

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
    #: The clock when it started.
    started: float = 0.0


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
        probe_rtts: float = 4.0,
        clock: Clock = time.monotonic,
    ):
        if minimum < 1 or maximum < minimum:
            raise ValueError("need 1 <= minimum <= maximum")
        if not 0 < beta < 1:
            raise ValueError("beta must be between 0 and 1")
        if not probe_rtts >= 1:
            raise ValueError("probe_rtts must be at least 1 round trip")
        self.adaptive = adaptive
        self.minimum = minimum
        self.maximum = maximum
        self.beta = beta
        self.probe_rtts = float(probe_rtts)
        self.limit = float(min(max(initial, minimum), maximum))
        #: Slow start ends here (at the first 429, it becomes the reduced limit).
        self.ssthresh = float(maximum)
        #: In flight when Twilio last refused: the account's limit, as far as is known.
        self.found: float | None = None
        self.in_flight = 0
        self.peak_in_flight = 0
        self.paused_until = 0.0
        self.decreases = 0
        #: Cuts (refusals, for a fixed limit) with no success of a request sent after them.
        self.cuts_in_a_row = 0
        #: Cuts in a row at the same level: each one halves how fast it is probed.
        self.confirmations = 0
        #: Set by ``stop_probing()``: the limit may climb back to ``found``, not past it.
        self.probing = True
        #: Smoothed round trip of answered requests (seconds; 0 until the first answer).
        self.srtt = 0.0
        #: The shortest round trip seen: what a request costs with nothing queued.
        self.min_rtt = float("inf")
        self._cut_at = float("-inf")
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
        saturated = self.in_flight * 10 >= self.capacity * 9
        ticket = Ticket(self._seq, self.in_flight, saturated, self._clock())
        self._seq += 1
        return ticket

    def release(self) -> None:
        self.in_flight -= 1

    def _step(self) -> float:
        """How much the limit grows per round trip while it is in use."""
        found = self.found
        if found is None:
            return 1.0
        gap = found - self.limit
        if gap > 1.0:  # below the level Twilio refused at: back towards it, quickly
            return max(1.0, min(gap / 2, found / 8))
        if gap > 0.0 and not self.probing:
            return gap
        if not self.probing:
            return 0.0
        if gap > -1.0:  # at it: probe slowly, more slowly each time it is confirmed
            return 1.0 / (self.probe_rtts * float(2 ** min(self.confirmations, 3)))
        # past it with no refusal: the account's limit went up; probe faster and faster
        return min(-gap, max(1.0, found / 4))

    def stop_probing(self) -> None:
        """No more growth past the limit found (the work left is too little to gain from it).

        A refusal now would only make its request wait out a ``Retry-After`` at the end
        of the run.
        """
        self.probing = False

    def on_success(self, ticket: Ticket) -> None:
        """A request was answered (not 429): grow the limit if it was in use."""
        sample = self._clock() - ticket.started
        self.srtt = sample if self.srtt == 0.0 else 0.875 * self.srtt + 0.125 * sample
        if sample < self.min_rtt:
            self.min_rtt = sample
        if ticket.seq >= self._recovery_seq:
            self.cuts_in_a_row = 0  # a request sent after the last cut got through
        if not (self.adaptive and ticket.saturated):
            return
        queued = self.srtt - self.min_rtt
        if queued > QUEUEING_FLOOR and self.srtt > QUEUEING_FACTOR * self.min_rtt:
            # Round trips have grown with the limit although Twilio refused nothing: the
            # requests queue on this side (a busy client), so more in flight would only
            # wait longer. Hold the limit.
            return
        if self.limit < self.ssthresh:
            self.limit += 1.0  # slow start: one more per success doubles it per round trip
        else:
            self.limit += self._step() / self.limit  # per success: ``step`` per round trip
        self.limit = min(self.limit, float(self.maximum))

    def on_rate_limited(self, ticket: Ticket, retry_after: float | None = None) -> None:
        """Twilio answered 429: cut the limit (once per round trip).

        ``retry_after`` pauses every new start only when refusals continue after a
        cut; otherwise it is the refused request's own wait (the caller's). Call it
        before ``release()`` for the refused request.
        """
        now = self._clock()
        # Refusals of requests sent under the old limit, or within a round trip of the cut
        # (while what was sent before it still holds the account's slots), belong to the
        # same episode: no new cut.
        if ticket.seq < self._recovery_seq or now - self._cut_at < self.srtt:
            if self.adaptive:
                # Sent under the old limit: no new cut, but as refusals come back the
                # requests still counted in flight shrink towards what Twilio accepted;
                # follow them down (after an overshoot in slow start this is what brings
                # the limit back at once).
                clamp = max(float(self.minimum), self.in_flight * self.beta)
                if clamp < self.limit:
                    self.limit = self.ssthresh = clamp
                    if self.found is not None:
                        self.found = min(self.found, float(self.in_flight))
            return
        self.cuts_in_a_row += 1
        self._recovery_seq = self._seq
        self._cut_at = now
        if retry_after is not None and retry_after > 0 and self.cuts_in_a_row >= 2:
            self.paused_until = max(self.paused_until, now + min(float(retry_after), MAX_PAUSE))
        if not self.adaptive:
            return
        # What is in flight now (this request included) bounds what Twilio accepted: in slow
        # start the limit may have run far ahead of it. A cut that did not help cuts harder.
        level = min(self.limit, float(self.in_flight))
        beta = self.beta ** min(2 ** (self.cuts_in_a_row - 1), 16)
        reduced = max(float(self.minimum), level * beta)
        found = max(float(self.minimum), level - 1.0)  # the refused one was one too many
        same = self.found is not None and abs(found - self.found) <= max(1.0, 0.02 * found)
        self.confirmations = self.confirmations + 1 if same else 0
        self.found = found
        self.limit = reduced
        self.ssthresh = reduced
        self.decreases += 1


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
