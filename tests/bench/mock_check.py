"""What the "is an httpx mock active?" check costs per call, against another revision.

``python -m tests.bench.mock_check [--against REV] [--calls N] [--rounds R] [--instructions]``

``tests.bench.call_overhead`` measures the ``http_client=`` path, where the check never
runs (a caller's ``httpx.AsyncClient`` is used as is). This one measures the path it
runs on: a client that owns its backend (the default), with that backend replaced by
an in-memory one that answers at once, so the SDK's own work per ``messages.create``
and ``messages(sid).fetch`` is all that is left. Fresh processes take turns between
this tree and ``REV``; prints the best and median CPU µs per call and their ratios, or
with ``--instructions`` CPU instructions per call under callgrind (steady on a busy
machine).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from tests.bench.import_cost import ROOT, _unpack

WORKER = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from twilio_async import Client
    from twilio_async._backends._base import RawResponse

    SID = "SM" + "a" * 32
    ONE = json.dumps({"sid": SID, "status": "queued", "body": "hi", "num_segments": "1",
        "date_created": "Wed, 18 Aug 2010 20:01:40 +0000", "price": "-0.0075"}).encode()
    HEADERS = {"content-type": "application/json"}

    class InMemory:  # an owned backend that answers at once
        async def send(self, method, url, headers, content, timeouts):
            return RawResponse(200, HEADERS, ONE, "OK")

        async def aclose(self):
            pass

    async def main(calls, only):
        client = Client("AC" + "a" * 32, "token", environ={}, max_retries=0)
        client._transport._backend = InMemory()  # adopted on the first call, still owned
        messages = client.messages
        steps = {
            "create": lambda: messages.create(to="+15558675310", from_="+15017122661", body="hi"),
            "fetch": lambda: messages(SID).fetch(),
        }
        out = {}
        for name, call in steps.items():
            if only and name != only:
                continue
            for _ in range(50):
                await call()
            started = time.process_time()
            for _ in range(calls):
                await call()
            out[name] = (time.process_time() - started) / calls * 1e6
        print(json.dumps(out))

    asyncio.run(main(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""))
    """
)

_COLLECTED = re.compile(r"Collected : (\d+)")


def _measure(tree: Path, calls: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(calls)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def _instructions(tree: Path, calls: int, step: str) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            WORKER,
            str(calls),
            step,
        ],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    found = _COLLECTED.search(done.stderr)
    assert found, done.stderr[-500:]
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.mock_check", description=__doc__)
    parser.add_argument("--against", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--calls", type=int, default=5000, help="calls of each step per round")
    parser.add_argument("--rounds", type=int, default=7, help="fresh processes per tree")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with callgrind"
    )
    ns = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT, ns.against: _unpack(ns.against, Path(tmp))}
        if ns.instructions:
            if shutil.which("valgrind") is None:
                parser.error("--instructions needs valgrind (apt-get install valgrind)")
            calls = min(ns.calls, 500)
            few = calls // 5
            print(f"| call | instructions per call: this tree / {ns.against} | ratio |")
            print("|---|---|---|")
            for step in ("create", "fetch"):
                per = {
                    label: (_instructions(tree, calls, step) - _instructions(tree, few, step))
                    / (calls - few)
                    for label, tree in trees.items()
                }
                mine, theirs = per["this tree"], per[ns.against]
                print(f"| {step} | {mine:,.0f} / {theirs:,.0f} | {mine / theirs:.3f}x |")
            return 0
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
        for _ in range(ns.rounds):
            for label, tree in trees.items():
                runs[label].append(_measure(tree, ns.calls))
    print(f"| call | best µs: this tree / {ns.against} | ratio | median µs | ratio |")
    print("|---|---|---|---|---|")
    for step in runs["this tree"][0]:
        mine = [r[step] for r in runs["this tree"]]
        theirs = [r[step] for r in runs[ns.against]]
        best = (min(mine), min(theirs))
        med = (statistics.median(mine), statistics.median(theirs))
        print(
            f"| {step} | {best[0]:.2f} / {best[1]:.2f} | {best[0] / best[1]:.3f}x "
            f"| {med[0]:.2f} / {med[1]:.2f} | {med[0] / med[1]:.3f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
