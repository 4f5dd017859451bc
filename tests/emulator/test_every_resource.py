"""Every resource in every catalog is served by the generic engine, with no route written for it.

For each declared operation a request is built from the catalog alone (path
placeholders filled with well-formed SIDs, required parameters with values of
their type) and sent in-process. Each answer must be a success or a Twilio
error document, never a 500 or a stack trace; created instances must then be
fetchable, listable and deletable as their spec says.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import httpx
import pytest

from twilio_async.emulator import Emulator
from twilio_async.emulator._catalog import Resource, load_catalog

CATALOG = load_catalog()
#: One emulator for every case: in-process, no server, no clock; each case uses fresh SIDs.
EMU = Emulator(status_interval=None)

_EXAMPLES = {
    "phone-number": "+15558675310",
    "uri": "https://example.com/hook",
    "http-method": "POST",
    "boolean": "true",
    "integer": "1",
    "number": "1.5",
    "datetime": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "object": "{}",
    "iso-country-code": "US",
    "currency": "USD",
    "twiml": "<Response/>",
}


def example(res: Resource, type_: str) -> str:
    if type_.startswith("list<"):
        type_ = type_[5:-1]
    if type_.startswith("enum:"):
        values = res.version.enums.get(type_[5:]) or ["x"]
        return values[0]
    return _EXAMPLES.get(type_, "x")


def fill(res: Resource, template: str, account_sid: str, key: str | None = None) -> str:
    out = template
    for name, owner in res.owners.items():
        if owner is res and key is not None:
            value = key
        elif owner is not None and owner is res.version.accounts:
            value = account_sid
        elif owner is not None and owner.key_pattern is not None:
            value = owner.sid_prefix + "0" * 32
        else:
            value = "US" if name == "CountryCode" else "abc"
        out = out.replace("{" + name + "}", value)
    return out


def operations() -> list[tuple[str, str, str]]:
    return sorted(
        (f"{v.domain}/{v.version}", rid, verb)
        for v in CATALOG.versions
        for rid, res in v.resources.items()
        for verb in res.operations
    )


def _parse(response: httpx.Response) -> Any:
    if response.headers.get("content-type", "").startswith("application/xml"):
        return ET.fromstring(response.content)
    return json.loads(response.content) if response.content else None


def _is_twilio_error(response: httpx.Response) -> bool:
    doc = _parse(response)
    if isinstance(doc, dict):
        return doc.get("status") == response.status_code and isinstance(doc.get("code"), int)
    return doc is not None and doc[0].tag == "RestException"


@pytest.mark.parametrize(("version", "rid", "verb"), operations())
async def test_operation_is_served(version: str, rid: str, verb: str) -> None:
    domain, name = version.split("/")
    res = CATALOG.find(domain, name).resources[rid]
    op = res.operations[verb]
    emu = EMU
    async with emu.asgi_http_client() as http:
        http.auth = (emu.account_sid, emu.auth_token)
        prefix = f"/{domain}"
        path = res.list_path if op.on == "list" else res.instance_path
        assert path is not None
        key = res.sid_prefix + "0" * 32 if res.key_pattern is not None else "abc"
        url = prefix + fill(res, path, emu.account_sid, key)
        params = {p.name: example(res, p.type) for p in op.params if p.location != "header"}
        headers = {p.name: "x" for p in op.params if p.location == "header"}
        if op.body == "json":
            response = await http.request(op.method, url, json={}, headers=headers)
        elif op.method == "POST":
            response = await http.request(op.method, url, data=params, headers=headers)
        else:
            response = await http.request(op.method, url, headers=headers)
        assert response.status_code < 500, response.text
        assert "Traceback" not in response.text
        if response.status_code >= 400:
            assert _is_twilio_error(response), response.text
            assert response.status_code in (400, 401, 403, 404), response.text
            return
        if verb == "list":
            doc = _parse(response)
            if isinstance(doc, dict):
                assert isinstance(doc[res.list_key or ""], list)
            else:
                assert doc[0].tag == res.list_key
        follow = res.key_param and res.instance_path and res.ops_on("instance")
        if verb == "create" and follow and op.returns is None:
            at = url if op.on == "instance" else None  # made at its own URL (``…/{Field}``)
            await _follow_up(http, res, prefix, emu.account_sid, _parse(response), at)


async def _follow_up(
    http: httpx.AsyncClient,
    res: Resource,
    prefix: str,
    account_sid: str,
    doc: Any,
    at: str | None = None,
) -> None:
    """A created instance can be fetched (or updated) and deleted where the spec says so.

    ``at``: the URL a create on the instance path made it at (its key need not be a field).
    """
    if at is not None:
        url = at
    else:
        key_field = res.key_field or ""
        key = doc.get(key_field) if isinstance(doc, dict) else doc[0].findtext(key_field)
        assert key, doc
        if res.key_pattern is not None:
            assert res.key_pattern.fullmatch(key)
        url = prefix + fill(res, res.instance_path or "", account_sid, key)
    if "fetch" in res.operations:
        got = await http.get(url)
        assert got.status_code == 200, got.text
    update = res.operations.get("update")
    if update is not None and update.body == "form":
        form = {p.name: example(res, p.type) for p in update.params if p.location == "form"}
        got = await http.post(url, data=form)
        assert got.status_code in (200, 202) or (got.status_code == 400 and _is_twilio_error(got))
    if "delete" in res.operations:
        assert (await http.delete(url)).status_code == 204
        assert (await http.get(url)).status_code in (404, 405)


def test_catalogs_cover_every_spec() -> None:
    names = {(v.domain, v.version, v.dialect) for v in CATALOG.versions}
    assert {("api", "v2010", "json-2010"), ("flex-api", "v1", "json-v1")} <= names
    assert ("api", "v2008", "xml-2008") in names
    assert sum(len(v.resources) for v in CATALOG.versions) > 100
