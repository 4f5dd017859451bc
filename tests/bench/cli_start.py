"""What a short ``twilio-async send-batch`` run counts in its own clock: this tree vs a revision.

``python -m tests.bench.cli_start [--against REV] [--runs 5]`` sends a one-row CSV
(with a journal) to ``tests/bench/server.py`` in fresh processes, taking turns
between this tree and ``REV`` (unpacked with ``git archive``), and prints the
medians of the run's elapsed time as its summary reports it (the clock the rate
and the progress bar use: with lazy imports inside it, a first create costs about
half a second of imports) and of the whole process's wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.batch_cpu import ACCOUNT, FROM, TOKEN, _cpus, _start_server
from tests.bench.import_cost import ROOT, _unpack


def _one(tree: Path, port: int, tmp: Path, n: int) -> tuple[float, float]:
    csv = tmp / "one.csv"
    csv.write_text("to,name\n+15558675310,Ada\n")
    out = tmp / f"summary-{n}.json"
    cmd = [sys.executable, "-m", "twilio_async.batch._cli", "send-batch", str(csv)]
    cmd += ["--from", FROM, "--body", "Hi {name}", "--journal", str(tmp / f"run-{n}.db")]
    cmd += ["--base-url", f"http://127.0.0.1:{port}", "--account-sid", ACCOUNT]
    cmd += ["--auth-token", TOKEN, "--no-progress", "--summary-json", str(out)]
    started = time.perf_counter()
    subprocess.run(cmd, cwd=tree, check=True, capture_output=True, timeout=120)
    wall = time.perf_counter() - started
    summary = json.loads(out.read_text())
    assert summary["sent"] == 1, summary
    return float(summary["elapsed"]), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.cli_start", description=__doc__)
    parser.add_argument("--against", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per tree")
    ns = parser.parse_args(argv)
    _, server_cpu = _cpus()
    server, port = _start_server(server_cpu)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            trees = {"this tree": ROOT, ns.against: _unpack(ns.against, Path(tmp) / "rev")}
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for n in range(ns.runs):
                for name, tree in trees.items():  # taking turns: noise hits both alike
                    work = Path(tmp) / f"{abs(hash(name))}-{n}"
                    work.mkdir()
                    runs[name].append(_one(tree, port, work, n))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"| tree | run's elapsed (summary), median of {ns.runs} | process wall time |")
    print("|---|---|---|")
    for name, samples in runs.items():
        elapsed = statistics.median(s[0] for s in samples)
        wall = statistics.median(s[1] for s in samples)
        print(f"| {name} | {elapsed * 1000:.0f} ms | {wall * 1000:.0f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
