"""Out-of-band provisioning, on a made-up catalog: nothing here names a Twilio resource.

A ``gadgets`` domain with two versions shows the rules of ``_provisioned``: a listed
resource no API creates starts with deterministic instances under each parent scope;
one another version creates is shared, not provisioned; a singleton under an instance
answers with that instance's SID; a keyless action's objects and lists are empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from twilio_async.emulator import Engine
from twilio_async.emulator._app import EmulatorApp
from twilio_async.emulator._catalog import Catalog, Resource, build_version
from twilio_async.emulator._provisioned import GENERIC_COUNT, provisionable

_GET_LIST = {"method": "GET", "on": "list", "params": []}
_GET = {"method": "GET", "on": "instance", "params": []}
_LABEL = [{"name": "Label", "type": "string", "in": "form"}]
_POST = {"method": "POST", "on": "instance", "params": _LABEL}
_DELETE = {"method": "DELETE", "on": "instance", "params": []}
_CREATE = {"method": "POST", "on": "list", "params": _LABEL}


def _res(
    cls: str, list_path: str | None, instance_path: str | None, key: str | None, **kw: Any
) -> dict[str, Any]:
    return {
        "class": cls,
        "list_path": list_path,
        "instance_path": instance_path,
        "key": (
            {"param": "Sid", "field": "sid", "pattern": f"^{key}[0-9a-fA-F]{{32}}$"}
            if key
            else None
        ),
        "list_key": kw.get("list_key"),
        "fields": kw.get("fields", {"sid": "string", "label": "string", "url": "uri"}),
        "operations": kw["operations"],
    }


def _api() -> dict[str, Any]:
    return {
        "domain": "api",
        "version": "v2010",
        "dialect": "json-2010",
        "account_scope": "accounts",
        "resources": {
            "accounts": _res(
                "Account",
                "/2010-04-01/Accounts.json",
                "/2010-04-01/Accounts/{Sid}.json",
                "AC",
                operations={"fetch": _GET},
            )
        },
    }


def _gadgets(version: str) -> dict[str, Any]:
    root = f"/{version}"
    resources: dict[str, Any] = {
        # created only through v2: v1 shows v2's records
        "gadgets": _res(
            "Gadget",
            f"{root}/Gadgets",
            f"{root}/Gadgets/{{Sid}}",
            "GA",
            list_key="gadgets",
            operations=(
                {"create": _CREATE, "list": _GET_LIST, "fetch": _GET}
                if version == "v2"
                else {"list": _GET_LIST, "fetch": _GET, "delete": _DELETE}
            ),
        ),
    }
    if version == "v1":
        resources |= {
            # nobody creates boards or chips: provisioned
            "boards": _res(
                "Board",
                f"{root}/Boards",
                f"{root}/Boards/{{Sid}}",
                "BO",
                list_key="boards",
                fields={"sid": "string", "label": "string", "on": "boolean", "url": "uri"},
                operations={"list": _GET_LIST, "fetch": _GET, "update": _POST, "delete": _DELETE},
            ),
            "boards.chips": _res(
                "Chip",
                f"{root}/Boards/{{BoardSid}}/Chips",
                f"{root}/Boards/{{BoardSid}}/Chips/{{Sid}}",
                "CP",
                list_key="chips",
                fields={"sid": "string", "board_sid": "string", "url": "uri"},
                operations={"list": _GET_LIST, "fetch": _GET},
            ),
            "boards.board_status": _res(
                "BoardStatus",
                None,
                f"{root}/Boards/{{Sid}}/Status",
                None,
                fields={"sid": "string", "url": "uri"},
                operations={"fetch": _GET},
            ),
            # fetch-only, answered from its key; its parts are provisioned under any kit
            "kits": _res(
                "Kit",
                None,
                f"{root}/Kits/{{Sid}}",
                "KT",
                operations={"fetch": _GET},
            ),
            "kits.parts": _res(
                "Part",
                f"{root}/Kits/{{KitSid}}/Parts",
                f"{root}/Kits/{{KitSid}}/Parts/{{Sid}}",
                "PT",
                list_key="parts",
                fields={"sid": "string", "kit_sid": "string", "url": "uri"},
                operations={"list": _GET_LIST, "fetch": _GET},
            ),
            "checks": _res(
                "Check",
                f"{root}/Checks",
                None,
                None,
                fields={"results": "list<object>", "settings": "object"},
                operations={"create": {"method": "POST", "on": "list", "params": []}},
            ),
        }
    return {
        "domain": "gadgets",
        "version": version,
        "dialect": "json-v1",
        "account_scope": None,
        "resources": resources,
    }


def _engine(seed: int, account_sid: str | None = None) -> Engine:
    versions = [build_version(_api()), build_version(_gadgets("v1")), build_version(_gadgets("v2"))]
    catalog = Catalog(versions)
    return Engine(catalog=catalog, seed=seed, status_interval=None, account_sid=account_sid)


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    engine = _engine(seed=1)
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://emu/gadgets",
        auth=(engine.account_sid, engine.auth_token),
    ) as client:
        yield client
    await engine.aclose()


async def _sids(http: httpx.AsyncClient, path: str, key: str) -> list[str]:
    got = await http.get(path)
    assert got.status_code == 200, got.text
    return [item["sid"] for item in got.json()[key]]


def test_provisionable_is_decided_by_operations_and_sharing() -> None:
    engine = _engine(seed=1)
    v1 = engine.catalog.find("gadgets", "v1")

    def shared(res: Resource) -> bool:
        return res.id == "gadgets"  # created through v2

    assert provisionable(v1.resources["boards"], shared)
    assert provisionable(v1.resources["boards.chips"], shared)
    assert not provisionable(v1.resources["gadgets"], shared)
    assert not provisionable(v1.resources["boards.board_status"], shared)  # a singleton
    assert not provisionable(v1.resources["checks"], shared)  # created
    hooks = engine.hooks
    assert ("gadgets/v1", "boards") in hooks and ("gadgets/v1", "gadgets") not in hooks


async def test_provisioned_instances_per_scope_with_owner_fields(
    http: httpx.AsyncClient,
) -> None:
    boards = await _sids(http, "/v1/Boards", "boards")
    assert len(boards) == GENERIC_COUNT and len(set(boards)) == GENERIC_COUNT
    assert all(s.startswith("BO") and len(s) == 34 for s in boards)
    chips = {b: await _sids(http, f"/v1/Boards/{b}/Chips", "chips") for b in boards}
    assert all(len(c) == GENERIC_COUNT for c in chips.values())
    assert not set(chips[boards[0]]) & set(chips[boards[1]])  # each scope has its own
    chip = chips[boards[1]][0]
    fetched = (await http.get(f"/v1/Boards/{boards[1]}/Chips/{chip}")).json()
    assert fetched["board_sid"] == boards[1]
    assert fetched["url"] == f"http://emu/gadgets/v1/Boards/{boards[1]}/Chips/{chip}"
    board = (await http.get(f"/v1/Boards/{boards[0]}")).json()
    assert board["on"] is False  # the field's type default


async def test_provisioned_sids_do_not_depend_on_the_engine_seed() -> None:
    """The SIDs are a digest of the scope (the account's SID is part of it), not random."""
    got = []
    for seed in (1, 2):
        engine = _engine(seed, account_sid="AC" + "1" * 32)
        transport = httpx.ASGITransport(app=EmulatorApp(engine))
        async with httpx.AsyncClient(
            transport=transport,
            base_url="http://emu/gadgets",
            auth=(engine.account_sid, engine.auth_token),
        ) as client:
            got.append(await _sids(client, "/v1/Boards", "boards"))
        await engine.aclose()
    assert got[0] == got[1]


async def test_provisioned_instances_update_and_stay_deleted(http: httpx.AsyncClient) -> None:
    first, second = await _sids(http, "/v1/Boards", "boards")
    updated = await http.post(f"/v1/Boards/{first}", data={"Label": "blue"})
    assert updated.status_code == 200 and updated.json()["label"] == "blue"
    assert (await http.get(f"/v1/Boards/{first}")).json()["label"] == "blue"
    assert (await http.delete(f"/v1/Boards/{second}")).status_code == 204
    assert await _sids(http, "/v1/Boards", "boards") == [first]  # seeded once, not again
    assert (await http.get(f"/v1/Boards/{second}")).status_code == 404
    unknown = await http.get(f"/v1/Boards/BO{'0' * 32}/Chips")
    assert unknown.status_code == 404  # only provisioned parents have children


async def test_a_resource_another_version_creates_is_shared_not_provisioned(
    http: httpx.AsyncClient,
) -> None:
    assert await _sids(http, "/v1/Gadgets", "gadgets") == []
    made = await http.post("/v2/Gadgets", data={"Label": "g"})
    assert made.status_code == 201
    sid = made.json()["sid"]
    assert await _sids(http, "/v1/Gadgets", "gadgets") == [sid]
    assert (await http.get(f"/v1/Gadgets/{sid}")).json()["label"] == "g"


async def test_a_singleton_under_an_instance_answers_with_its_sid(
    http: httpx.AsyncClient,
) -> None:
    board = (await _sids(http, "/v1/Boards", "boards"))[0]
    status = await http.get(f"/v1/Boards/{board}/Status")
    assert status.status_code == 200 and status.json()["sid"] == board


async def test_a_keyless_answer_has_empty_objects_and_lists(http: httpx.AsyncClient) -> None:
    got = await http.post("/v1/Checks")
    assert got.status_code == 201, got.text
    assert got.json() == {"results": [], "settings": {}}


async def test_children_of_a_fetch_only_parent_are_provisioned_under_any_key(
    http: httpx.AsyncClient,
) -> None:
    kit = "KT" + "ab" * 16
    assert (await http.get(f"/v1/Kits/{kit}")).json()["sid"] == kit
    parts = await _sids(http, f"/v1/Kits/{kit}/Parts", "parts")
    assert len(parts) == GENERIC_COUNT
    part = (await http.get(f"/v1/Kits/{kit}/Parts/{parts[0]}")).json()
    assert part["kit_sid"] == kit


async def test_twilio_catalog_provisioning() -> None:
    """On the real catalogs: side effects and shared records are not provisioned; pricing
    countries carry their ISO codes; a studio v2 execution lists steps v1 sees too."""
    engine = Engine(seed=5, status_interval=None)
    hooks = engine.hooks
    assert ("studio/v2", "flows.executions.steps") in hooks
    assert ("studio/v1", "flows") not in hooks  # v2 creates them
    assert ("api/v2010", "accounts.conferences") not in hooks  # a participant makes one
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://emu",
        auth=(engine.account_sid, engine.auth_token),
    ) as client:
        got = (await client.get("/pricing/v1/Voice/Countries")).json()["countries"]
        assert sorted(c["iso_country"] for c in got) == ["GB", "US"]
        us = (await client.get("/pricing/v1/Voice/Countries/US")).json()
        assert us["country"] == "United States" and us["price_unit"] == "USD"
        flow = await client.post(
            "/studio/v2/Flows",
            data={"FriendlyName": "f", "Status": "draft", "Definition": "{}"},
        )
        assert flow.status_code == 201, flow.text
        fsid = flow.json()["sid"]
        assert [f["sid"] for f in (await client.get("/studio/v1/Flows")).json()["flows"]] == [fsid]
        execution = await client.post(
            f"/studio/v2/Flows/{fsid}/Executions",
            data={"To": "+15005550006", "From": "+15005550001"},
        )
        assert execution.status_code == 201, execution.text
        esid = execution.json()["sid"]
        steps = (await client.get(f"/studio/v2/Flows/{fsid}/Executions/{esid}/Steps")).json()
        v1_steps = (await client.get(f"/studio/v1/Flows/{fsid}/Executions/{esid}/Steps")).json()
        sids = [s["sid"] for s in steps["steps"]]
        assert len(sids) == GENERIC_COUNT and all(s.startswith("FT") for s in sids)
        assert all(s["execution_sid"] == esid and s["flow_sid"] == fsid for s in steps["steps"])
        assert [s["sid"] for s in v1_steps["steps"]] == sids
    await engine.aclose()
