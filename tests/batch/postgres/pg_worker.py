"""A worker process for the kill test: sends a campaign through the journal to a fake Twilio.

``python -m tests.batch.postgres.pg_worker DSN CAMPAIGN OWNER [--slow]``. "Sending" is
an insert into ``fake_twilio`` on its own connection (committed at once, like a create
that Twilio processed), then ``sent(key, sid)``; ``--slow`` waits between the two, so a
SIGKILL is likely to land after Twilio took a message and before the journal heard of
it. The worker sweeps, renews its lease, and stops once nothing is pending, claimed or
in flight (uncertain rows are left for reconciliation).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid

import asyncpg

from twilio_async.batch._pg_journal import PostgresJournal

LEASE = 2.0
CONCURRENCY = 8


async def main(dsn: str, campaign: str, owner: str, slow: bool) -> None:
    fake = await asyncpg.connect(dsn)
    journal = PostgresJournal(dsn, campaign=campaign, lease=LEASE)
    await journal.connect()

    async def renew() -> None:
        while True:
            await asyncio.sleep(LEASE / 4)
            await journal.renew(owner)

    async def send(key: str) -> None:
        sid = "SM" + uuid.uuid4().hex
        await fake.execute(
            "INSERT INTO fake_twilio (campaign, key, sid, owner) VALUES ($1, $2, $3, $4)",
            campaign,
            key,
            sid,
            owner,
        )
        if slow:
            await asyncio.sleep(0.02)
        await journal.sent(key, sid)

    renewer = asyncio.create_task(renew())
    sending = asyncio.Lock()  # one fake-Twilio connection: one insert at a time
    print("ready", flush=True)
    while True:
        await journal.sweep()
        claims = await journal.claim(owner, CONCURRENCY)
        if not claims:
            counts = await journal.counts()
            if counts["pending"] + counts["claimed"] + counts["in_flight"] == 0:
                break
            await asyncio.sleep(0.1)  # rows held by others, or refused: look again
            continue
        moved = await journal.in_flight(owner, [(c.key, None, time.time()) for c in claims])

        async def one(key: str) -> None:
            async with sending:
                await send(key)

        await asyncio.gather(*(one(c.key) for c in claims if c.key in moved))
    await journal.sync()
    renewer.cancel()
    await journal.aclose()
    await fake.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("dsn")
    parser.add_argument("campaign")
    parser.add_argument("owner")
    parser.add_argument("--slow", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.dsn, args.campaign, args.owner, args.slow))
    sys.exit(0)
