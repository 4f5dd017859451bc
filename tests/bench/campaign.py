"""Many workers on one account: ``python -m tests.bench.campaign [--workers 1 2 4] [--limit 100]``.

Starts a real PostgreSQL (the campaign journal) and a real redis-server (the shared
budget), the Twilio-like server of ``tests/bench/twilio_like.py`` (100 ms per
request, account limit L, 429 / 20429 with ``Retry-After: 1`` beyond it), loads a
campaign of N distinct messages with ``twilio-async journal load``, and sends it
with ``twilio-async send-batch --campaign … --workers W --budget redis://…``
(``concurrency="auto"`` unless ``--told``). Throughput is what the server stored
per second between its first and last create (worker start-up is not counted);
messages never sent and messages sent twice are counted by the server.

Figures are printed as a Markdown table; they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.bench.batch import LATENCY, TwilioLikeProcess
from tests.support.postgres import running_postgres
from tests.support.redis import started

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "AC" + "c" * 32
TOKEN = "bench-campaign-token"
FROM = "+15017122661"
CLI = "import sys; from twilio_async.batch._cli import main; sys.exit(main(sys.argv[1:]))"


def _cli(args: list[str], env: dict[str, str], timeout: float = 3600) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", CLI, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return {"rc": out.returncode, "stdout": out.stdout, "stderr": out.stderr}


def _stats(base_url: str) -> dict[str, Any]:
    with urllib.request.urlopen(base_url + "/_stats", timeout=30) as answer:
        result: dict[str, Any] = json.loads(answer.read())
    return result


def measure(
    pg_url: str, redis_url: str, workers: int, limit: int, n: int, told: bool, tag: str
) -> dict[str, Any]:
    server = TwilioLikeProcess(None, limit, 1.0)
    env = dict(os.environ, TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN)
    campaign = f"bench-{tag}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "recipients.csv"
            with path.open("w", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(["to", "n"])
                for i in range(n):
                    writer.writerow([f"+1555{i % 10_000:07d}", i])
            common = ["--journal", pg_url, "--campaign", campaign]
            load = _cli(["journal", "load", *common, str(path), "--from", FROM,
                         "--body", "bench {n}", "--account-sid", ACCOUNT], env)  # fmt: skip
            if load["rc"] != 0:
                return {"workers": workers, "error": load["stderr"].strip()[-300:]}
            summary = Path(tmp) / "summary.json"
            t0 = time.perf_counter()
            send = _cli(
                ["send-batch", *common, "--budget", redis_url, "--workers", str(workers),
                 "--base-url", server.base_url, "--no-progress", "--summary-json", str(summary),
                 "--concurrency", str(limit) if told else "auto"],
                env,
            )  # fmt: skip
            wall = time.perf_counter() - t0
            stats = _stats(server.base_url)
            totals = json.loads(summary.read_text()) if summary.exists() else {}
    finally:
        server.stop()
    active = max(stats.get("last_at", 0.0) - stats.get("first_at", 0.0), 1e-9)
    row: dict[str, Any] = {
        "workers": workers,
        "limit": limit,
        "told": told,
        "messages": n,
        "rc": send["rc"],
        "wall_s": wall,
        "throughput": stats["created"] / active,
        "ceiling": limit / LATENCY,
        "lost": n - stats["distinct"],
        "duplicated": stats["duplicated"],
        "refused": stats["refused"],
        "server_max_in_flight": stats["max_in_flight"],
        "summary": totals,
    }
    if send["rc"] not in (0, 1):
        row["error"] = send["stderr"].strip()[-300:]
    row["pct_of_ceiling"] = 100 * row["throughput"] / row["ceiling"]
    return row


def markdown(rows: Sequence[dict[str, Any]]) -> str:
    out = [
        f"## Campaign: W worker processes, PostgreSQL journal + Redis budget, "
        f"{LATENCY * 1000:.0f} ms latency, account limit L, Retry-After: 1 on 429s",
        "",
        "| L | workers | concurrency | N | msg/s | % of ceiling | 429s | not sent | "
        "duplicated | server max in flight |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            out.append(f"| {r.get('limit', '')} | {r['workers']} | error: {r['error']} |")
            continue
        out.append(
            f"| {r['limit']} | {r['workers']} | {'told L' if r['told'] else 'auto'} | "
            f"{r['messages']:,} | {r['throughput']:.0f} | {r['pct_of_ceiling']:.0f}% | "
            f"{r['refused']} | {r['lost']} | {r['duplicated']} | {r['server_max_in_flight']} |"
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--limit", type=int, nargs="+", default=[100, 400])
    parser.add_argument("--messages", type=int, default=None, help="N (default: 6 s at ceiling)")
    parser.add_argument("--told", action="store_true", help="concurrency=L instead of auto")
    ns = parser.parse_args([] if argv is None else argv)
    rows = []
    with running_postgres() as pg, tempfile.TemporaryDirectory() as tmp:
        redis = started(Path(tmp))
        try:
            for limit in ns.limit:
                for workers in ns.workers:
                    n = ns.messages or int(6 * limit / LATENCY)
                    tag = f"{limit}-{workers}-{time.monotonic_ns()}"
                    row = measure(pg.url(), redis.url, workers, limit, n, ns.told, tag)
                    rows.append(row)
                    short = row.get("error") or (
                        f"{row['throughput']:.0f} msg/s ({row['pct_of_ceiling']:.0f}%), "
                        f"lost {row['lost']}, dup {row['duplicated']}"
                    )
                    print(f"  campaign L={limit} workers={workers}: {short}", file=sys.stderr)
        finally:
            redis.stop()
    print(markdown(rows))
    return {"campaign": rows}


if __name__ == "__main__":
    main(sys.argv[1:])
