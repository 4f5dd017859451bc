"""The concurrency limit (AIMD), Retry-After pauses, the token bucket, and the async gate.

AIMD is exercised against a simulated account: a discrete-event model where an
admitted request takes one round trip and one beyond the account's limit is
refused with 429 almost at once. Clocks are fake; nothing here sleeps for real
except the small async gate tests.
"""

from __future__ import annotations

import heapq
import itertools
import time
from dataclasses import dataclass, field

import anyio
import pytest

from twilio_async.batch import AIMD, Limiter, TokenBucket
from twilio_async.batch._limiter import MAX_PAUSE, Ticket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Simulation:
    """What a simulated run did."""

    goodput: float  # admitted requests per round trip in the second half, / account limit
    rejects_second_half: int
    capacities: dict[int, int] = field(default_factory=dict)  # capacity at each whole round trip
    max_capacity: int = 0
    trace: list[tuple[float, int]] = field(default_factory=list)  # (time, capacity) per event
    aimd: AIMD | None = None


def simulate(limit: int, round_trips: int, *, initial: int = 8, beta: float = 0.95) -> Simulation:
    """Drive ``AIMD`` against an account allowing ``limit`` requests in flight."""
    clock = FakeClock()
    clock.now = 0.0
    aimd = AIMD(initial, adaptive=True, maximum=100_000, beta=beta, clock=clock)
    queue: list[tuple[float, int, Ticket, bool]] = []
    order = itertools.count()
    admitted = 0
    done_late = 0
    rejects_late = 0
    sim = Simulation(0.0, 0, aimd=aimd)
    half = round_trips / 2

    def fill(now: float) -> None:
        nonlocal admitted
        while aimd.has_room():
            ticket = aimd.start()
            if admitted < limit:
                admitted += 1
                heapq.heappush(queue, (now + 1.0, next(order), ticket, True))
            else:
                heapq.heappush(queue, (now + 0.01, next(order), ticket, False))

    fill(0.0)
    while queue and queue[0][0] <= round_trips:
        clock.now, _, ticket, ok = heapq.heappop(queue)
        if ok:
            admitted -= 1
            aimd.on_success(ticket)
            aimd.release()
            done_late += clock.now > half
        else:
            aimd.on_rate_limited(ticket)
            aimd.release()
            rejects_late += clock.now > half
        sim.capacities[int(clock.now)] = aimd.capacity
        sim.trace.append((clock.now, aimd.capacity))
        sim.max_capacity = max(sim.max_capacity, aimd.capacity)
        fill(clock.now)
    sim.goodput = done_late / half / limit
    sim.rejects_second_half = rejects_late
    return sim


@pytest.mark.parametrize("limit", [10, 100, 400])
def test_aimd_finds_and_stays_near_the_account_limit(limit: int) -> None:
    sim = simulate(limit, 200)
    assert sim.goodput >= 0.9
    late = [cap for rt, cap in sim.capacities.items() if rt >= 100]
    assert min(late) >= int(limit * 0.85)
    assert max(late) <= limit + 2
    # a few refusals per sawtooth, not a storm: at most one per round trip on average
    assert sim.rejects_second_half <= 100


def test_slow_start_overshoot_is_undone_within_a_round_trip() -> None:
    sim = simulate(100, 40)
    over = next(t for t, cap in sim.trace if cap > 100)  # slow start did overshoot
    assert all(cap <= 100 for t, cap in sim.trace if over + 1.0 <= t < over + 5.0)


def test_one_cut_per_round_trip() -> None:
    clock = FakeClock()
    aimd = AIMD(100, adaptive=True, maximum=1000, clock=clock)
    aimd.ssthresh = 100
    tickets = [aimd.start() for _ in range(100)]
    for ticket in tickets[-3:]:  # three refusals for requests sent under the same limit
        aimd.on_rate_limited(ticket)
        aimd.release()
    assert aimd.decreases == 1
    assert 90 <= aimd.capacity <= 95  # 0.95 x, not 0.95 ** 3 x
    newer = aimd.start()  # sent under the new limit: its refusal cuts again
    aimd.on_rate_limited(newer)
    assert aimd.decreases == 2


def test_additive_increase_needs_the_limit_to_be_in_use() -> None:
    aimd = AIMD(50, adaptive=True, maximum=1000)
    aimd.ssthresh = 50  # past slow start
    lonely = aimd.start()  # 1 of 50 in flight: the limit is not what holds us back
    aimd.on_success(lonely)
    aimd.release()
    assert aimd.limit == 50
    busy = [aimd.start() for _ in range(50)]
    for _ in range(100):  # two round trips, each finished request replaced at once
        ticket = busy.pop(0)
        aimd.on_success(ticket)
        aimd.release()
        busy.append(aimd.start())
    assert 50.5 < aimd.limit < 52.5  # about +1 per round trip once the limit was in use


