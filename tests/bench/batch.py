"""Batch sending figures: ``python -m tests.bench.batch [--messages N]`` (and ``make bench``).

The emulator runs in its own process with 100 ms added to every request and an
account concurrency limit of 100, so no client can do better than 1,000 messages
a second (the *ceiling*). Each configuration gets a fresh emulator and a fresh
client process (pinned to separate cores when there are two), sends N messages,
and is then checked by listing what the emulator stored: messages never sent and
messages sent twice are counted, not assumed.

Configurations:

- ``batch auto + journal``: ``client.batch(concurrency="auto", journal=...)``, the target;
- ``batch auto``: the same without a journal (journal overhead = the difference);
- ``batch 100 + journal``: a fixed concurrency of exactly the account limit, for
  reference: what a sender that already knows the limit gets on this machine;
- ``twilio-python gather N``: the official client's ``create_async`` under
  ``asyncio.gather`` and a semaphore of 100 or 200, no retries (its aiohttp pool is
  raised to 1,000 connections so that the semaphore is what bounds it).

Figures are printed as a Markdown table and returned as a dict (for JSON); they are
reported, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "AC" + "b" * 32
TOKEN = "bench-batch-token"
FROM = "+15017122661"
LATENCY = 0.1
LIMIT = 100
CEILING = LIMIT / LATENCY

CONFIGS: dict[str, dict[str, Any]] = {
    "batch auto + journal": {"kind": "batch", "concurrency": "auto", "journal": True},
    "batch auto": {"kind": "batch", "concurrency": "auto", "journal": False},
    "batch 100 + journal": {"kind": "batch", "concurrency": 100, "journal": True},
    "twilio-python gather 100": {"kind": "twilio-python", "semaphore": 100},
    "twilio-python gather 200": {"kind": "twilio-python", "semaphore": 200},
}


def _cpus() -> tuple[int | None, int | None]:
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    return (cpus[0], cpus[1]) if len(cpus) >= 2 else (None, None)


def _items(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"to": f"+1555{i % 10_000:07d}", "from_": FROM, "body": f"bench {i}"}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- the emulator process


class EmulatorProcess:
    """``python -m twilio_async.emulator`` with the bench's faults, on a free port."""

    def __init__(self, cpu: int | None):
        args = [
            "--port",
            "0",
            "--latency",
            str(LATENCY),
            "--concurrency-limit",
            str(LIMIT),
            "--status-interval",
            "-1",
            "--account-sid",
            ACCOUNT,
            "--auth-token",
            TOKEN,
        ]
        pin = f"import os; os.sched_setaffinity(0, {{{cpu}}}); " if cpu is not None else ""
        code = (
            f"{pin}import sys; from twilio_async.emulator.__main__ import main; "
            f"sys.exit(main({args!r}))"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        found = re.search(r"http://\S+", line)
        if found is None:
            self.stop()
            raise RuntimeError(f"the emulator did not start: {line!r}")
        self.base_url = found.group(0)

    def cpu_seconds(self) -> float:
        """CPU the emulator process used so far (Linux), NaN elsewhere."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


async def _stored_bodies(base_url: str) -> Counter[str]:
    from twilio_async import Client

    async with Client(ACCOUNT, TOKEN, base_url=base_url, environ={}) as client:
        return Counter([m.body or "" async for m in client.messages.stream(page_size=1000)])


# ---------------------------------------------------------------- one configuration


async def _run_batch(base_url: str, n: int, concurrency: Any, journal: bool) -> dict[str, Any]:
    from twilio_async import Client

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db" if journal else None
        async with Client(ACCOUNT, TOKEN, base_url=base_url, environ={}) as client:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            summary = await client.batch(concurrency=concurrency, journal=path).send(_items(n))
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "sent": summary.sent,
        "failed": summary.failed,
        "uncertain": summary.uncertain,
        "rate_limited": summary.rate_limited,
        "retried": summary.retried,
        "final_concurrency": summary.concurrency,
        "wall_s": wall,
        "cpu_us_per_msg": cpu / n * 1e6,
    }


async def _run_twilio_python(base_url: str, n: int, semaphore: int) -> dict[str, Any]:
    import aiohttp
    from twilio.base.exceptions import TwilioRestException
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.http.response import Response
    from twilio.rest import Client as TwilioClient

    class LocalHttpClient(AsyncTwilioHttpClient):
        """Sends twilio-python's requests to the emulator; a pool as big as the semaphore."""

        def __init__(self) -> None:
            super().__init__()
            self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1000))

        # twilio-python's async client overrides its sync base's request with a coroutine.
        async def request(  # type: ignore[override]
            self,
            method: str,
            url: str,
            params: dict[str, object] | None = None,
            data: dict[str, object] | None = None,
            headers: dict[str, str] | None = None,
            auth: tuple[str, str] | None = None,
            timeout: float | None = None,
            allow_redirects: bool = False,
        ) -> Response:
            url = url.replace("https://api.twilio.com", base_url + "/api")
            return await super().request(
                method, url, params, data, headers, auth, timeout, allow_redirects
            )

    http: AsyncTwilioHttpClient = LocalHttpClient()
    client = TwilioClient(ACCOUNT, TOKEN, http_client=http)
    gate = asyncio.Semaphore(semaphore)
    errors: Counter[str] = Counter()

    async def one(item: dict[str, Any]) -> None:
        async with gate:
            try:
                await client.messages.create_async(
                    to=item["to"], from_=item["from_"], body=item["body"]
                )
            except TwilioRestException as err:
                errors[str(err.status)] += 1
            except Exception as err:
                errors[type(err).__name__] += 1

    cpu0, wall0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(one(item) for item in _items(n)))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    await http.close()
    failed = sum(errors.values())
    return {
        "sent": n - failed,
        "failed": failed,
        "uncertain": 0,
        "rate_limited": errors.get("429", 0),
        "retried": 0,
        "errors": dict(errors),
        "wall_s": wall,
        "cpu_us_per_msg": cpu / n * 1e6,
    }


