"""The general mechanisms behind views, actions, defaults and inventories, on their own.

A made-up catalog (``widgets`` in ``boxes``) shows the relations are derived from
paths, SID prefixes and class names, not from a list of Twilio resources.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from twilio_async.emulator import Engine
from twilio_async.emulator import _inventory as inventory
from twilio_async.emulator._app import EmulatorApp
from twilio_async.emulator._catalog import Catalog, build_version, load_catalog
from twilio_async.emulator._store import Store
from twilio_async.emulator._values import field_default, format_number


def _res(cls: str, list_path: str | None, instance_path: str | None, **kw: Any) -> dict[str, Any]:
    return {
        "class": cls,
        "list_path": list_path,
        "instance_path": instance_path,
        "key": kw.get("key", {"param": "Sid", "field": "sid", "pattern": None}),
        "list_key": kw.get("list_key"),
        "fields": kw.get("fields", {"sid": "string", "uri": "string"}),
        "operations": kw.get("operations", {}),
    }


_OPS = {
    "create": {
        "method": "POST",
        "on": "list",
        "params": [
            {"name": "Name", "type": "string", "in": "form"},
            {"name": "Label", "type": "string", "in": "form"},
        ],
        "one_of": [["Name", "Label"]],
    },
    "list": {"method": "GET", "on": "list", "params": []},
    "fetch": {"method": "GET", "on": "instance", "params": []},
    "delete": {"method": "DELETE", "on": "instance", "params": []},
}
_ROOT = "/2010-04-01/Accounts/{AccountSid}"


def _made_up_version() -> dict[str, Any]:
    fields = {
        "sid": "string",
        "box_sid": "string",
        "name": "string",
        "uri": "string",
        "polished": "boolean",
        "method": "http-method",
        "size": "enum:size",
    }
    return {
        "domain": "api",
        "version": "v2010",
        "dialect": "json-2010",
        "account_scope": "accounts",
        "enums": {"size": ["small", "large"]},
        "resources": {
            "accounts": _res(
                "Account",
                "/2010-04-01/Accounts.json",
                "/2010-04-01/Accounts/{Sid}.json",
                key={"param": "Sid", "field": "sid", "pattern": "^AC[0-9a-fA-F]{32}$"},
                list_key="accounts",
                operations={"fetch": _OPS["fetch"]},
            ),
            "accounts.widgets": _res(
                "Widget",
                f"{_ROOT}/Widgets.json",
                f"{_ROOT}/Widgets/{{Sid}}.json",
                key={"param": "Sid", "field": "sid", "pattern": "^WI[0-9a-fA-F]{32}$"},
                list_key="widgets",
                fields=fields,
                operations={k: _OPS[k] for k in ("list", "fetch", "delete")},
            ),
            "accounts.widgets.polish": _res(
                "WidgetPolish",
                None,
                f"{_ROOT}/Widgets/{{Sid}}/Polish.json",
                key=None,
                fields=fields,
                operations={"update": {"method": "POST", "on": "instance", "params": []}},
            ),
            "accounts.boxes": _res(
                "Box",
                f"{_ROOT}/Boxes.json",
                f"{_ROOT}/Boxes/{{Sid}}.json",
                key={"param": "Sid", "field": "sid", "pattern": "^BX[0-9a-fA-F]{32}$"},
                list_key="boxes",
                operations=dict(_OPS),
            ),
            "accounts.boxes.widgets": _res(
                "BoxWidget",
                f"{_ROOT}/Boxes/{{BoxSid}}/Widgets.json",
                f"{_ROOT}/Boxes/{{BoxSid}}/Widgets/{{Sid}}.json",
                key={"param": "Sid", "field": "sid", "pattern": "^WI[0-9a-fA-F]{32}$"},
                list_key="widgets",
                fields=fields,
                operations=dict(_OPS),
            ),
        },
    }


def test_relations_are_derived_from_paths_prefixes_and_class_names() -> None:
    v = build_version(_made_up_version())
    wide, nested = v.resources["accounts.widgets"], v.resources["accounts.boxes.widgets"]
    assert wide.wide and nested.home is wide and nested.base is wide
    action = v.resources["accounts.widgets.polish"].action
    assert action is not None and action.target is wide and action.sets == {"polished": True}
    assert v.resources["accounts.boxes"].home is None


def test_twilio_catalog_relations() -> None:
    api = load_catalog().find("api", "v2010")
    flex = load_catalog().find("flex-api", "v1")
    r = api.resources
    assert r["accounts.recordings"].wide
    assert r["accounts.calls.recordings"].home is r["accounts.recordings"]
    assert r["accounts.conferences.recordings"].home is r["accounts.recordings"]
    assert r["accounts.recordings.transcriptions"].home is r["accounts.transcriptions"]
    # same CA prefix, but a participant is not a kind of call
    assert r["accounts.conferences.participants"].home is None
    local = r["accounts.incoming_phone_numbers.local"]
    assert local.home is r["accounts.incoming_phone_numbers"] and local.where == {"type": "local"}
    archive = flex.resources["plugin_archive"].action
    assert archive is not None and archive.target is flex.resources["plugins"]
    version_archive = flex.resources["plugins.plugin_versions.plugin_version_archive"].action
    assert version_archive is not None
    assert version_archive.target is flex.resources["plugins.plugin_versions"]
    # a configured plugin is keyed by plugin_sid: not the same records as plugins
    assert flex.resources["plugin_configurations.plugins"].home is None


async def test_wide_list_fetch_delete_and_action_on_a_made_up_catalog() -> None:
    engine = Engine(
        catalog=Catalog([build_version(_made_up_version())]), seed=3, status_interval=None
    )
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    root = f"/api/2010-04-01/Accounts/{engine.account_sid}"
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emu", auth=(engine.account_sid, engine.auth_token)
    ) as http:
        refused = await http.post(f"{root}/Boxes.json", data={})
        assert refused.status_code == 400 and refused.json()["code"] == 20001
        assert "Name or Label" in refused.json()["message"]
        box = (await http.post(f"{root}/Boxes.json", data={"Name": "b"})).json()
        made = await http.post(f"{root}/Boxes/{box['sid']}/Widgets.json", data={"Name": "w"})
        assert made.status_code == 201
        widget = made.json()
        assert widget["sid"].startswith("WI") and widget["box_sid"] == box["sid"]
        assert widget["polished"] is False and widget["method"] == "POST"
        assert widget["size"] == "small"
        listed = (await http.get(f"{root}/Widgets.json")).json()["widgets"]
        assert [w["sid"] for w in listed] == [widget["sid"]]
        assert (
            listed[0]["uri"]
            == f"/2010-04-01/Accounts/{engine.account_sid}/Widgets/{widget['sid']}.json"
        )
        polished = await http.post(f"{root}/Widgets/{widget['sid']}/Polish.json")
        assert polished.status_code == 200 and polished.json()["polished"] is True
        nested = await http.get(f"{root}/Boxes/{box['sid']}/Widgets/{widget['sid']}.json")
        assert nested.json()["polished"] is True  # one record, two paths
        assert (await http.delete(f"{root}/Widgets/{widget['sid']}.json")).status_code == 204
        gone = await http.get(f"{root}/Boxes/{box['sid']}/Widgets.json")
        assert gone.json()["widgets"] == []
        missing = await http.post(f"{root}/Widgets/WI{'0' * 32}/Polish.json")
        assert missing.status_code == 404
    await engine.aclose()


def test_store_prefix_scans() -> None:
    store = Store()
    a = store.add("api/x", ("AC1", "CA1"), "RE1", {})
    b = store.add("api/x", ("AC1", "CA2"), "RE2", {})
    store.add("api/x", ("AC2", "CA3"), "RE3", {})
    assert store.newest_first_under("api/x", ("AC1",)) == [b, a]
    assert store.find_under("api/x", ("AC1",), "RE1") is a
    assert store.find_under("api/x", ("AC1",), "RE3") is None
    store.remove("api/x", ("AC1", "CA1"), "RE1")
    assert store.seq_under("api/x", ("AC1",), "RE1") == a.seq  # page tokens survive deletes


def test_field_defaults_by_table_rule_and_type() -> None:
    api = load_catalog().find("api", "v2010")
    number = api.resources["accounts.incoming_phone_numbers"]
    caps = field_default(number, "capabilities", "object", {})
    assert caps == {"voice": True, "sms": True, "mms": True, "fax": False}
    caps["sms"] = False  # a copy: the table is not changed
    assert field_default(number, "capabilities", "object", {})["sms"] is True
    assert field_default(number, "beta", "boolean", {}) is False
    assert field_default(number, "sms_method", "http-method", {}) == "POST"
    assert (
        field_default(number, "address_requirements", number.fields["address_requirements"], {})
        == "none"
    )
    assert field_default(number, "friendly_name", "string", {"phone_number": "+14155550100"}) == (
        "(415) 555-0100"
    )
    calls = api.resources["accounts.calls"]
    assert field_default(calls, "direction", calls.fields["direction"], {}) is None
    legacy = load_catalog().find("api", "v2008").resources["accounts.calls"]
    assert field_default(legacy, "x", "boolean", {}) is None
    assert format_number("+442071234567") == "+442071234567"


def test_inventory_is_the_same_every_time_and_searchable() -> None:
    first, again = inventory.numbers("US", "local"), inventory.numbers("us", "local")
    assert first == again and len(first) == inventory.PER_TYPE
    assert len({n["phone_number"] for n in first}) == len(first)
    assert inventory.numbers("US", "mobile") == [] and inventory.numbers("ZZ", "local") == []
    n = {
        "phone_number": "+14155552671",
        "capabilities": {"sms": True, "voice": True},
        "region": "CA",
        "address_requirements": "none",
    }
    assert inventory.matches(n, {"AreaCode": ["415"]})
    assert not inventory.matches(n, {"AreaCode": ["212"]})
    assert inventory.matches(n, {"Contains": ["555*6"]})
    assert inventory.matches(n, {"Contains": ["KLA"]})  # 552 on a keypad
    assert not inventory.matches(n, {"Contains": ["999"]})
    assert inventory.matches(n, {"SmsEnabled": ["true"], "InRegion": ["ca"]})
    assert not inventory.matches(n, {"MmsEnabled": ["true"]})
    assert not inventory.matches(
        {**n, "address_requirements": "any"}, {"ExcludeAllAddressRequired": ["true"]}
    )


@pytest.mark.parametrize("kind", ["local", "toll_free"])
def test_inventory_numbers_are_valid_nanp(kind: str) -> None:
    for n in inventory.numbers("US", kind):
        digits = n["phone_number"][2:]
        assert len(digits) == 10 and digits[3] not in "01"


async def test_an_inventory_is_seeded_once_per_scope_with_positions_as_keys() -> None:
    engine = Engine(seed=11, status_interval=None)
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    root = f"/api/2010-04-01/Accounts/{engine.account_sid}"
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emu", auth=(engine.account_sid, engine.auth_token)
    ) as http:
        for _ in range(2):
            got = await http.get(f"{root}/AvailablePhoneNumbers/US/Local.json?PageSize=100")
            assert len(got.json()["available_phone_numbers"]) == inventory.PER_TYPE
        gb = await http.get(f"{root}/AvailablePhoneNumbers/GB/Local.json")
        assert all(n["iso_country"] == "GB" for n in gb.json()["available_phone_numbers"])
        none = await http.get(f"{root}/AvailablePhoneNumbers/US/Mobile.json")
        assert none.json()["available_phone_numbers"] == []  # the US sells no mobiles here
        missing = await http.get(f"{root}/AvailablePhoneNumbers/ZZ.json")
        assert missing.status_code == 404
    records = list(engine.store.scan("api/accounts.available_phone_numbers.local"))
    assert len(records) == 2 * inventory.PER_TYPE  # US and GB, each once
    assert {r.key for r in records} == {f"{i:06d}" for i in range(inventory.PER_TYPE)}
    await engine.aclose()
