"""Batch sending figures: ``python -m tests.bench.batch`` (and ``make bench``).

Each run sends N distinct messages through a server with 100 ms added to every
request and an account concurrency limit L, so no client can do better than
L / 0.1 s messages a second (the *ceiling*). Two servers, because the emulator
encodes this project's own assumptions:

- ``twilio-like`` (``tests/bench/twilio_like.py``): written apart from the
  emulator; beyond L it answers 429 / 20429 at once, with ``Retry-After: 1`` or
  with no header;
- ``emulator``: ``python -m twilio_async.emulator`` with its concurrency-limit
  fault (``Retry-After: 1`` by default, as Twilio; ``--limit-retry-after none``).

Every configuration gets a fresh server and a fresh client process (pinned to
separate cores when there are two), and is then checked by what the server
stored: messages never sent and messages sent twice are counted, not assumed.

Client configurations: ``auto + journal`` (``concurrency="auto"``, the target: the
limit is unknown), ``told L + journal`` (``concurrency=L``: what a sender that
knows the limit gets on this machine), ``auto`` (no journal), and twilio-python's
``create_async`` under ``asyncio.gather`` and a semaphore of 100, no retries.

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

CLIENTS: dict[str, dict[str, Any]] = {
    "auto + journal": {"kind": "batch", "concurrency": "auto", "journal": True},
    "auto": {"kind": "batch", "concurrency": "auto", "journal": False},
    "told L + journal": {"kind": "batch", "concurrency": "L", "journal": True},
    "twilio-python gather 100": {"kind": "twilio-python", "semaphore": 100},
}
#: (server, L, Retry-After seconds or None, client) rows of the default matrix.
MATRIX: list[tuple[str, int, float | None, str]] = [
    *(
        ("twilio-like", limit, retry_after, client)
        for limit in (25, 100, 400)
        for retry_after in (1.0, None)
        for client in ("auto + journal", "told L + journal")
    ),
    ("twilio-like", 100, 1.0, "twilio-python gather 100"),
    *(
        ("emulator", 100, retry_after, client)
        for retry_after in (1.0, None)
        for client in ("auto + journal", "auto", "told L + journal")
    ),
]


def messages_for(limit: int) -> int:
    """About four seconds at the ceiling, at least 2,000 messages."""
    return max(2000, int(4 * limit / LATENCY))


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


class ServerProcess:
    """A server in its own process on a free port; its first line of output names it."""

    def __init__(self, code: str, cpu: int | None):
        pin = f"import os; os.sched_setaffinity(0, {{{cpu}}}); " if cpu is not None else ""
        self.proc = subprocess.Popen(
            [sys.executable, "-c", pin + code], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.first_line = self.proc.stdout.readline()

    def cpu_seconds(self) -> float:
        """CPU the server process used so far (Linux), NaN elsewhere."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


class EmulatorProcess(ServerProcess):
    """``python -m twilio_async.emulator`` with the bench's faults."""

    def __init__(self, cpu: int | None, limit: int, retry_after: float | None):
        args = ["--port", "0", "--latency", str(LATENCY), "--concurrency-limit", str(limit)]
        args += ["--limit-retry-after", "none" if retry_after is None else f"{retry_after:g}"]
        args += ["--status-interval", "-1", "--account-sid", ACCOUNT, "--auth-token", TOKEN]
        super().__init__(
            "import sys; from twilio_async.emulator.__main__ import main; "
            f"sys.exit(main({args!r}))",
            cpu,
        )
        found = re.search(r"http://\S+", self.first_line)
        if found is None:
            self.stop()
            raise RuntimeError(f"the emulator did not start: {self.first_line!r}")
        self.base_url = found.group(0)

    def outcome(self, n: int) -> dict[str, Any]:
        stored = asyncio.run(_stored_bodies(self.base_url))
        expected = {f"bench {i}" for i in range(n)}
        return {
            "stored": sum(stored.values()),
            "lost": len(expected - set(stored)),
            "duplicated": sum(count - 1 for count in stored.values() if count > 1),
        }


class TwilioLikeProcess(ServerProcess):
    """``tests/bench/twilio_like.py``: not the emulator."""

    def __init__(self, cpu: int | None, limit: int, retry_after: float | None):
        ra = "none" if retry_after is None else f"{retry_after:g}"
        argv = ["twilio_like", "--latency", str(LATENCY), "--limit", str(limit)]
        argv += ["--retry-after", ra]
        super().__init__(
            f"import sys; sys.argv = {argv!r}; from tests.bench.twilio_like import main; main()",
            cpu,
        )
        if not self.first_line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"the twilio-like server did not start: {self.first_line!r}")
        self.base_url = f"http://127.0.0.1:{self.first_line.strip()}"

    def outcome(self, n: int) -> dict[str, Any]:
        import urllib.request

        with urllib.request.urlopen(self.base_url + "/_stats", timeout=30) as answer:
            stats: dict[str, Any] = json.loads(answer.read())
        return {
            "stored": stats["created"],
            "lost": n - stats["distinct"],
            "duplicated": stats["duplicated"],
            "server_max_in_flight": stats["max_in_flight"],
        }


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
            from twilio_async.batch._cli import preload

            preload(client.messages)  # as send-batch does: lazy imports before the clock
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


