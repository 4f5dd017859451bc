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
from collections.abc import Callable
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


def simulate(
    limit: int | Callable[[float], int],
    round_trips: int,
    *,
    initial: int = 8,
    beta: float = 0.95,
    retry_after: float | None = None,
    adaptive: bool = True,
) -> Simulation:
    """Drive ``AIMD`` against an account allowing ``limit`` requests in flight.

    Time is in round trips: an admitted request is answered one round trip after it
    started, a refused one almost at once (429, with ``retry_after`` round trips as
    its ``Retry-After`` when given). ``limit`` may be a function of time (the
    account's limit changing mid-run). The backlog never runs dry.
    """
    limit_at = limit if callable(limit) else (lambda _t, n=limit: n)
    clock = FakeClock()
    clock.now = 0.0
    aimd = AIMD(initial, adaptive=adaptive, maximum=100_000, beta=beta, clock=clock)
    queue: list[tuple[float, int, Ticket | None, bool]] = []
    order = itertools.count()
    admitted = 0
    done_late = 0
    limit_late = 0.0
    rejects_late = 0
    sim = Simulation(0.0, 0, aimd=aimd)
    half = round_trips / 2
    wake_at = -1.0

    def fill(now: float) -> None:
        nonlocal admitted, wake_at
        pause = aimd.pause_remaining()
        if pause > 0:
            if wake_at <= now:
                wake_at = now + pause
                heapq.heappush(queue, (wake_at, next(order), None, False))
            return
        while aimd.has_room():
            ticket = aimd.start()
            if admitted < limit_at(now):
                admitted += 1
                heapq.heappush(queue, (now + 1.0, next(order), ticket, True))
            else:
                heapq.heappush(queue, (now + 0.01, next(order), ticket, False))

    fill(0.0)
    while queue and queue[0][0] <= round_trips:
        clock.now, _, ticket, ok = heapq.heappop(queue)
        if ticket is None:
            pass  # the end of a pause
        elif ok:
            admitted -= 1
            aimd.on_success(ticket)
            aimd.release()
            if clock.now > half:
                done_late += 1
                limit_late += limit_at(clock.now - 1.0)
        else:
            aimd.on_rate_limited(ticket, retry_after)
            aimd.release()
            rejects_late += clock.now > half
        sim.capacities[int(clock.now)] = aimd.capacity
        sim.trace.append((clock.now, aimd.capacity))
        sim.max_capacity = max(sim.max_capacity, aimd.capacity)
        fill(clock.now)
    # admitted per round trip in the second half, over the limit of the time
    mean_limit = limit_late / done_late if done_late else float(limit_at(round_trips))
    sim.goodput = done_late / half / mean_limit
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


def test_one_retry_after_is_for_the_refused_request_not_a_pause() -> None:
    clock = FakeClock()
    for adaptive in (True, False):
        aimd = AIMD(20, adaptive=adaptive, maximum=20, clock=clock)
        tickets = [aimd.start() for _ in range(20)]
        aimd.on_rate_limited(tickets[-1], retry_after=3.0)
        aimd.release()
        assert aimd.pause_remaining() == 0.0
        assert aimd.has_room() or adaptive  # a fixed limit keeps its room; auto cut by one


def test_fixed_limit_never_moves_and_pauses_when_refusals_continue() -> None:
    clock = FakeClock()
    aimd = AIMD(20, adaptive=False, maximum=20, clock=clock)
    tickets = [aimd.start() for _ in range(20)]
    aimd.on_rate_limited(tickets[0], retry_after=3.0)
    aimd.release()
    aimd.on_success(tickets[1])  # sent before the refusal: says nothing about now
    later = aimd.start()  # sent after the refusal, refused too: Twilio means it
    aimd.on_rate_limited(later, retry_after=3.0)
    assert aimd.capacity == 20
    assert aimd.pause_remaining() == pytest.approx(3.0)


