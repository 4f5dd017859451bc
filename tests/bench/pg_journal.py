"""PostgreSQL journal throughput: COPY load, and the send loop's journal writes per second.

``python -m tests.bench.pg_journal`` starts a throwaway server (tests/support/postgres.py,
fsync on), loads ``--rows`` items, then runs ``--workers`` worker processes' worth of
journal traffic in one process (each its own journal and connection pool, each with
``--concurrency`` senders): claim a batch, then per item ``in_flight`` (committed before
"sending", as the sender must) and ``sent``. No HTTP: this measures the journal alone.
Figures are printed, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import deque

from tests.support.pg_journal import ACCOUNT, TARGET, rows, sid
from tests.support.postgres import PostgresServer, running_postgres
from twilio_async.batch._pg_journal import PostgresJournal


async def _worker(
    journal: PostgresJournal, owner: str, concurrency: int, batch: int, done: list[int]
) -> None:
    queue: deque[str] = deque()
    refill = asyncio.Lock()

    async def sender() -> None:
        while True:
            if not queue:
                async with refill:
                    if not queue:
                        queue.extend(c.key for c in await journal.claim(owner, batch))
                if not queue:
                    return
            key = queue.popleft()
            moved = await journal.in_flight(owner, [(key, None, time.time())])
            if key in moved:
                await journal.sent(key, sid(hash(key) & 0xFFFFFFFF))
                done[0] += 1

    await asyncio.gather(*(sender() for _ in range(concurrency)))
    await journal.sync()


async def main(args: argparse.Namespace, server: PostgresServer) -> None:
    campaign = "bench"
    loader = PostgresJournal(server.dsn, campaign=campaign)
    async with loader:
        started = time.perf_counter()
        added, _ = await loader.load(campaign, rows(args.rows), account=ACCOUNT, target=TARGET)
        load_s = time.perf_counter() - started
        print(f"load: {added} rows in {load_s:.2f} s = {added / load_s:,.0f} rows/s (COPY)")
        again = time.perf_counter()
        await loader.load(campaign, rows(args.rows), account=ACCOUNT, target=TARGET)
        print(f"load again (all present): {time.perf_counter() - again:.2f} s")

        claims = await loader.claim("alone", 200, 300)
        started = time.perf_counter()
        for c in claims:  # one write-ahead at a time: the latency a lone sender pays
            await loader.in_flight("alone", [(c.key, None, time.time())])
        lone = (time.perf_counter() - started) / len(claims)
        print(f"one write-ahead at a time: {lone * 1000:.1f} ms each (commit, fsync on)")
        for c in claims:
            await loader.sent(c.key, sid(hash(c.key) & 0xFFFFFFFF))
        await loader.sync()

        journals = [
            PostgresJournal(server.dsn, campaign=campaign, lease=300, pool_size=4)
            for _ in range(args.workers)
        ]
        for j in journals:
            await j.connect()
        done = [0]
        started = time.perf_counter()
        await asyncio.gather(
            *(
                _worker(j, f"w{i}", args.concurrency, args.batch, done)
                for i, j in enumerate(journals)
            )
        )
        elapsed = time.perf_counter() - started
        commits = sum(j.commits for j in journals)
        for j in journals:
            await j.aclose()
        counts = await loader.counts()
        assert counts == await loader.counts(recount=True)
        print(
            f"send loop: {args.workers} workers x {args.concurrency} senders: "
            f"{done[0]} items (in_flight committed + sent) in {elapsed:.2f} s = "
            f"{done[0] / elapsed:,.0f} items/s; {commits} commits "
            f"({done[0] / max(commits, 1):.1f} items per commit)"
        )
        print(f"counts: {counts}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--batch", type=int, default=200)
    with running_postgres() as pg:
        asyncio.run(main(parser.parse_args(), pg))
