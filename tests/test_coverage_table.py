"""``python -m tests.operations.coverage``: counts from recorded outcomes, and the table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pytest

from tests.operations.coverage import Recorder, build_rows, failures, markdown, spec_file
from tests.operations.wire import load_catalogs, op_cases

CATALOGS = load_catalogs()


@dataclass
class _Outcome:
    nodeid: str
    when: str
    passed: bool


def _report(nodeid: str, when: str, passed: bool) -> pytest.TestReport:
    """What the recorder reads of a pytest report."""
    return cast(pytest.TestReport, _Outcome(nodeid, when, passed))


def _recorder(failing: set[str]) -> Recorder:
    """Outcomes as the suites would report them: every operation passes but ``failing``."""
    rec = Recorder()
    for case in op_cases(CATALOGS):
        for kind in ("wire", "forward", "served"):
            rec.operation[f"{kind}-{case.id}"] = (kind, case.id)
            for when in ("setup", "call", "teardown"):
                ok = not (kind == "wire" and when == "call" and case.id in failing)
                rec.pytest_runtest_logreport(_report(f"{kind}-{case.id}", when, ok))
    return rec


def test_every_spec_has_a_row_and_a_spec_file() -> None:
    rows = build_rows(CATALOGS, _recorder(set()))
    assert {r.label for r in rows} == {c.label for c in CATALOGS}
    assert {"api_v2010.yaml", "api_v2008.yaml", "flex_v1.yaml"} <= {r.spec for r in rows}
    for r in rows:
        assert r.generated == r.wire_cases == r.wire_tested == r.served == r.served_cases
    # Only versions whose published OpenAPI file declares no operation have an empty row.
    assert {r.label for r in rows if r.generated == 0} == {"iam.scim", "verify.v3"}
    assert spec_file(next(c for c in CATALOGS if c.label == "api.v2010")) == "api_v2010.yaml"


def test_a_failed_case_is_not_counted_and_is_listed() -> None:
    case = op_cases([c for c in CATALOGS if c.label == "api.v2010"])[0]
    rec = _recorder({case.id})
    row = next(r for r in build_rows(CATALOGS, rec) if r.label == "api.v2010")
    assert row.wire_tested == row.generated - 1
    assert row.served == row.generated
    assert failures(rec) == [f"wire: {case.id}"]
    table = markdown(build_rows(CATALOGS, rec))
    # One short of the whole is shown as such, never rounded up to 100%.
    cells = next(line for line in table.splitlines() if "| api.v2010 |" in line).split("|")
    assert cells[5].strip().startswith(f"{row.generated - 1} (9"), cells
    assert "100%" not in cells[5] and "100%" in cells[6], cells
    total = sum(r.generated for r in build_rows(CATALOGS, rec))
    assert f"**{total}**" in table.splitlines()[-1]


def test_a_skipped_phase_is_not_a_pass() -> None:
    rec = Recorder()
    rec.operation["n"] = ("served", "x.v1:r:fetch")
    rec.pytest_runtest_logreport(_report("n", "setup", True))
    rec.pytest_runtest_logreport(_report("n", "call", False))
    rec.pytest_runtest_logreport(_report("n", "teardown", True))
    assert rec.served == {"x.v1:r:fetch": False}
