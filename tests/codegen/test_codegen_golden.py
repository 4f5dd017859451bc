"""Golden files: the fixture specs must generate exactly tests/codegen/golden/rest.

After an intended change to templates or codegen/ir.py, run ``make golden`` and review
the diff of tests/codegen/golden/ like any other change.
"""

from __future__ import annotations

import ast
import difflib
import importlib
import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import httpx
import pytest
import respx

from codegen import scalars
from codegen.ir import CLIENT_ATTRS, REST_PACKAGE, Need, build_project
from codegen.render import Renderer, read_tree
from codegen.scalars import SCALARS
from codegen.spec import load_spec, load_specs
from twilio_async import Client, TwilioValidationError, _resource
from twilio_async._encoding import ENCODERS
from twilio_async._resource import Operation
from twilio_async._types import BodyKind, HttpMethod, Location, ParamKind
from twilio_async.rest._root import RootResources

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "rest"
FIXTURE_SPECS = HERE / "fixtures" / "specs"
REAL_SPECS = HERE.parents[1] / "specs"
ACCOUNT_SID = "AC" + "a" * 32
MESSAGE_SID = "SM" + "b" * 32
PLUGIN_SID = "FP" + "c" * 32


def _first_difference(want: dict[str, bytes], have: dict[str, bytes]) -> str | None:
    """A readable report of how ``have`` differs from ``want``, or None if identical."""
    missing = sorted(want.keys() - have.keys())
    extra = sorted(have.keys() - want.keys())
    changed = sorted(k for k in want.keys() & have.keys() if want[k] != have[k])
    if not (missing or extra or changed):
        return None
    lines = ["generated output differs from tests/codegen/golden/rest (`make golden` updates it)"]
    lines += [f"  missing from generated output: {name}" for name in missing]
    lines += [f"  not in golden files: {name}" for name in extra]
    lines += [f"  differs: {name}" for name in changed]
    if changed:
        name = changed[0]
        diff = difflib.unified_diff(
            want[name].decode().splitlines(keepends=True),
            have[name].decode().splitlines(keepends=True),
            fromfile=f"golden/{name}",
            tofile=f"generated/{name}",
        )
        lines += ["", *"".join(diff).splitlines()]
    return "\n".join(lines)


def test_golden_files_match(fixture_tree: Path) -> None:
    golden = read_tree(GOLDEN)
    assert "api/v2010/accounts_messages.py" in golden, "golden files are missing"
    report = _first_difference(golden, read_tree(fixture_tree))
    if report is not None:
        pytest.fail(report, pytrace=False)


def test_difference_report_shows_a_unified_diff() -> None:
    want = {"a.py": b"x = 1\ny = 2\n", "b.py": b"z = 3\n", "gone.py": b""}
    have = {"a.py": b"x = 1\ny = 20\n", "b.py": b"z = 3\n", "new.py": b""}
    report = _first_difference(want, have)
    assert report is not None
    assert "missing from generated output: gone.py" in report
    assert "not in golden files: new.py" in report
    assert "differs: a.py" in report and "differs: b.py" not in report
    assert "-y = 2" in report and "+y = 20" in report
    assert _first_difference(want, dict(want)) is None


def test_golden_tree_has_every_expected_file() -> None:
    names = set(read_tree(GOLDEN))
    assert names == {
        "__init__.py",
        "_root.py",
        "api/__init__.py",
        "api/v2010/__init__.py",
        "api/v2010/accounts.py",
        "api/v2010/accounts_balance.py",
        "api/v2010/accounts_messages.py",
        "api/v2010/accounts_messages_media.py",
        "api/v2010/catalog.json",
        "api/v2010/enums.py",
        "api/v2010/types/__init__.py",
        "api/v2010/types/accounts.py",
        "api/v2010/types/accounts_balance.py",
        "api/v2010/types/accounts_messages.py",
        "api/v2010/types/accounts_messages_media.py",
        "content/__init__.py",
        "content/v1/__init__.py",
        "content/v1/catalog.json",
        "content/v1/contents.py",
        "content/v1/enums.py",
        "content/v1/settings.py",
        "content/v1/types/__init__.py",
        "content/v1/types/contents.py",
        "content/v1/types/settings.py",
        "flex_api/__init__.py",
        "flex_api/v1/__init__.py",
        "flex_api/v1/catalog.json",
        "flex_api/v1/configuration.py",
        "flex_api/v1/enums.py",
        "flex_api/v1/plugins.py",
        "flex_api/v1/plugins_plugin_versions.py",
        "flex_api/v1/types/__init__.py",
        "flex_api/v1/types/configuration.py",
        "flex_api/v1/types/plugins.py",
        "flex_api/v1/types/plugins_plugin_versions.py",
    }


