"""`make bench`: side-by-side figures for this SDK and its baselines, in one run.

Starts the loopback bench server on one core, runs every measurement in a fresh
client process pinned to the other core, then prints Markdown tables and writes
the raw figures to a JSON file (default ``bench-results.json``) for run-to-run
comparison. Figures are reported, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CONTENDERS = ["sdk", "sdk-httpx", "twilio-python", "raw-httpx", "raw-aiohttp"]
LEVELS = [1, 10, 100, 1000]


def _cpus() -> tuple[int | None, int | None]:
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    return (cpus[0], cpus[1]) if len(cpus) >= 2 else (None, None)


def _start_server(total: int, cpu: int | None) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, "-m", "tests.bench.server", "--total", str(total)]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


def _worker(args: list[str], cpu: int | None) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "tests.bench.worker", *args]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr else "failed"}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _median_seconds(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_create(port: int, cpu: int | None, requests: int) -> list[dict[str, Any]]:
    rows = []
    for level in LEVELS:
        for contender in CONTENDERS:
            n = max(requests, level * 5)
            result = _worker(
                [
                    "create",
                    "--contender",
                    contender,
                    "--port",
                    str(port),
                    "--concurrency",
                    str(level),
                    "--requests",
                    str(n),
                ],
                cpu,
            )
            result.setdefault("contender", contender)
            result.setdefault("concurrency", level)
            rows.append(result)
            print(f"  create {contender:14s} x{level:<5d} {_fmt_short(result)}", file=sys.stderr)
    return rows


def bench_stream(port: int, cpu: int | None) -> list[dict[str, Any]]:
    rows = []
    for items in (10_000, 100_000):
        result = _worker(["stream", "--port", str(port), "--items", str(items)], cpu)
        result.setdefault("items", items)
        rows.append(result)
        print(f"  stream {items} {_fmt_short(result)}", file=sys.stderr)
    return rows


def bench_import(runs: int) -> dict[str, float]:
    base = _median_seconds("pass", runs)
    return {
        "python_startup_s": base,
        "twilio_async_import_s": _median_seconds("import twilio_async", runs) - base,
        "twilio_async_first_messages_s": _median_seconds(
            "from twilio_async import Client; Client('AC'+'a'*32, 't').messages", runs
        )
        - base,
        "twilio_python_import_s": _median_seconds("from twilio.rest import Client", runs) - base,
        "twilio_python_first_messages_s": _median_seconds(
            "from twilio.rest import Client; Client('AC'+'a'*32, 't').messages", runs
        )
        - base,
    }


def _fmt_short(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"ERROR {result['error']}"
    if "cpu_us_per_req" in result:
        return f"{result['req_per_s']:8.0f} req/s {result['cpu_us_per_req']:7.0f} us/req"
    return f"{result['us_per_item']:.1f} us/item {result['peak_rss_mb']:.0f} MB"


def markdown(
    create: list[dict[str, Any]], stream: list[dict[str, Any]], imp: dict[str, float]
) -> str:
    out = ["## messages.create (client CPU per request; ratios in this run)", ""]
    out.append(
        "| in flight | client | req/s | CPU µs/req | peak RSS MB | errors "
        "| / raw aiohttp | / twilio-python |"
    )
    out.append("|---|---|---|---|---|---|---|---|")
    by = {(r["contender"], r["concurrency"]): r for r in create}
    for level in LEVELS:
        floor = by.get(("raw-aiohttp", level), {}).get("cpu_us_per_req")
        official = by.get(("twilio-python", level), {}).get("cpu_us_per_req")
        for contender in CONTENDERS:
            r = by.get((contender, level), {})
            if "error" in r or not r:
                out.append(
                    f"| {level} | {contender} | error: {r.get('error', 'missing')} | | | | | |"
                )
                continue
            cpu = r["cpu_us_per_req"]
            ratio_floor = f"{cpu / floor:.2f}x" if floor else "-"
            ratio_official = f"{cpu / official:.2f}x" if official else "-"
            out.append(
                f"| {level} | {contender} | {r['req_per_s']:.0f} | {cpu:.0f} | "
                f"{r['peak_rss_mb']:.0f} | {r['errors']} | {ratio_floor} | {ratio_official} |"
            )
    sdk10 = by.get(("sdk", 10), {}).get("cpu_us_per_req")
    sdk1000 = by.get(("sdk", 1000), {}).get("cpu_us_per_req")
    if sdk10 and sdk1000:
        out += ["", f"SDK CPU/request growth from 10 to 1,000 in flight: {sdk1000 / sdk10:.2f}x"]
    out += [
        "",
        "## Streaming messages (pages of 1,000)",
        "",
        "| items | µs/item (wall) | CPU µs/item | peak RSS MB |",
        "|---|---|---|---|",
    ]
    for r in stream:
        if "error" in r:
            out.append(f"| {r['items']} | error: {r['error']} | | |")
        else:
            out.append(
                f"| {r['items']} | {r['us_per_item']:.1f} | {r['cpu_us_per_item']:.1f} | "
                f"{r['peak_rss_mb']:.0f} |"
            )
    out += [
        "",
        "## Cold import (median of fresh processes, Python start-up subtracted)",
        "",
        "| what | twilio_async | twilio-python | ratio |",
        "|---|---|---|---|",
    ]
    for label, ours, theirs in (
        ("import", "twilio_async_import_s", "twilio_python_import_s"),
        (
            "import + first client.messages",
            "twilio_async_first_messages_s",
            "twilio_python_first_messages_s",
        ),
    ):
        a, b = imp[ours], imp[theirs]
        out.append(f"| {label} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {a / b:.2f}x |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=3000, help="requests per measurement")
    parser.add_argument("--import-runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument(
        "--only", choices=("create", "stream", "import", "batch", "batch-cpu"), default=None
    )
    parser.add_argument(
        "--batch-messages", type=int, default=None, help="messages per batch run (default: by L)"
    )
    parser.add_argument(
        "--batch-cpu-messages", type=int, default=5000, help="messages per batch CPU figure"
    )
    ns = parser.parse_args()
    client_cpu, server_cpu = _cpus()
    server, port = _start_server(100_000, server_cpu)
    try:
        create = bench_create(port, client_cpu, ns.requests) if ns.only in (None, "create") else []
        stream = bench_stream(port, client_cpu) if ns.only in (None, "stream") else []
    finally:
        server.terminate()
        server.wait()
    imp = (
        bench_import(ns.import_runs)
        if ns.only in (None, "import")
        else {
            k: float("nan")
            for k in (
                "twilio_async_import_s",
                "twilio_python_import_s",
                "twilio_async_first_messages_s",
                "twilio_python_first_messages_s",
            )
        }
    )
    batch: dict[str, Any] = {}
    if ns.only in (None, "batch"):
        from tests.bench import batch as batch_bench

        batch = batch_bench.main(
            [] if ns.batch_messages is None else ["--messages", str(ns.batch_messages)]
        )
    batch_cpu: dict[str, Any] = {}
    if ns.only in (None, "batch-cpu"):
        from tests.bench import batch_cpu as batch_cpu_bench

        batch_cpu = batch_cpu_bench.main(["--messages", str(ns.batch_cpu_messages)])
    results = {
        "batch": batch,
        "batch_cpu": batch_cpu,
        "create": create,
        "stream": stream,
        "import": imp,
        "cpus": {"client": client_cpu, "server": server_cpu},
    }
    ns.json.write_text(json.dumps(results, indent=1) + "\n")
    print(markdown(create, stream, imp))
    print(f"\nraw figures: {ns.json}")


if __name__ == "__main__":
    main()
