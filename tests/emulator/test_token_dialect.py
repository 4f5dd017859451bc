"""The emulator serves the ``json-token`` dialect: ``meta.next_token`` pages, PATCH, JSON bodies.

Served from the codegen fixture ``mini_content_v1.yaml``'s catalog (its golden tree).
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from twilio_async.emulator._app import EmulatorApp
from twilio_async.emulator._catalog import Catalog, build_version, load_catalog
from twilio_async.emulator._engine import Engine

GOLDEN = Path(__file__).parents[1] / "codegen" / "golden" / "rest" / "content" / "v1"


def _engine() -> Engine:
    """The real catalogs (the engine needs API 2010's accounts) plus the fixture's."""
    data = json.loads((GOLDEN / "catalog.json").read_text(encoding="utf-8"))
    return Engine(
        catalog=Catalog([*load_catalog().versions, build_version(data)]),
        seed=7,
        status_interval=None,
    )


async def test_token_pages_patch_and_json_bodies() -> None:
    engine = _engine()
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    root = "/content/v1/Content"
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emu", auth=(engine.account_sid, engine.auth_token)
    ) as http:
        sids = []
        for n in range(5):
            made = await http.post(root, json={"friendly_name": f"c{n}", "language": "en"})
            assert made.status_code == 201, made.text
            assert made.json()["friendly_name"] == f"c{n}"
            sids.append(made.json()["sid"])
        seen: list[str] = []
        params: dict[str, str] = {"PageSize": "2"}
        tokens = []
        for _ in range(10):
            page = (await http.get(root, params=params)).json()
            assert set(page["meta"]) == {"key", "next_token", "page_size", "previous_token"}
            assert page["meta"]["page_size"] == 2
            seen += [c["sid"] for c in page["contents"]]
            token = page["meta"]["next_token"]
            if token is None:
                break
            tokens.append(token)
            params = {"PageSize": "2", "PageToken": token}
        assert seen == sids[::-1]  # newest first, each once
        assert len(tokens) == 2
        patched = await http.patch(f"{root}/{sids[0]}", json={"friendly_name": "renamed"})
        assert patched.status_code == 200, patched.text
        assert patched.json()["friendly_name"] == "renamed"
        fetched = (await http.get(f"{root}/{sids[0]}")).json()
        assert fetched["friendly_name"] == "renamed"
    await engine.aclose()


async def test_patch_with_a_form_body_updates_a_singleton() -> None:
    engine = _engine()
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emu", auth=(engine.account_sid, engine.auth_token)
    ) as http:
        patched = await http.patch(
            "/content/v1/Settings", data={"FriendlyName": "team", "Enabled": "true"}
        )
        assert patched.status_code == 200, patched.text
        assert patched.json()["friendly_name"] == "team"
        assert patched.json()["enabled"] is True
        fetched = (await http.get("/content/v1/Settings")).json()
        assert fetched["friendly_name"] == "team"
    await engine.aclose()
