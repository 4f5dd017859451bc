"""The spec DSL additions API 2008 needs, and the separation of 2008 and 2010 output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.ir import build_project, field_name
from codegen.render import Renderer
from codegen.spec import SpecError, load_spec

ROOT = Path(__file__).resolve().parents[2]
REST = ROOT / "twilio_async" / "rest" / "api"

XML_SPEC = """\
spec: 1
domain: api
version: v2008
dialect: xml-2008
account_resource: things
enums:
  thing_state: {off: 0, on: 1, broken: 7}
  thing_color: [red, blue]
resources:
  things:
    class: Thing
    list_path: /2008-08-01/Things
    instance_path: /2008-08-01/Things/{ThingSid}
    key: {param: ThingSid, field: Sid, pattern: '^TH[0-9a-f]{32}$'}
    list_key: Things
    item_key: Thing
    fields:
      Sid: sid
      State: enum:thing_state
      Color: enum:thing_color
      RequestURL: uri
      AuthToken: string
      DateCreated: datetime-epoch
    operations:
      list:
        params:
          - {name: State, type: 'enum:thing_state'}
      fetch: {}
"""


def write(tmp_path: Path, text: str, name: str = "api_v2008.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def problems(tmp_path: Path, text: str, name: str = "api_v2008.yaml") -> list[str]:
    with pytest.raises(SpecError) as info:
        load_spec(write(tmp_path, text, name))
    return [f"{p.resource}|{p.field}|{p.message}" for p in info.value.problems]


def test_a_valid_xml_spec_loads_with_int_enums_and_item_keys(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, XML_SPEC))
    assert spec.int_enums == {"thing_state": (("off", 0), ("on", 1), ("broken", 7))}
    assert spec.enums["thing_state"] == ("0", "1", "7")
    assert spec.enums["thing_color"] == ("red", "blue")
    assert spec.resources["things"].item_key == "Thing"
    assert spec.account_resource == "things"


def test_generated_code_for_the_xml_spec(tmp_path: Path) -> None:
    files = Renderer().render(build_project([load_spec(write(tmp_path, XML_SPEC))]))
    enums = files["api/v2008/enums.py"]
    assert "class ThingState(TwilioIntEnum):" in enums
    assert "    BROKEN = 7" in enums
    assert "class ThingColor(TwilioEnum):" in enums
    module = files["api/v2008/things.py"]
    models = files["api/v2008/types/things.py"]
    assert 'request_url: str | None = Field(default=None, alias="RequestURL")' in models
    assert 'auth_token: str | None = Field(default=None, alias="AuthToken", repr=False)' in models
    assert 'date_created: EpochDateTime | None = Field(default=None, alias="DateCreated")' in models
    assert "state: ThingState | int | NotGiven = NOT_GIVEN" in module
    assert 'P("state", "State", QUERY, "integer")' in module
    assert '_key_field = "sid"' in models
    version = files["api/v2008/__init__.py"]
    assert "def account(self) -> ThingContext:" in version
    root = files["_root.py"]
    assert "def account(" not in root  # account_resource adds no client shortcuts
    catalog = json.loads(files["api/v2008/catalog.json"])
    assert catalog["int_enums"] == {"thing_state": {"off": 0, "on": 1, "broken": 7}}
    assert catalog["account_resource"] == "things"
    assert catalog["resources"]["things"]["item_key"] == "Thing"
    assert catalog["resources"]["things"]["list_key"] == "Things"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "{off: 0, on: 1, broken: 7}",
            "{off: 0, on: 0}",
            "|enums.thing_state.on|value 0 is used twice",
        ),
        ("{off: 0, on: 1, broken: 7}", "{Off: 0}", "|enums.thing_state.Off|labels are snake_case"),
        ("{off: 0, on: 1, broken: 7}", "{off: '0'}", "|enums.thing_state.off|expected an integer"),
        ("{off: 0, on: 1, broken: 7}", "{off: true}", "|enums.thing_state.off|expected an integer"),
        ("    item_key: Thing\n", "", "things|item_key|an xml-2008 resource with fields needs"),
        ("item_key: Thing", "item_key: 'Th ing'", "things|item_key|not an XML element name"),
        (
            "list_path: /2008-08-01/Things",
            "list_path: /2008-08-01/Things.json",
            "things|list_path|",
        ),
        ("account_resource: things", "account_resource: nope", "|account_resource|no resource"),
    ],
)
def test_xml_spec_problems(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in XML_SPEC
    found = problems(tmp_path, XML_SPEC.replace(old, new))
    assert any(p.startswith(expected) for p in found), found


def test_item_key_is_refused_outside_the_xml_dialect(tmp_path: Path) -> None:
    text = XML_SPEC.replace("dialect: xml-2008", "dialect: json-2010")
    found = problems(tmp_path, text)
    assert "things|item_key|only the xml-2008 dialect uses item_key (json-2010)" in found


def test_account_resource_needs_a_key(tmp_path: Path) -> None:
    text = XML_SPEC.replace(
        "    key: {param: ThingSid, field: Sid, pattern: '^TH[0-9a-f]{32}$'}\n", ""
    ).replace("/{ThingSid}", "/Mine")
    found = problems(tmp_path, text)
    assert "|account_resource|'things' has no key to address it by" in found


@pytest.mark.parametrize(
    ("wire", "py"),
    [
        ("DateCreated", "date_created"),
        ("RequestURL", "request_url"),
        ("SMSMessageSid", "sms_message_sid"),
        ("From", "from_"),
        ("date_created", "date_created"),
        ("from", "from_"),
        ("Fields", "fields_"),
    ],
)
def test_field_names(wire: str, py: str) -> None:
    assert field_name(wire) == py


def test_the_real_spec_loads_and_its_catalog_is_current() -> None:
    spec = load_spec(ROOT / "specs" / "api_v2008.yaml")
    assert spec.dialect == "xml-2008"
    assert spec.account_scope is None  # the 2010 spec owns the client shortcuts
    catalog = json.loads((REST / "v2008" / "catalog.json").read_text())
    assert catalog["int_enums"]["call_status"]["not_dialed"] == 0
    for rid, res in catalog["resources"].items():
        if res["fields"]:
            assert res["item_key"], rid
        for path in (res["list_path"], res["instance_path"]):
            assert path is None or path.startswith("/2008-08-01/"), rid


def test_nothing_2008_leaks_into_2010_and_back() -> None:
    for path in (REST / "v2010").glob("*.py"):
        text = path.read_text()
        assert "2008" not in text and "xml" not in text.lower(), path.name
    catalog_2010 = json.loads((REST / "v2010" / "catalog.json").read_text())
    assert "int_enums" not in catalog_2010
    assert all("item_key" not in r for r in catalog_2010["resources"].values())
    for path in (REST / "v2008").glob("*.py"):
        text = path.read_text()
        assert "2010-04-01" not in text and ".json" not in text, path.name
