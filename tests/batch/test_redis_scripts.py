"""The shared budget's Lua scripts on a real redis-server, driven with an explicit clock.

Every call passes ``now_us`` (the scripts' test mode), so leases, cooldowns and GCRA
tokens are checked at exact instants: no wall clock is asserted anywhere here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Literal

import pytest
import redis.asyncio as aioredis

from tests.support.redis_budget import connect, fresh_account, scripts, us
from twilio_async.batch._redis_scripts import Attempt, Keys, Scripts

T0 = us(1_000_000)


@pytest.fixture
async def rclient(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    async with connect(redis_url) as client:
        yield client


async def take(s: Scripts, owner: str, n: int, *, now: int = T0, **kw: object) -> list[Attempt]:
    """``n`` single grants for ``owner`` (fails the test on a refusal)."""
    grants = []
    for i in range(n):
        result = await s.acquire([f"{owner}/{i}"], owner, now_us=now, **kw)  # type: ignore[arg-type]
        assert result.granted == 1, result
        grants.append(result)
    return grants


async def one(s: Scripts, member: str, owner: str, now: int, **kw: object) -> Attempt:
    """One member's try."""
    return await s.acquire([member], owner, now_us=now, **kw)  # type: ignore[arg-type]


def granted(attempt: Attempt) -> bool:
    return attempt.granted == 1


def refused(attempt: Attempt, reason: str) -> bool:
    return attempt.granted == 0 and attempt.reason == reason


async def test_fixed_limit_refuses_when_full_and_frees_on_release(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=3, minimum=3, maximum=3)
    grants = await take(s, "w", 3)
    assert [g.in_flight for g in grants] == [1, 2, 3]
    assert all(g.capacity == 3 for g in grants)
    assert [g.saturated for g in grants] == [(False,), (False,), (True,)]
    full = await one(s, "w/9", "w", T0)
    assert refused(full, "full")
    assert full.wait_us == us(10)  # the first lease runs out one TTL from now
    released = await s.release("w/0", "rate_limited", saturated=False, now_us=T0)
    assert released.removed and released.limit == 3 and not released.cut  # fixed: no cut
    assert granted(await one(s, "w/9", "w", T0))


async def test_a_batch_is_granted_up_to_the_limit(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=10, minimum=10, maximum=10)
    attempt = await s.acquire([f"w/{i}" for i in range(14)], "w", now_us=T0)
    assert attempt.granted == 10 and attempt.reason == "full" and attempt.in_flight == 10
    assert attempt.saturated == (False,) * 8 + (True, True)
    again = await s.acquire(["w/20", "w/21"], "w", now_us=T0)
    assert again.granted == 0 and again.reason == "full"


async def test_leases_run_out_and_owner_counts_follow(rclient: aioredis.Redis) -> None:
    account = fresh_account()
    s = scripts(rclient, account, fixed=True, initial=2, minimum=2, maximum=2)
    await take(s, "crashed", 2)
    assert await rclient.hget(Keys.for_account(account).owners, "crashed") == b"2"
    just_before = T0 + us(10) - 1
    assert refused(await one(s, "x/1", "x", just_before), "full")
    after = T0 + us(10)
    assert granted(await one(s, "x/1", "x", after))
    assert await rclient.hget(Keys.for_account(account).owners, "crashed") is None
    assert await rclient.zcard(Keys.for_account(account).slots) == 1


async def test_slow_start_grows_by_one_per_saturated_success(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), initial=4)
    grants = await take(s, "w", 4)
    assert grants[-1].saturated == (True,) and grants[0].saturated == (False,)
    r = await s.release("w/0", "ok", saturated=False, now_us=T0)
    assert r.limit == 4  # not saturated: says nothing about the limit
    r = await s.release("w/1", "ok", saturated=True, now_us=T0)
    assert r.limit == 5
    r = await s.release("w/2", "failed", saturated=True, now_us=T0)
    assert r.limit == 5  # failed: unchanged
    r = await s.release("w/3", "ok", saturated=True, now_us=T0)
    assert r.limit == 6
    assert not r.cut


async def test_additive_increase_after_the_first_cut(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), initial=10, beta=0.5)
    await take(s, "w", 10)
    cut = await s.release("w/0", "rate_limited", saturated=True, now_us=T0)
    # min(limit 10, in flight 10) * 0.5
    assert cut.cut and cut.limit == 5
    r = await s.release("w/1", "ok", saturated=True, now_us=T0 + us(1))
    assert r.limit == pytest.approx(5 + 1 / 5)
    r = await s.release("w/2", "ok", saturated=True, now_us=T0 + us(1))
    assert r.limit == pytest.approx(5 + 1 / 5 + 1 / (5 + 1 / 5))