def _worker(name: str, base_url: str, n: int, cpu: int | None) -> dict[str, Any]:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    config = CONFIGS[name]
    if config["kind"] == "batch":
        result = asyncio.run(_run_batch(base_url, n, config["concurrency"], config["journal"]))
    else:
        result = asyncio.run(_run_twilio_python(base_url, n, config["semaphore"]))
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def measure(name: str, n: int) -> dict[str, Any]:
    """One configuration against a fresh emulator, checked against what it stored."""
    client_cpu, server_cpu = _cpus()
    emu = EmulatorProcess(server_cpu)
    try:
        cmd = [sys.executable, "-m", "tests.bench.batch", "--worker", name]
        cmd += ["--base-url", emu.base_url, "--messages", str(n)]
        if client_cpu is not None:
            cmd += ["--cpu", str(client_cpu)]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3600)
        if out.returncode != 0:
            tail = out.stderr.strip().splitlines()[-1:] or ["failed"]
            return {"config": name, "messages": n, "error": tail[0]}
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        emulator_cpu = emu.cpu_seconds()
        stored = asyncio.run(_stored_bodies(emu.base_url))
    finally:
        emu.stop()
    expected = {f"bench {i}" for i in range(n)}
    result.update(
        config=name,
        messages=n,
        throughput=result["sent"] / result["wall_s"],
        stored=sum(stored.values()),
        lost=len(expected - set(stored)),
        duplicated=sum(count - 1 for count in stored.values() if count > 1),
        emulator_cpu_share=emulator_cpu / result["wall_s"],
    )
    result["pct_of_ceiling"] = 100 * result["throughput"] / CEILING
    return result


# ---------------------------------------------------------------- report


def markdown(rows: Sequence[dict[str, Any]]) -> str:
    n = rows[0]["messages"] if rows else 0
    out = [
        f"## Batch sending: {n:,} messages, {LATENCY * 1000:.0f} ms latency, account limit "
        f"{LIMIT} (ceiling {CEILING:,.0f} msg/s)",
        "",
        "| configuration | msg/s | % of ceiling | 429s | not sent | duplicated | "
        "client CPU µs/msg | peak RSS MB | emulator CPU |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            out.append(f"| {r['config']} | error: {r['error']} | | | | | | | |")
            continue
        out.append(
            f"| {r['config']} | {r['throughput']:.0f} | {r['pct_of_ceiling']:.0f}% | "
            f"{r['rate_limited']} | {r['lost']} | {r['duplicated']} | "
            f"{r['cpu_us_per_msg']:.0f} | {r['peak_rss_mb']:.0f} | "
            f"{100 * r['emulator_cpu_share']:.0f}% |"
        )
    by = {r["config"]: r for r in rows if "error" not in r}
    with_j, without = by.get("batch auto + journal"), by.get("batch auto")
    if with_j and without:
        out += [
            "",
            f"Journal overhead (auto, with vs without): {with_j['throughput']:.0f} vs "
            f"{without['throughput']:.0f} msg/s "
            f"({100 * (with_j['throughput'] / without['throughput'] - 1):+.1f}%), client CPU "
            f"{with_j['cpu_us_per_msg'] - without['cpu_us_per_msg']:+.0f} µs/msg.",
        ]
    fixed = by.get("batch 100 + journal")
    if with_j and fixed:
        out.append(
            f"`auto` reaches {100 * with_j['throughput'] / fixed['throughput']:.0f}% of a "
            "sender told the exact limit (`batch 100`), without being told."
        )
    out += [
        "",
        "`not sent` counts messages the emulator never stored (twilio-python's 429s are "
        "not retried by a plain `gather`); `emulator CPU` is the emulator process's share "
        "of one core during the run (near 100% means the emulator, not the client, was "
        "the bottleneck).",
    ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run every configuration (``argv`` as on the command line; None: the defaults).

    Prints the Markdown table and returns ``{"batch": [row, ...], "ceiling": ...}``.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000, help="messages per configuration")
    parser.add_argument("--only", choices=sorted(CONFIGS), action="append", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--worker", choices=sorted(CONFIGS), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    ns = parser.parse_args([] if argv is None else argv)  # main() from run.py: the defaults
    if ns.worker:
        result = _worker(ns.worker, ns.base_url, ns.messages, ns.cpu)
        print(json.dumps(result))
        return result
    rows = []
    for name in ns.only or list(CONFIGS):
        row = measure(name, ns.messages)
        rows.append(row)
        short = row.get("error") or f"{row['throughput']:.0f} msg/s, {row['rate_limited']} 429s"
        print(f"  batch {name:26s} {short}", file=sys.stderr)
    results = {"batch": rows, "ceiling": CEILING, "latency_s": LATENCY, "limit": LIMIT}
    print(markdown(rows))
    if ns.json is not None:
        ns.json.write_text(json.dumps(results, indent=1) + "\n")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
