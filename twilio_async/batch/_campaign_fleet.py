"""``send-batch --campaign NAME --workers N``: N worker processes, one progress display.

The parent starts ``N`` campaign workers (``_campaign_worker``, each with its own
event loop and client), gives them the journal URL, budget URL and credentials through
the environment (never the command line), and shows one progress display of all
workers' totals, read from the journal's counters, with the shared limit and the
requests in flight read from Redis. It exits 0 when every row of the campaign is sent,
1 when any failed or is left uncertain or unsent, 2 when it could not start, 130 when
interrupted (workers are stopped gracefully: their claimed rows go back to pending).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from ._campaign_worker import ENV_BUDGET, ENV_JOURNAL
from ._journal_url import from_url
from ._pg_journal import PostgresJournal

#: Seconds between progress updates.
TICK = 0.5
#: How long stopped workers get to give their claims back before they are killed.
STOP_GRACE = 30.0


@dataclass
class FleetSpec:
    """What the workers are told: the campaign, where it lives, how to send."""

    journal: str
    campaign: str
    budget: str | None = None
    workers: int = 1
    concurrency: int | str = "auto"
    max_concurrency: int = 1000
    rate: float | None = None
    reconcile_grace: float = 5.0
    base_url: str | None = None
    account_sid: str | None = None
    auth_token: str | None = None


def worker_command(spec: FleetSpec) -> list[str]:
    """The worker's command line (no secret in it)."""
    cmd = [sys.executable, "-m", "twilio_async.batch._campaign_worker"]
    cmd += ["--campaign", spec.campaign, "--concurrency", str(spec.concurrency)]
    cmd += ["--max-concurrency", str(spec.max_concurrency)]
    cmd += ["--reconcile-grace", str(spec.reconcile_grace)]
    if spec.rate is not None:
        cmd += ["--rate", str(spec.rate)]
    if spec.base_url:
        cmd += ["--base-url", spec.base_url]
    return cmd


def worker_env(spec: FleetSpec) -> dict[str, str]:
    """The worker's environment: this one, plus the URLs and any credentials given."""
    env = dict(os.environ)
    env[ENV_JOURNAL] = spec.journal
    env.pop(ENV_BUDGET, None)
    if spec.budget:
        env[ENV_BUDGET] = spec.budget
    if spec.account_sid:
        env["TWILIO_ACCOUNT_SID"] = spec.account_sid
    if spec.auth_token:
        env["TWILIO_AUTH_TOKEN"] = spec.auth_token
    return env


async def shared_budget(url: str | None, account: str) -> tuple[int | None, int | None]:
    """``(limit, in flight)`` of the account's Redis budget; Nones if unknown."""
    if not url or url.strip().lower() == "local":
        return None, None
    try:
        import redis.asyncio as aioredis

        from ._redis_scripts import Keys
    except ImportError:
        return None, None
    keys = Keys.for_account(account)
    client = aioredis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
    try:
        limit = await client.hget(keys.state, "limit")
        busy = await client.zcard(keys.slots)
        return (int(float(limit)) if limit is not None else None), int(busy)
    except Exception:  # Redis down: the workers say so; the display shows "?"
        return None, None
    finally:
        await client.aclose()


class Fleet:
    """The worker processes of one ``send-batch --campaign`` run."""

    def __init__(self, spec: FleetSpec) -> None:
        self.spec = spec
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        cmd, env = worker_command(self.spec), worker_env(self.spec)
        for _ in range(self.spec.workers):
            self.procs.append(
                subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
            )

    @property
    def alive(self) -> int:
        return sum(1 for p in self.procs if p.poll() is None)

    def stop(self) -> None:
        """SIGTERM every worker (a graceful stop), then SIGKILL those still running."""
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        for p in self.procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def results(self) -> tuple[list[int | None], list[dict[str, Any]]]:
        codes: list[int | None] = []
        summaries: list[dict[str, Any]] = []
        for p in self.procs:
            codes.append(p.poll())
            out = p.stdout.read() if p.stdout is not None else b""
            for line in out.decode(errors="replace").splitlines():
                try:
                    data = json.loads(line)
                except ValueError:
                    continue
                if isinstance(data, dict):
                    summaries.append(data)
        return codes, summaries


def open_journal(spec: FleetSpec) -> PostgresJournal:
    journal = from_url(spec.journal, campaign=spec.campaign)
    if not isinstance(journal, PostgresJournal):
        raise ValueError("--journal: campaigns live in a PostgreSQL journal (postgresql://…)")
    return journal


async def watch(fleet: Fleet, journal: PostgresJournal, show: Any) -> dict[str, int]:
    """Call ``show(counts, limit, busy, alive)`` every ``TICK`` until every worker exited."""
    info = await journal.campaign_info()
    account = info.account if info is not None else ""
    while True:
        alive = fleet.alive
        counts = await journal.counts()
        limit, busy = await shared_budget(fleet.spec.budget, account)
        show(counts, limit, busy, alive)
        if not alive:
            return counts
        await asyncio.sleep(TICK)
