"""Every domain is reached by its Twilio host (with region and edge) or by a path prefix.

The SDK is built with ``region=``/``edge=`` and no ``base_url``, so it calls
``https://verify.dublin.ie1.twilio.com/...``; an httpx transport sends each request
to the emulator's loopback socket with the Twilio host kept in ``Host``. Token
pages (``json-token``) are walked over the real socket too.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from twilio_async import Client
from twilio_async.emulator import Emulator
from twilio_async.emulator._catalog import Catalog, build_version, load_catalog

GOLDEN = Path(__file__).parents[1] / "codegen" / "golden" / "rest" / "content" / "v1"


class ToEmulator(httpx.AsyncBaseTransport):
    """Sends ``https://<host>.twilio.com/...`` to the emulator, keeping ``Host``."""

    def __init__(self, base_url: str) -> None:
        self.target = httpx.URL(base_url)
        self.inner = httpx.AsyncHTTPTransport()
        self.hosts: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        self.hosts.append(host)
        request.url = request.url.copy_with(
            scheme=self.target.scheme, host=self.target.host, port=self.target.port
        )
        request.headers["Host"] = host
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def routed(emu: Emulator) -> AsyncIterator[tuple[Client, ToEmulator]]:
    transport = ToEmulator(emu.base_url)
    http = httpx.AsyncClient(transport=transport)
    client = Client(
        emu.account_sid,
        emu.auth_token,
        region="ie1",
        edge="dublin",
        http_client=http,
        environ={},
        max_retries=0,
    )
    async with client:
        yield client, transport
    await http.aclose()


async def test_region_and_edge_hosts_reach_each_domain(
    emu: Emulator, routed: tuple[Client, ToEmulator]
) -> None:
    client, transport = routed
    svc = await client.verify.v2.services.create(friendly_name="edge")
    assert svc.sid is not None
    await client.verify.v2.services(svc.sid).verifications.create(to="+15017122661", channel="sms")
    assert emu.verify_code(svc.sid, "+15017122661")
    number = await client.lookups.v1.phone_numbers("+14155552671").fetch()
    conv = await client.conversations.v1.conversations.create(friendly_name="edge")
    plugin = await client.flex_api.v1.plugins.create(unique_name="edge-plugin")
    account = await client.api.v2010.accounts(emu.account_sid).fetch()
    assert number.country_code == "US" and conv.sid and plugin.sid and account.sid
    assert set(transport.hosts) == {
        "verify.dublin.ie1.twilio.com",
        "lookups.dublin.ie1.twilio.com",
        "conversations.dublin.ie1.twilio.com",
        "flex-api.dublin.ie1.twilio.com",
        "api.dublin.ie1.twilio.com",
    }
    # absolute URLs in answers point back at the host the request came in on
    assert conv.url == f"https://conversations.dublin.ie1.twilio.com/v1/Conversations/{conv.sid}"


async def test_v1_pages_follow_next_page_url_on_edge_hosts(
    routed: tuple[Client, ToEmulator],
) -> None:
    client, transport = routed
    made = [(await client.verify.v2.services.create(friendly_name=f"s{i}")).sid for i in range(7)]
    listed = [s.sid async for s in client.verify.v2.services.stream(page_size=2)]
    assert listed == made[::-1]
    assert set(transport.hosts) == {"verify.dublin.ie1.twilio.com"}


async def test_host_and_prefix_routing_over_raw_http(emu: Emulator) -> None:
    auth = (emu.account_sid, emu.auth_token)
    async with httpx.AsyncClient(base_url=emu.base_url, auth=auth) as http:
        by_prefix = await http.post("/verify/v2/Services", data={"FriendlyName": "p"})
        assert by_prefix.status_code == 201
        sid = by_prefix.json()["sid"]
        for host in ("verify.twilio.com", "VERIFY.sydney.au1.twilio.com", "verify.ie1.twilio.com"):
            got = await http.get(f"/v2/Services/{sid}", headers={"Host": host})
            assert got.status_code == 200, (host, got.text)
            assert got.json()["url"] == f"https://{host.lower()}/v2/Services/{sid}"
        wrong_domain = await http.get(f"/v2/Services/{sid}", headers={"Host": "lookups.twilio.com"})
        assert wrong_domain.status_code == 404
        unknown = await http.get("/v1/Things", headers={"Host": "preview-iam.twilio.com"})
        assert unknown.status_code == 404 and unknown.json()["code"] == 20404


