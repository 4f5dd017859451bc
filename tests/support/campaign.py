"""Helpers for the campaign tests: load a campaign, run worker processes, check the
emulator's store (every message once) and the journal's totals."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import anyio

from tests.support.numbers import FROM
from twilio_async.batch._campaign_cli import message_target
from twilio_async.batch._campaign_worker import ENV_BUDGET, ENV_JOURNAL
from twilio_async.batch._pg_journal import PostgresJournal
from twilio_async.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
#: Hang guard for a whole multi-process run (a busy 2-core machine is slow, never this slow).
RUN_GUARD = 120.0


def campaign_rows(n: int, prefix: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``n`` distinct messages ``(key, pos, params)``; bodies ``"<prefix> <i>"``."""
    for i in range(n):
        params = {"to": f"+1555{i % 10_000_000:07d}", "from_": FROM, "body": f"{prefix} {i}"}
        yield f"#{i}", i, params


async def load(url: str, campaign: str, n: int, prefix: str, account: str) -> None:
    """Load ``campaign_rows(n, prefix)`` into ``campaign`` for Messages on ``account``."""
    async with PostgresJournal(url, campaign=campaign) as journal:
        await journal.load(
            campaign, campaign_rows(n, prefix), account=account, target=message_target(account)
        )


async def counts(url: str, campaign: str) -> dict[str, int]:
    async with PostgresJournal(url, campaign=campaign) as journal:
        return await journal.counts()


def worker_env(emu: Emulator, journal: str, budget: str | None) -> dict[str, str]:
    env = {
        **os.environ,
        "TWILIO_ACCOUNT_SID": emu.account_sid,
        "TWILIO_AUTH_TOKEN": emu.auth_token,
        ENV_JOURNAL: journal,
        "COLUMNS": "200",
    }
    env.pop("TWILIO_API_KEY", None)
    env.pop(ENV_BUDGET, None)
    if budget:
        env[ENV_BUDGET] = budget
    return env


def start_worker(
    emu: Emulator,
    journal: str,
    campaign: str,
    *,
    budget: str | None,
    concurrency: int | str,
    grace: float = 0.5,
) -> subprocess.Popen[bytes]:
    """One campaign worker process (the real sender) against the emulator."""
    cmd = [sys.executable, "-m", "twilio_async.batch._campaign_worker", "--campaign", campaign]
    cmd += ["--concurrency", str(concurrency), "--reconcile-grace", str(grace)]
    cmd += ["--base-url", emu.base_url]
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=worker_env(emu, journal, budget),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
    )


async def wait_all(procs: Sequence[subprocess.Popen[bytes]]) -> list[int]:
    """Exit codes, once every process has exited (polling: the emulator runs in this loop)."""
    with anyio.fail_after(RUN_GUARD):
        while any(p.poll() is None for p in procs):
            await anyio.sleep(0.05)
    return [p.returncode for p in procs]


def stop_all(procs: Sequence[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
        if p.stdout is not None:
            p.stdout.close()


async def sent_at_least(emu: Emulator, prefix: str, n: int) -> None:
    """Wait until the emulator stored ``n`` messages whose body starts with ``prefix``."""
    with anyio.fail_after(RUN_GUARD):
        while len(bodies(emu, prefix)) < n:
            await anyio.sleep(0.02)


def bodies(emu: Emulator, prefix: str) -> Counter[str]:
    """How many stored messages carry each body of this campaign."""
    mark = prefix + " "
    return Counter(
        r["body"] for r in emu.store.records("accounts.messages") if r["body"].startswith(mark)
    )


def assert_each_once(emu: Emulator, prefix: str, n: int) -> None:
    """Every message of ``campaign_rows(n, prefix)`` is stored once: 0 lost, 0 duplicated."""
    seen = bodies(emu, prefix)
    expected = {f"{prefix} {i}" for i in range(n)}
    lost = sorted(expected - set(seen))
    twice = sorted(body for body, count in seen.items() if count > 1)
    assert not lost, f"{len(lost)} never sent, e.g. {lost[:3]}"
    assert not twice, f"{len(twice)} sent more than once, e.g. {twice[:3]}"
    assert set(seen) == expected
