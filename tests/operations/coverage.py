"""Per spec: operations generated, wire-tested and served by the emulator, as a markdown table.

``python -m tests.operations.coverage [--json FILE]`` reads every generated
``catalog.json`` (one per spec file: a domain's API version) and runs, in this process,

- ``tests/test_operations.py``: a spec's operation counts as wire-tested when its
  ``test_operation`` case passed (request checked against the spec, response parsed) and
  so did its ``test_model_forwards_instance_methods`` case where it has one;
- ``tests/emulator/test_every_resource.py``: an operation counts as served when its
  ``test_operation_is_served`` case passed against the in-process emulator (an answer
  that is a success or a Twilio error document, never a 5xx; a created instance fetched,
  listed and deleted as the spec says).

It prints one row per spec, a totals row, then the ids of the cases that failed. The
counts come from the test runs themselves, so the table says what the suite proves
today. Exit status 1 when an operation is not wire-tested or not served.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tests.operations.wire import Catalog, load_catalogs

ROOT = Path(__file__).resolve().parents[2]
WIRE_TESTS = "tests/test_operations.py"
EMULATOR_TESTS = "tests/emulator/test_every_resource.py"
_HEADER = re.compile(r"# Generated from specs/(?P<spec>[\w.-]+) ")


@dataclass
class Row:
    """One spec file's figures."""

    spec: str
    label: str
    dialect: str
    generated: int
    wire_cases: int = 0
    wire_tested: int = 0
    served_cases: int = 0
    served: int = 0


def spec_file(catalog: Catalog) -> str:
    """The spec a catalog was generated from (named in its version module's header)."""
    root = resources.files("twilio_async.rest")
    init = root / catalog.domain.replace("-", "_") / catalog.version / "__init__.py"
    found = _HEADER.match(init.read_text(encoding="utf-8"))
    return found["spec"] if found else "?"


def operation_id(label: str, rid: str, verb: str) -> str:
    return f"{label}:{rid}:{verb}"


class Recorder:
    """A pytest plugin: the outcome of each operation's wire and emulator cases."""

    def __init__(self) -> None:
        self.operation: dict[str, tuple[str, str]] = {}  # nodeid -> (kind, operation id)
        self.wire: dict[str, bool] = {}
        self.forward: dict[str, bool] = {}
        self.served: dict[str, bool] = {}

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            params: dict[str, Any] = getattr(getattr(item, "callspec", None), "params", {})
            name = getattr(item, "originalname", item.name)
            if name in ("test_operation", "test_model_forwards_instance_methods"):
                case = params["case"]
                kind = "wire" if name == "test_operation" else "forward"
                self.operation[item.nodeid] = (kind, case.id)
            elif name == "test_operation_is_served":
                label = params["version"].replace("/", ".")
                self.operation[item.nodeid] = (
                    "served",
                    operation_id(label, params["rid"], params["verb"]),
                )

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        entry = self.operation.get(report.nodeid)
        if entry is None:
            return
        kind, op = entry
        outcomes: dict[str, bool] = getattr(self, kind)
        # Every phase (setup, call, teardown) must pass; a skip is not a test.
        outcomes[op] = outcomes.get(op, True) and report.passed


def run_tests(recorder: Recorder, extra: list[str]) -> int:
    """Run the wire and emulator suites in this process, quietly, recording outcomes."""
    args = [WIRE_TESTS, EMULATOR_TESTS, "-p", "no:terminal", "-p", "no:cacheprovider", *extra]
    return int(pytest.main(args, plugins=[recorder]))


def build_rows(catalogs: list[Catalog], recorder: Recorder) -> list[Row]:
    rows: dict[str, Row] = {}
    for cat in catalogs:
        ops = sum(len(r["operations"]) for r in cat.resources.values())
        rows[cat.label] = Row(spec_file(cat), cat.label, cat.dialect, ops)
    wire_cases: Counter[str] = Counter()
    wire_ok: Counter[str] = Counter()
    for op, ok in recorder.wire.items():
        label = op.split(":", 1)[0]
        wire_cases[label] += 1
        wire_ok[label] += ok and recorder.forward.get(op, True)
    served_cases: Counter[str] = Counter()
    served_ok: Counter[str] = Counter()
    for op, ok in recorder.served.items():
        label = op.split(":", 1)[0]
        served_cases[label] += 1
        served_ok[label] += ok
    for label, row in rows.items():
        row.wire_cases, row.wire_tested = wire_cases[label], wire_ok[label]
        row.served_cases, row.served = served_cases[label], served_ok[label]
    return sorted(rows.values(), key=lambda r: r.spec)


def _pct(part: int, whole: int) -> str:
    """``part (share%)``; a share short of the whole never rounds up to 100%."""
    if not whole:
        return str(part)
    share = "100" if part == whole else f"{min(100 * part / whole, 99.9):.1f}"
    return f"{part} ({share}%)"


def markdown(rows: list[Row]) -> str:
    lines = [
        "| spec | domain.version | dialect | operations generated | wire-tested "
        "| served by the emulator |",
        "|---|---|---|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| `{r.spec}` | {r.label} | {r.dialect} | {r.generated} "
            f"| {_pct(r.wire_tested, r.generated)} | {_pct(r.served, r.generated)} |"
        )
    generated = sum(r.generated for r in rows)
    wire = sum(r.wire_tested for r in rows)
    served = sum(r.served for r in rows)
    lines.append(
        f"| **total: {len(rows)} specs** | | | **{generated}** | **{_pct(wire, generated)}** "
        f"| **{_pct(served, generated)}** |"
    )
    return "\n".join(lines)


def failures(recorder: Recorder) -> list[str]:
    out = [f"wire: {op}" for op, ok in sorted(recorder.wire.items()) if not ok]
    out += [f"wire (model methods): {op}" for op, ok in sorted(recorder.forward.items()) if not ok]
    out += [f"emulator: {op}" for op, ok in sorted(recorder.served.items()) if not ok]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.operations.coverage", description=__doc__
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ns, extra = parser.parse_known_args(argv)
    catalogs = load_catalogs()
    recorder = Recorder()
    run_tests(recorder, extra)
    rows = build_rows(catalogs, recorder)
    print(markdown(rows))
    failed = failures(recorder)
    if failed:
        print(f"\n{len(failed)} failing case(s):")
        for line in failed:
            print(f"- {line}")
    if ns.json is not None:
        ns.json.write_text(json.dumps([asdict(r) for r in rows], indent=1) + "\n", "utf-8")
    complete = all(r.wire_tested == r.generated == r.served for r in rows)
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