@pytest.mark.parametrize("tree", ["golden", "real"])
def test_every_generated_file_compiles(tree: str, request: pytest.FixtureRequest) -> None:
    root = GOLDEN if tree == "golden" else request.getfixturevalue("real_tree")
    files = read_tree(root)
    py = {name: text for name, text in files.items() if name.endswith(".py")}
    assert len(py) >= 10
    for name, text in py.items():
        compile(text, f"{tree}/{name}", "exec")
    for name, text in files.items():
        if name.endswith(".json"):
            assert isinstance(json.loads(text), dict), name


# --------------------------------------------------------------------------- importability


@pytest.fixture
def golden_pkg(tmp_path: Path) -> Iterator[str]:
    """The golden tree copied into a uniquely named package on sys.path."""
    name = f"golden_rest_{uuid.uuid4().hex[:8]}"
    shutil.copytree(GOLDEN, tmp_path / name)
    sys.path.insert(0, str(tmp_path))
    try:
        yield name
    finally:
        sys.path.remove(str(tmp_path))
        for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[mod]


def _import(pkg: str, rel: str) -> ModuleType:
    return importlib.import_module(f"{pkg}.{rel}")


def test_golden_modules_import_and_declare_operations(golden_pkg: str) -> None:
    messages = _import(golden_pkg, "api.v2010.accounts_messages")
    create = messages._CREATE
    assert (create.method, create.path) == ("POST", "/2010-04-01/Accounts/{0}/Messages.json")
    assert create.label == "messages.create"
    assert [(p.py, p.wire, p.required) for p in create.params][:2] == [
        ("to", "To", True),
        ("from_", "From", False),
    ]
    listing = messages._LIST
    assert listing.list_key == "messages"
    assert ("date_sent_before", "DateSent<") in [(p.py, p.wire) for p in listing.params]
    fetch = messages._FETCH
    assert fetch.path == "/2010-04-01/Accounts/{0}/Messages/{1}.json"
    balance = _import(golden_pkg, "api.v2010.accounts_balance")
    assert balance._FETCH.path == "/2010-04-01/Accounts/{0}/Balance.json"
    for rel in ("_root", "api", "flex_api", "flex_api.v1", "flex_api.v1.enums"):
        assert isinstance(_import(golden_pkg, rel), ModuleType)
    enums = _import(golden_pkg, "api.v2010.enums")
    assert enums.MessageDirection.OUTBOUND_API.value == "outbound-api"


@pytest.fixture
async def client() -> Any:
    async with Client(ACCOUNT_SID, "token", max_retries=0, environ={}) as c:
        yield c


async def test_golden_api_works_against_a_mocked_server(golden_pkg: str, client: Client) -> None:
    v2010 = _import(golden_pkg, "api.v2010").V2010(client._host)
    with respx.mock(assert_all_mocked=True) as router:
        route = router.post(
            f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        ).mock(
            return_value=httpx.Response(
                201,
                json={
                    "sid": MESSAGE_SID,
                    "from": "+15005550006",
                    "status": "queued",
                    "num_segments": "2",
                    "price": "-0.0075",
                },
            )
        )
        message = await v2010.account.messages.create(
            to="+15005550001", from_="+15005550006", media_url=["https://e.x/a.png"]
        )
    sent = route.calls.last.request
    form = httpx.QueryParams(sent.content.decode())
    assert form.get("To") == "+15005550001" and form.get("From") == "+15005550006"
    assert form.get_list("MediaUrl") == ["https://e.x/a.png"]
    assert message.sid == MESSAGE_SID and message.from_ == "+15005550006"
    assert message.num_segments == 2 and str(message.price) == "-0.0075"
    assert message.status == "queued"
    with pytest.raises(TwilioValidationError):
        v2010.account.messages("not-a-sid")


async def test_golden_flex_headers_and_json_bodies(golden_pkg: str, client: Client) -> None:
    v1 = _import(golden_pkg, "flex_api.v1").V1(client._host)
    with respx.mock(assert_all_mocked=True) as router:
        plugins = router.post("https://flex-api.twilio.com/v1/PluginService/Plugins").mock(
            return_value=httpx.Response(201, json={"sid": PLUGIN_SID, "unique_name": "p"})
        )
        config = router.post("https://flex-api.twilio.com/v1/Configuration").mock(
            return_value=httpx.Response(200, json={"account_sid": ACCOUNT_SID})
        )
        plugin = await v1.plugins.create(unique_name="p", flex_metadata="meta")
        await v1.configuration().update(body={"ui_language": "en"})
    sent = plugins.calls.last.request
    assert sent.headers["Flex-Metadata"] == "meta"
    assert httpx.QueryParams(sent.content.decode()).get("UniqueName") == "p"
    assert plugin.sid == PLUGIN_SID
    body = config.calls.last.request
    assert body.headers["content-type"].startswith("application/json")
    assert json.loads(body.content) == {"ui_language": "en"}


