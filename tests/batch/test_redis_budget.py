"""``RedisBudget`` end to end on a real redis-server: several budgets (separate
connections, as separate workers would have) share one account's slots and limit.

Where a time matters (lease expiry, cooldowns) the budgets get a fake clock that the
scripts use instead of Redis TIME; the real-time tests only assert lower bounds or order.
"""

from __future__ import annotations

import asyncio
import logging
import random
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Literal, Protocol

import anyio
import pytest
import trustme

from tests.support.redis import RedisServer, free_port, started
from tests.support.redis_budget import FakeClock, connect, fresh_account
from twilio_async import TwilioError, batch
from twilio_async._errors import TwilioClientClosedError, TwilioConfigError, TwilioValidationError
from twilio_async.batch._redis_budget import BudgetUnavailableError, RedisBudget, Slot
from twilio_async.batch._redis_scripts import Keys

ROOT = Path(__file__).resolve().parents[2]
#: Hang guard of every test that waits for something to happen.
GUARD = 30.0


class Budget(Protocol):
    """The contract every budget implements (a copy of ``_budget.py``'s, where the sender
    gets it; that one is generic in the slot type)."""

    async def acquire(self, *, sender: str | None = None, priority: bool = False) -> Slot: ...

    async def release(
        self,
        slot: Slot,
        outcome: Literal["ok", "rate_limited", "failed"],
        retry_after: float | None = None,
    ) -> None: ...

    @property
    def limit(self) -> int: ...

    @property
    def in_flight(self) -> int: ...

    @property
    def peak_in_flight(self) -> int: ...

    def stop_probing(self) -> None: ...

    async def aclose(self) -> None: ...


def _implements(budget: Budget) -> Budget:
    return budget


@pytest.fixture
async def budgets(redis_url: str) -> AsyncIterator[Callable[..., RedisBudget]]:
    """``make(**options)``: a new budget (own connections) on the session server, closed
    at the end; every budget of one test shares one fresh account unless told otherwise."""
    account = fresh_account()
    async with AsyncExitStack() as stack:

        def make(url: str = redis_url, **options: Any) -> RedisBudget:
            options.setdefault("account", account)
            budget = RedisBudget.from_url(url, **options)
            stack.push_async_callback(budget.aclose)
            return budget

        yield make


