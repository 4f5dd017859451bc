"""Client CPU per message: the batch path against a bare ``messages.create``.

``python -m tests.bench.batch_cpu [--messages N] [--concurrency C ...] [--instructions]``
(and ``make bench``) starts ``tests/bench/server.py`` (a minimal, fast server
answering like Twilio's Messages endpoint) in its own process pinned to one core,
then, in fresh client processes pinned to the other core, sends N distinct messages
at the same concurrency C three ways:

- ``bare create``: ``client.messages.create`` in one task per message under an
  ``asyncio.Semaphore(C)`` (what a user would write by hand);
- ``batch``: ``await client.batch(concurrency=C).send(items)`` (no journal);
- ``batch + journal``: the same with ``journal=<a fresh file>`` (SQLite, WAL,
  ``synchronous=FULL``).

Each client process warms up first (a few hundred messages the same way, so lazy
imports, the connection pool and SQLite are loaded), then measures the process's
user + system CPU (``resource.getrusage``: every thread, the journal's included)
over the N messages. The table gives the median over ``--rounds`` processes (the
modes take turns, so noise hits them alike) in CPU µs per message and the ratio
to ``bare create`` at the same C. ``--instructions`` counts CPU instructions
instead, under valgrind's callgrind: the difference between a run of N messages
and one of N/5, divided by the messages between (the same figure on a busy
machine as on an idle one). Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "AC" + "a" * 32
TOKEN = "bench-token"
FROM = "+15017122661"
MODES = ("bare create", "batch", "batch + journal")
CONCURRENCY = (50, 200)
#: Messages each client process sends before it starts measuring.
WARMUP = 400


def _cpus() -> tuple[int | None, int | None]:
    """(client core, server core), or Nones on a machine without two."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    return (cpus[0], cpus[1]) if len(cpus) >= 2 else (None, None)