# --------------------------------------------------------------------------- imports, runtime names


def _ruff_unused_and_undefined(root: Path) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--isolated",
            "--select",
            "F401,F811,F821",
            "--output-format",
            "concise",
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return [line for line in result.stdout.splitlines() if ": F" in line]


@pytest.mark.parametrize("tree", ["golden", "real"])
def test_no_generated_module_has_an_unused_or_missing_import(
    tree: str, request: pytest.FixtureRequest
) -> None:
    root = GOLDEN if tree == "golden" else request.getfixturevalue("real_tree")
    assert _ruff_unused_and_undefined(root) == []


def test_rendered_imports_are_exact_before_any_formatting(tmp_path: Path) -> None:
    """The import blocks come from the IR's declarations alone: ruff deletes nothing."""
    fixtures = [load_spec(p) for p in sorted(FIXTURE_SPECS.glob("*.yaml"))]
    real = [
        s
        for p in sorted(REAL_SPECS.glob("*.yaml"))
        if p.name != "twiml.yaml"
        for s in load_specs(p)
    ]
    for label, chosen in (("fixtures", fixtures), ("real", real)):
        out = tmp_path / label
        for rel, text in Renderer().render(build_project(chosen)).items():
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        assert _ruff_unused_and_undefined(out) == [], label


def _runtime_imports(root: Path) -> set[tuple[str, str]]:
    """Every ``from twilio_async.<runtime> import name`` in the tree (TYPE_CHECKING too)."""
    found: set[tuple[str, str]] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.ImportFrom)
                and node.level == 0
                and (node.module or "").startswith("twilio_async.")
            ):
                found |= {(str(node.module), alias.name) for alias in node.names}
    return found


@pytest.mark.parametrize("tree", ["golden", "real"])
def test_every_runtime_name_the_generated_code_imports_exists(
    tree: str, request: pytest.FixtureRequest
) -> None:
    root = GOLDEN if tree == "golden" else request.getfixturevalue("real_tree")
    names = _runtime_imports(root)
    assert ("twilio_async._resource", "Operation") in names
    missing = [
        f"{module}.{name}"
        for module, name in sorted(names)
        if not hasattr(importlib.import_module(module), name)
    ]
    assert missing == []


def test_every_runtime_name_the_ir_declares_exists() -> None:
    """Names the IR and the scalar registry hand to templates, checked against the runtime."""
    project = build_project([load_spec(p) for p in sorted(FIXTURE_SPECS.glob("*.yaml"))])
    needs = set(project.needs)
    for d in project.domains:
        needs |= d.needs
        for v in d.versions:
            needs |= v.needs | v.enum_needs
            for r in v.resources:
                needs |= r.resource_needs | r.types_needs
    needs |= {Need(m, n) for s in SCALARS.values() for m, n in (*s.param_imports, *s.field_imports)}
    outside = [n for n in needs if not n.module.startswith(REST_PACKAGE)]
    assert {n.module for n in outside} >= {"twilio_async._resource", "twilio_async._types"}
    missing = [n for n in outside if not hasattr(importlib.import_module(n.module), n.name)]
    assert missing == []
    factories = {
        m.factory
        for d in project.domains
        for v in d.versions
        for r in v.resources
        for op in r.all_ops
        for m in op.methods
    }
    assert factories == {
        "call_method",
        "delete_method",
        "list_method",
        "stream_method",
        "page_method",
    }
    assert all(callable(getattr(Operation, f)) for f in factories)


def test_client_attrs_are_the_clients_own_public_attributes() -> None:
    """A shortcut named like one of these would be shadowed by Client itself."""
    client = Client(ACCOUNT_SID, "token", environ={})
    own = {name for name in dir(client) if not name.startswith("_")}
    assert own == CLIENT_ATTRS
    # Everything else a client answers comes from RootResources: domains, account, shortcuts.
    assert not own & {name for name in vars(RootResources) if not name.startswith("_")}


def test_the_spec_vocabulary_is_the_runtimes() -> None:
    """codegen.scalars and twilio_async._types name the same kinds, locations and bodies."""
    assert set(get_args(scalars.Kind)) == set(get_args(ParamKind)) == set(ENCODERS)
    assert {s.kind for s in SCALARS.values()} <= set(get_args(ParamKind))
    assert set(scalars.LOCATIONS) == set(get_args(Location))
    assert {getattr(_resource, const) for const in ("QUERY", "FORM", "HEADER", "JSON")} == set(
        scalars.LOCATIONS
    )
    assert set(scalars.BODIES) == set(get_args(BodyKind))
    assert set(scalars.METHODS) <= set(get_args(HttpMethod))