#: A hyphenated domain the real catalogs may not have yet (Organizations live on preview-iam).
PREVIEW_IAM = {
    "domain": "preview-iam",
    "version": "v1",
    "dialect": "json-v1",
    "account_scope": None,
    "enums": {},
    "resources": {
        "widgets": {
            "class": "Widget",
            "list_path": "/v1/Widgets",
            "instance_path": "/v1/Widgets/{Sid}",
            "key": {"param": "Sid", "field": "sid", "pattern": "^WG[0-9a-fA-F]{32}$"},
            "list_key": "widgets",
            "fields": {"sid": "string", "friendly_name": "string", "url": "uri"},
            "models": {},
            "operations": {
                "create": {
                    "method": "POST",
                    "on": "list",
                    "body": "form",
                    "params": [
                        {"name": "FriendlyName", "type": "string", "required": True, "in": "form"}
                    ],
                },
                "list": {"method": "GET", "on": "list", "body": "none", "params": []},
            },
        }
    },
}


def _catalog_with(*extra: dict[str, Any]) -> Catalog:
    return Catalog([*load_catalog().versions, *(build_version(e) for e in extra)])


async def test_hyphenated_domain_by_host_and_by_prefix() -> None:
    async with Emulator(catalog=_catalog_with(PREVIEW_IAM), status_interval=None) as emu:
        engine = emu.engine
        auth = (engine.account_sid, engine.auth_token)
        async with httpx.AsyncClient(base_url=emu.base_url, auth=auth) as http:
            made = await http.post("/preview-iam/v1/Widgets", data={"FriendlyName": "w"})
            assert made.status_code == 201 and made.json()["sid"].startswith("WG")
            assert made.json()["url"].startswith(f"{emu.base_url}/preview-iam/v1/Widgets/WG")
            listed = await http.get(
                "/v1/Widgets", headers={"Host": "preview-iam.stockholm.se1.twilio.com"}
            )
            assert listed.status_code == 200
            assert [w["sid"] for w in listed.json()["widgets"]] == [made.json()["sid"]]


async def test_token_pages_across_many_pages_over_a_socket() -> None:
    content = json.loads((GOLDEN / "catalog.json").read_text(encoding="utf-8"))
    async with Emulator(catalog=_catalog_with(content), status_interval=None) as emu:
        engine = emu.engine
        auth = (engine.account_sid, engine.auth_token)
        async with httpx.AsyncClient(base_url=emu.base_url, auth=auth) as http:
            made = []
            for n in range(23):
                got = await http.post("/content/v1/Content", json={"friendly_name": f"c{n}"})
                assert got.status_code == 201, got.text
                made.append(got.json()["sid"])
            seen: list[str] = []
            params = {"PageSize": "3"}
            pages = 0
            while True:
                page = (
                    await http.get(
                        "/v1/Content", params=params, headers={"Host": "content.twilio.com"}
                    )
                ).json()
                pages += 1
                seen += [c["sid"] for c in page["contents"]]
                token = page["meta"]["next_token"]
                if token is None:
                    break
                params = {"PageSize": "3", "PageToken": token}
            assert pages == 8 and seen == made[::-1]
            # a previous_token goes back one page
            back = page["meta"]["previous_token"]
            prev = (
                await http.get("/content/v1/Content", params={"PageSize": "3", "PageToken": back})
            ).json()
            assert [c["sid"] for c in prev["contents"]] == seen[-5:-2]


async def test_sdk_walks_token_pages_over_a_socket() -> None:
    """The SDK's json-token paginator (the fixture's generated ``content`` v1) end to end."""
    from tests.codegen.golden.rest.content.v1 import V1

    content_catalog = json.loads((GOLDEN / "catalog.json").read_text(encoding="utf-8"))
    async with Emulator(catalog=_catalog_with(content_catalog), status_interval=None) as emu:
        engine = emu.engine
        async with Client(
            engine.account_sid, engine.auth_token, base_url=emu.base_url, environ={}
        ) as client:
            content = V1(client._host)
            made = []
            for n in range(17):
                got = await content.contents.create(body={"friendly_name": f"c{n}"})
                assert got.sid is not None
                made.append(got.sid)
            seen = [c.sid async for c in content.contents.stream(page_size=2)]  # 9 pages
            assert seen == made[::-1]
            assert [c.sid for c in await content.contents.list(page_size=4, limit=6)] == seen[:6]
        assert engine.stats.requests >= 17 + 9
