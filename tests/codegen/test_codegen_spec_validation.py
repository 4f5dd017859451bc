"""Spec validation: every broken spec is reported with file, resource and field, all at once."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from codegen.__main__ import generate
from codegen.ir import build_project
from codegen.scalars import LOCATIONS, METHODS, SCALARS
from codegen.spec import SpecError, SpecProblem, load_spec, read_yaml

ROOT = Path(__file__).resolve().parents[2]
FILE = "broken_v1.yaml"

# A small valid spec; every case below replaces one anchored piece of it.
BASE = """\
spec: 1
domain: widgets
version: v1
dialect: json-v1

enums:
  thing_status: [on, off, broken]

resources:
  things:
    class: Thing
    list_path: /v1/Things
    instance_path: /v1/Things/{Sid}
    key: {param: Sid, field: sid, pattern: '^TH[0-9a-f]{32}$'}
    list_key: things
    fields:
      sid: string
      name: string
      status: enum:thing_status
    operations:
      create:  # things.create
        params:
          - {name: Name, type: string, required: true}
      list: {}
      fetch: {}

  things.parts:
    class: Part
    list_path: /v1/Things/{ThingSid}/Parts
    instance_path: /v1/Things/{ThingSid}/Parts/{Sid}
    key: {param: Sid, field: sid}
    list_key: parts
    fields:
      sid: string
    operations:
      list: {}
      fetch: {}

  settings:
    class: Settings
    instance_path: /v1/Settings
    fields:
      flags: object
    operations:
      fetch: {}  # settings.fetch