async def test_cut_follows_what_was_in_flight_not_a_runaway_limit(
    rclient: aioredis.Redis,
) -> None:
    s = scripts(rclient, fresh_account(), initial=40, beta=0.5)
    await take(s, "w", 6)  # the limit is 40 but only 6 were in flight when Twilio refused
    cut = await s.release("w/0", "rate_limited", saturated=False, now_us=T0)
    assert cut.limit == 3


async def test_fifty_workers_429_at_once_cut_once_per_cooldown(rclient: aioredis.Redis) -> None:
    account = fresh_account()
    s = scripts(rclient, account, initial=60, beta=0.5, cooldown_us=us(0.25))
    await take(s, "w", 60)
    results = [
        await s.release(f"w/{i}", "rate_limited", saturated=True, now_us=T0) for i in range(50)
    ]
    assert sum(r.cut for r in results) == 1
    assert results[-1].limit == 30
    state = await rclient.hgetall(Keys.for_account(account).state)
    assert int(state[b"cuts"]) == 1
    await take(s, "v", 1)
    inside = await s.release("v/0", "rate_limited", saturated=True, now_us=T0 + us(0.25) - 1)
    assert not inside.cut and inside.limit == 30
    await take(s, "u", 1)
    after = await s.release("u/0", "rate_limited", saturated=True, now_us=T0 + us(0.25))
    # 10 leases were still in flight (60 - 50 released): min(30, 11) * 0.5
    assert after.cut and after.limit == pytest.approx(5.5)


async def test_one_call_gives_slots_back_then_grants_them(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), initial=10, beta=0.5)
    await take(s, "w", 10)
    releases: list[tuple[str, Literal["ok", "rate_limited", "failed"], bool]] = [
        (f"w/{i}", "rate_limited", True) for i in range(6)
    ]
    released, attempt = await s.sync(releases, ["v/0", "v/1", "v/2"], "v", now_us=T0)
    # Six 429s in one call: one cut (min(10, 10 in flight) * 0.5), and the two slots the
    # new limit of 5 leaves (4 still held) go to the waiters in the same round trip.
    assert released.removed == 6 and released.cuts == 1 and released.limit == 5
    assert attempt.granted == 1 and attempt.reason == "full" and attempt.in_flight == 5


async def test_limit_stays_within_its_bounds(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), initial=3, minimum=2, maximum=4, beta=0.5)
    await take(s, "w", 3)
    for i in range(3):
        r = await s.release(f"w/{i}", "ok", saturated=True, now_us=T0)
    assert r.limit == 4  # capped at maximum
    await take(s, "v", 1)
    r = await s.release("v/0", "rate_limited", saturated=True, now_us=T0)
    assert r.limit == 2  # min(4, 1 in flight) * 0.5 = 0.5, floored at minimum 2


async def test_gcra_caps_a_senders_rate(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=1000, minimum=1000, maximum=1000)
    kw = {"sender": "+15005550006", "rate": 10.0, "burst": 2.0}
    n = iter(range(10**6))

    async def attempt(now: int, sender: str = "+15005550006") -> Attempt:
        return await one(s, f"w/{next(n)}", "w", now, **{**kw, "sender": sender})

    assert granted(await attempt(T0))
    assert granted(await attempt(T0))  # the burst of 2
    third = await attempt(T0)
    assert refused(third, "rate")
    assert third.wait_us == us(0.1)
    assert granted(await attempt(T0, "MG" + "0" * 32))  # another sender: its own cap
    assert refused(await attempt(T0 + us(0.1) - 1), "rate")
    assert granted(await attempt(T0 + us(0.1)))
    # A batch for one sender takes what its tokens allow, in one call.
    batch = await s.acquire(["b/1", "b/2", "b/3"], "w", now_us=T0 + us(5), **kw)  # type: ignore[arg-type]
    assert batch.granted == 2 and batch.reason == "rate" and batch.wait_us == us(0.1)

    # Over one simulated second, tried every millisecond: the burst refills at 10 per second.
    start = T0 + us(10)
    count = 0
    for ms in range(1000):
        count += granted(await attempt(start + ms * 1000))
    assert count == 2 + 9  # the burst, then one per 100 ms (at 100, 200, ... 900 ms)


