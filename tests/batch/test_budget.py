"""``LocalBudget``: the in-process ``Budget`` over the limiter (the seam a shared budget fills)."""

from __future__ import annotations

import anyio

from twilio_async.batch._budget import Budget, LocalBudget
from twilio_async.batch._limiter import Ticket


async def test_slots_are_counted_and_bounded_by_a_fixed_limit() -> None:
    budget: Budget[Ticket] = LocalBudget.create(initial=2, adaptive=False, maximum=2)
    a = await budget.acquire(sender="+15017122661")
    b = await budget.acquire()
    assert (budget.limit, budget.in_flight, budget.peak_in_flight) == (2, 2, 2)
    got: list[Ticket] = []

    async def third() -> None:
        got.append(await budget.acquire())

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            tg.start_soon(third)
            await anyio.wait_all_tasks_blocked()
            assert got == []  # no room until a slot comes back
            await budget.release(a, "ok")
    assert len(got) == 1 and budget.in_flight == 2
    await budget.release(b, "failed")
    await budget.release(got[0], "ok")
    assert (budget.limit, budget.in_flight) == (2, 0)  # a fixed limit never moves
    await budget.aclose()


async def test_outcomes_move_an_adaptive_limit() -> None:
    budget = LocalBudget.create(initial=4, adaptive=True, maximum=100)
    slots = [await budget.acquire() for _ in range(4)]
    await budget.release(slots[3], "ok")  # answered while the limit was all in use: grow
    assert budget.limit == 5
    await budget.release(slots[0], "failed")  # no answer: the limit is left alone
    assert budget.limit == 5
    await budget.release(slots[1], "rate_limited", retry_after=None)  # 429: cut
    assert budget.limit < 5
    assert budget.limiter.aimd.decreases == 1
    await budget.release(slots[2], "ok")
    assert budget.in_flight == 0


async def test_a_token_bucket_comes_with_a_rate() -> None:
    assert LocalBudget.create(initial=1, adaptive=False, maximum=1).limiter.bucket is None
    capped = LocalBudget.create(initial=1, adaptive=False, maximum=1, rate=30.0, burst=3)
    bucket = capped.limiter.bucket
    assert bucket is not None and (bucket.rate, bucket.burst) == (30.0, 3.0)
    assert "limit=1" in repr(capped)