def _worker(name: str, base_url: str, n: int, limit: int, cpu: int | None) -> dict[str, Any]:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    config = CLIENTS[name]
    if config["kind"] == "batch":
        concurrency = limit if config["concurrency"] == "L" else config["concurrency"]
        result = asyncio.run(_run_batch(base_url, n, concurrency, config["journal"]))
    else:
        result = asyncio.run(_run_twilio_python(base_url, n, config["semaphore"]))
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def measure(
    server: str, limit: int, retry_after: float | None, client: str, n: int
) -> dict[str, Any]:
    """One configuration against a fresh server, checked against what it stored."""
    client_cpu, server_cpu = _cpus()
    kind = EmulatorProcess if server == "emulator" else TwilioLikeProcess
    proc = kind(server_cpu, limit, retry_after)
    row: dict[str, Any] = {
        "server": server,
        "limit": limit,
        "retry_after": retry_after,
        "config": client,
        "messages": n,
        "ceiling": limit / LATENCY,
    }
    try:
        cmd = [sys.executable, "-m", "tests.bench.batch", "--worker", client]
        cmd += ["--base-url", proc.base_url, "--messages", str(n), "--limit", str(limit)]
        if client_cpu is not None:
            cmd += ["--cpu", str(client_cpu)]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3600)
        if out.returncode != 0:
            tail = out.stderr.strip().splitlines()[-1:] or ["failed"]
            return {**row, "error": tail[0]}
        row.update(json.loads(out.stdout.strip().splitlines()[-1]))
        row["server_cpu_share"] = proc.cpu_seconds() / row["wall_s"]
        row.update(proc.outcome(n))
    finally:
        proc.stop()
    row["throughput"] = row["sent"] / row["wall_s"]
    row["pct_of_ceiling"] = 100 * row["throughput"] / row["ceiling"]
    return row


# ---------------------------------------------------------------- report


def _ra(value: float | None) -> str:
    return "none" if value is None else f"{value:g} s"


def markdown(rows: Sequence[dict[str, Any]]) -> str:
    out = [
        f"## Batch sending: {LATENCY * 1000:.0f} ms latency, account limit L "
        "(ceiling L / latency), N distinct messages",
        "",
        "| server | L | Retry-After | configuration | N | msg/s | % of ceiling | vs told L | "
        "429s | not sent | duplicated | final limit | client CPU µs/msg | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    told = {
        (r["server"], r["limit"], r["retry_after"]): r["throughput"]
        for r in rows
        if r.get("config") == "told L + journal" and "error" not in r
    }
    for r in rows:
        head = f"| {r['server']} | {r['limit']} | {_ra(r['retry_after'])} | {r['config']} |"
        if "error" in r:
            out.append(f"{head} {r['messages']} | error: {r['error']} |" + " |" * 8)
            continue
        base = told.get((r["server"], r["limit"], r["retry_after"]))
        versus = f"{100 * r['throughput'] / base:.0f}%" if base else ""
        out.append(
            f"{head} {r['messages']:,} | {r['throughput']:.0f} | {r['pct_of_ceiling']:.0f}% | "
            f"{versus} | {r['rate_limited']} | {r['lost']} | {r['duplicated']} | "
            f"{r.get('final_concurrency', '')} | {r['cpu_us_per_msg']:.0f} | "
            f"{r['peak_rss_mb']:.0f} |"
        )
    out += [
        "",
        "`vs told L`: throughput over that of the same sender given `concurrency=L` on the "
        "same server and Retry-After. `not sent` counts messages the server never stored "
        "(twilio-python's 429s are not retried by a plain `gather`).",
    ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the matrix (``argv`` as on the command line; None: the defaults).

    Prints the Markdown table and returns ``{"batch": [row, ...], ...}``.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=None, help="N (default: by L)")
    parser.add_argument("--server", choices=("twilio-like", "emulator"), action="append")
    parser.add_argument("--limit", type=int, action="append", help="only these L")
    parser.add_argument("--retry-after", choices=("1", "none"), action="append")
    parser.add_argument("--only", choices=sorted(CLIENTS), action="append", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--worker", choices=sorted(CLIENTS), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    ns = parser.parse_args([] if argv is None else argv)  # main() from run.py: the defaults
    if ns.worker:
        limit = (ns.limit or [LIMIT])[0]
        result = _worker(ns.worker, ns.base_url, ns.messages or 1000, limit, ns.cpu)
        print(json.dumps(result))
        return result
    wanted_ra = {None if v == "none" else float(v) for v in ns.retry_after or ("1", "none")}
    rows = []
    for server, limit, retry_after, client in MATRIX:
        if (
            (ns.server and server not in ns.server)
            or (ns.limit and limit not in ns.limit)
            or retry_after not in wanted_ra
            or (ns.only and client not in ns.only)
        ):
            continue
        row = measure(server, limit, retry_after, client, ns.messages or messages_for(limit))
        rows.append(row)
        short = row.get("error") or (
            f"{row['throughput']:.0f} msg/s ({row['pct_of_ceiling']:.0f}%), "
            f"{row['rate_limited']} 429s, lost {row['lost']}, dup {row['duplicated']}"
        )
        label = f"{server} L={limit} RA={_ra(retry_after)} {client}"
        print(f"  batch {label:48s} {short}", file=sys.stderr)
    results = {"batch": rows, "latency_s": LATENCY}
    print(markdown(rows))
    if ns.json is not None:
        ns.json.write_text(json.dumps(results, indent=1) + "\n")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
