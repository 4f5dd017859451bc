"""The first access of a domain loads that domain's modules and nothing else (not timed).

In fresh interpreters, each generated domain is reached in turn (``client.<domain>``,
then one resource call path under it, as ``tests.bench.domain_cost`` times them) and the
modules each step adds to ``sys.modules`` are recorded. Every domain must add only its
own generated modules (plus, on the very first access, the generated root), no model or
enum module and no third-party package: a call path is built without pydantic. The walk
runs forward in one process and backward in another, so a domain that imported another
domain's code is caught whichever of the two is reached first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.domain_cost import Job, jobs

ROOT = Path(__file__).resolve().parent.parent
REST = "twilio_async.rest"
#: Shared modules the first access of any domain may load (the generated root, the lazy
#: accessors it is built on), and nothing else outside the domain.
FIRST_ACCESS = frozenset({REST, f"{REST}._root", "twilio_async._resource"})

_WALK = """
import json, sys
from twilio_async import Client
client = Client("AC" + "a" * 32, "t", environ={})
out = []
for domain, version, steps in json.loads(sys.argv[1]):
    before = set(sys.modules)
    node = getattr(client, domain)
    loaded = set(sys.modules) - before
    before = set(sys.modules)
    node = getattr(node, version)
    for attr, args in steps:
        node = getattr(node, attr)
        if args is not None:
            node = node(*args)
    out.append([sorted(loaded), sorted(set(sys.modules) - before)])
print(json.dumps(out))
"""

JOBS = jobs()


def _walk(order: list[Job]) -> list[tuple[list[str], list[str]]]:
    payload = json.dumps([[j.domain, j.version, j.steps] for j in order])
    done = subprocess.run(
        [sys.executable, "-c", _WALK, payload],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: list[tuple[list[str], list[str]]] = json.loads(done.stdout)
    return result


def problems(order: list[Job], walked: list[tuple[list[str], list[str]]]) -> list[str]:
    """What the recorded walk breaks, one line per stray module set (empty: all good)."""
    out: list[str] = []
    for n, (job, (domain_step, path_step)) in enumerate(zip(order, walked, strict=True)):
        own = f"{REST}.{job.domain}"
        allowed = FIRST_ACCESS if n == 0 else frozenset()
        stray = [m for m in domain_step if m != own and m not in allowed]
        if stray:
            out.append(f"client.{job.domain} loaded {stray}")
        version = f"{own}.{job.version}"
        path = ".".join([job.domain, job.version, *(a for a, _ in job.steps)])
        stray = [m for m in path_step if m != version and not m.startswith(version + ".")]
        if stray:
            out.append(f"client.{path} loaded modules of no part of it: {stray}")
        models = [m for m in path_step if ".types" in m[len(version) :] or m.endswith(".enums")]
        if models:
            out.append(f"client.{path} loaded models before any call: {models}")
        if version not in path_step or len(path_step) < 2:
            out.append(f"client.{path} did not load its version and resources: {path_step}")
    return out


def test_every_generated_domain_is_walked() -> None:
    labels = {j.label for j in JOBS}
    assert {"api.v2010", "api.v2008", "flex-api.v1"} <= labels
    assert all(j.steps for j in JOBS), [j.label for j in JOBS if not j.steps]


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_first_access_of_a_domain_loads_only_that_domain(direction: str) -> None:
    order = list(JOBS) if direction == "forward" else list(reversed(JOBS))
    assert problems(order, _walk(order)) == []


def test_a_stray_import_is_reported() -> None:
    """The check fails a domain that loads another's code, a model, or a third party."""
    first, second = JOBS[0], JOBS[-1]
    assert first.domain != second.domain
    walked = _walk([first, second])
    assert problems([first, second], walked) == []
    other = f"{REST}.{second.domain}"
    version = f"{REST}.{second.domain}.{second.version}"
    bad = [
        (walked[0][0] + [other], walked[0][1]),
        (walked[1][0] + ["pydantic"], walked[1][1] + [version + ".types.x", "httpx"]),
    ]
    found = problems([first, second], bad)
    assert len(found) == 4, found
    assert other in found[0] and "pydantic" in found[1]
    assert "types.x" in found[3] or "types.x" in found[2]
