"""Many worker processes on one campaign (real PostgreSQL, Redis, the emulator over HTTP):
a worker killed with SIGKILL mid-run, and Redis restarted mid-run, lose nothing and send
nothing twice."""

from __future__ import annotations

import signal

import anyio

from tests.support.campaign import (
    assert_each_once,
    counts,
    load,
    sent_at_least,
    start_worker,
    stop_all,
    wait_all,
)
from tests.support.redis import RedisServer
from twilio_async.emulator import Emulator

#: Short leases, so that the killed worker's rows come back within the test.
LEASE = 3.0


async def test_four_workers_one_killed_every_message_exactly_once(
    dsn: str, campaign: str, redis_url: str
) -> None:
    n = 1500
    journal = f"{dsn}?lease={LEASE:g}"
    async with Emulator(status_interval=None, latency=0.05, seed=5) as emu:
        await load(dsn, campaign, n, "killed", emu.account_sid)
        procs = [
            start_worker(emu, journal, campaign, budget=redis_url, concurrency=32) for _ in range(4)
        ]
        try:
            await sent_at_least(emu, "killed", n // 5)  # all four are sending by now
            procs[0].send_signal(signal.SIGKILL)
            codes = await wait_all(procs)
        finally:
            stop_all(procs)
        assert codes == [-signal.SIGKILL, 0, 0, 0]
        totals = await counts(dsn, campaign)
        # the victim's claims and in-flight rows came back (swept), were reconciled and sent
        assert totals == {
            "pending": 0,
            "claimed": 0,
            "in_flight": 0,
            "sent": n,
            "failed": 0,
            "uncertain": 0,
        }
        assert_each_once(emu, "killed", n)


async def test_redis_restarted_mid_run_loses_and_duplicates_nothing(
    dsn: str, campaign: str, own_redis: RedisServer
) -> None:
    n = 1200
    async with Emulator(status_interval=None, latency=0.05, seed=6) as emu:
        await load(dsn, campaign, n, "restart", emu.account_sid)
        procs = [
            start_worker(emu, dsn, campaign, budget=own_redis.url, concurrency=24) for _ in range(4)
        ]
        try:
            await sent_at_least(emu, "restart", n // 4)
            # SIGKILL, down for a second (acquires wait and retry), then an empty Redis
            await anyio.to_thread.run_sync(lambda: own_redis.restart(kill=True, down_for=1.0))
            codes = await wait_all(procs)
        finally:
            stop_all(procs)
        assert codes == [0, 0, 0, 0]
        totals = await counts(dsn, campaign)
        assert totals["sent"] == n, totals
        assert_each_once(emu, "restart", n)
