"""The SDK's own CPU per call against another revision, side by side in one run.

``python -m tests.bench.call_overhead [--against REV] [--calls N] [--rounds R]`` runs,
in fresh processes taking turns between this tree and ``REV`` (unpacked with
``git archive``), ``messages.create``, ``messages(sid).fetch``, ``message.update`` and
a 50-item ``messages.list`` page against an in-memory httpx transport that answers at
once: what is left is the SDK's work (argument checks, encoding, headers, retries
bookkeeping, parsing) plus httpx's ``AsyncClient`` (the ``http_client=`` path), without
network or server. Prints, for each, the best and the median CPU µs per call over the
rounds and their ratios to ``REV`` (the best is the steadier on a shared machine, as
with ``timeit``).

``--instructions`` counts CPU instructions per call under valgrind's callgrind instead
(the difference between a run of ``--calls`` calls and one of a fifth as many, divided
by the calls between): the same figure on a busy machine as on an idle one.
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
    import httpx
    from twilio_async import Client

    SID = "SM" + "a" * 32
    ONE = json.dumps({"sid": SID, "status": "queued", "body": "hi", "num_segments": "1",
        "date_created": "Wed, 18 Aug 2010 20:01:40 +0000", "price": "-0.0075"}).encode()
    PAGE = json.dumps({"messages": [json.loads(ONE)] * 50, "next_page_uri": None,
        "page": 0, "page_size": 50}).encode()

    def answer(request):
        listing = request.method == "GET" and request.url.path.endswith("Messages.json")
        body = PAGE if listing else ONE
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    async def main(calls, only):
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with Client("AC" + "a" * 32, "token", http_client=http, environ={}) as client:
            messages = client.messages
            message = await messages.create(to="+15558675310", from_="+15017122661", body="hi")
            steps = {
                "create": lambda: messages.create(
                    to="+15558675310", from_="+15017122661", body="hi", max_price=0.5
                ),
                "fetch": lambda: messages(SID).fetch(),
                "update via model": lambda: message.update(body=""),
                "list (50 items)": lambda: messages.list(page_size=50, limit=50),
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


_COLLECTED = re.compile(r"Collected : (\d+)")


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


def _per_call_instructions(tree: Path, calls: int, step: str) -> float:
    few = max(1, calls // 5)
    return (_instructions(tree, calls, step) - _instructions(tree, few, step)) / (calls - few)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.call_overhead", description=__doc__
    )
    parser.add_argument("--against", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--calls", type=int, default=2000, help="calls of each step per round")
    parser.add_argument("--rounds", type=int, default=5, help="fresh processes per tree")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with callgrind"
    )
    ns = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT, ns.against: _unpack(ns.against, Path(tmp))}
        if ns.instructions:
            if shutil.which("valgrind") is None:
                parser.error("--instructions needs valgrind (apt-get install valgrind)")
            calls = min(ns.calls, 250)
            print(f"| call | instructions per call: this tree / {ns.against} | ratio |")
            print("|---|---|---|")
            for step in ("create", "fetch", "update via model", "list (50 items)"):
                ours = _per_call_instructions(ROOT, calls, step)
                base = _per_call_instructions(trees[ns.against], calls, step)
                print(f"| {step} | {ours:,.0f} / {base:,.0f} | {ours / base:.3f}x |")
            return 0
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for _ in range(ns.rounds):
            for name, tree in trees.items():  # taking turns: noise hits both alike
                runs[name].append(_measure(tree, ns.calls))
        steps = list(runs["this tree"][0])
        print(f"| call | best µs: this tree / {ns.against} | ratio | median µs | ratio |")
        print("|---|---|---|---|---|")
        for step in steps:
            mine = [r[step] for r in runs["this tree"]]
            theirs = [r[step] for r in runs[ns.against]]
            best = min(mine) / min(theirs)
            median = statistics.median(mine) / statistics.median(theirs)
            print(
                f"| {step} | {min(mine):.1f} / {min(theirs):.1f} | {best:.2f}x "
                f"| {statistics.median(mine):.1f} / {statistics.median(theirs):.1f} "
                f"| {median:.2f}x |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