async def eventually(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """Poll ``check`` until it is true (the hang guard fails the test otherwise)."""
    with anyio.fail_after(GUARD):
        while not await check():
            await asyncio.sleep(0.01)


async def zcard(url: str, account: str) -> int:
    async with connect(url) as client:
        return int(await client.zcard(Keys.for_account(account).slots))


def test_redis_budget_implements_the_budget_protocol() -> None:
    budget = RedisBudget.from_url("redis://127.0.0.1:1/0", account=fresh_account())
    assert _implements(budget) is budget
    assert budget.limit == 8 and budget.in_flight == 0
    assert batch.RedisBudget is RedisBudget and batch.BudgetUnavailableError is not None


async def test_200_acquirers_on_4_workers_never_exceed_the_limit(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    workers = [budgets(concurrency=10) for _ in range(4)]
    account = workers[0].config.account
    in_flight = peak = done = 0
    over: list[int] = []

    async def one(budget: RedisBudget) -> None:
        nonlocal in_flight, peak, done
        slot = await budget.acquire()
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(random.uniform(0, 0.003))
        in_flight -= 1
        await budget.release(slot, "ok")
        done += 1

    async def watch() -> None:
        async with connect(redis_url) as client:
            while True:
                n = await client.zcard(Keys.for_account(account).slots)
                if n > 10:
                    over.append(n)
                await asyncio.sleep(0.001)

    watcher = asyncio.create_task(watch())
    with anyio.fail_after(GUARD):
        await asyncio.gather(*(one(workers[i % 4]) for i in range(200)))
    watcher.cancel()
    assert done == 200
    assert peak == 10, "the 200 acquirers must have filled the limit (and never passed it)"
    assert not over, f"Redis held more leases than the limit: {over[:5]}"
    assert await zcard(redis_url, account) == 0
    assert all(w.in_flight == 0 for w in workers)


async def test_in_flight_at_the_server_stays_within_the_granted_limits(
    budgets: Callable[..., RedisBudget],
) -> None:
    """Auto mode against a simulated account limit of 12: whatever the limit does, the
    server never sees more requests at once than the highest limit a slot was granted at."""
    workers = [budgets(initial=4, beta=0.9, cooldown=0.0) for _ in range(4)]
    account_limit = 12
    at_server = peak = refused = 0
    granted_limits: list[int] = []

    async def request(budget: RedisBudget) -> None:
        nonlocal at_server, peak, refused
        slot = await budget.acquire()
        granted_limits.append(slot.limit)
        at_server += 1
        peak = max(peak, at_server)
        over = at_server > account_limit
        await asyncio.sleep(0.02)
        at_server -= 1
        refused += over
        await budget.release(slot, "rate_limited" if over else "ok")

    with anyio.fail_after(GUARD):
        await asyncio.gather(*(request(workers[i % 4]) for i in range(400)))
    assert max(granted_limits) > 4, "saturated successes grew the shared limit"
    assert peak <= max(granted_limits) <= 1000
    assert refused > 0, f"the limit grew past the account's and was cut: {peak}"


async def test_a_worker_that_starts_late_gets_its_share(
    budgets: Callable[..., RedisBudget],
) -> None:
    """Two campaigns on one account: the first holds every slot; once the second starts,
    the first yields freed slots until they hold about as many each."""
    first, late = budgets(concurrency=10), budgets(concurrency=10)
    starts = {"first": 0, "late": 0}
    held = {"first": 0, "late": 0}
    stop = asyncio.Event()

    async def loop(budget: RedisBudget, name: str) -> None:
        while not stop.is_set():
            slot = await budget.acquire()
            starts[name] += 1
            held[name] += 1
            await asyncio.sleep(0.01)
            held[name] -= 1
            await budget.release(slot, "ok")

    tasks = [asyncio.create_task(loop(first, "first")) for _ in range(20)]
    await eventually(lambda: _true(held["first"] == 10), "the first worker holds every slot")
    tasks += [asyncio.create_task(loop(late, "late")) for _ in range(20)]
    await eventually(lambda: _true(starts["late"] >= 50), "the late worker got going")
    before = dict(starts)
    await eventually(lambda: _true(sum(starts.values()) - sum(before.values()) >= 400), "400 more")
    stop.set()
    with anyio.fail_after(GUARD):
        await asyncio.gather(*tasks)
    late_share = (starts["late"] - before["late"]) / (sum(starts.values()) - sum(before.values()))
    assert late_share >= 0.3, f"the late worker got {late_share:.0%} of the starts"


async def _true(value: bool) -> bool:
    return value


async def test_a_crashed_workers_slots_come_back_after_their_ttl(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    clock = FakeClock()
    budget = budgets(concurrency=3, ttl=20.0, request_timeout=10.0, clock=clock)
    account = budget.config.account
    args = [redis_url, account, str(clock.now), "20", "3"]
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.batch.child_budget", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(child.stdout.readline), GUARD)
        assert line.strip() == b"held"
    finally:
        child.kill()  # SIGKILL: no release, no aclose
        child.wait(GUARD)
    assert await zcard(redis_url, account) == 3

    waiting = asyncio.create_task(budget.acquire())

    async def refused_once() -> bool:
        async with connect(redis_url) as client:
            return await client.zscore(Keys.for_account(account).waiting, budget.owner) is not None

    await eventually(refused_once, "the acquire was refused while the leases were alive")
    clock.advance(19.9)
    await asyncio.sleep(0.05)
    assert not waiting.done()
    clock.advance(0.2)  # the crashed worker's leases have run out (at +20 s)
    with anyio.fail_after(GUARD):
        slot = await waiting
    assert await zcard(redis_url, account) == 1
    await budget.release(slot, "ok")


async def test_fifty_workers_seeing_429_at_once_cut_the_limit_once(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    clock = FakeClock()
    workers = [budgets(initial=50, beta=0.9, cooldown=0.25, clock=clock) for _ in range(50)]
    account = workers[0].config.account
    with anyio.fail_after(GUARD):
        slots = await asyncio.gather(*(w.acquire() for w in workers))
        pairs = zip(workers, slots, strict=True)
        await asyncio.gather(*(w.release(s, "rate_limited", 1.0) for w, s in pairs))
    async with connect(redis_url) as client:
        state = await client.hgetall(Keys.for_account(account).state)
    assert int(state[b"cuts"]) == 1
    assert float(state[b"limit"]) == pytest.approx(45.0)  # min(50, 50 in flight) * 0.9
    assert {w.limit for w in workers} == {45}
    assert workers[0].last_retry_after == 1.0

    clock.advance(0.25)  # one cooldown later a 429 cuts again
    slot = await workers[0].acquire()
    await workers[0].release(slot, "rate_limited")
    assert workers[0].limit == 1  # min(45, 1 in flight) * 0.9, floored at min_concurrency


async def test_the_shared_limit_grows_while_saturated(budgets: Callable[..., RedisBudget]) -> None:
    a, b = budgets(initial=2), budgets(initial=2)
    first, second = await a.acquire(), await b.acquire()
    assert not first.saturated and second.saturated
    await a.release(first, "ok")  # not saturated: no growth
    assert a.limit == 2
    await b.release(second, "ok")  # saturated, slow start: +1
    assert b.limit == 3
    slots = [await a.acquire() for _ in range(3)]
    for slot in slots:
        await a.release(slot, "ok")
    assert a.limit == 4  # only the third (saturated) one grew it
    await a.release(slots[0], "ok")  # released twice: ignored
    assert a.limit == 4
    assert a.peak_in_flight == 3 and a.in_flight == 0
    a.stop_probing()  # input exhausted: saturated successes no longer grow it
    slots = [await a.acquire() for _ in range(4)]
    assert slots[-1].saturated
    for slot in slots:
        await a.release(slot, "ok")
    assert a.limit == 4


async def test_a_senders_rate_paces_its_starts(budgets: Callable[..., RedisBudget]) -> None:
    budget = budgets(concurrency=50, rate=20.0, burst=1)
    start = asyncio.get_running_loop().time()
    with anyio.fail_after(GUARD):
        for _ in range(6):
            await budget.release(await budget.acquire(sender="+15005550006"), "ok")
    # 6 starts at 20 per second: at least 5 intervals of 50 ms (Redis TIME) between them.
    assert asyncio.get_running_loop().time() - start >= 0.2


async def test_a_rate_blocked_sender_does_not_hold_up_others(
    budgets: Callable[..., RedisBudget],
) -> None:
    budget = budgets(concurrency=50, rate=0.2, burst=1)
    await budget.release(await budget.acquire(sender="+15005550006"), "ok")
    blocked = asyncio.create_task(budget.acquire(sender="+15005550006"))  # next token in 5 s
    await asyncio.sleep(0)
    with anyio.fail_after(GUARD):
        other = await budget.acquire(sender="+15005550007")
    assert not blocked.done()
    blocked.cancel()
    await budget.release(other, "ok")


async def test_priority_waiters_go_first_then_fifo(budgets: Callable[..., RedisBudget]) -> None:
    budget = budgets(concurrency=1)
    held = await budget.acquire()
    order: list[str] = []

    async def wait(name: str, priority: bool = False) -> None:
        slot = await budget.acquire(priority=priority)
        order.append(name)
        await budget.release(slot, "ok")

    tasks = [asyncio.create_task(wait("a")), asyncio.create_task(wait("b"))]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(wait("retry", priority=True)))
    await asyncio.sleep(0)
    await budget.release(held, "ok")
    with anyio.fail_after(GUARD):
        await asyncio.gather(*tasks)
    assert order == ["retry", "a", "b"]


async def test_a_cancelled_acquire_leaves_no_lease(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    budget = budgets(concurrency=1)
    held = await budget.acquire()
    waiter = asyncio.create_task(budget.acquire())
    await asyncio.sleep(0.02)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await budget.release(held, "ok")
    with anyio.fail_after(GUARD):
        again = await budget.acquire()
    assert await zcard(redis_url, budget.config.account) == 1
    await budget.release(again, "ok")
    assert await zcard(redis_url, budget.config.account) == 0


async def test_aclose_gives_back_this_workers_slots_and_stops_waiters(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    budget, other = budgets(concurrency=3), budgets(concurrency=3)
    account = budget.config.account
    mine = [await budget.acquire() for _ in range(2)]
    theirs = await other.acquire()
    waiter = asyncio.create_task(budget.acquire())
    await asyncio.sleep(0.02)
    assert budget.in_flight == 2 and mine
    await budget.aclose()
    assert budget.in_flight == 0
    with pytest.raises(TwilioClientClosedError):
        await waiter
    assert await zcard(redis_url, account) == 1  # only the other worker's slot
    with pytest.raises(TwilioClientClosedError, match="closed"):
        await budget.acquire()
    await budget.aclose()  # twice is fine
    await other.release(theirs, "ok")


async def test_long_requests_keep_their_leases(
    budgets: Callable[..., RedisBudget], redis_url: str
) -> None:
    clock = FakeClock()
    # ttl 0.9 s: the renew task runs every 0.3 s (real time) and stamps the fake clock's time.
    budget = budgets(concurrency=1, ttl=0.9, request_timeout=0.3, clock=clock)
    slot = await budget.acquire()
    key = Keys.for_account(budget.config.account).slots
    first = round((clock.now + 0.9) * 1e6)
    clock.advance(0.6)

    async def renewed() -> bool:
        async with connect(redis_url) as client:
            score = await client.zscore(key, slot.id)
            return score is not None and score > first

    await eventually(renewed, "the renew task extended the lease")
    clock.advance(0.6)  # past the first expiry; the renewed lease still holds the only slot
    other = budgets(concurrency=1, ttl=0.9, request_timeout=0.3, clock=clock)
    waiting = asyncio.create_task(other.acquire())
    await asyncio.sleep(0.1)
    assert not waiting.done()
    await budget.release(slot, "ok")
    with anyio.fail_after(GUARD):
        await other.release(await waiting, "ok")


async def test_redis_restart_mid_run_acquirers_wait_then_continue(
    own_redis: RedisServer, budgets: Callable[..., RedisBudget], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_async.batch")
    workers = [budgets(own_redis.url, concurrency=8, unavailable_timeout=60) for _ in range(4)]
    account = workers[0].config.account
    done = at_server = peak = 0
    errors: list[BaseException] = []
    stop = asyncio.Event()

    async def loop(budget: RedisBudget) -> None:
        nonlocal done, at_server, peak
        try:
            while not stop.is_set():
                slot = await budget.acquire()
                at_server += 1
                peak = max(peak, at_server)
                await asyncio.sleep(0.003)
                at_server -= 1
                await budget.release(slot, "ok")
                done += 1
        except BaseException as err:  # anything reaching a caller fails the test
            errors.append(err)
            raise

    tasks = [asyncio.create_task(loop(workers[i % 4])) for i in range(32)]

    async def reached(n: int) -> Callable[[], Awaitable[bool]]:
        async def check() -> bool:
            assert not errors, errors
            return done >= n

        return check

    await eventually(await reached(200), "the run got going")
    # Killed (no persistence: it comes back empty) and down for half a second.
    await asyncio.to_thread(own_redis.restart, kill=True, down_for=0.5)
    before = done
    await eventually(await reached(before + 400), "the run continued after the restart")
    stop.set()
    with anyio.fail_after(GUARD):
        await asyncio.gather(*tasks)
    assert not errors
    # The documented bound after a restart: the old limit's requests plus `initial` new ones.
    assert peak <= 8 + 8
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("unreachable" in m and own_redis.url.rsplit("/", 1)[0] in m for m in warnings)
    assert any("answers again" in r.getMessage() for r in caplog.records)
    assert sum("unreachable" in m for m in warnings) <= 4  # one per worker and outage
    assert await zcard(own_redis.url, account) == 0


async def test_after_a_restart_held_slots_are_registered_again(
    own_redis: RedisServer, budgets: Callable[..., RedisBudget]
) -> None:
    budget = budgets(own_redis.url, concurrency=4)
    held = [await budget.acquire() for _ in range(2)]
    await asyncio.to_thread(own_redis.restart, kill=True)
    assert await zcard(own_redis.url, budget.config.account) == 0
    with anyio.fail_after(GUARD):
        extra = await budget.acquire()  # the first call after the outage triggers a renewal

    async def registered() -> bool:
        return budget.restarts_seen == 1 and await zcard(own_redis.url, budget.config.account) == 3

    await eventually(registered, "the held leases were added back")
    for slot in [*held, extra]:
        await budget.release(slot, "ok")
    assert await zcard(own_redis.url, budget.config.account) == 0


async def test_unreachable_redis_raises_a_clear_error_after_the_timeout(
    budgets: Callable[..., RedisBudget], caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()  # nothing listens there
    password = "hunter2-redis-password"
    budget = budgets(f"redis://worker:{password}@127.0.0.1:{port}/3", unavailable_timeout=0.3)
    with anyio.fail_after(GUARD), pytest.raises(BudgetUnavailableError) as caught:
        await budget.acquire()
    err = caught.value
    assert isinstance(err, TwilioError)
    assert f"redis://worker@127.0.0.1:{port}/3" in str(err)
    assert "0.3 s" in str(err)
    texts = [str(err), repr(err), repr(budget), budget.url]
    texts += [r.getMessage() for r in caplog.records]
    cause: BaseException | None = err.__cause__ or err.__context__
    while cause is not None:
        texts.append(str(cause))
        cause = cause.__cause__ or cause.__context__
    assert not [t for t in texts if password in t]
    assert sum("unreachable" in r.getMessage() for r in caplog.records) == 1


async def test_a_release_with_redis_gone_does_not_raise(
    own_redis: RedisServer, budgets: Callable[..., RedisBudget]
) -> None:
    budget = budgets(own_redis.url, concurrency=2, unavailable_timeout=0.5)
    slot = await budget.acquire()
    await asyncio.to_thread(own_redis.stop, kill=True)
    with anyio.fail_after(GUARD):
        await budget.release(slot, "rate_limited")  # the request was made: never raises
    assert budget.in_flight == 0


async def test_wrong_password_is_unavailable_without_showing_it(
    tmp_path: Path, budgets: Callable[..., RedisBudget]
) -> None:
    server = started(tmp_path, ["--requirepass", "the-right-password"])
    try:
        wrong = "a-wrong-password-123"
        budget = budgets(f"redis://:{wrong}@127.0.0.1:{server.port}/0", unavailable_timeout=0.3)
        with anyio.fail_after(GUARD), pytest.raises(BudgetUnavailableError) as caught:
            await budget.acquire()
        assert wrong not in str(caught.value) and wrong not in repr(budget)
        assert "the-right-password" not in str(caught.value)
        right = budgets(f"redis://:the-right-password@127.0.0.1:{server.port}/0")
        await right.release(await right.acquire(), "ok")
        assert "the-right-password" not in repr(right)
    finally:
        server.stop()


async def test_rediss_speaks_tls_and_verifies_the_server(
    tmp_path: Path, budgets: Callable[..., RedisBudget]
) -> None:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    tls_port = free_port()
    tls = ["--tls-port", str(tls_port), "--tls-auth-clients", "no"]
    tls += ["--tls-cert-file", str(tmp_path / "cert.pem")]
    tls += ["--tls-key-file", str(tmp_path / "key.pem")]
    server = started(tmp_path, tls)  # its plain port answers the readiness PING
    try:
        url = f"rediss://127.0.0.1:{tls_port}/0"
        trusted = budgets(f"{url}?ssl_ca_certs={tmp_path / 'ca.pem'}", concurrency=1)
        with anyio.fail_after(GUARD):
            await trusted.release(await trusted.acquire(), "ok")
        untrusted = budgets(url, concurrency=1, unavailable_timeout=0.3)
        with anyio.fail_after(GUARD), pytest.raises(BudgetUnavailableError, match="rediss://"):
            await untrusted.acquire()  # an unknown CA: the certificate is checked
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"account": "not-an-account"}, "account"),
        ({"account": "AC{x}" + "0" * 29}, "account"),
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": "fast"}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"rate": -1}, "rate"),
        ({"rate": float("nan")}, "rate"),
        ({"rate": 5, "burst": 0.5}, "burst"),
        ({"burst": 3}, "burst"),
        ({"ttl": 30, "request_timeout": 30}, "ttl"),
        ({"ttl": 0}, "ttl"),
        ({"request_timeout": "30"}, "request_timeout"),
        ({"beta": 1.0}, "beta"),
        ({"cooldown": -0.1}, "cooldown"),
        ({"min_concurrency": 5, "max_concurrency": 4}, "max_concurrency"),
        ({"initial": 0}, "initial"),
        ({"unavailable_timeout": 0}, "unavailable_timeout"),
        ({"poll_min": 0.1, "poll_max": 0.01}, "poll_max"),
    ],
)
def test_bad_settings_are_refused_naming_the_parameter(options: dict[str, Any], name: str) -> None:
    options.setdefault("account", fresh_account())
    with pytest.raises(TwilioConfigError, match=name):
        RedisBudget.from_url("redis://127.0.0.1:1/0", **options)


@pytest.mark.parametrize(
    "url", ["http://h:6379/0", "redis-host:6379", "", "redis://:pw-secret-1@h:notaport/0"]
)
def test_bad_urls_are_refused_without_their_password(url: str) -> None:
    with pytest.raises(TwilioConfigError, match="url") as caught:
        RedisBudget.from_url(url, account=fresh_account())
    assert "pw-secret-1" not in str(caught.value)


async def test_bad_sender_and_outcome_are_refused_naming_them(
    budgets: Callable[..., RedisBudget],
) -> None:
    budget = budgets(concurrency=2)
    for sender in ["", "x" * 300, "a\nb", 15005550006]:
        with pytest.raises(TwilioValidationError, match="sender"):
            await budget.acquire(sender=sender)  # type: ignore[arg-type]
    slot = await budget.acquire()
    with pytest.raises(TwilioValidationError, match="outcome"):
        await budget.release(slot, "429")  # type: ignore[arg-type]
    await budget.release(slot, "failed")
    assert budget.in_flight == 0


def test_repr_shows_where_but_not_the_password() -> None:
    budget = RedisBudget.from_url(
        "rediss://svc:s3cr3t-pass-word@redis.example:6380/2?password=q-secret-99",
        account=fresh_account(),
        concurrency=5,
    )
    text = repr(budget)
    assert "rediss://svc@redis.example:6380/2" in text and "concurrency=5" in text
    assert "s3cr3t-pass-word" not in text and "q-secret-99" not in text