async def test_no_token_is_spent_when_there_is_no_slot(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=1, minimum=1, maximum=1)
    kw: dict[str, object] = {"sender": "+15005550006", "rate": 1.0, "burst": 1.0}
    assert granted(await one(s, "w/0", "w", T0, **kw))
    assert refused(await one(s, "w/1", "w", T0 + us(5), **kw), "full")
    await s.release("w/0", "ok", saturated=True, now_us=T0 + us(5))
    # The refused try took no token: the next one is due 1 s after the first, and it is.
    assert granted(await one(s, "w/1", "w", T0 + us(5), **kw))


async def test_a_waiting_worker_gets_its_share(rclient: aioredis.Redis) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=4, minimum=4, maximum=4)
    await take(s, "a", 4, more=True)
    assert refused(await one(s, "b/0", "b", T0), "full")  # b now counts as waiting
    await s.release("a/0", "ok", saturated=True, now_us=T0)
    # a holds 3, b (waiting) 0: a yields the free slot, and b gets it
    assert refused(await one(s, "a/4", "a", T0 + 1, more=True), "share")
    assert granted(await one(s, "b/0", "b", T0 + 2, more=True))
    await s.release("a/1", "ok", saturated=True, now_us=T0 + 3)
    # a holds 2, b 1: within one slot of each other, nobody yields
    assert granted(await one(s, "a/5", "a", T0 + 4, more=True))
    assert refused(await one(s, "b/1", "b", T0 + 5, more=True), "full")
    # Once b stops waiting (its window passes), a takes the slots b frees.
    await s.release("b/0", "ok", saturated=True, now_us=T0 + 6)
    await s.release("a/2", "ok", saturated=True, now_us=T0 + 6)
    later = T0 + us(1)
    assert (await s.acquire(["a/7", "a/8"], "a", now_us=later)).granted == 2


async def test_yielding_tolerates_small_differences_on_a_large_limit(
    rclient: aioredis.Redis,
) -> None:
    s = scripts(rclient, fresh_account(), fixed=True, initial=40, minimum=40, maximum=40)
    # Two waiting workers, 40 slots: a margin of 40 / (4 * 2) = 5 slots.
    await s.acquire([f"a/{i}" for i in range(25)], "a", more=True, now_us=T0)
    assert (await s.acquire([f"b/{i}" for i in range(20)], "b", more=True, now_us=T0)).granted == 15
    await s.release("a/0", "ok", saturated=True, now_us=T0)  # a 24, b 15: 15 + 5 < 24
    assert refused(await one(s, "a/x", "a", T0, more=True), "share")
    for i in range(1, 5):
        await s.release(f"a/{i}", "ok", saturated=True, now_us=T0)  # a 20, b 15: not < 20
    attempt = await s.acquire(["a/y", "a/z"], "a", more=True, now_us=T0)
    assert attempt.granted == 1 and attempt.reason == "share"  # a 21: 15 + 5 < 21, yields


async def test_renew_extends_leases_and_re_adds_them_after_a_restart(
    rclient: aioredis.Redis,
) -> None:
    account = fresh_account()
    keys = Keys.for_account(account)
    s = scripts(rclient, account, fixed=True, initial=1, minimum=1, maximum=1)
    await take(s, "w", 1)
    assert await s.renew("w", ["w/0", "w/gone"], now_us=T0 + us(5)) == (1, False)
    # Renewed at +5 s for a 10 s TTL: still held at +12 s, gone at +15 s.
    assert refused(await one(s, "x/0", "x", T0 + us(12)), "full")
    assert granted(await one(s, "x/0", "x", T0 + us(15)))
    await s.release("x/0", "ok", saturated=True, now_us=T0 + us(15))

    await take(s, "w", 1, now=T0 + us(20))
    await rclient.delete(keys.slots, keys.state, keys.owners, keys.waiting)  # a flushed Redis
    assert await s.renew("w", ["w/0"], now_us=T0 + us(21)) == (1, True)
    assert await rclient.zscore(keys.slots, "w/0") == T0 + us(31)
    assert await rclient.hget(keys.owners, "w") == b"1"
    assert await s.renew("w", ["w/0"], now_us=T0 + us(22)) == (1, False)
    await s.release_many(["w/0"], now_us=T0 + us(22))  # lost (a restart, then an acquire)
    assert await s.renew("w", ["w/0"], now_us=T0 + us(22)) == (0, False)
    assert await s.renew("w", ["w/0"], readd=True, now_us=T0 + us(22)) == (1, True)
    assert await s.release_many(["w/0", "w/1"], now_us=T0 + us(22)) == 1
    assert await rclient.hget(keys.owners, "w") is None
