"""The shared Redis budget across campaign workers: the in-flight bound, and two
campaigns on one account sharing it fairly (real PostgreSQL, Redis, the emulator)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import anyio

from tests.support.campaign import (
    ROOT,
    RUN_GUARD,
    assert_each_once,
    counts,
    load,
    start_worker,
    stop_all,
    wait_all,
    worker_env,
)
from twilio_async.batch._pg_journal import PostgresJournal
from twilio_async.emulator import Emulator

#: The fixed shared limit of these tests.
L = 20


async def test_four_workers_never_exceed_the_shared_limit(
    dsn: str, campaign: str, redis_url: str, tmp_path: Path
) -> None:
    """``send-batch --campaign --workers 4 --concurrency 20 --budget redis://``: the
    emulator (no limit of its own) never sees more than L requests in flight. With a fixed
    limit and Redis up, RedisBudget's documented bound is L itself (+0)."""
    n = 800
    summary = tmp_path / "summary.json"
    async with Emulator(status_interval=None, latency=0.05, seed=8) as emu:
        await load(dsn, campaign, n, "bound", emu.account_sid)
        env = worker_env(emu, dsn, None)
        cmd = [sys.executable, "-m", "twilio_async.batch._cli", "send-batch"]
        cmd += ["--campaign", campaign, "--workers", "4", "--concurrency", str(L)]
        cmd += ["--budget", redis_url, "--base-url", emu.base_url, "--no-progress"]
        cmd += ["--summary-json", str(summary)]
        with anyio.fail_after(RUN_GUARD):
            done = await anyio.run_process(cmd, cwd=ROOT, env=env, check=False)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        assert "4 workers" in done.stdout.decode()
        data = json.loads(summary.read_text())
        assert data["codes"] == [0, 0, 0, 0]
        assert data["counts"]["sent"] == n
        assert sum(w["sent"] for w in data["workers"]) == n
        assert emu.stats.max_in_flight <= L
        assert emu.stats.max_in_flight >= L // 2  # the four workers did share it
        assert_each_once(emu, "bound", n)


async def test_two_campaigns_on_one_account_share_the_budget_fairly(
    dsn: str, campaign: str, redis_url: str
) -> None:
    n = 800
    first, second = f"{campaign}-a", f"{campaign}-b"
    async with Emulator(status_interval=None, latency=0.05, seed=9) as emu:
        await load(dsn, first, n, "first", emu.account_sid)
        await load(dsn, second, n, "second", emu.account_sid)
        # two workers per campaign, all four on the account's one budget of L
        procs = [
            start_worker(emu, dsn, name, budget=redis_url, concurrency=L)
            for name in (first, second, first, second)
        ]
        samples: list[tuple[float, int, int]] = []
        try:
            async with (
                PostgresJournal(dsn, campaign=first) as a,
                PostgresJournal(dsn, campaign=second) as b,
            ):
                with anyio.fail_after(RUN_GUARD):
                    while any(p.poll() is None for p in procs):
                        sa, sb = (await a.counts())["sent"], (await b.counts())["sent"]
                        samples.append((time.monotonic(), sa, sb))
                        await anyio.sleep(0.2)
            codes = await wait_all(procs)
        finally:
            stop_all(procs)
        assert codes == [0, 0, 0, 0]
        # the window where both were sending: from both started to the first one done
        both = [s for s in samples if 0 < s[1] < n and 0 < s[2] < n]
        assert len(both) >= 3, samples
        gained_a = both[-1][1] - both[0][1]
        gained_b = both[-1][2] - both[0][2]
        total = gained_a + gained_b
        assert total > 0
        assert gained_a >= 0.25 * total, (gained_a, gained_b)
        assert gained_b >= 0.25 * total, (gained_a, gained_b)
        assert emu.stats.max_in_flight <= L  # one limit for the account, not one per campaign
        assert (await counts(dsn, first))["sent"] == n
        assert (await counts(dsn, second))["sent"] == n
        assert_each_once(emu, "first", n)
        assert_each_once(emu, "second", n)