"""


def mutate(*edits: tuple[str, str]) -> str:
    text = BASE
    for old, new in edits:
        assert text.count(old) == 1, f"anchor {old!r} must occur exactly once"
        text = text.replace(old, new)
    return text


def problems_of(tmp_path: Path, text: str) -> list[SpecProblem]:
    path = tmp_path / FILE
    path.write_text(text)
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert info.value.problems, "a SpecError must carry problems"
    return info.value.problems


@dataclass(frozen=True)
class Case:
    id: str
    edits: tuple[tuple[str, str], ...]
    resource: str
    field: str  # "" when the whole resource is the problem
    message: str


CASES = [
    Case(
        "unknown-top-level-key",
        (("dialect: json-v1\n", "dialect: json-v1\ncolour: blue\n"),),
        "",
        "colour",
        "unknown top-level key",
    ),
    Case("bad-dialect", (("dialect: json-v1", "dialect: json-v3"),), "", "dialect", "json-v3"),
    Case(
        "unknown-type",
        (("      name: string", "      name: text"),),
        "things",
        "fields.name",
        "unknown type 'text'",
    ),
    Case(
        "unknown-enum",
        (("status: enum:thing_status", "status: enum:thing_state"),),
        "things",
        "fields.status",
        "unknown enum 'thing_state'",
    ),
    Case(
        "duplicate-param",
        (("required: true}\n", "required: true}\n          - {name: Name, type: string}\n"),),
        "things",
        "operations.create.params.Name",
        "duplicate parameter",
    ),
    Case(
        "json-param-without-json-body",
        (
            (
                "required: true}\n",
                "required: true}\n          - {name: Meta, type: object, in: json}\n",
            ),
        ),
        "things",
        "operations.create.params.Meta.in",
        "body: json",
    ),
    Case(
        "missing-list-key",
        (("    list_key: parts\n", ""),),
        "things.parts",
        "list_key",
        "needs list_key",
    ),
    Case(
        "parent-missing",
        (("  things.parts:", "  gadgets.parts:"),),
        "gadgets.parts",
        "",
        "parent resource 'gadgets' is not defined",
    ),
    Case(
        "child-path-does-not-continue-parent",
        (("list_path: /v1/Things/{ThingSid}/Parts", "list_path: /v1/Gizmos/{ThingSid}/Parts"),),
        "things.parts",
        "",
        "do not continue the paths of 'things'",
    ),
    Case(
        "placeholder-not-an-ancestor-key",
        (
            (
                "list_path: /v1/Things/{ThingSid}/Parts",
                "list_path: /v1/Things/{ThingSid}/Bins/{BinSid}/Parts",
            ),
        ),
        "things.parts",
        "list_path",
        "placeholder {BinSid} is not the key of any ancestor",
    ),
    Case(
        "class-name-clash",
        (("class: Part", "class: Thing"),),
        "things.parts",
        "class",
        "class Thing is also used by things",
    ),
    Case(
        "key-param-not-in-instance-path",
        (("key: {param: Sid, field: sid}", "key: {param: PartSid, field: sid}"),),
        "things.parts",
        "key.param",
        "{PartSid} is not a placeholder of instance_path",
    ),
    Case(
        "bad-regex",
        (("'^TH[0-9a-f]{32}$'", "'^TH[0-9a-f{32}$'"),),
        "things",
        "key.pattern",
        "invalid regex",
    ),
    Case(
        "on-list-without-list-path",
        (("fetch: {}  # settings.fetch", "fetch: {on: list}"),),
        "settings",
        "operations.fetch",
        "runs on the list path, which is not set",
    ),
    Case(
        "returns-unknown-model",
        (("create:  # things.create\n", "create:\n        returns: Receipt\n"),),
        "things",
        "operations.create.returns",
        "no model 'Receipt'",
    ),
    Case(
        "non-2xx-status",
        (("create:  # things.create\n", "create:\n        status: 302\n"),),
        "things",
        "operations.create.status",
        "expected a 2xx status, got 302",
    ),
]


def test_base_spec_is_valid(tmp_path: Path) -> None:
    path = tmp_path / FILE
    path.write_text(BASE)
    spec = load_spec(path)
    assert sorted(spec.resources) == ["settings", "things", "things.parts"]
    # YAML 1.2 booleans: enum values on/off stay strings
    assert spec.enums["thing_status"] == ("on", "off", "broken")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_broken_spec_is_reported(case: Case, tmp_path: Path) -> None:
    problems = problems_of(tmp_path, mutate(*case.edits))
    matching = [p for p in problems if case.message in p.message]
    assert matching, f"no problem mentions {case.message!r}: {[str(p) for p in problems]}"
    problem = matching[0]
    assert (problem.file, problem.resource, problem.field) == (FILE, case.resource, case.field)
    text = str(problem)
    assert FILE in text and case.resource in text and case.field in text
    assert text.startswith(":".join(p for p in (FILE, case.resource, case.field) if p) + ": ")


def test_every_problem_of_a_file_is_reported(tmp_path: Path) -> None:
    chosen = {"bad-dialect", "unknown-type", "duplicate-param", "key-param-not-in-instance-path"}
    edits = tuple(edit for case in CASES if case.id in chosen for edit in case.edits)
    edits += (("create:  # things.create\n", "create:\n        status: 302\n"),)
    problems = problems_of(tmp_path, mutate(*edits))
    where = {(p.resource, p.field) for p in problems}
    assert {
        ("", "dialect"),
        ("things", "fields.name"),
        ("things", "operations.create.params.Name"),
        ("things.parts", "key.param"),
        ("things", "operations.create.status"),
    } <= where


def test_naming_clashes_found_while_building_the_ir_are_spec_problems(tmp_path: Path) -> None:
    text = mutate(
        ("required: true}\n", "required: true}\n          - {name: NAME, type: string}\n")
    )
    path = tmp_path / FILE
    path.write_text(text)
    spec = load_spec(path)  # wire names differ, so the file itself is fine
    with pytest.raises(SpecError) as info:
        build_project([spec])
    [problem] = info.value.problems
    assert (problem.file, problem.resource) == (FILE, "things")
    assert problem.field == "operations.create.params.NAME"
    assert "'name' is used twice" in problem.message


def test_cli_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / FILE).write_text(mutate(*CASES[2].edits, *CASES[3].edits))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--specs", str(specs), "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{FILE}:things:fields.name" in result.stderr
    assert f"{FILE}:things:fields.status" in result.stderr
    assert "nothing was written" in result.stderr
    assert not out.exists()


def test_bad_spec_leaves_an_existing_output_dir_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "good_v1.yaml").write_text(BASE.replace("domain: widgets", "domain: gadgets"))
    (specs / FILE).write_text(mutate(*CASES[1].edits))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.py").write_text("kept = True\n")
    assert generate(specs, out, check=False) == 2
    assert [p.name for p in out.iterdir()] == ["keep.py"]
    assert (out / "keep.py").read_text() == "kept = True\n"
    err = capsys.readouterr().err
    assert f"spec error: {FILE}:dialect:" in err


def test_on_list_unquoted_is_the_key_on(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("fetch: {on: list}\nflag: yes\nreal: true\n")
    assert read_yaml(path) == {"fetch": {"on": "list"}, "flag": "yes", "real": True}
    # what a YAML 1.1 loader would make of it (why the spec loader is different)
    assert yaml.safe_load(path.read_text())["fetch"] == {True: "list"}


def test_unquoted_on_list_loads_as_an_operation_on_the_list_path(tmp_path: Path) -> None:
    text = mutate(
        (
            "  settings:\n    class: Settings\n",
            "  settings:\n    class: Settings\n    list_path: /v1/Settings\n",
        ),
        ("fetch: {}  # settings.fetch", "fetch: {on: list}"),
    )
    path = tmp_path / FILE
    path.write_text(text)
    op = load_spec(path).resources["settings"].operations["fetch"]
    assert (op.on, op.method) == ("list", "GET")


def test_x_keys_are_allowed_on_every_mapping(tmp_path: Path) -> None:
    text = mutate(
        ("dialect: json-v1\n", "dialect: json-v1\nx-owner: team\n"),
        ("    class: Thing\n", "    class: Thing\n    x-note: {any: thing}\n"),
        ("pattern: '^TH[0-9a-f]{32}$'}", "pattern: '^TH[0-9a-f]{32}$', x-why: sids}"),
        ("create:  # things.create\n", "create:\n        x-hand: true\n"),
        ("required: true}", "required: true, x-hand: true}"),
    )
    path = tmp_path / FILE
    path.write_text(text)
    spec = load_spec(path)
    [param] = spec.resources["things"].operations["create"].params
    assert (param.name, param.required) == ("Name", True)


@pytest.mark.parametrize(
    ("edits", "field", "message"),
    [
        (
            (("create:  # things.create\n", "create:\n        colour: blue\n"),),
            "operations.create.colour",
            "unknown key",
        ),
        (
            (("required: true}", "required: true, colour: blue}"),),
            "operations.create.params.Name.colour",
            "unknown key",
        ),
        (
            (("required: true}", "required: yes}"),),  # YAML 1.2: `yes` is a string
            "operations.create.params.Name.required",
            "expected true or false, got 'yes'",
        ),
        (
            (("required: true}", "required: true, in: null}"),),
            "operations.create.params.Name.in",
            "expected a value, got None",
        ),
        (
            (("required: true}", "required: true, in: body}"),),
            "operations.create.params.Name.in",
            "expected 'query', 'form', 'header' or 'json', got 'body'",
        ),
        (
            (("create:  # things.create\n", "create:\n        method: TRACE\n"),),
            "operations.create.method",
            "got 'TRACE'",
        ),
        (
            (
                (
                    "      fetch: {}\n\n  things.parts",
                    "      fetch: {}\n      patch: {}\n\n  things.parts",
                ),
            ),
            "operations.patch",
            "expected 'create', 'list', 'fetch', 'update' or 'delete', got 'patch'",
        ),
        (
            (
                (
                    "    fields:\n      sid: string\n      name",
                    "    fields: [sid, name]\n    x-was:\n      sid: string\n      name",
                ),
            ),
            "fields",
            "expected a mapping, got list",
        ),
        (
            (
                (
                    "          - {name: Name, type: string, required: true}",
                    "          - {type: string}",
                ),
            ),
            "operations.create.params[0].name",
            "required, but missing",
        ),
    ],
)
def test_pydantic_errors_are_located_problems(
    tmp_path: Path, edits: tuple[tuple[str, str], ...], field: str, message: str
) -> None:
    problems = problems_of(tmp_path, mutate(*edits))
    assert [(p.resource, p.field) for p in problems if message in p.message] == [
        ("things", field)
    ], [str(p) for p in problems]


def test_rules_within_a_resource_do_not_wait_for_its_other_fields(tmp_path: Path) -> None:
    # one resource, three independent problems: a field type, a rule on list_key, a key rule
    problems = problems_of(
        tmp_path,
        mutate(
            *CASES[2].edits,  # things: unknown type 'text'
            ("    list_key: things\n", ""),
            (
                "key: {param: Sid, field: sid, pattern:",
                "key: {param: ThingSid, field: sid, pattern:",
            ),
        ),
    )
    where = {(p.resource, p.field) for p in problems}
    assert {("things", "fields.name"), ("things", "list_key"), ("things", "key.param")} <= where


def test_file_rules_run_over_the_valid_resources_of_a_broken_file(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        mutate(
            ("dialect: json-v1", "dialect: json-v3"),  # the file itself is invalid
            ("class: Part", "class: Thing"),  # a class clash between two valid resources
            ("fetch: {}  # settings.fetch", "fetch: {status: 302}"),  # settings is broken
        ),
    )
    where = {(p.resource, p.field) for p in problems}
    assert ("things.parts", "class") in where and ("", "dialect") in where
    assert ("settings", "operations.fetch.status") in where


def test_children_of_a_broken_resource_are_not_blamed_for_it(tmp_path: Path) -> None:
    # the parent's key is broken: the child's placeholder is not reported as well
    problems = problems_of(
        tmp_path, mutate(("key: {param: Sid, field: sid, pattern:", "key: {field: sid, pattern:"))
    )
    assert [(p.resource, p.field) for p in problems] == [("things", "key.param")]


def test_the_vocabulary_is_the_scalar_registry(tmp_path: Path) -> None:
    fields = "".join(f"      f{i}: {name}\n" for i, name in enumerate(SCALARS))
    params = "".join(
        f"          - {{name: P{i}, type: '{name}', in: {LOCATIONS[i % 3]}}}\n"
        for i, name in enumerate(SCALARS)
    )
    text = mutate(
        ("      status: enum:thing_status\n", "      status: enum:thing_status\n" + fields),
        ("          - {name: Name, type: string, required: true}\n", params),
    )
    path = tmp_path / FILE
    path.write_text(text)
    spec = load_spec(path)
    assert [str(t) for t in spec.resources["things"].fields.values()][3:] == list(SCALARS)
    for method in METHODS:
        op = mutate(("create:  # things.create\n", f"create:\n        method: {method}\n"))
        path.write_text(op)
        assert load_spec(path).resources["things"].operations["create"].method == method