def _items(n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield {"to": f"+1555{i % 10_000:07d}", "from_": FROM, "body": f"bench {i}"}


def _cpu_seconds() -> tuple[float, float]:
    """(user, system) CPU seconds of the whole process so far, every thread included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


# ---------------------------------------------------------------- the client process


async def _send(client: Any, mode: str, concurrency: int, n: int, start: int, tmp: Path) -> None:
    items = _items(n, start)
    if mode == "bare create":
        gate = asyncio.Semaphore(concurrency)
        create = client.messages.create

        async def one(params: dict[str, Any]) -> None:
            async with gate:
                await create(**params)

        await asyncio.gather(*(one(params) for params in items))
        return
    journal = tmp / f"journal-{start}.db" if mode == "batch + journal" else None
    summary = await client.batch(concurrency=concurrency, journal=journal).send(items)
    assert summary.sent == n, summary.as_dict()


async def _client_run(port: int, mode: str, concurrency: int, n: int) -> dict[str, Any]:
    from twilio_async import Client

    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        async with Client(ACCOUNT, TOKEN, base_url=base, environ={}) as client:
            await _send(client, mode, concurrency, WARMUP, 0, Path(tmp))
            user0, sys0 = _cpu_seconds()
            await _send(client, mode, concurrency, n, WARMUP, Path(tmp))
            user1, sys1 = _cpu_seconds()
    user, system = (user1 - user0) / n * 1e6, (sys1 - sys0) / n * 1e6
    return {
        "mode": mode,
        "concurrency": concurrency,
        "messages": n,
        "cpu_us_per_msg": user + system,
        "user_us_per_msg": user,
        "sys_us_per_msg": system,
    }


def _worker_cmd(port: int, mode: str, concurrency: int, n: int, cpu: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "tests.bench.batch_cpu", "--worker", mode, "--port", str(port)]
    cmd += ["--concurrency", str(concurrency), "--messages", str(n)]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    return cmd


def _measure(port: int, mode: str, concurrency: int, n: int, cpu: int | None) -> dict[str, Any]:
    out = subprocess.run(
        _worker_cmd(port, mode, concurrency, n, cpu),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{mode} x{concurrency} failed: {out.stderr.strip()[-500:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(port: int, mode: str, concurrency: int, n: int, cpu: int | None) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        cmd + _worker_cmd(port, mode, concurrency, n, cpu),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{mode} x{concurrency} under callgrind: {done.stderr.strip()[-500:]}")
    return int(found.group(1))


def _per_message_instructions(
    port: int, mode: str, concurrency: int, n: int, cpu: int | None
) -> float:
    few = max(1, n // 5)
    many = _instructions(port, mode, concurrency, n, cpu)
    return (many - _instructions(port, mode, concurrency, few, cpu)) / (n - few)


# ---------------------------------------------------------------- the server process


def _start_server(cpu: int | None) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, "-m", "tests.bench.server"]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        return proc, int(line)
    except ValueError:
        proc.terminate()
        proc.wait(timeout=30)
        raise RuntimeError(f"the bench server did not start: {line!r}") from None


# ---------------------------------------------------------------- report


def markdown(results: dict[str, Any]) -> str:
    """The figures of ``run()`` as a Markdown table."""
    unit = "instructions" if results["instructions"] else "CPU µs"
    out = [
        f"## Batch path CPU per message ({results['messages']:,} messages to a fast local "
        f"server, client on one core; {results['statistic']})",
        "",
        f"| in flight | {' | '.join(f'{m}: {unit}/msg' for m in MODES)} | "
        f"batch / bare | batch + journal / bare |",
        "|---|" + "---|" * (len(MODES) + 2),
    ]
    for row in results["rows"]:
        figures = [row[m] for m in MODES]
        shown = " | ".join(f"{v:,.0f}" for v in figures)
        bare = row["bare create"]
        out.append(
            f"| {row['concurrency']} | {shown} | {row['batch'] / bare:.2f}x | "
            f"{row['batch + journal'] / bare:.2f}x |"
        )
    out += [
        "",
        "Issue 13's target: `batch + journal` at most 1.25x `bare create` at the same concurrency.",
    ]
    return "\n".join(out)


def run(
    messages: int, concurrency: Sequence[int], rounds: int, instructions: bool
) -> dict[str, Any]:
    """Measure every mode at every concurrency; returns the figures (see ``markdown``)."""
    client_cpu, server_cpu = _cpus()
    server, port = _start_server(server_cpu)
    rows = []
    try:
        for level in concurrency:
            row: dict[str, Any] = {"concurrency": level}
            if instructions:
                for mode in MODES:
                    row[mode] = _per_message_instructions(port, mode, level, messages, client_cpu)
            else:
                samples: dict[str, list[dict[str, Any]]] = {mode: [] for mode in MODES}
                for _ in range(rounds):
                    for mode in MODES:  # taking turns: noise hits every mode alike
                        samples[mode].append(_measure(port, mode, level, messages, client_cpu))
                for mode in MODES:
                    row[mode] = statistics.median(s["cpu_us_per_msg"] for s in samples[mode])
                    row[f"{mode}: sys"] = statistics.median(
                        s["sys_us_per_msg"] for s in samples[mode]
                    )
                row["samples"] = samples
            rows.append(row)
            print(
                f"  batch-cpu x{level}: "
                + ", ".join(f"{m} {row[m]:,.0f}" for m in MODES)
                + (" instructions/msg" if instructions else " µs/msg"),
                file=sys.stderr,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "messages": messages,
        "instructions": instructions,
        "statistic": "instructions per message, callgrind"
        if instructions
        else f"median of {rounds} processes",
        "rows": rows,
        "cpus": {"client": client_cpu, "server": server_cpu},
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Command line (``argv`` as on it; None: the defaults). Prints the table, returns figures."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.batch_cpu", description=__doc__)
    parser.add_argument("--messages", type=int, default=5000, help="messages per measurement")
    parser.add_argument(
        "--concurrency",
        type=int,
        action="append",
        default=None,
        help=f"requests in flight (repeatable; default {', '.join(map(str, CONCURRENCY))})",
    )
    parser.add_argument("--rounds", type=int, default=3, help="client processes per figure")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with callgrind"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    ns = parser.parse_args([] if argv is None else argv)
    if ns.messages < 5:
        parser.error("--messages must be at least 5")
    if ns.worker:
        if ns.cpu is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {ns.cpu})
        (level,) = ns.concurrency or [CONCURRENCY[0]]
        result = asyncio.run(_client_run(ns.port, ns.worker, level, ns.messages))
        print(json.dumps(result))
        return result
    if ns.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")
    results = run(ns.messages, ns.concurrency or CONCURRENCY, ns.rounds, ns.instructions)
    print(markdown(results))
    if ns.json is not None:
        ns.json.write_text(json.dumps(results, indent=1) + "\n")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
