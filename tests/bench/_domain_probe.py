"""Child-process probe for ``tests.bench.domain_cost`` (its source is run with ``python -c``).

It reads one JSON job from ``sys.argv[1]``, times in this fresh process ``import
twilio_async``, building a ``Client``, the first access of one domain and one resource
call path under it (and optionally a first call over an in-memory transport), and
prints one JSON line: milliseconds per step and the modules each step loaded. It is
plain Python with no imports of the tests, so only what the SDK loads is counted.
"""

import json
import sys
import time

job = json.loads(sys.argv[1])
SID = "AC" + "a" * 32
out: dict[str, object] = {}


def _step(name: str, before: set[str], started: float) -> None:
    out[name + "_ms"] = (time.perf_counter() - started) * 1000
    out[name + "_modules"] = sorted(set(sys.modules) - before)


if job.get("call"):
    import asyncio  # an async app has it already: not the SDK's cost

before, started = set(sys.modules), time.perf_counter()
import twilio_async  # noqa: E402

_step("import", before, started)

before, started = set(sys.modules), time.perf_counter()
http = None
if job.get("call"):
    import httpx

    status, headers, body = job["call"]["response"]
    reply = httpx.Response(status, headers=headers, content=body.encode())
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: reply))
client = twilio_async.Client(SID, "t", environ={}, http_client=http)
_step("client", before, started)

before, started = set(sys.modules), time.perf_counter()
node = getattr(client, job["domain"])
_step("domain", before, started)

before, started = set(sys.modules), time.perf_counter()
node = getattr(node, job["version"])
for attr, args in job["steps"]:
    node = getattr(node, attr)
    if args is not None:
        node = node(*args)
_step("path", before, started)

if job.get("call"):
    verb = job["call"]["verb"]

    async def _first_call() -> None:
        try:
            if verb == "list":
                await node.page(page_size=2)
            else:
                await getattr(node, verb)()
        except twilio_async.TwilioError as err:  # still timed: the models were built
            out["call_error"] = type(err).__name__

    before, started = set(sys.modules), time.perf_counter()
    asyncio.run(_first_call())
    _step("call", before, started)

print(json.dumps(out))
