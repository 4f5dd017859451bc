"""The v1 domain APIs (json-v1, Flex) through the SDK over a loopback socket."""

from __future__ import annotations

import re

import httpx
import pytest

from twilio_async import BadRequestError, Client, NotFoundError, Page
from twilio_async.emulator import Emulator
from twilio_async.rest.flex_api.v1.types.plugins import Plugin

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


async def test_plugin_crud(emu: Emulator, client: Client) -> None:
    flex = client.flex_api.v1
    plugin = await flex.plugins.create(unique_name="crm", friendly_name="CRM", flex_metadata="m")
    assert plugin.sid is not None and re.match(r"^FP[0-9a-f]{32}$", plugin.sid)
    assert plugin.account_sid == emu.account_sid
    base = f"{emu.base_url}/flex-api/v1/PluginService/Plugins/{plugin.sid}"
    assert plugin.url == base
    assert plugin.links == {"plugin_versions": f"{base}/Versions"}
    fetched = await flex.plugins(plugin.sid).fetch()
    assert fetched.unique_name == "crm" and fetched.friendly_name == "CRM"
    updated = await fetched.update(description="Customer panel")
    assert updated.description == "Customer panel" and updated.unique_name == "crm"
    version = await flex.plugins(plugin.sid).plugin_versions.create(
        version="1.0.0", plugin_url="https://example.com/p.js"
    )
    assert version.plugin_sid == plugin.sid and version.version == "1.0.0"
    listed = await flex.plugins(plugin.sid).plugin_versions.list()
    assert [v.sid for v in listed] == [version.sid]


async def test_iso_dates_and_meta_on_the_wire(emu: Emulator, http: httpx.AsyncClient) -> None:
    created = await http.post("/flex-api/v1/PluginService/Plugins", data={"UniqueName": "a"})
    assert created.status_code == 201
    assert ISO.match(created.json()["date_created"])
    page = (await http.get("/flex-api/v1/PluginService/Plugins", params={"PageSize": 1})).json()
    meta = page["meta"]
    base = f"{emu.base_url}/flex-api/v1/PluginService/Plugins"
    assert meta["key"] == "plugins" and meta["page"] == 0 and meta["page_size"] == 1
    assert meta["first_page_url"] == f"{base}?PageSize=1&Page=0"
    assert meta["url"] == meta["first_page_url"]
    assert meta["next_page_url"] is None and meta["previous_page_url"] is None
    assert [p["unique_name"] for p in page["plugins"]] == ["a"]


async def test_pagination_over_more_than_three_pages(emu: Emulator, client: Client) -> None:
    plugins = client.flex_api.v1.plugins
    made = [(await plugins.create(unique_name=f"p{i}")).sid for i in range(9)]
    assert [p.sid async for p in plugins.stream(page_size=2)] == list(reversed(made))
    page: Page[Plugin] | None = await plugins.page(page_size=2)
    seen = []
    while page is not None:
        assert page.next_page_url is None or page.next_page_url.startswith(emu.base_url)
        seen.append([p.sid for p in page])
        page = await page.next_page()
    assert len(seen) == 5 and [sid for page_sids in seen for sid in page_sids] == list(
        reversed(made)
    )


async def test_errors(emu: Emulator, http: httpx.AsyncClient, client: Client) -> None:
    missing = await http.post("/flex-api/v1/PluginService/Plugins", data={})
    assert missing.status_code == 400
    assert missing.json() == {
        "code": 20001,
        "message": "Missing required parameter UniqueName in the post body",
        "more_info": "https://www.twilio.com/docs/errors/20001",
        "status": 400,
    }
    bad_sid = await http.get("/flex-api/v1/FlexFlows/FOnot-a-sid")
    assert bad_sid.status_code == 404 and bad_sid.json()["code"] == 20404
    wrong_method = await http.delete("/flex-api/v1/PluginService/Plugins")
    assert wrong_method.status_code == 405 and wrong_method.json()["code"] == 20004
    with pytest.raises(NotFoundError):
        await client.flex_api.v1.plugins("FP" + "0" * 32).fetch()
    with pytest.raises(BadRequestError) as err:
        await client.flex_api.v1.flex_flow.create(
            friendly_name="f", chat_service_sid="IS" + "0" * 32, channel_type="no-such-type"
        )
    assert err.value.code == 20001


async def test_v1_resources_belong_to_the_caller(emu: Emulator, client: Client) -> None:
    sub = await client.api.v2010.accounts.create(friendly_name="other")
    await client.flex_api.v1.plugins.create(unique_name="main-only")
    async with emu.client(username=sub.sid, password=sub.auth_token) as sc:
        assert await sc.flex_api.v1.plugins.list() == []
        await sc.flex_api.v1.plugins.create(unique_name="sub-only")
    assert [p.unique_name for p in await client.flex_api.v1.plugins.list()] == ["main-only"]


async def test_singleton_configuration_json_update(emu: Emulator, client: Client) -> None:
    config = client.flex_api.v1.configuration()
    first = await config.fetch()
    assert first.account_sid == emu.account_sid
    assert first.url == f"{emu.base_url}/flex-api/v1/Configuration"
    updated = await config.update(body={"ui_language": "fr", "crm_enabled": True})
    assert updated.ui_language == "fr" and updated.crm_enabled is True
    assert (await config.fetch()).ui_language == "fr"


async def test_twilio_host_header_gives_twilio_urls(emu: Emulator, http: httpx.AsyncClient) -> None:
    got = await http.post(
        "/v1/PluginService/Plugins",
        data={"UniqueName": "h"},
        headers={"Host": "flex-api.twilio.com"},
    )
    assert got.status_code == 201
    assert got.json()["url"].startswith("https://flex-api.twilio.com/v1/PluginService/Plugins/FP")
