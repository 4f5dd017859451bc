"""The SDK's own CPU per call against another revision, side by side in one run.

``python -m tests.bench.call_overhead [--against REV] [--calls N] [--rounds R]`` runs,
in fresh processes taking turns between this tree and ``REV`` (unpacked with
``git archive``), ``messages.create``, ``messages(sid).fetch``, ``message.update`` and
a 50-item ``messages.list`` page against an in-memory httpx transport that answers at
once: what is left is the SDK's work (argument checks, encoding, headers, retries
bookkeeping, parsing) plus httpx's ``AsyncClient`` (the ``http_client=`` path), without
network or server. Prints the median CPU µs per call
of each and the ratio to ``REV``.
"""

from __future__ import annotations

import argparse
import json
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

    async def main(calls):
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
                for _ in range(50):
                    await call()
                started = time.process_time()
                for _ in range(calls):
                    await call()
                out[name] = (time.process_time() - started) / calls * 1e6
            print(json.dumps(out))

    asyncio.run(main(int(sys.argv[1])))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.call_overhead", description=__doc__
    )
    parser.add_argument("--against", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--calls", type=int, default=2000, help="calls of each step per round")
    parser.add_argument("--rounds", type=int, default=5, help="fresh processes per tree")
    ns = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT, ns.against: _unpack(ns.against, Path(tmp))}
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for _ in range(ns.rounds):
            for name, tree in trees.items():  # taking turns: noise hits both alike
                runs[name].append(_measure(tree, ns.calls))
        steps = list(runs["this tree"][0])
        print(f"| call | this tree µs | {ns.against} µs | ratio |")
        print("|---|---|---|---|")
        for step in steps:
            mine = statistics.median(r[step] for r in runs["this tree"])
            theirs = statistics.median(r[step] for r in runs[ns.against])
            print(f"| {step} | {mine:.1f} | {theirs:.1f} | {mine / theirs:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
