"""Import cost of ``twilio_async`` and of the first access of each domain, per generated spec.

``python -m tests.bench.domain_cost [--runs N] [--no-call] [--json FILE]`` runs, for every
generated ``catalog.json`` (one API version of one domain), fresh processes that time in
process (interpreter start-up is not counted):

- ``import twilio_async``;
- the first ``client.<domain>`` (the domain's module, nothing of its resources);
- one resource call path under it (``client.<domain>.<version>.<resource>(key)...``, the
  first fetch or list the catalog declares with no required parameter), built, no network;
- unless ``--no-call``, that operation's first call over an in-memory httpx transport
  (models built, response parsed: informative, no limit).

It prints the median of ``N`` per row, the modules the domain step and the path step
loaded, and whether any of them belongs to another domain, then the maximum of each
column against the issue's limits (100 ms to import, 30 ms for the first access of a
domain: the domain step plus the path step). Bytecode is cached per run in a scratch
folder, as an installed package has its ``.pyc`` files. Exit status 1 when a limit is
exceeded or a domain loads another domain's modules.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.operations.wire import (
    Catalog,
    OpCase,
    http_response,
    load_catalogs,
    navigation,
    op_cases,
)

ROOT = Path(__file__).resolve().parents[2]
PROBE = (Path(__file__).parent / "_domain_probe.py").read_text(encoding="utf-8")
#: The issue's limits, in milliseconds.
IMPORT_LIMIT_MS = 100.0
DOMAIN_LIMIT_MS = 30.0
REST = "twilio_async.rest."


@dataclass(frozen=True)
class Job:
    """What one probe run reaches: a domain, a version, a call path and its operation."""

    label: str
    domain: str
    version: str
    steps: list[tuple[str, list[str] | None]]
    case: OpCase

    def payload(self, call: bool) -> str:
        job: dict[str, Any] = {"domain": self.domain, "version": self.version}
        job["steps"] = self.steps
        if call:
            reply = http_response(self.case)
            job["call"] = {
                "verb": self.case.verb,
                "response": [reply.status_code, dict(reply.headers), reply.content.decode()],
            }
        return json.dumps(job)


def _no_required(case: OpCase) -> bool:
    return not any(p.get("required") for p in case.op.get("params") or [])


def pick_case(catalog: Catalog) -> OpCase:
    """The catalog's deepest fetch or list needing no argument (else its first operation).

    Deepest: the longest attribute chain from the version root, so the path step loads
    the most resource modules the catalog can make one call path load.
    """
    cases = op_cases([catalog])
    assert cases, f"{catalog.label}: no operations"
    callable_ = [c for c in cases if c.verb in ("fetch", "list") and _no_required(c)]
    if not callable_:
        return cases[0]
    return max(callable_, key=lambda c: len(navigation(c)[0]))


def jobs(catalogs: list[Catalog] | None = None) -> list[Job]:
    """One job per generated catalog (a domain's API version) that has an operation.

    A version whose published spec holds no operation (iam scim, verify v3) has no call
    path to time.
    """
    out = []
    for catalog in load_catalogs() if catalogs is None else catalogs:
        if not op_cases([catalog]):
            continue
        case = pick_case(catalog)
        steps = [(s.attr, None if s.call is None else list(s.call)) for s in navigation(case)[0]]
        domain = catalog.domain.replace("-", "_")
        out.append(Job(catalog.label, domain, catalog.version, steps, case))
    return out


def probe(job: Job, *, call: bool, env: dict[str, str]) -> dict[str, Any]:
    """Run the probe once in a fresh interpreter and return its figures."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, job.payload(call)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"probe of {job.label} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def foreign(job: Job, modules: list[str]) -> list[str]:
    """Modules of other domains' generated code among ``modules``."""
    own = REST + job.domain
    return [
        m
        for m in modules
        if m.startswith(REST) and m != REST + "_root" and not (m == own or m.startswith(own + "."))
    ]


def _env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.domain_cost", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per row and step")
    parser.add_argument("--no-call", action="store_true", help="skip the first-call column")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ns = parser.parse_args(argv)
    if ns.runs < 1:
        parser.error("--runs must be at least 1")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp))
        todo = jobs()
        # A version whose every operation needs an argument gets no first-call figure ("-").
        callable_jobs = {j.label for j in todo if not ns.no_call and _no_required(j.case)}
        for job in todo:
            probe(job, call=job.label in callable_jobs, env=env)  # fills the bytecode cache
        for job in todo:
            runs = [probe(job, call=False, env=env) for _ in range(ns.runs)]
            calls = (
                [probe(job, call=True, env=env) for _ in range(ns.runs)]
                if job.label in callable_jobs
                else []
            )
            first = runs[0]
            row = {
                "spec": job.label,
                "path": ".".join([job.domain, job.version, *(a for a, _ in job.steps)]),
                "import_ms": statistics.median(r["import_ms"] for r in runs),
                "client_ms": statistics.median(r["client_ms"] for r in runs),
                "domain_ms": statistics.median(r["domain_ms"] for r in runs),
                "path_ms": statistics.median(r["path_ms"] for r in runs),
                "access_ms": statistics.median(r["domain_ms"] + r["path_ms"] for r in runs),
                "call_ms": statistics.median(r["call_ms"] for r in calls) if calls else None,
                "call_error": next((r["call_error"] for r in calls if "call_error" in r), None),
                "modules": len(first["domain_modules"]) + len(first["path_modules"]),
                "foreign": foreign(job, first["domain_modules"] + first["path_modules"]),
            }
            rows.append(row)
    print(
        "| spec | call path | import ms | Client() ms | client.<domain> ms | path ms "
        "| first access ms | first call ms | modules loaded | other domains' modules |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        call_ms = "-" if r["call_ms"] is None else f"{r['call_ms']:.1f}"
        if r["call_error"]:
            call_ms += f" ({r['call_error']})"
        print(
            f"| {r['spec']} | `{r['path']}` | {r['import_ms']:.1f} | {r['client_ms']:.1f} "
            f"| {r['domain_ms']:.2f} "
            f"| {r['path_ms']:.2f} | {r['access_ms']:.2f} | {call_ms} | {r['modules']} "
            f"| {', '.join(r['foreign']) or 'none'} |"
        )
    worst_import = max(r["import_ms"] for r in rows)
    worst_access = max(rows, key=lambda r: r["access_ms"])
    calls_ms = [r["call_ms"] for r in rows if r["call_ms"] is not None]
    print(
        f"\nmax import twilio_async: {worst_import:.1f} ms (limit {IMPORT_LIMIT_MS:.0f}); "
        f"max first access of a domain: {worst_access['access_ms']:.2f} ms "
        f"({worst_access['spec']}, limit {DOMAIN_LIMIT_MS:.0f})"
        + (f"; max first call: {max(calls_ms):.1f} ms" if calls_ms else "")
        + f"; {len(rows)} specs, median of {ns.runs} fresh processes each"
    )
    if ns.json is not None:
        ns.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    bad = (
        worst_import > IMPORT_LIMIT_MS
        or worst_access["access_ms"] > DOMAIN_LIMIT_MS
        or any(r["foreign"] for r in rows)
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
