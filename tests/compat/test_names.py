"""twilio-python's spellings that the generic mechanisms make work, on the wire."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
import respx

from tests.support.credentials import ACCOUNT_SID
from twilio_async import Client, TwilioValidationError
from twilio_async._resource import declared

PLUGIN = "FP" + "0" * 32
VERSIONS_URL = f"https://flex-api.twilio.com/v1/PluginService/Plugins/{PLUGIN}/Versions"
VERSION_JSON = {"sid": "FV" + "0" * 32, "plugin_sid": PLUGIN, "version": "1.0.0"}


def _form(route: respx.Route) -> dict[str, list[str]]:
    return parse_qs(route.calls.last.request.content.decode())


async def test_resource_version_is_an_alias_of_version(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(VERSIONS_URL).respond(201, json=VERSION_JSON)
    versions = client.flex_api.v1.plugins(PLUGIN).plugin_versions
    await versions.create(resource_version="1.0.0", plugin_url="https://example.com/p.js")
    assert _form(route)["Version"] == ["1.0.0"]
    await versions.create(version="2.0.0", plugin_url="https://example.com/p.js")
    assert _form(route)["Version"] == ["2.0.0"]
    assert "resource_version" not in _form(route)


async def test_both_spellings_at_once_is_refused(client: Client) -> None:
    versions = client.flex_api.v1.plugins(PLUGIN).plugin_versions
    with pytest.raises(TypeError, match="both 'version' and 'resource_version'"):
        await versions.create(version="1", resource_version="1", plugin_url="https://x")


async def test_neither_spelling_is_refused_naming_the_parameter(client: Client) -> None:
    versions = client.flex_api.v1.plugins(PLUGIN).plugin_versions
    with pytest.raises(TwilioValidationError, match="'version' is required"):
        await versions.create(plugin_url="https://x")


def test_the_alias_is_in_the_signature() -> None:
    from twilio_async.rest.flex_api.v1.plugins_plugin_versions import PluginVersionsCreateArgs

    spec = declared(PluginVersionsCreateArgs)
    assert spec.aliases == {"resource_version": "version"}
    assert {"version", "resource_version"} <= set(spec.signature.parameters)
    assert "_aliases" not in spec.names


async def test_domain_forwards_are_declared_and_are_the_versions_objects(
    client: Client, mock: respx.MockRouter
) -> None:
    from twilio_async.rest.api import Api

    # Declared on the class (type checkers see them), not answered by __getattr__.
    for name in ("account", "accounts", "messages", "calls"):
        assert isinstance(Api.__dict__.get(name), property), name
    assert type(client.api.accounts) is type(client.api.v2010.accounts)
    assert client.api.account._path_params == (ACCOUNT_SID,)
    url = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    route = mock.get(url).respond(200, json={"messages": []})
    assert await client.api.messages.list() == []
    assert route.called
    assert type(client.flex_api.plugins) is type(client.flex_api.v1.plugins)


async def test_a_version_mount_addresses_a_nested_resource_by_all_its_keys(
    client: Client, mock: respx.MockRouter
) -> None:
    version = "FV" + "1" * 32
    url = f"{VERSIONS_URL}/{version}/Archive"
    route = mock.post(url).respond(200, json={**VERSION_JSON, "sid": version, "archived": True})
    archive = client.flex_api.v1.plugin_version_archive(PLUGIN, version)
    nested = client.flex_api.v1.plugins(PLUGIN).plugin_versions(version).plugin_version_archive()
    assert type(archive) is type(nested) and archive._path_params == nested._path_params
    await archive.update()
    assert route.called
    assert client.flex_api.v1.plugin_version_archive.get(PLUGIN, version)._path_params == (
        PLUGIN,
        version,
    )


def test_a_version_mount_wants_every_key_and_safe_values(client: Client) -> None:
    mount = client.flex_api.v1.plugin_version_archive
    with pytest.raises(TypeError, match=r"takes 2 keys \(plugin_sid, sid\), got 1"):
        mount(PLUGIN)
    with pytest.raises(TwilioValidationError, match="sid"):
        mount(PLUGIN, "../x")


async def test_operation_mounts_are_twilio_pythons_names_for_the_same_call(
    client: Client, mock: respx.MockRouter
) -> None:
    base = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}"
    keys = mock.post(f"{base}/Keys.json").respond(201, json={"sid": "SK" + "0" * 32})
    caller = mock.post(f"{base}/OutgoingCallerIds.json").respond(
        200, json={"phone_number": "+15005550006", "validation_code": "123456"}
    )
    await client.new_keys.create(friendly_name="k")
    await client.api.v2010.account.new_keys.create(friendly_name="k2")
    await client.keys.create(friendly_name="k3")  # this SDK's own name still works
    assert keys.call_count == 3
    assert _form(keys) == {"FriendlyName": ["k3"]}
    made = await client.validation_requests.create(phone_number="+15005550006")
    assert made.validation_code == "123456"
    assert _form(caller)["PhoneNumber"] == ["+15005550006"]
    # A mount offers only the operations mounted there.
    assert not hasattr(client.new_keys, "list")
