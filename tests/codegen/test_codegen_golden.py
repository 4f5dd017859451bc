"""Golden files: the fixture specs must generate exactly tests/codegen/golden/rest.

After an intended change to templates or codegen/ir.py, run ``make golden`` and review
the diff of tests/codegen/golden/ like any other change.
"""

from __future__ import annotations

import difflib
import importlib
import json
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

from codegen.render import read_tree
from twilio_async import Client, TwilioValidationError

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "rest"
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
    v2010 = _import(golden_pkg, "api.v2010").V2010(client)
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
    v1 = _import(golden_pkg, "flex_api.v1").V1(client)
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
