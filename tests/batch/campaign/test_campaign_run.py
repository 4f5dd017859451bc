"""One campaign worker in this process (real PostgreSQL, the emulator): 429s go back to
the shared queue, a graceful stop returns claimed rows, options are checked."""

from __future__ import annotations

import subprocess
import sys

import anyio
import asyncpg
import pytest

from tests.support.campaign import assert_each_once, counts, load
from twilio_async.batch import BatchSender
from twilio_async.batch._budget import Budget, LocalBudget
from twilio_async.batch._budget_url import budget_from_url, budget_kind
from twilio_async.emulator import Emulator

HANG_GUARD = 60.0


async def test_429s_return_rows_to_the_shared_queue_counted(dsn: str, campaign: str) -> None:
    n = 300
    async with Emulator(
        status_interval=None, latency=0.02, concurrency_limit=4, limit_retry_after=0.2, seed=3
    ) as emu:
        await load(dsn, campaign, n, "refused", emu.account_sid)
        async with emu.client() as client:
            batch = client.batch(journal=dsn, campaign=campaign, concurrency=12)
            with anyio.fail_after(HANG_GUARD):
                summary = await batch.run_campaign()
        assert summary.rate_limited > 0  # the emulator refused what went past its limit
        assert summary.sent == n
        assert (await counts(dsn, campaign))["sent"] == n
        conn = await asyncpg.connect(dsn)
        try:
            refusals = await conn.fetchval(
                "SELECT sum(refusals) FROM twilio_async_items WHERE campaign = $1", campaign
            )
        finally:
            await conn.close()
        assert refusals == summary.rate_limited  # each 429 counted once on its row
        assert_each_once(emu, "refused", n)


async def test_a_graceful_stop_returns_claimed_rows_to_pending(dsn: str, campaign: str) -> None:
    n = 2000
    async with Emulator(status_interval=None, latency=0.05, seed=4) as emu:
        await load(dsn, campaign, n, "stopped", emu.account_sid)
        async with emu.client() as client:
            with anyio.fail_after(HANG_GUARD):
                async with client.batch(journal=dsn, campaign=campaign, concurrency=8) as batch:
                    run = batch.run_campaign()
                    async for _ in run:
                        if run.summary.sent >= 40:
                            break  # leaving the block stops the run
        totals = await counts(dsn, campaign)
        assert totals["claimed"] == 0  # released, not left to the sweeper
        assert totals["sent"] >= 40
        assert totals["pending"] + totals["sent"] + totals["in_flight"] == n
        assert totals["pending"] > 0


def test_campaign_options_are_checked(dsn: str) -> None:
    class MessageList:
        async def create(self, **params: object) -> None:
            return None

    messages = MessageList()
    with pytest.raises(ValueError, match="campaign: campaigns live in a PostgreSQL journal"):
        BatchSender(messages, journal="run.db", campaign="spring")
    with pytest.raises(ValueError, match="campaign='NAME'"):
        BatchSender(messages, journal=dsn)
    named = BatchSender(messages, journal=f"{dsn}?campaign=spring")
    assert named.campaign == "spring"
    with pytest.raises(ValueError, match="budget: unsupported URL scheme 'http'"):
        BatchSender(messages, budget="http://example.com")
    with pytest.raises(TypeError, match="budget must be a Budget"):
        BatchSender(messages, budget=42)  # type: ignore[arg-type]
    sender = BatchSender(messages, journal=dsn, campaign="spring")
    assert "secret" not in repr(sender) and ":***@" in repr(sender)
    with pytest.raises(RuntimeError, match="use run_campaign"):
        sender.send([])
    with pytest.raises(RuntimeError, match="needs campaign="):
        BatchSender(messages).run_campaign()


def test_budget_from_url() -> None:
    assert budget_kind(None) == budget_kind("local") == "local"
    assert budget_kind("redis://h:6379/0") == budget_kind("rediss://h/0") == "redis"
    local = Budget.from_url(None, account="AC" + "0" * 32, concurrency=7)  # type: ignore[attr-defined]
    assert isinstance(local, LocalBudget) and local.limit == 7
    auto = budget_from_url("local", account="AC" + "0" * 32)
    assert isinstance(auto, LocalBudget) and auto.limit == 8
    with pytest.raises(TypeError, match="need a redis:// budget"):
        budget_from_url(None, account="AC" + "0" * 32, ttl=5)
    redis_budget = budget_from_url(
        "redis://user:hunter2@127.0.0.1:1/0", account="AC" + "0" * 32, concurrency=5
    )
    assert type(redis_budget).__name__ == "RedisBudget"
    assert "hunter2" not in repr(redis_budget)
    redis_budget.stop_probing()  # a no-op: other workers keep probing a shared limit


def test_missing_extras_give_a_pip_hint() -> None:
    code = (
        "import sys; sys.modules['redis'] = None; sys.modules['asyncpg'] = None\n"
        "from twilio_async.batch._budget_url import budget_from_url\n"
        "try:\n"
        "    budget_from_url('redis://127.0.0.1/0', account='AC' + '0' * 32)\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n"
        "import asyncio\n"
        "from twilio_async.batch._pg_journal import PostgresJournal\n"
        "try:\n"
        "    asyncio.run(PostgresJournal('postgresql://u:pw@127.0.0.1:1/db').connect())\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "twilio-async[redis]" in out.stdout, out.stdout + out.stderr
    assert "twilio-async[postgres]" in out.stdout, out.stdout + out.stderr
    assert "pw@" not in out.stdout
    assert "ModuleNotFoundError" not in out.stdout
