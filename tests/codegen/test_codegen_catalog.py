"""catalog.json (one per generated version) round-trips the spec it was generated from."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.naming import domain_attr
from codegen.spec import DEFAULT_METHODS, DEFAULT_ON, load_specs, read_yaml, spec_to_dict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_FILES = [
    # specs/twiml.yaml is the TwiML spec, not a REST spec (it has no catalog).
    *sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "twiml.yaml"),
    *sorted((HERE / "fixtures" / "specs").glob("*.yaml")),
]


@functools.cache
def _raw(spec_file: Path) -> Any:
    return read_yaml(spec_file)


def _versions(spec_file: Path) -> list[str]:
    raw = _raw(spec_file)
    return [str(v) for v in raw["versions"]] if "versions" in raw else [str(raw["version"])]


#: (spec file, version): a file with ``versions:`` has one catalog per version.
CASES = [(p, v) for p in SPEC_FILES for v in _versions(p)]
IDS = [f"{p.name}:{v}" for p, v in CASES]


def _catalog_path(spec_file: Path, version: str) -> Path:
    raw = _raw(spec_file)
    base = ROOT / "twilio_async" / "rest"
    if spec_file.parent.name != "specs" or spec_file.parent.parent != ROOT:
        base = HERE / "golden" / "rest"
    return base / domain_attr(str(raw["domain"])) / version / "catalog.json"


@pytest.mark.parametrize(("spec_file", "version"), CASES, ids=IDS)
def test_catalog_equals_the_loaded_spec(spec_file: Path, version: str) -> None:
    catalog = json.loads(_catalog_path(spec_file, version).read_text())
    (spec,) = [s for s in load_specs(spec_file) if s.version == version]
    assert catalog == spec_to_dict(spec)


@pytest.mark.parametrize(("spec_file", "version"), CASES, ids=IDS)
def test_catalog_matches_the_yaml_text(spec_file: Path, version: str) -> None:
    """Independent of spec_to_dict: compare with the raw YAML, defaults filled in by hand."""
    raw: dict[str, Any] = dict(_raw(spec_file))
    catalog = json.loads(_catalog_path(spec_file, version).read_text())
    if "versions" in raw:  # this version's resources; enums: those they use
        raw["version"] = version
        raw["resources"] = {
            rid: res for rid, res in raw["resources"].items() if res["version"] == version
        }
        assert set(catalog["enums"]) <= set(raw.get("enums") or {})
        raw["enums"] = {k: v for k, v in (raw.get("enums") or {}).items() if k in catalog["enums"]}
    for key in ("domain", "version", "dialect"):
        assert catalog[key] == raw[key]
    assert catalog["account_scope"] == raw.get("account_scope")
    enums = raw.get("enums") or {}
    for name, values in enums.items():
        # a list of values, or (integer-coded enums) a mapping label -> wire value
        wire = values.values() if isinstance(values, dict) else values
        assert catalog["enums"][name] == [str(v) for v in wire], name
    assert sorted(catalog["enums"]) == sorted(enums)
    assert sorted(catalog["resources"]) == sorted(raw["resources"])
    for rid, res in raw["resources"].items():
        got = catalog["resources"][rid]
        assert got["class"] == res["class"], rid
        assert got["list_path"] == res.get("list_path"), rid
        assert got["instance_path"] == res.get("instance_path"), rid
        assert got["list_key"] == res.get("list_key"), rid
        assert got["fields"] == (res.get("fields") or {}), rid
        key = res.get("key")
        assert got["key"] == (None if key is None else {"pattern": None, **key}), rid
        assert sorted(got["operations"]) == sorted(res.get("operations") or {}), rid
        for verb, op in (res.get("operations") or {}).items():
            op = op or {}
            cat = got["operations"][verb]
            assert cat["method"] == op.get("method", DEFAULT_METHODS[verb]), (rid, verb)
            assert cat["on"] == op.get("on", DEFAULT_ON[verb]), (rid, verb)
            assert cat["status"] == op.get("status"), (rid, verb)
            assert cat["returns"] == op.get("returns"), (rid, verb)
            params = op.get("params") or []
            assert [p["name"] for p in cat["params"]] == [p["name"] for p in params]
            for want, have in zip(params, cat["params"], strict=True):
                assert have["type"] == want.get("type", "string"), (rid, verb, want["name"])
                assert have["required"] == bool(want.get("required", False))
                if "in" in want:
                    assert have["in"] == want["in"]


def test_catalog_spot_checks() -> None:
    catalog = json.loads((ROOT / "twilio_async/rest/api/v2010/catalog.json").read_text())
    messages = catalog["resources"]["accounts.messages"]
    assert messages["instance_path"] == "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"
    assert messages["key"]["param"] == "Sid" and messages["key"]["field"] == "sid"
    assert messages["list_key"] == "messages"
    create = messages["operations"]["create"]
    assert (create["method"], create["on"], create["body"]) == ("POST", "list", "form")
    to = next(p for p in create["params"] if p["name"] == "To")
    assert to == {"name": "To", "type": "phone-number", "required": True, "in": "form"}
    listing = messages["operations"]["list"]
    assert {"DateSent<", "DateSent>"} <= {p["name"] for p in listing["params"]}
    assert all(p["in"] == "query" for p in listing["params"])
    balance = catalog["resources"]["accounts.balance"]["operations"]["fetch"]
    assert (balance["on"], balance["method"]) == ("list", "GET")
