"""The per-campaign counters equal a recount after a random mix of every operation."""

from __future__ import annotations

import random
import time

import anyio
import pytest

from tests.support.pg_journal import ACCOUNT, HANG_GUARD, TARGET, rows, sid
from twilio_async.batch._pg_journal import PostgresJournal

OWNERS = ("a", "b", "c")
ROWS = 300


async def _mix(journal: PostgresJournal, campaign: str, seed: int, steps: int) -> None:
    """Random operations, right and wrong (stale owners, unknown keys, repeats)."""
    rng = random.Random(seed)
    held: dict[str, str] = {}  # key -> owner, as this worker believes
    for step in range(steps):
        op = rng.choices(
            ["claim", "in_flight", "outcome", "pending", "sweep", "release", "renew", "load"],
            weights=[6, 6, 8, 2, 1, 1, 1, 1],
        )[0]
        owner = rng.choice(OWNERS)
        if op == "claim":
            lease = rng.choice([600.0, 600.0, 0.05])  # some claims expire and get swept
            for c in await journal.claim(owner, rng.randint(1, 15), lease):
                held[c.key] = owner
        elif op == "in_flight":
            keys = rng.sample(sorted(held), min(len(held), rng.randint(0, 8)))
            keys.append(f"#{rng.randrange(ROWS)}")  # maybe not ours at all
            await journal.in_flight(owner, [(k, None, time.time()) for k in keys])
        elif op == "outcome" and held:
            key = rng.choice(sorted(held))
            who = held[key] if rng.random() < 0.8 else rng.choice(OWNERS)  # sometimes stale
            kind = rng.choice(["sent", "failed", "refused", "uncertain"])
            if kind == "sent":
                await journal.sent(key, sid(seed * 10_000 + step))
            elif kind == "failed":
                await journal.failed(key, {"reason": "x"}, rng.random() < 0.5, owner=who)
            elif kind == "refused":
                await journal.refused(key, rng.choice([0.0, 0.05, 3600.0]), owner=who)
            else:
                await journal.uncertain(key, {"reason": "lost"}, owner=who)
            if rng.random() < 0.7:
                del held[key]
        elif op == "pending":
            await journal.pending(f"#{rng.randrange(ROWS)}")
        elif op == "sweep":
            await journal.sweep()
        elif op == "release":
            await journal.release(owner)
        elif op == "renew":
            await journal.renew(owner)
        elif op == "load":
            await journal.load(campaign, rows(ROWS), account=ACCOUNT, target=TARGET)
        if rng.random() < 0.1:
            await anyio.sleep(0.01)  # let short leases run out now and then


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_counters_equal_a_recount_after_a_random_mix(
    dsn: str, campaign: str, seed: int
) -> None:
    workers = [PostgresJournal(dsn, campaign=campaign, pool_size=2) for _ in range(2)]
    workers[0].slot, workers[1].slot = 0, 1  # two counter slots, summed by counts()
    try:
        await workers[0].open(account=ACCOUNT, target=TARGET)
        await workers[0].load(campaign, rows(ROWS), account=ACCOUNT, target=TARGET)
        with anyio.fail_after(HANG_GUARD * 4):
            async with anyio.create_task_group() as tg:
                for i, j in enumerate(workers):
                    tg.start_soon(_mix, j, campaign, seed * 100 + i, 250)
            for j in workers:
                await j.sync()
        counted = await workers[0].counts()
        recounted = await workers[0].counts(recount=True)
        assert counted == recounted
        assert sum(counted.values()) == ROWS
        assert all(n >= 0 for n in counted.values())
        # the mix spread rows over several states (which ones depends on leases and timing)
        assert counted["sent"] > 0 and sum(1 for n in counted.values() if n) >= 2
    finally:
        for j in workers:
            await j.aclose()
