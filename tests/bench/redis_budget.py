"""Shared Redis budget figures: ``python -m tests.bench.redis_budget [--seconds S]``.

A throwaway redis-server on loopback; W worker processes share one fixed budget of
``concurrency=L``; each worker runs more tasks than its share, and every task loops
acquire -> sleep ``latency`` (a simulated request) -> release "ok". The ceiling is
``L / latency`` starts per second. Reported per polling setting (``poll_max``: how long
a worker with no slot of its own waits at most between tries): starts per second (% of
the ceiling), Redis commands per start (EVALSHA and the commands scripts run), and
the fairness across workers (fewest /
most starts). Figures are printed, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


async def worker(
    url: str,
    account: str,
    limit: int,
    tasks: int,
    latency: float,
    seconds: float,
    poll_max: float,
    warmup: float,
) -> dict[str, Any]:
    from twilio_async.batch import RedisBudget

    budget = RedisBudget.from_url(url, account=account, concurrency=limit, poll_max=poll_max)
    started = total = 0
    loop = asyncio.get_running_loop()
    begin = loop.time() + warmup
    end = begin + seconds

    async def run() -> None:
        nonlocal started, total
        while loop.time() < end:
            slot = await budget.acquire()
            total += 1
            if begin <= loop.time() < end:
                started += 1
            await asyncio.sleep(latency)
            await budget.release(slot, "ok")

    cpu = time.process_time()
    await asyncio.gather(*(run() for _ in range(tasks)))
    cpu = time.process_time() - cpu
    await budget.aclose()
    return {"started": started, "total": total, "cpu": cpu, "stats": dict(budget.stats)}


def info_commands(port: int) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"INFO stats\r\n")
        data = b""
        while b"total_commands_processed" not in data or not data.endswith(b"\r\n"):
            data += s.recv(65536)
    for line in data.decode().splitlines():
        if line.startswith("total_commands_processed:"):
            return int(line.split(":")[1])
    raise RuntimeError("no total_commands_processed in INFO")


def measure(
    server: Any, *, workers: int, limit: int, latency: float, seconds: float, poll_max: float
) -> dict[str, Any]:
    from tests.support.redis_budget import fresh_account

    account = fresh_account()
    tasks = max(2, 2 * limit // workers)
    warmup = 1.0
    args = [server.url, account, limit, tasks, latency, seconds, poll_max, warmup]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.bench.redis_budget", "--worker", json.dumps(args)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
        )
        for _ in range(workers)
    ]
    before = info_commands(server.port)
    results = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    after = info_commands(server.port)
    started = [r["started"] for r in results]
    rate = sum(started) / seconds
    ceiling = limit / latency
    return {
        "workers": workers,
        "limit": limit,
        "poll_max_ms": poll_max * 1000,
        "starts_per_s": round(rate),
        "pct_of_ceiling": round(100 * rate / ceiling, 1),
        "redis_cmds_per_start": round(
            (after - before) / max(1, sum(r["total"] for r in results)), 1
        ),
        "fewest_most": [min(started), max(started)],
        "cpu_s_per_1000_starts": round(
            1000 * sum(r["cpu"] for r in results) / max(1, sum(started)), 3
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.worker:
        print(json.dumps(asyncio.run(worker(*json.loads(opts.worker)))))
        return
    from tests.support.redis import started

    rows = []
    with tempfile.TemporaryDirectory(prefix="ta-bench-redis-") as tmp:
        server = started(Path(tmp))
        try:
            for workers, limit, poll_max in [
                (1, 100, 0.05),
                (4, 100, 0.05),
                (4, 100, 0.01),
                (4, 100, 0.002),
                (4, 400, 0.05),
            ]:
                row = measure(
                    server,
                    workers=workers,
                    limit=limit,
                    latency=opts.latency,
                    seconds=opts.seconds,
                    poll_max=poll_max,
                )
                rows.append(row)
                print(json.dumps(row), flush=True)
        finally:
            server.stop()
    head = "workers | L | poll_max | starts/s | % ceiling | Redis cmds/start | fewest/most"
    print(f"\n| {head} | CPU s/1k |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['workers']} | {r['limit']} | {r['poll_max_ms']:g} ms | {r['starts_per_s']} | "
            f"{r['pct_of_ceiling']}% | {r['redis_cmds_per_start']} | {r['fewest_most'][0]}/"
            f"{r['fewest_most'][1]} | {r['cpu_s_per_1000_starts']} |"
        )


if __name__ == "__main__":
    main()
