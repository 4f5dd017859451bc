"""A worker that takes budget slots and never gives them back, for the crash test.

``python -m tests.batch.child_budget URL ACCOUNT NOW TTL COUNT`` acquires ``COUNT`` slots of a
fixed budget (``concurrency=COUNT``) with its clock stopped at ``NOW`` seconds, prints
``held``, then sleeps until it is killed.
"""

from __future__ import annotations

import asyncio
import sys

from twilio_async.batch._redis_budget import RedisBudget


async def main(url: str, account: str, now: float, ttl: float, count: int) -> None:
    budget = RedisBudget.from_url(
        url,
        account=account,
        concurrency=count,
        ttl=ttl,
        request_timeout=ttl / 2,
        clock=lambda: now,
    )
    for _ in range(count):
        await budget.acquire()
    print("held", flush=True)
    await asyncio.sleep(3600)


if __name__ == "__main__":
    url, account, now, ttl, count = sys.argv[1:6]
    asyncio.run(main(url, account, float(now), float(ttl), int(count)))
