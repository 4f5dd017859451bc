"""Four worker processes on one campaign, one killed with SIGKILL mid-run: every item is
sent exactly once, or left uncertain and then reconciled (journal alone, fake Twilio)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import anyio
import asyncpg

from tests.support.pg_journal import ACCOUNT, HANG_GUARD, TARGET, assert_counters_match, rows
from twilio_async.batch._pg_journal import PostgresJournal

ROOT = Path(__file__).resolve().parents[3]
N = 3000


def _worker(dsn: str, campaign: str, owner: str, *, slow: bool = False) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "tests.batch.postgres.pg_worker", dsn, campaign, owner]
    return subprocess.Popen([*cmd, "--slow"] if slow else cmd, cwd=ROOT)


async def _wait(proc: subprocess.Popen[bytes]) -> int:
    with anyio.fail_after(HANG_GUARD * 3):
        while proc.poll() is None:
            await anyio.sleep(0.05)
    return proc.returncode


async def _victim_sent(admin: asyncpg.Connection, campaign: str, n: int) -> None:
    with anyio.fail_after(HANG_GUARD):
        while (
            await admin.fetchval(
                "SELECT count(*) FROM fake_twilio WHERE campaign = $1 AND owner = 'victim'",
                campaign,
            )
            < n
        ):
            await anyio.sleep(0.02)


async def _reconcile(journal: PostgresJournal, admin: asyncpg.Connection, campaign: str) -> int:
    """Uncertain rows: sent if fake Twilio has the message, else pending. Returns how many
    were found there."""
    found = 0
    async for row in journal.unresolved():
        sids = await admin.fetch(
            "SELECT sid FROM fake_twilio WHERE campaign = $1 AND key = $2", campaign, row.key
        )
        assert len(sids) <= 1, f"{row.key} sent {len(sids)} times"
        if sids:
            await journal.sent(row.key, sids[0][0])
            found += 1
        else:
            await journal.pending(row.key)
    await journal.sync()
    return found


async def test_a_killed_worker_loses_nothing_and_duplicates_nothing(
    dsn: str, campaign: str, journal: PostgresJournal, admin: asyncpg.Connection
) -> None:
    await admin.execute(
        "CREATE TABLE IF NOT EXISTS fake_twilio (campaign text, key text, sid text, owner text)"
    )
    await journal.load(campaign, rows(N), account=ACCOUNT, target=TARGET)
    victim = _worker(dsn, campaign, "victim", slow=True)
    others: list[subprocess.Popen[bytes]] = []
    try:
        await _victim_sent(admin, campaign, 10)
        others = [_worker(dsn, campaign, f"w{i}") for i in range(3)]
        await _victim_sent(admin, campaign, 20)  # all four are running now
        victim.send_signal(signal.SIGKILL)
        assert await _wait(victim) == -signal.SIGKILL
        codes = [await _wait(p) for p in others]
        assert codes == [0, 0, 0]
    finally:
        for p in [victim, *others]:
            if p.poll() is None:
                p.kill()
                p.wait()

    counts = await journal.counts()
    assert counts["pending"] == counts["claimed"] == counts["in_flight"] == 0
    await _reconcile(journal, admin, campaign)
    # whatever reconciliation proved absent is sent now (here, by this process)
    while claims := await journal.claim("finisher", 100):
        moved = await journal.in_flight("finisher", [(c.key, None, time.time()) for c in claims])
        for c in claims:
            if c.key in moved:
                sid = f"SM{int(c.key[1:]):032x}"
                await admin.execute(
                    "INSERT INTO fake_twilio VALUES ($1, $2, $3, 'finisher')", campaign, c.key, sid
                )
                await journal.sent(c.key, sid)
    await journal.sync()

    per_key = await admin.fetch(
        "SELECT key, count(*), min(sid) FROM fake_twilio WHERE campaign = $1 GROUP BY key",
        campaign,
    )
    assert len(per_key) == N, f"{N - len(per_key)} never sent"
    twice = [r[0] for r in per_key if r[1] > 1]
    assert not twice, f"{len(twice)} sent more than once, e.g. {twice[:3]}"
    assert (await journal.counts())["sent"] == N
    mismatched = await admin.fetchval(
        "SELECT count(*) FROM twilio_async_items i JOIN fake_twilio f "
        "ON f.campaign = i.campaign AND f.key = i.key "
        "WHERE i.campaign = $1 AND i.sid IS DISTINCT FROM f.sid",
        campaign,
    )
    assert mismatched == 0  # each item holds the SID of its one message
    await assert_counters_match(journal)