def test_refusals_after_a_cut_pause_and_cut_harder_until_one_gets_through() -> None:
    clock = FakeClock()
    aimd = AIMD(100, adaptive=True, maximum=1000, clock=clock)
    aimd.ssthresh = 100
    tickets = [aimd.start() for _ in range(100)]
    aimd.on_rate_limited(tickets[-1], retry_after=2.5)
    aimd.release()
    assert aimd.pause_remaining() == 0.0  # the first cut is the normal sawtooth
    first_cut = aimd.limit
    newer = aimd.start()  # sent under the new limit, refused again
    aimd.on_rate_limited(newer, retry_after=2.5)
    aimd.release()
    assert aimd.pause_remaining() == pytest.approx(2.5)
    assert aimd.limit < first_cut * aimd.beta  # beta squared: the cut did not help
    clock.now += 1.0
    assert aimd.pause_remaining() == pytest.approx(1.5)
    clock.now += 2.0
    assert aimd.pause_remaining() == 0.0
    ok = aimd.start()
    aimd.on_success(ok)  # one sent after the cuts got through: back to normal
    assert aimd.cuts_in_a_row == 0
    hostile = [aimd.start(), aimd.start()]
    aimd.on_rate_limited(hostile[0], retry_after=1e9)
    aimd.on_rate_limited(aimd.start(), retry_after=1e9)  # hostile header
    assert aimd.pause_remaining() == pytest.approx(MAX_PAUSE)


@pytest.mark.parametrize("limit", [10, 25, 100, 1000])
@pytest.mark.parametrize("retry_after", [None, 10.0])
def test_aimd_converges_with_or_without_retry_after(limit: int, retry_after: float | None) -> None:
    # Retry-After 1 s at a 100 ms round trip is 10 round trips.
    sim = simulate(limit, 400, retry_after=retry_after)
    assert sim.goodput >= 0.93
    late = [cap for rt, cap in sim.capacities.items() if rt >= 200]
    assert max(late) <= limit + 2


def test_probing_slows_once_the_limit_is_found() -> None:
    sim = simulate(100, 400, retry_after=10.0)
    # a sawtooth of a few round trips would refuse ~1 request per round trip; slow
    # probing near the limit that was found refuses far fewer
    assert sim.rejects_second_half <= 200 / 4


@pytest.mark.parametrize("retry_after", [None, 10.0])
def test_aimd_follows_the_account_limit_down_and_up(retry_after: float | None) -> None:
    def schedule(t: float) -> int:
        return 100 if t < 150 else 40 if t < 300 else 250

    sim = simulate(schedule, 600, retry_after=retry_after)
    caps = sim.capacities
    assert all(caps[rt] <= 42 for rt in range(170, 300) if rt in caps)  # down within 20 RTs
    late = [caps[rt] for rt in range(450, 600) if rt in caps]
    assert min(late) >= 0.85 * 250  # up again within 150 round trips
    assert max(late) <= 252
    # a fixed limit does not follow, but never stalls on a pause either
    fixed = simulate(40, 200, initial=40, adaptive=False, retry_after=retry_after)
    assert fixed.goodput >= 0.99


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
    limiter.rate_limited(ticket, retry_after=0.05)  # the refused request's own wait
    assert limiter.aimd.paused_until == 0.0
    ticket = await limiter.acquire()
    limiter.rate_limited(ticket, retry_after=0.05)  # refused again after the cut: a pause
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


def test_the_limit_holds_while_round_trips_grow_without_refusals() -> None:
    """A client that cannot keep up queues its own requests: growing the limit then only
    makes them wait longer (no 429 ever comes to stop it)."""
    clock = FakeClock()
    aimd = AIMD(50, adaptive=True, maximum=1000, clock=clock)
    aimd.ssthresh = 50

    def round_trip(seconds: float) -> None:
        tickets = [aimd.start() for _ in range(aimd.capacity)]  # all in use: saturated
        clock.now += seconds
        for ticket in tickets:
            aimd.on_success(ticket)
            aimd.release()

    for _ in range(3):  # answered in 100 ms: about one more per round trip
        round_trip(0.1)
    grown = aimd.limit
    assert grown > 50
    for _ in range(50):  # now each takes 400 ms, with nothing refused
        round_trip(0.4)
    assert aimd.srtt > 2 * aimd.min_rtt
    assert aimd.limit == grown  # held once the smoothed round trip passed 2x
