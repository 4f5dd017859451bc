"""The resource tree: shortcuts, nesting, singletons, instance methods, header and JSON params."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, OTHER_ACCOUNT
from tests.support.rest import (
    ACCOUNT_URL,
    API,
    FLEX,
    form,
    message,
    messages_page,
    plugin,
    plugins_page,
    query,
    raises,
    sid,
)
from twilio_async import Client, TwilioError, TwilioResponseError
from twilio_async._resource import HEADER, QUERY, Operation, P
from twilio_async.rest.api.v2010.accounts_messages import MessageContext, MessageList
from twilio_async.rest.api.v2010.types.accounts_messages import Message
from twilio_async.rest.flex_api.v1.types.plugins import Plugin

OTHER_URL = f"{API}/2010-04-01/Accounts/{OTHER_ACCOUNT}"
CF = sid("CF", 1)
CA = sid("CA", 2)

# (name, method, url, body, call)
ROUTES: list[tuple[str, str, str, Any, Callable[[Client], Awaitable[Any]]]] = [
    (
        "messages shortcut",
        "GET",
        f"{ACCOUNT_URL}/Messages.json",
        {"messages": []},
        lambda c: c.messages.list(),
    ),
    (
        "calls shortcut",
        "POST",
        f"{ACCOUNT_URL}/Calls.json",
        {"sid": CA},
        lambda c: c.calls.create(to="+1555", from_="+1666", url="https://x.example/twiml"),
    ),
    ("account", "GET", f"{ACCOUNT_URL}.json", {"sid": ACCOUNT_SID}, lambda c: c.account.fetch()),
    (
        "explicit account",
        "GET",
        f"{ACCOUNT_URL}/Messages.json",
        {"messages": []},
        lambda c: c.api.v2010.account.messages.list(),
    ),
    (
        "other account",
        "GET",
        f"{OTHER_URL}/Messages.json",
        {"messages": []},
        lambda c: c.api.v2010.accounts(OTHER_ACCOUNT).messages.list(),
    ),
    (
        "other account create",
        "POST",
        f"{OTHER_URL}/Messages.json",
        message(),
        lambda c: c.api.v2010.accounts(OTHER_ACCOUNT).messages.create(to="+1"),
    ),
    (
        "nested participant",
        "GET",
        f"{OTHER_URL}/Conferences/{CF}/Participants/{CA}.json",
        {"call_sid": CA},
        lambda c: c.api.v2010.accounts(OTHER_ACCOUNT).conferences(CF).participants(CA).fetch(),
    ),
    (
        "nested participant via get",
        "DELETE",
        f"{ACCOUNT_URL}/Conferences/{CF}/Participants/{CA}.json",
        None,
        lambda c: c.conferences.get(CF).participants.get(CA).delete(),
    ),
    (
        "list-attached child",
        "POST",
        f"{ACCOUNT_URL}/IncomingPhoneNumbers/Local.json",
        {"sid": sid("PN")},
        lambda c: c.incoming_phone_numbers.local.create(phone_number="+15551234567"),
    ),
    (
        "usage records daily",
        "GET",
        f"{ACCOUNT_URL}/Usage/Records/Daily.json",
        {"usage_records": []},
        lambda c: c.api.v2010.account.usage.records.daily.list(),
    ),
    (
        "available numbers local",
        "GET",
        f"{ACCOUNT_URL}/AvailablePhoneNumbers/US/Local.json",
        {"available_phone_numbers": []},
        lambda c: c.available_phone_numbers("US").local.list(area_code=415),
    ),
    (
        "balance singleton",
        "GET",
        f"{ACCOUNT_URL}/Balance.json",
        {"balance": "1.5"},
        lambda c: c.balance.fetch(),
    ),
    (
        "flex configuration singleton",
        "GET",
        f"{FLEX}/Configuration",
        {"account_sid": ACCOUNT_SID},
        lambda c: c.flex_api.v1.configuration().fetch(),
    ),
    (
        "flex configuration get",
        "GET",
        f"{FLEX}/Configuration",
        {"account_sid": ACCOUNT_SID},
        lambda c: c.flex_api.v1.configuration.get().fetch(),
    ),
    (
        "flex nested list",
        "GET",
        f"{FLEX}/PluginService/Plugins/{sid('FP')}/Versions",
        {"plugin_versions": [], "meta": {}},
        lambda c: c.flex_api.v1.plugins(sid("FP")).plugin_versions.list(),
    ),
]


@pytest.mark.parametrize(
    ("method", "url", "body", "call"), [r[1:] for r in ROUTES], ids=[r[0] for r in ROUTES]
)
async def test_resource_urls(
    client: Client,
    mock: respx.MockRouter,
    method: str,
    url: str,
    body: Any,
    call: Callable[[Client], Awaitable[Any]],
) -> None:
    status = 204 if method == "DELETE" else 200
    route = mock.request(method, url).respond(status, json=body)
    result = await call(client)
    assert route.call_count == 1
    if method == "DELETE":
        assert result is True


def test_shortcuts_are_the_account_resources(client: Client) -> None:
    assert isinstance(client.messages, MessageList)
    assert client.messages is client.messages  # cached
    assert client.api is client.api
    assert client.api.v2010 is client.api.v2010
    assert "api.twilio.com" in repr(client.api.v2010)
    context = client.messages(sid("SM"))
    assert isinstance(context, MessageContext)
    assert sid("SM") in repr(context)


async def test_balance_parses(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Balance.json").respond(
        200, json={"account_sid": ACCOUNT_SID, "balance": "-0.50", "currency": "USD"}
    )
    balance = await client.balance.fetch()
    assert str(balance.balance) == "-0.50"
    assert balance.currency == "USD"


# --- instance methods ----------------------------------------------------------------------------


async def test_created_model_methods(client: Client, mock: respx.MockRouter) -> None:
    sm = sid("SM", 5)
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message(5))
    instance = f"{ACCOUNT_URL}/Messages/{sm}.json"
    fetch = mock.get(instance).respond(200, json=message(5, status="delivered"))
    update = mock.post(instance).respond(200, json=message(5, body=""))
    delete = mock.delete(instance).respond(204)
    media = mock.get(f"{ACCOUNT_URL}/Messages/{sm}/Media.json").respond(
        200, json={"media_list": [{"sid": sid("ME"), "parent_sid": sm}]}
    )

    created = await client.messages.create(to="+1555", body="hi")
    assert created.sid == sm
    fetched = await created.fetch()
    assert fetched.status == "delivered"
    updated = await created.update(body="")
    assert updated.body == ""
    assert form(update.calls.last.request) == [("Body", "")]
    assert await created.delete() is True
    media_items = await created.media.list()
    assert [m.sid for m in media_items] == [sid("ME")]
    assert fetch.called and delete.called and media.called


async def test_fetched_model_methods_and_grandchildren(
    client: Client, mock: respx.MockRouter
) -> None:
    sm, me = sid("SM", 1), sid("ME", 2)
    mock.get(f"{OTHER_URL}/Messages/{sm}.json").respond(
        200, json=message(1, account_sid=OTHER_ACCOUNT)
    )
    mock.get(f"{OTHER_URL}/Messages/{sm}/Media.json").respond(
        200, json={"media_list": [{"sid": me, "parent_sid": sm}]}
    )
    delete = mock.delete(f"{OTHER_URL}/Messages/{sm}/Media/{me}.json").respond(204)
    fetched = await client.api.v2010.accounts(OTHER_ACCOUNT).messages(sm).fetch()
    (media,) = await fetched.media.list()
    assert await media.delete() is True
    assert delete.called


async def test_items_streamed_from_page_two_are_bound(
    client: Client, mock: respx.MockRouter
) -> None:
    path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    mock.get(f"{API}{path}").mock(
        side_effect=[
            httpx.Response(200, json=messages_page([message(0)], next_page_uri=f"{path}?Page=1")),
            httpx.Response(200, json=messages_page([message(1)], page=1)),
        ]
    )
    update = mock.post(f"{ACCOUNT_URL}/Messages/{sid('SM', 1)}.json").respond(
        200, json=message(1, body="edited")
    )
    items = [m async for m in client.messages.stream()]
    assert await items[1].update(body="edited") is not None
    assert update.called


async def test_v1_items_are_bound(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{FLEX}/PluginService/Plugins").respond(200, json=plugins_page([plugin(3)]))
    fetch = mock.get(f"{FLEX}/PluginService/Plugins/{sid('FP', 3)}").respond(200, json=plugin(3))
    versions = mock.get(f"{FLEX}/PluginService/Plugins/{sid('FP', 3)}/Versions").respond(
        200, json={"plugin_versions": [], "meta": {"key": "plugin_versions"}}
    )
    (item,) = await client.flex_api.v1.plugins.list()
    assert isinstance(item, Plugin)
    again = await item.fetch(flex_metadata="m")
    assert again.sid == sid("FP", 3)
    assert fetch.calls.last.request.headers["Flex-Metadata"] == "m"
    assert await item.plugin_versions.list() == []
    assert versions.called


async def test_singleton_model_methods(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{FLEX}/Configuration").respond(200, json={"account_sid": ACCOUNT_SID})
    update = mock.post(f"{FLEX}/Configuration").respond(200, json={"account_sid": ACCOUNT_SID})
    config = await client.flex_api.v1.configuration().fetch()
    await config.update(body={"ui_language": "en"})
    assert json.loads(update.calls.last.request.content) == {"ui_language": "en"}


@pytest.mark.parametrize("verb", ["fetch", "update", "delete"])
async def test_hand_built_model_cannot_call_home(verb: str) -> None:
    model = Message(sid=sid("SM"))
    with raises(TwilioError, match="not bound"):
        await getattr(model, verb)()
    with raises(TwilioError, match="not bound"):
        _ = model.media


async def test_response_without_its_key_is_a_clear_error(
    client: Client, mock: respx.MockRouter
) -> None:
    """A model's key is required (``sid: str``): a response without it cannot be used to
    address the instance again, so it is refused at parse time, naming the field."""
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json={"status": "queued"})
    catch_all = mock.route().respond(200, json={})
    with raises(TwilioResponseError, match="missing required field 'sid' of Message") as err:
        await client.messages.create(to="+1")
    assert err.value.status == 201
    assert b'"queued"' in (err.value.body or b"")
    assert not catch_all.called


async def test_model_with_a_bad_key_is_refused(client: Client, mock: respx.MockRouter) -> None:
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message(sid="../../x"))
    catch_all = mock.route().respond(200, json={})
    created = await client.messages.create(to="+1")
    with raises(TwilioError):
        await created.delete()
    assert not catch_all.called


# --- header parameters and JSON bodies -----------------------------------------------------------

FP, FV = sid("FP", 1), sid("FV", 2)
HEADER_CALLS: list[tuple[str, str, str, Callable[[Client], Awaitable[Any]]]] = [
    (
        "GET list",
        "GET",
        f"{FLEX}/PluginService/Plugins",
        lambda c: c.flex_api.v1.plugins.list(flex_metadata="fm-1"),
    ),
    (
        "GET fetch",
        "GET",
        f"{FLEX}/PluginService/Plugins/{FP}",
        lambda c: c.flex_api.v1.plugins(FP).fetch(flex_metadata="fm-1"),
    ),
    (
        "POST create",
        "POST",
        f"{FLEX}/PluginService/Plugins",
        lambda c: c.flex_api.v1.plugins.create(unique_name="u", flex_metadata="fm-1"),
    ),
    (
        "POST update",
        "POST",
        f"{FLEX}/PluginService/Plugins/{FP}",
        lambda c: c.flex_api.v1.plugins(FP).update(friendly_name="f", flex_metadata="fm-1"),
    ),
    (
        "POST nested create",
        "POST",
        f"{FLEX}/PluginService/Plugins/{FP}/Versions",
        lambda c: c.flex_api.v1.plugins(FP).plugin_versions.create(
            version="1.0.0", plugin_url="https://x.example/p.js", flex_metadata="fm-1"
        ),
    ),
    (
        "POST archive",
        "POST",
        f"{FLEX}/PluginService/Plugins/{FP}/Archive",
        lambda c: c.flex_api.v1.plugin_archive(FP).update(flex_metadata="fm-1"),
    ),
]


@pytest.mark.parametrize(
    ("method", "url", "call"), [h[1:] for h in HEADER_CALLS], ids=[h[0] for h in HEADER_CALLS]
)
async def test_header_params_on_every_verb(
    client: Client,
    mock: respx.MockRouter,
    method: str,
    url: str,
    call: Callable[[Client], Awaitable[Any]],
) -> None:
    route = mock.request(method, url).respond(200, json={**plugins_page([]), **plugin(1)})
    await call(client)
    request = route.calls.last.request
    assert request.headers["Flex-Metadata"] == "fm-1"
    # A header parameter is never also sent as a form field or query parameter.
    assert "Flex-Metadata" not in dict(form(request))
    assert "Flex-Metadata" not in dict(query(request))
    assert request.headers["Authorization"].startswith("Basic ")


async def test_header_param_on_delete(client: Client, mock: respx.MockRouter) -> None:
    """No Flex-Metadata DELETE exists in the spec; the runtime must still carry it on DELETE."""
    op: Operation[None] = Operation(
        "plugins.delete",
        "DELETE",
        "/v1/PluginService/Plugins/{0}",
        (
            P("flex_metadata", "Flex-Metadata", HEADER, "string"),
            P("force", "Force", QUERY, "boolean"),
        ),
        body="none",
    )
    route = mock.delete(f"{FLEX}/PluginService/Plugins/{FP}").respond(204)
    context = client.flex_api.v1.plugins(FP)
    assert await context._delete(op, {"flex_metadata": "fm-del", "force": True}) is True
    request = route.calls.last.request
    assert request.headers["Flex-Metadata"] == "fm-del"
    assert query(request) == [("Force", "true")]
    assert request.content == b""


async def test_header_param_omitted_when_unset(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(f"{FLEX}/PluginService/Plugins").respond(200, json=plugins_page([]))
    await client.flex_api.v1.plugins.list()
    assert "Flex-Metadata" not in route.calls.last.request.headers


async def test_json_body_operation(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{FLEX}/Configuration").respond(
        200, json={"account_sid": ACCOUNT_SID, "ui_language": "fr"}
    )
    config = await client.flex_api.v1.configuration().update(
        body={"account_sid": ACCOUNT_SID, "ui_language": "fr", "ui_attributes": {"a": [1, 2]}}
    )
    assert config.ui_language == "fr"
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "account_sid": ACCOUNT_SID,
        "ui_language": "fr",
        "ui_attributes": {"a": [1, 2]},
    }


async def test_json_body_as_text(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{FLEX}/Configuration").respond(200, json={})
    await client.flex_api.v1.configuration().update(body='{"ui_language": "de"}')
    assert json.loads(route.calls.last.request.content) == {"ui_language": "de"}


async def test_json_body_omitted_sends_empty_object(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{FLEX}/Configuration").respond(200, json={})
    await client.flex_api.v1.configuration().update()
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {}