def test_fixed_limit_never_moves_but_honours_retry_after() -> None:
    clock = FakeClock()
    aimd = AIMD(20, adaptive=False, maximum=20, clock=clock)
    tickets = [aimd.start() for _ in range(20)]
    aimd.on_rate_limited(tickets[0], retry_after=3.0)
    aimd.on_success(tickets[1])
    assert aimd.capacity == 20
    assert aimd.pause_remaining() == pytest.approx(3.0)


def test_retry_after_pauses_and_is_capped() -> None:
    clock = FakeClock()
    aimd = AIMD(10, adaptive=True, clock=clock)
    aimd.on_rate_limited(aimd.start(), retry_after=2.5)
    assert aimd.pause_remaining() == pytest.approx(2.5)
    clock.now += 1.0
    assert aimd.pause_remaining() == pytest.approx(1.5)
    clock.now += 2.0
    assert aimd.pause_remaining() == 0.0
    aimd.on_rate_limited(aimd.start(), retry_after=1e9)  # hostile header
    assert aimd.pause_remaining() == pytest.approx(MAX_PAUSE)


def test_token_bucket_rate_over_time() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10, clock=clock)  # burst defaults to 1 at this rate
    taken = 0
    for _ in range(10_000):  # 10 simulated seconds in 1 ms steps
        if bucket.delay() == 0:
            bucket.take()
            taken += 1
        clock.now += 0.001
    assert 99 <= taken <= 101


def test_token_bucket_burst_then_spacing() -> None:
    clock = FakeClock()
    bucket = TokenBucket(100, burst=5, clock=clock)
    for _ in range(5):
        assert bucket.delay() == 0
        bucket.take()
    assert bucket.delay() == pytest.approx(0.01)
    clock.now += 0.005
    assert bucket.delay() == pytest.approx(0.005)
    clock.now += 10  # refills up to the burst, no further
    for _ in range(5):
        bucket.take()
    assert bucket.delay() > 0


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        TokenBucket(0)
    with pytest.raises(ValueError):
        TokenBucket(5, burst=0.5)
    with pytest.raises(ValueError):
        AIMD(1, adaptive=True, beta=1.5)
    with pytest.raises(ValueError):
        AIMD(1, adaptive=True, minimum=5, maximum=2)


async def test_gate_is_first_come_first_served_with_priority_for_retries() -> None:
    limiter = Limiter(AIMD(1, adaptive=False, maximum=1))
    first = await limiter.acquire()
    order: list[str] = []

    async def take(name: str, priority: bool = False) -> None:
        ticket = await limiter.acquire(priority=priority)
        order.append(name)
        limiter.succeeded(ticket)

    async with anyio.create_task_group() as tg:
        tg.start_soon(take, "a")
        await anyio.sleep(0.01)
        tg.start_soon(take, "b")
        await anyio.sleep(0.01)
        tg.start_soon(take, "retry", True)
        await anyio.sleep(0.01)
        assert order == []  # all wait for the one slot
        limiter.succeeded(first)
    assert order == ["retry", "a", "b"]
    assert limiter.in_flight == 0


async def test_a_cancelled_waiter_does_not_block_the_queue() -> None:
    limiter = Limiter(AIMD(1, adaptive=False, maximum=1))
    held = await limiter.acquire()
    got: list[str] = []

    async def take(name: str) -> None:
        ticket = await limiter.acquire()
        got.append(name)
        limiter.failed(ticket)

    async with anyio.create_task_group() as inner:
        inner.start_soon(take, "cancelled")  # first in the queue, at its head
        await anyio.sleep(0.01)
        inner.cancel_scope.cancel()
    async with anyio.create_task_group() as tg:
        tg.start_soon(take, "later")
        await anyio.sleep(0.01)
        limiter.failed(held)
    assert got == ["later"]
    assert limiter.in_flight == 0


async def test_gate_waits_out_a_retry_after_pause() -> None:
    limiter = Limiter(AIMD(5, adaptive=True, maximum=5))
    ticket = await limiter.acquire()
    limiter.rate_limited(ticket, retry_after=0.05)
    resume_at = limiter.aimd.paused_until
    again = await limiter.acquire()
    assert time.monotonic() >= resume_at
    limiter.succeeded(again)


async def test_gate_spaces_starts_by_the_token_bucket() -> None:
    bucket = TokenBucket(200, burst=1)
    limiter = Limiter(AIMD(50, adaptive=False, maximum=50), bucket)
    stamps = []
    for _ in range(5):
        ticket = await limiter.acquire()
        stamps.append(time.monotonic())
        limiter.succeeded(ticket)
    # 5 starts at 200/s with no burst need at least 4 token intervals between first and last
    assert stamps[-1] - stamps[0] >= 4 / 200 * 0.95
